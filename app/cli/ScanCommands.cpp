#include "BusCommands.h"

#include "bus/PrimaryScanner.h"
#include "bus/SecondarySearch.h"
#include "cli/BusSession.h"
#include "cli/ExitCode.h"
#include "decode/DataHeader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mbus::cli {

namespace {

QJsonObject meterJson(const bus::ScanHit &hit)
{
    QJsonObject meter;
    if (hit.primaryAddress >= 0)
        meter.insert(QStringLiteral("address"), hit.primaryAddress);
    meter.insert(QStringLiteral("secondary_address"), hit.secondary.toString());
    meter.insert(QStringLiteral("id"), QString::number(hit.secondary.identification, 16).rightJustified(8, QLatin1Char('0')));
    meter.insert(QStringLiteral("manufacturer"), decode::manufacturerCode(hit.secondary.manufacturer));
    meter.insert(QStringLiteral("version"), hit.secondary.version);
    meter.insert(QStringLiteral("medium"), QString::fromUtf8(decode::mediumName(hit.secondary.medium)));
    meter.insert(QStringLiteral("medium_code"), hit.secondary.medium);
    if (!hit.identified()) {
        meter.insert(QStringLiteral("identified"), false); // acknowledged, sent no data: the fields above are the mask
        meter.insert(QStringLiteral("error"), hit.error.text());
    }
    return meter;
}

QString meterLine(const bus::ScanHit &hit)
{
    const QString address = hit.primaryAddress >= 0 ? QString::number(hit.primaryAddress).rightJustified(3) : QStringLiteral("  -");
    if (!hit.identified())
        return QStringLiteral("%1  %2  acknowledges, sends no data (%3)")
            .arg(address, hit.primaryAddress >= 0 ? QStringLiteral("-").repeated(16) : hit.secondary.toString(), hit.error.text());
    return QStringLiteral("%1  %2  %3  v%4  %5")
        .arg(address, hit.secondary.toString(), decode::manufacturerCode(hit.secondary.manufacturer))
        .arg(hit.secondary.version, 3, 10, QLatin1Char('0'))
        .arg(QString::fromUtf8(decode::mediumName(hit.secondary.medium)));
}

bool parseRange(const QHash<QString, QString> &values, bus::PrimaryScanSettings *settings, QString *error)
{
    bool ok = true;
    if (values.contains(QStringLiteral("--from")))
        settings->first = values.value(QStringLiteral("--from")).toInt(&ok);
    if (ok && values.contains(QStringLiteral("--to")))
        settings->last = values.value(QStringLiteral("--to")).toInt(&ok);
    if (!ok || settings->first < 0 || settings->last > 250 || settings->first > settings->last) {
        *error = QStringLiteral("--from/--to want 0 <= from <= to <= 250");
        return false;
    }
    settings->includeBroadcast = values.contains(QStringLiteral("--broadcast"));
    return true;
}

} // namespace

