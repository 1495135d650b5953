#include "ProjectCommands.h"

#include "cli/ExitCode.h"
#include "cli/ReadableText.h"
#include "engine/ReadableTagValue.h"
#include "cli/WakeUpFlags.h"
#include "common/QuitOnSignals.h"
#include "engine/PollingEngine.h"
#include "engine/SessionRecorder.h"
#include "project/CsvExport.h"
#include "project/ProjectFile.h"
#include "project/Validation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace mbus::cli {

namespace {

void usage(QTextStream &s)
{
    s << "usage: mbus-cli poll PROJECT.mbwproj [--once | --cycles N] [--json] [--gateway HOST:PORT]\n"
         "                     [--record FILE.sqlite] [--csv FILE.csv] [--verbose]\n"
         "                     [--wakeup N] [--reset-before-read] [--extra-margin MS]\n"
         "  Polls every enabled connection as the Faceplate runtime would, until Ctrl-C (or after one\n"
         "  cycle / N cycles of each connection). --json: one JSON object per tag value per line.\n"
         "  --gateway: every connection over TCP to this address (e.g. mbus-sim). --record: tag values\n"
         "  and diagnostics into an SQLite file; --csv: tag values as CSV rows for spreadsheets.\n"
         "  With --once/--cycles the exit status is 1 when the\n"
         "  last cycle of a connection ended with an error.\n"
         "  The wake-up options replace the project's connection defaults of every connection;\n"
         "  a meter's own wake-up fields still win.\n"
      << wakeUpHelp();
}

QJsonObject valueJson(const engine::TagValue &v)
{
    QJsonObject o{{QStringLiteral("connection"), v.connection}, {QStringLiteral("name"), v.name},
                  {QStringLiteral("tag"), v.tag},           {QStringLiteral("unit"), v.unit},
                  {QStringLiteral("quality"), v.qualityText()},
                  {QStringLiteral("timestamp"), v.timestamp.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("address"), v.address},   {QStringLiteral("telegram"), v.telegram},
                  {QStringLiteral("index"), v.index}};
    o.insert(QStringLiteral("value"), QJsonValue::fromVariant(v.value));
    return o;
}

// The CSV's value: the engine's number in its base unit, machine-readable (not the human table's).
QString valueText(const engine::TagValue &v)
{
    if (v.value.isNull())
        return QStringLiteral("-");
    if (v.value.typeId() == QMetaType::Double)
        return QString::number(v.value.toDouble(), 'g', 12);
    return v.value.toString();
}

} // namespace

