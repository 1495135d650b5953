#include "BusOptions.h"

#include <QHash>

namespace mbus::cli {

namespace {

bool toInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

} // namespace

const char *busOptionsHelp()
{
    return "bus options:\n"
           "  --serial PATH        serial level converter (or a pty of mbus-sim)\n"
           "  --baud N             300..38400 (default 2400); with --tcp the gateway's serial rate\n"
           "  --parity P           none, even (default), odd\n"
           "  --data-bits N        7 or 8 (default 8)    --stop-bits N   1 or 2 (default 1)\n"
           "  --tcp HOST:PORT      transparent Ethernet gateway\n"
           "  --timeout MS         answer timeout (default: EN 13757-2 window + link margin)\n"
           "  --margin MS          extra milliseconds on top of the EN window\n"
           "  --retries N          repeats of a failed exchange (default 2)\n"
           "  --json               machine-readable output\n"
           "  --verbose            annotated hex traffic on stderr\n";
}

bool parseBusOptions(const QStringList &arguments, const QStringList &extra, const QStringList &flags,
                     BusOptions *options, QHash<QString, QString> *values, QString *errorText)
{
    bus::ConnectionSettings &c = options->connection;
    bool haveSerial = false;
    bool haveTcp = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const auto value = [&](QString *out) {
            if (i + 1 >= arguments.size()) {
                *errorText = QStringLiteral("%1 needs a value").arg(arg);
                return false;
            }
            *out = arguments.at(++i);
            return true;
        };
        QString v;
        if (arg == QLatin1String("--json")) {
            options->json = true;
        } else if (arg == QLatin1String("--verbose")) {
            options->verbose = true;
        } else if (flags.contains(arg)) {
            values->insert(arg, QStringLiteral("1"));
        } else if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            options->positional << arg;
        } else if (!value(&v)) {
            return false;
        } else if (arg == QLatin1String("--serial")) {
            haveSerial = true;
            c.type = link::ChannelType::Serial;
            c.serial.portName = v;
        } else if (arg == QLatin1String("--tcp")) {
            haveTcp = true;
            c.type = link::ChannelType::Tcp;
            const qsizetype colon = v.lastIndexOf(QLatin1Char(':'));
            int port = 0;
            if (colon <= 0 || !toInt(v.mid(colon + 1), 1, 65535, &port)) {
                *errorText = QStringLiteral("--tcp wants HOST:PORT");
                return false;
            }
            c.tcp.host = v.left(colon);
            c.tcp.port = quint16(port);
        } else if (arg == QLatin1String("--baud")) {
            int baud = 0;
            if (!toInt(v, 300, 38400, &baud)) {
                *errorText = QStringLiteral("--baud wants 300..38400");
                return false;
            }
            c.serial.line.baud = baud;
            c.tcp.busBaud = baud;
        } else if (arg == QLatin1String("--parity")) {
            if (!link::parseParity(v.toLatin1(), &c.serial.line.parity)) {
                *errorText = QStringLiteral("--parity wants none, even or odd");
                return false;
            }
        } else if (arg == QLatin1String("--data-bits")) {
            if (!toInt(v, 7, 8, &c.serial.line.dataBits)) {
                *errorText = QStringLiteral("--data-bits wants 7 or 8");
                return false;
            }
        } else if (arg == QLatin1String("--stop-bits")) {
            if (!toInt(v, 1, 2, &c.serial.line.stopBits)) {
                *errorText = QStringLiteral("--stop-bits wants 1 or 2");
                return false;
            }
        } else if (arg == QLatin1String("--timeout")) {
            if (!toInt(v, 1, 600000, &c.master.timeoutMs)) {
                *errorText = QStringLiteral("--timeout wants milliseconds");
                return false;
            }
        } else if (arg == QLatin1String("--margin")) {
            if (!toInt(v, 0, 600000, &c.master.extraMarginMs)) {
                *errorText = QStringLiteral("--margin wants milliseconds");
                return false;
            }
        } else if (arg == QLatin1String("--retries")) {
            if (!toInt(v, 0, 20, &c.master.retries)) {
                *errorText = QStringLiteral("--retries wants 0..20");
                return false;
            }
        } else if (arg == QLatin1String("--max-telegrams")) {
            if (!toInt(v, 1, 256, &c.master.maxTelegrams)) {
                *errorText = QStringLiteral("--max-telegrams wants 1..256");
                return false;
            }
        } else if (extra.contains(arg)) {
            values->insert(arg, v);
        } else {
            *errorText = QStringLiteral("unknown option %1").arg(arg);
            return false;
        }
    }
    if (haveSerial == haveTcp) {
        *errorText = QStringLiteral("give either --serial PATH or --tcp HOST:PORT");
        return false;
    }
    return true;
}

bool parseMeterAddress(const QString &text, MeterAddress *address)
{
    if (text.size() == 16) {
        address->secondary = link::SecondaryAddress::fromString(text);
        return address->secondary.has_value();
    }
    return toInt(text, 0, 255, &address->primary);
}

} // namespace mbus::cli
