#include "BusCommands.h"

#include "cli/BusSession.h"
#include "cli/ExitCode.h"
#include "link/CiField.h"
#include "frametext/HexInput.h"
#include "frametext/TelegramText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace mbus::cli {

namespace {

struct Verb
{
    const char *name;
    const char *usage;
    QStringList options; // with a value
    QStringList flags;
    // Builds the request from the positional arguments and options, or sets error.
    std::function<std::optional<bus::Request>(const QStringList &, const QHash<QString, QString> &, QString *)> build;
};

// Primary address or secondary address into the request's target.
bool target(const QString &text, bus::Request *request)
{
    MeterAddress address;
    if (!parseMeterAddress(text, &address))
        return false;
    if (address.secondary)
        request->secondary = address.secondary;
    else
        request->address = std::uint8_t(address.primary);
    return true;
}

QJsonArray framesJson(const QList<link::Frame> &frames)
{
    QJsonArray array;
    for (const link::Frame &frame : frames)
        array.append(QString::fromLatin1(frame.raw.toHex(' ').toUpper()));
    return array;
}

int runVerb(const Verb &verb, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QLatin1String("--help"))) {
        out << verb.usage << busOptionsHelp();
        return ExitCode::Ok;
    }
    BusOptions options;
    QHash<QString, QString> values;
    QString error;
    std::optional<bus::Request> request;
    if (parseBusOptions(arguments, verb.options, verb.flags, &options, &values, &error))
        request = verb.build(options.positional, values, &error);
    if (!request) {
        err << "mbus-cli " << verb.name << ": " << (error.isEmpty() ? QStringLiteral("wrong arguments") : error) << '\n'
            << verb.usage << busOptionsHelp();
        return ExitCode::Usage;
    }
    BusSession session(options, err);
    if (!session.open())
        return ExitCode::Failure;
    const bus::Outcome outcome = session.run(*request);
    if (options.json) {
        QJsonObject result{{QStringLiteral("ok"), outcome.ok()}, {QStringLiteral("answers"), framesJson(outcome.frames)}};
        if (!outcome.ok()) {
            result.insert(QStringLiteral("error"), outcome.error.text());
            result.insert(QStringLiteral("error_code"), QString::fromLatin1(bus::errorCodeName(outcome.error.code)));
        }
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        for (const link::Frame &frame : outcome.frames)
            out << frame.raw.toHex(' ').toUpper() << "  " << frametext::frameSummary(frame);
        if (outcome.ok() && request->kind != bus::Request::Kind::Raw)
            out << "done: acknowledged (E5)\n";
    }
    if (!outcome.ok()) {
        // A raw frame's address is the user's bytes, not known here.
        const bool addressed = request->kind != bus::Request::Kind::Raw && !request->secondary;
        printBusError(err, outcome.error, errorPlace(options, addressed ? int(request->address) : -1));
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

} // namespace

int runSelect(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Verb verb{"select",
                    "usage: mbus-cli select SECONDARY BUS OPTIONS\n"
                    "  Selects a meter by 16-hex-digit secondary address (F = wildcard); it answers on 253.\n",
                    {}, {}, [](const QStringList &args, const QHash<QString, QString> &, QString *error) -> std::optional<bus::Request> {
                        const auto mask = args.size() == 1 ? link::SecondaryAddress::fromString(args.first()) : std::nullopt;
                        if (!mask) {
                            *error = QStringLiteral("give one secondary address (16 hex digits)");
                            return std::nullopt;
                        }
                        return bus::Request::select(*mask);
                    }};
    return runVerb(verb, arguments, out, err);
}

int runSetAddress(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Verb verb{"set-address",
                    "usage: mbus-cli set-address OLD NEW BUS OPTIONS\n"
                    "  Gives a meter (OLD: primary address or secondary address) the primary address NEW (0..250).\n",
                    {}, {}, [](const QStringList &args, const QHash<QString, QString> &, QString *error) -> std::optional<bus::Request> {
                        bus::Request r;
                        r.kind = bus::Request::Kind::SetPrimaryAddress;
                        bool ok = false;
                        const int newAddress = args.size() == 2 ? args.at(1).toInt(&ok) : -1;
                        if (args.size() != 2 || !target(args.first(), &r) || !ok || newAddress < 0 || newAddress > 250) {
                            *error = QStringLiteral("give the meter (primary or secondary address) and a new primary address 0..250");
                            return std::nullopt;
                        }
                        r.newAddress = std::uint8_t(newAddress);
                        return r;
                    }};
    return runVerb(verb, arguments, out, err);
}

int runReset(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Verb verb{"reset",
                    "usage: mbus-cli reset ADDR|SECONDARY [--subcode HEX] BUS OPTIONS\n"
                    "  Application reset (CI 0x50), optionally with a subcode byte.\n",
                    {QStringLiteral("--subcode")}, {},
                    [](const QStringList &args, const QHash<QString, QString> &values, QString *error) -> std::optional<bus::Request> {
                        bus::Request r;
                        r.kind = bus::Request::Kind::Reset;
                        if (args.size() != 1 || !target(args.first(), &r)) {
                            *error = QStringLiteral("give one meter address");
                            return std::nullopt;
                        }
                        if (values.contains(QStringLiteral("--subcode"))) {
                            bool ok = false;
                            const uint subcode = values.value(QStringLiteral("--subcode")).toUInt(&ok, 16);
                            if (!ok || subcode > 0xFF) {
                                *error = QStringLiteral("--subcode wants one hex byte");
                                return std::nullopt;
                            }
                            r.subcode = std::uint8_t(subcode);
                        }
                        return r;
                    }};
    return runVerb(verb, arguments, out, err);
}

int runSwitchBaud(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Verb verb{"switch-baud",
                    "usage: mbus-cli switch-baud ADDR|SECONDARY BAUD BUS OPTIONS\n"
                    "  Asks a meter to change its baud rate (CI 0xB8..0xBF: 300..38400); it acknowledges at\n"
                    "  the old rate and answers at the new one afterwards.\n",
                    {}, {}, [](const QStringList &args, const QHash<QString, QString> &, QString *error) -> std::optional<bus::Request> {
                        bus::Request r;
                        r.kind = bus::Request::Kind::SwitchBaud;
                        r.baud = args.size() == 2 ? args.at(1).toInt() : 0;
                        if (args.size() != 2 || !target(args.first(), &r) || !link::CiField::baudRateSwitchFor(r.baud)) {
                            *error = QStringLiteral("give a meter address and one of 300 600 1200 2400 4800 9600 19200 38400");
                            return std::nullopt;
                        }
                        return r;
                    }};
    return runVerb(verb, arguments, out, err);
}

int runRaw(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Verb verb{"raw",
                    "usage: mbus-cli raw HEX BUS OPTIONS\n"
                    "  Sends the bytes as given and prints what answers inside the window.\n",
                    {}, {}, [](const QStringList &args, const QHash<QString, QString> &, QString *error) -> std::optional<bus::Request> {
                        const auto bytes = frametext::parseHexText(args.join(QLatin1Char(' ')).toLatin1());
                        if (args.isEmpty() || !bytes || bytes.value().isEmpty()) {
                            *error = QStringLiteral("give the bytes to send as hex");
                            return std::nullopt;
                        }
                        bus::Request r;
                        r.kind = bus::Request::Kind::Raw;
                        r.raw = bytes.value();
                        return r;
                    }};
    return runVerb(verb, arguments, out, err);
}

} // namespace mbus::cli
