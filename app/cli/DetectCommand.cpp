#include "BusCommands.h"

#include "bus/LineDetector.h"
#include "bus/PrimaryScanner.h"
#include "cli/BusSession.h"
#include "cli/ExitCode.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mbus::cli {

namespace {

QString lineText(const link::LineSettings &line)
{
    return QString::fromLatin1(link::lineSettingsText(line));
}

bool parseAddresses(const QString &text, QList<int> *addresses)
{
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int a = part.trimmed().toInt(&ok);
        if (!ok || a < 0 || a > 250)
            return false;
        *addresses << a;
    }
    return true;
}

struct Count
{
    QList<int> meters;
    QList<int> collisions;
};

// The meters at the recommended setting: a primary scan over the range.
Count countMeters(const BusOptions &options, const link::LineSettings &line, const bus::PrimaryScanSettings &range, QTextStream &err)
{
    BusOptions at = options;
    at.connection.serial.line = line;
    at.verbose = false;
    Count count;
    BusSession session(at, err);
    if (!session.open())
        return count;
    bus::PrimaryScanner scanner(session.client(), range);
    QObject::connect(&scanner, &bus::PrimaryScanner::hit, [&](const bus::ScanHit &hit) {
        if (hit.kind == bus::ScanHit::Kind::Found)
            count.meters << hit.primaryAddress;
        else if (hit.kind == bus::ScanHit::Kind::Collision)
            count.collisions << hit.primaryAddress;
    });
    QObject::connect(&scanner, &bus::PrimaryScanner::finished, [&](bool, qint64) { session.quit(); });
    scanner.start();
    session.exec();
    return count;
}

QString addressList(const QList<int> &addresses)
{
    QStringList list;
    for (const int a : addresses)
        list << QString::number(a);
    return list.join(QStringLiteral(", "));
}

} // namespace

int runDetect(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto usage = [](QTextStream &s) {
        s << "usage: mbus-cli detect --serial PATH [--baud N --parity P] [--address A,B,...]\n"
             "                        [--all] [--no-count] [--from N] [--to N] [--json]\n"
             "  Finds the baud rate and parity the meters answer at: tries 2400 8E1 first, then 9600,\n"
             "  300, 1200, 4800, 19200, 38400 Bd with Even and None parity (--baud/--parity: tried\n"
             "  first, as the converter is set now), with SND_NKE and REQ_UD2 to 254 and REQ_UD2 to the\n"
             "  known addresses. Stops at the first clear answer (--all: tries every combination), then\n"
             "  counts the meters with a primary scan --from..--to (default 0..250) at that setting.\n";
    };
    if (arguments.contains(QLatin1String("--help"))) {
        usage(out);
        return ExitCode::Ok;
    }
    BusOptions options;
    QHash<QString, QString> values;
    QString error;
    const QStringList withValue{QStringLiteral("--address"), QStringLiteral("--from"), QStringLiteral("--to")};
    const QStringList flags{QStringLiteral("--all"), QStringLiteral("--no-count")};
    bus::LineDetectSettings settings;
    bus::PrimaryScanSettings range;
    bool ok = parseBusOptions(arguments, withValue, flags, &options, &values, &error);
    if (ok && options.connection.type != link::ChannelType::Serial) {
        error = QStringLiteral("detect needs --serial: a gateway's serial side is set in the gateway");
        ok = false;
    }
    if (ok && !parseAddresses(values.value(QStringLiteral("--address")), &settings.addresses)) {
        error = QStringLiteral("--address wants primary addresses 0..250, comma separated");
        ok = false;
    }
    if (ok) {
        range.first = values.value(QStringLiteral("--from"), QStringLiteral("0")).toInt(&ok);
        bool ok2 = false;
        range.last = values.value(QStringLiteral("--to"), QStringLiteral("250")).toInt(&ok2);
        ok = ok && ok2 && range.first >= 0 && range.last <= 250 && range.first <= range.last;
        if (!ok)
            error = QStringLiteral("--from/--to want 0 <= from <= to <= 250");
    }
    if (!ok || !options.positional.isEmpty()) {
        err << "mbus-cli detect: " << (error.isEmpty() ? QStringLiteral("unexpected argument") : error) << '\n';
        usage(err);
        return ExitCode::Usage;
    }
    settings.connection = options.connection;
    if (arguments.contains(QLatin1String("--baud")) || arguments.contains(QLatin1String("--parity")))
        settings.start = options.connection.serial.line;
    settings.stopWhenClear = !values.contains(QStringLiteral("--all"));

    bus::LineDetector detector(settings);
    QEventLoop loop;
    QObject::connect(&detector, &bus::LineDetector::tried, [&](const bus::LineProbe &probe) {
        if (!options.json)
            out << lineText(probe.line) << ": " << probe.summary() << Qt::endl;
    });
    QObject::connect(&detector, &bus::LineDetector::finished, &loop, &QEventLoop::quit);
    detector.start();
    loop.exec();

    const std::optional<bus::LineProbe> best = detector.recommended();
    QJsonArray tried;
    for (const bus::LineProbe &p : detector.results())
        tried.append(QJsonObject{{QStringLiteral("line"), lineText(p.line)}, {QStringLiteral("result"), p.summary()}});
    if (!best) {
        const bool portError = !detector.results().isEmpty()
                               && detector.results().last().evidence == bus::LineProbe::Evidence::PortError;
        if (options.json)
            out << QJsonDocument(QJsonObject{{QStringLiteral("tried"), tried}}).toJson(QJsonDocument::Indented);
        err << (portError ? "error: the port cannot be used\n"
                          : "no meter answered at any setting: check the wiring, the converter's power and the bus voltage\n");
        return ExitCode::Failure;
    }
    QJsonObject result{{QStringLiteral("tried"), tried}, {QStringLiteral("recommended"), lineText(best->line)}};
    if (!options.json)
        out << "recommended: " << lineText(best->line) << Qt::endl;
    if (!values.contains(QStringLiteral("--no-count"))) {
        const Count count = countMeters(options, best->line, range, err);
        result.insert(QStringLiteral("meters"), QJsonArray::fromVariantList(QVariantList(count.meters.cbegin(), count.meters.cend())));
        result.insert(QStringLiteral("collisions"),
                      QJsonArray::fromVariantList(QVariantList(count.collisions.cbegin(), count.collisions.cend())));
        if (!options.json) {
            out << lineText(best->line) << ": " << count.meters.size() << " meters";
            if (!count.meters.isEmpty())
                out << " (" << addressList(count.meters) << ')';
            if (!count.collisions.isEmpty())
                out << ", collisions at " << addressList(count.collisions);
            out << Qt::endl;
        }
    }
    if (options.json)
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return ExitCode::Ok;
}

} // namespace mbus::cli