int runScan(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto usage = [](QTextStream &s) {
        s << "usage: mbus-cli scan [--from N] [--to N] [--broadcast] BUS OPTIONS\n"
             "  Primary scan 0..250 (SND_NKE to each address, REQ_UD2 0x5B where an E5 came; 254 too with\n"
             "  --broadcast).\n"
          << busOptionsHelp();
    };
    if (arguments.contains(QLatin1String("--help"))) {
        usage(out);
        return ExitCode::Ok;
    }
    BusOptions options;
    QHash<QString, QString> values;
    QString error;
    bus::PrimaryScanSettings settings;
    if (!parseBusOptions(arguments, {QStringLiteral("--from"), QStringLiteral("--to")}, {QStringLiteral("--broadcast")},
                         &options, &values, &error)
        || !parseRange(values, &settings, &error) || !options.positional.isEmpty()) {
        err << "mbus-cli scan: " << (error.isEmpty() ? QStringLiteral("unexpected argument") : error) << '\n';
        usage(err);
        return ExitCode::Usage;
    }
    BusSession session(options, err);
    if (!session.open())
        return ExitCode::Failure;

    bus::PrimaryScanner scanner(session.client(), settings);
    QJsonArray meters, collisions, errors;
    bool linkFailed = false;
    QObject::connect(&scanner, &bus::PrimaryScanner::hit, [&](const bus::ScanHit &hit) {
        switch (hit.kind) {
        case bus::ScanHit::Kind::Found:
            meters.append(meterJson(hit));
            if (!options.json)
                out << meterLine(hit) << Qt::endl;
            break;
        case bus::ScanHit::Kind::Collision:
            collisions.append(hit.primaryAddress);
            if (!options.json)
                out << QString::number(hit.primaryAddress).rightJustified(3) << "  collision: more than one meter answers" << Qt::endl;
            break;
        case bus::ScanHit::Kind::Error:
            errors.append(QJsonObject{{QStringLiteral("address"), hit.primaryAddress}, {QStringLiteral("error"), hit.error.text()}});
            linkFailed = linkFailed || hit.error.code == bus::BusErrorCode::PortError
                         || hit.error.code == bus::BusErrorCode::ConnectionLost;
            if (!options.json)
                out << QString::number(hit.primaryAddress).rightJustified(3) << "  " << hit.error.text() << Qt::endl;
            break;
        }
    });
    QObject::connect(&scanner, &bus::PrimaryScanner::progress, [&](int done, int total, int) {
        if (!options.json && (done % 10 == 0 || done == total))
            err << "\rscanned " << done << '/' << total << (done == total ? "\n" : "") << Qt::flush;
    });
    qint64 elapsed = 0;
    QObject::connect(&scanner, &bus::PrimaryScanner::finished, [&](bool, qint64 ms) {
        elapsed = ms;
        session.quit();
    });
    scanner.start();
    session.exec();

    if (options.json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("meters"), meters},
                                         {QStringLiteral("collisions"), collisions},
                                         {QStringLiteral("errors"), errors},
                                         {QStringLiteral("probes"), scanner.total()},
                                         {QStringLiteral("elapsed_ms"), elapsed}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << meters.size() << " meters, " << collisions.size() << " collisions, " << scanner.total() << " addresses in "
            << QString::number(double(elapsed) / 1000, 'f', 1) << " s" << Qt::endl;
    }
    if (linkFailed) {
        printBusError(err, bus::BusError::of(bus::BusErrorCode::PortError), errorPlace(options), QStringLiteral("scan stopped"));
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

int runSecondaryScan(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto usage = [](QTextStream &s) {
        s << "usage: mbus-cli scan-secondary [--mask 16HEX] BUS OPTIONS\n"
             "  Wildcard search by secondary address; prints the meters and the number of selections.\n"
          << busOptionsHelp();
    };
    if (arguments.contains(QLatin1String("--help"))) {
        usage(out);
        return ExitCode::Ok;
    }
    BusOptions options;
    QHash<QString, QString> values;
    QString error;
    link::SecondaryAddress mask = link::SecondaryAddress::wildcard();
    bool ok = parseBusOptions(arguments, {QStringLiteral("--mask")}, {}, &options, &values, &error) && options.positional.isEmpty();
    if (ok && values.contains(QStringLiteral("--mask"))) {
        const auto parsed = link::SecondaryAddress::fromString(values.value(QStringLiteral("--mask")));
        ok = parsed.has_value();
        if (parsed)
            mask = *parsed;
        else
            error = QStringLiteral("--mask wants 16 hex digits (F = wildcard)");
    }
    if (!ok) {
        err << "mbus-cli scan-secondary: " << (error.isEmpty() ? QStringLiteral("unexpected argument") : error) << '\n';
        usage(err);
        return ExitCode::Usage;
    }
    BusSession session(options, err);
    if (!session.open())
        return ExitCode::Failure;

    bus::SecondarySearch search(session.client());
    QJsonArray meters, collisions;
    bool linkFailed = false;
    QObject::connect(&search, &bus::SecondarySearch::hit, [&](const bus::ScanHit &hit) {
        if (hit.kind == bus::ScanHit::Kind::Found) {
            meters.append(meterJson(hit));
            if (!options.json)
                out << meterLine(hit) << Qt::endl;
        } else if (hit.kind == bus::ScanHit::Kind::Collision) {
            collisions.append(hit.secondary.toString());
            if (!options.json)
                out << "       " << hit.secondary.toString() << "  collision: meters that no selection tells apart" << Qt::endl;
        } else {
            linkFailed = true;
            printBusError(err, hit.error, errorPlace(options));
        }
    });
    qint64 elapsed = 0;
    QObject::connect(&search, &bus::SecondarySearch::finished, [&](bool, qint64 ms) {
        elapsed = ms;
        session.quit();
    });
    search.start(mask);
    session.exec();

    const bus::SecondarySearchStats stats = search.stats();
    if (options.json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("meters"), meters},
                                         {QStringLiteral("collisions"), collisions},
                                         {QStringLiteral("selections"), stats.selections},
                                         {QStringLiteral("reads"), stats.reads},
                                         {QStringLiteral("elapsed_ms"), elapsed}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << meters.size() << " meters; " << stats.selections << " selections, " << stats.reads << " reads in "
            << QString::number(double(elapsed) / 1000, 'f', 1) << " s" << Qt::endl;
    }
    return linkFailed ? ExitCode::Failure : ExitCode::Ok;
}

} // namespace mbus::cli