int runPoll(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString file, gateway, record, csvPath;
    bool json = false, verbose = false, once = false;
    int cycles = 0;
    QHash<QString, QString> wakeUpValues;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--verbose"))
            verbose = true;
        else if (a == QLatin1String("--once"))
            once = true;
        else if (a == QLatin1String("--cycles") && hasValue)
            cycles = arguments.at(++i).toInt();
        else if (a == QLatin1String("--gateway") && hasValue)
            gateway = arguments.at(++i);
        else if (a == QLatin1String("--record") && hasValue)
            record = arguments.at(++i);
        else if (a == QLatin1String("--csv") && hasValue)
            csvPath = arguments.at(++i);
        else if (wakeUpValueOptions().contains(a) && hasValue)
            wakeUpValues.insert(a, arguments.at(++i));
        else if (wakeUpFlagOptions().contains(a))
            wakeUpValues.insert(a, QStringLiteral("1"));
        else if (a == QLatin1String("--help")) {
            usage(out);
            return ExitCode::Ok;
        } else if (!a.startsWith(QLatin1Char('-')) && file.isEmpty())
            file = a;
        else {
            usage(err);
            return ExitCode::Usage;
        }
    }
    if (file.isEmpty() || cycles < 0 || (once && cycles > 0)) {
        usage(err);
        return ExitCode::Usage;
    }
    if (once)
        cycles = 1;

    QString error;
    auto project = project::loadProject(file, &error);
    if (!project) {
        err << "error: " << error << '\n';
        return ExitCode::Failure;
    }
    for (project::Connection &c : project->connections) {
        if (!parseWakeUpFlags(wakeUpValues, &c.wakeUp, &error)) {
            err << "error: " << error << '\n';
            return ExitCode::Usage;
        }
    }
    const QList<project::Finding> findings = project::validate(*project);
    for (const project::Finding &f : findings)
        err << f.text() << '\n';
    if (project::hasErrors(findings)) {
        err << "error: the project has errors; not polling\n";
        return ExitCode::Failure;
    }

    engine::PollerOptions options;
    if (!gateway.isEmpty()) {
        const qsizetype colon = gateway.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        bus::TcpSettings tcp;
        tcp.host = gateway.left(colon);
        tcp.port = gateway.mid(colon + 1).toUShort(&ok);
        if (colon <= 0 || !ok) {
            err << "error: --gateway wants HOST:PORT\n";
            return ExitCode::Usage;
        }
        options.gateway = tcp;
    }
    engine::SessionRecorder recorder;
    if (!record.isEmpty() && !recorder.open(record, project->name, &error)) {
        err << "error: " << error << '\n';
        return ExitCode::Failure;
    }

    QFile csv(csvPath);
    if (!csvPath.isEmpty()) {
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << "error: cannot write " << csvPath << ": " << csv.errorString() << '\n';
            return ExitCode::Failure;
        }
        csv.write(project::csvLine({QStringLiteral("timestamp"), QStringLiteral("connection"), QStringLiteral("tag"),
                                    QStringLiteral("name"), QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("quality")}));
    }

    // The human table shows each value in its binding's display unit (tags are unique in a valid project).
    QHash<QString, project::Binding> bindings;
    for (const project::Connection &c : project->connections) {
        for (const project::Binding &b : c.bindings)
            bindings.insert(b.tag, b);
    }
    const QLocale locale = cliLocale();

    ShutdownSignals::instance(); // installed before the first cycle
    engine::PollingEngine engine(*project, options);
    QEventLoop loop;
    QHash<QString, int> cyclesDone;
    QHash<QString, QString> lastError;
    QObject::connect(&engine, &engine::PollingEngine::cycleFinished,
                     [&](const QList<engine::TagValue> &values, const engine::ConnectionDiagnostics &d) {
                         lastError.insert(d.connection, d.error);
                         if (json) {
                             for (const engine::TagValue &v : values)
                                 out << QJsonDocument(valueJson(v)).toJson(QJsonDocument::Compact) << '\n';
                         } else {
                             out << d.connection << "  " << d.stateText() << "  " << d.actualText() << "  cycle "
                                 << d.cycles << " in " << d.cycleMs << " ms"
                                 << (d.error.isEmpty() ? QString() : QStringLiteral("  error: ") + d.error) << '\n';
                             for (const engine::TagValue &v : values) {
                                 const project::Binding b = bindings.value(v.tag);
                                 const decode::ReadableValue shown = engine::readableTagValue(v, b.displayUnit, b.quantity, locale);
                                 out << "  " << v.tag.leftJustified(28) << ' ' << shown.text.rightJustified(20) << ' '
                                     << shown.unit.leftJustified(6) << ' ' << v.qualityText() << '\n';
                             }
                         }
                         out.flush();
                         if (csv.isOpen()) {
                             for (const engine::TagValue &v : values)
                                 csv.write(project::csvLine({v.timestamp.toString(Qt::ISODateWithMs), v.connection, v.tag, v.name,
                                                             v.value.isNull() ? QString() : valueText(v), v.unit, v.qualityText()}));
                             csv.flush();
                         }
                         QString recordError;
                         if (recorder.isOpen() && !recorder.record(values, d, &recordError))
                             err << "error: recording: " << recordError << '\n';
                         if (cycles > 0 && ++cyclesDone[d.connection] >= cycles
                             && cyclesDone.size() == engine.connectionCount()) {
                             bool all = true;
                             for (int n : cyclesDone)
                                 all = all && n >= cycles;
                             if (all)
                                 loop.quit();
                         }
                     });
    if (verbose) {
        engine.setTrafficEnabled(true);
        QObject::connect(&engine, &engine::PollingEngine::traffic, [&](const QString &c, const QList<engine::TrafficChunk> &chunks) {
            for (const engine::TrafficChunk &chunk : chunks)
                err << c << (chunk.outgoing ? " -> " : " <- ") << chunk.bytes.toHex(' ').toUpper() << '\n';
        });
    }
    if (engine.connectionCount() == 0) {
        err << "error: no enabled connection to poll\n";
        return ExitCode::Failure;
    }
    // Ctrl-C or SIGTERM ends polling as its normal end: what was read is out, the files are
    // complete, exit 0.
    QObject::connect(&ShutdownSignals::instance(), &ShutdownSignals::shutdownRequested, &loop, &QEventLoop::quit);
    engine.start();
    if (!ShutdownSignals::instance().received())
        loop.exec();
    engine.stop();

    if (cycles > 0) {
        for (const QString &e : lastError) {
            if (!e.isEmpty())
                return ExitCode::Failure;
        }
    }
    return ExitCode::Ok;
}

} // namespace mbus::cli
