// mbus-cli poll end to end: the demo project against mbus-sim through --gateway, JSON lines,
// the SQLite recording, the truth log under faults, and a gateway that restarts.
#include "SimProcess.h"

#include "engine/SessionRecorder.h"
#include "project/ProjectFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <limits>

#include <csignal>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QByteArray err;
};

Run poll(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(MBUS_CLI_PATH), QStringList{QStringLiteral("poll")} + arguments);
    process.waitForFinished(90000);
    Run run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, {}, process.readAllStandardError()};
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            run.lines.append(QJsonDocument::fromJson(line).object());
    }
    return run;
}

// The demo project with a short period and timeout, for tests that poll several cycles.
QString quickDemo(const QString &folder)
{
    QString error;
    auto project = mbus::project::loadProject(QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"), &error);
    project->connections[0].periodMs = 300;
    project->connections[0].channel.timeoutMs = 400;
    const QString path = folder + QStringLiteral("/quick.mbwproj");
    mbus::project::saveProject(*project, path, &error);
    return path;
}

// User and system CPU time of a process so far (Linux /proc).
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // After the name: state is field 3; utime and stime are fields 14 and 15.
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(::sysconf(_SC_CLK_TCK));
}

QString gateway(const mbus::test::SimProcess &sim)
{
    return QStringLiteral("127.0.0.1:%1").arg(sim.tcpPort());
}

} // namespace

class TestPollVerb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LC_ALL", "C"); // mbus-cli's human text follows the system locale: the same on every machine
    }

    // Ctrl-C and SIGTERM end an endless poll within 2 s with exit 0 and what was read printed;
    // idle between two periods the process uses no CPU (an undrained signal pipe once spun a core).
    void pollStopsOnSigintAndSigtermAndIdlesWithoutCpu()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({}, false, true));
        for (const int signalNumber : {SIGINT, SIGTERM}) {
            QProcess process;
            process.start(QStringLiteral(MBUS_CLI_PATH),
                          {QStringLiteral("poll"), QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"),
                           QStringLiteral("--json"), QStringLiteral("--gateway"), gateway(sim)});
            QVERIFY(process.waitForStarted(5000));
            QByteArray out;
            QElapsedTimer clock;
            clock.start();
            while (out.count('\n') < 53 && clock.elapsed() < 30000) {
                process.waitForReadyRead(500);
                out += process.readAllStandardOutput();
            }
            QCOMPARE(out.count('\n'), 53); // the first cycle; the next one is 60 s away
            QTest::qWait(300);
            const double before = cpuSeconds(process.processId());
            QTest::qWait(2000);
            const double busy = cpuSeconds(process.processId()) - before;
            QVERIFY2(busy < 0.1, qPrintable(QStringLiteral("%1 s of CPU in 2 s idle").arg(busy)));
            ::kill(pid_t(process.processId()), signalNumber);
            clock.restart();
            QVERIFY(process.waitForFinished(5000));
            QVERIFY2(clock.elapsed() < 2000, qPrintable(QStringLiteral("stopped after %1 ms").arg(clock.elapsed())));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
        }
    }

    void pollsTheDemoProjectOnce()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({}, false, true));
        const Run run = poll({QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"), QStringLiteral("--once"),
                              QStringLiteral("--json"), QStringLiteral("--gateway"), gateway(sim)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines.size(), 53);
        for (const QJsonObject &line : run.lines) {
            for (const char *key : {"name", "tag", "value", "unit", "quality", "timestamp"})
                QVERIFY2(line.contains(QLatin1String(key)), key);
            QCOMPARE(line.value(QStringLiteral("quality")).toString(), QStringLiteral("good"));
        }
        QCOMPARE(run.lines.first().value(QStringLiteral("tag")).toString(), QStringLiteral("demo.heat.energy"));
        QCOMPARE(run.lines.first().value(QStringLiteral("value")).toDouble(), 12345000.0);
    }

    // The human table: each value in its binding's display unit, else the readable one; the JSON
    // lines keep the engine's base units.
    void humanTableShowsEngineeringUnits()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({}, false, true));
        QString error;
        auto project = mbus::project::loadProject(QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"), &error);
        QCOMPARE(project->connections[0].bindings[0].tag, QStringLiteral("demo.heat.energy"));
        project->connections[0].bindings[0].displayUnit = QStringLiteral("MWh");
        const QString path = sim.folder() + QStringLiteral("/display.mbwproj");
        QVERIFY(mbus::project::saveProject(*project, path, &error));
        QProcess process;
        process.start(QStringLiteral(MBUS_CLI_PATH), {QStringLiteral("poll"), path, QStringLiteral("--once"), QStringLiteral("--gateway"), gateway(sim)});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        const auto lineOf = [&text](const QString &tag) {
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                if (line.simplified().startsWith(tag + QLatin1Char(' ')))
                    return line.simplified();
            }
            return QString();
        };
        QCOMPARE(lineOf(QStringLiteral("demo.heat.energy")), QStringLiteral("demo.heat.energy 12.345 MWh good"));
        QCOMPARE(lineOf(QStringLiteral("demo.heat.energy_s1")), QStringLiteral("demo.heat.energy_s1 11,000 kWh good"));
        QVERIFY2(lineOf(QStringLiteral("demo.heat.volume")).contains(QStringLiteral(" m³ good")), qPrintable(text));
        QCOMPARE(lineOf(QStringLiteral("demo.heat.date_s1")), QStringLiteral("demo.heat.date_s1 31 Dec 2025 good"));
        QVERIFY(!text.contains(QStringLiteral(" Wh ")));
    }

    // A gateway that only accepts 1.5 s after the poll began (it is still booting): the first
    // cycle waits for the connection and is good, not a failed cycle.
    void aGatewayThatAcceptsLateGivesAGoodFirstCycle()
    {
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
        const quint16 port = reserve.serverPort();
        reserve.close();
        QProcess process;
        process.start(QStringLiteral(MBUS_CLI_PATH),
                      {QStringLiteral("poll"), QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"), QStringLiteral("--once"),
                       QStringLiteral("--json"), QStringLiteral("--gateway"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(process.waitForStarted(5000));
        QTest::qWait(1500);
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:%1").arg(port)}, false, false));
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        int good = 0;
        for (const QByteArray &line : lines)
            good += QJsonDocument::fromJson(line).object().value(QStringLiteral("quality")).toString() == QLatin1String("good");
        QCOMPARE(good, 53);
    }

    void aDeadGatewayIsAnErrorExit()
    {
        const Run run = poll({QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"), QStringLiteral("--once"),
                              QStringLiteral("--json"), QStringLiteral("--gateway"), QStringLiteral("127.0.0.1:1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.lines.isEmpty());
        QVERIFY(run.lines.first().value(QStringLiteral("quality")).toString().startsWith(QLatin1String("bad: ")));
    }

    // Under corrupt answers, lost answers and noise, every value delivered as good is one the
    // simulator's truth log says it sent intact.
    void goodValuesUnderFaultsMatchTheTruthLog()
    {
        mbus::test::SimProcess sim;
        const QString truthPath = sim.folder() + QStringLiteral("/truth.jsonl");
        QVERIFY(sim.start({QStringLiteral("--corrupt"), QStringLiteral("0.3"), QStringLiteral("--drop"), QStringLiteral("0.2"),
                           QStringLiteral("--noise"), QStringLiteral("0.3"), QStringLiteral("--truth"), truthPath},
                          false, true));
        const Run run = poll({quickDemo(sim.folder()), QStringLiteral("--cycles"), QStringLiteral("3"), QStringLiteral("--json"),
                              QStringLiteral("--gateway"), gateway(sim)});
        QFile truthFile(truthPath);
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        QHash<QString, QList<QJsonObject>> sent; // "address/telegram/index" -> entries in order
        for (const QByteArray &line : truthFile.readAll().split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            if (!e.isEmpty())
                sent[QStringLiteral("%1/%2/%3").arg(e.value(QStringLiteral("address")).toInt())
                         .arg(e.value(QStringLiteral("telegram")).toInt()).arg(e.value(QStringLiteral("index")).toInt())]
                    .append(e);
        }
        int good = 0;
        for (const QJsonObject &v : run.lines) {
            if (v.value(QStringLiteral("quality")).toString() != QLatin1String("good"))
                continue;
            ++good;
            const QString key = QStringLiteral("%1/%2/%3").arg(v.value(QStringLiteral("address")).toInt())
                                    .arg(v.value(QStringLiteral("telegram")).toInt()).arg(v.value(QStringLiteral("index")).toInt());
            bool matched = false;
            for (const QJsonObject &e : sent.value(key))
                matched = matched || (e.value(QStringLiteral("fate")).toString() == QLatin1String("sent")
                                      && e.value(QStringLiteral("value")) == v.value(QStringLiteral("value")));
            QVERIFY2(matched, qPrintable(v.value(QStringLiteral("tag")).toString() + QStringLiteral(" good but never sent intact")));
        }
        QVERIFY(good > 0);
    }

    void recordsToSqlite()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({}, false, true));
        const QString path = sim.folder() + QStringLiteral("/acceptance.sqlite");
        const QString csvPath = sim.folder() + QStringLiteral("/values.csv");
        const Run run = poll({quickDemo(sim.folder()), QStringLiteral("--cycles"), QStringLiteral("2"), QStringLiteral("--gateway"),
                              gateway(sim), QStringLiteral("--record"), path, QStringLiteral("--csv"), csvPath});
        QCOMPARE(run.exitCode, 0);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csv.readAll().split('\n');
        QCOMPARE(rows.first(), QByteArray("timestamp,connection,tag,name,value,unit,quality\r"));
        QCOMPARE(rows.size(), 1 + 2 * 53 + 1); // header, two cycles, the empty rest after the last CRLF
        QVERIFY(rows.at(1).contains(",Demo bus,demo.heat.energy,Heat Energy,12345000,Wh,good"));
        mbus::engine::SessionRecorder recording;
        QString error;
        QVERIFY(recording.open(path, QStringLiteral("review"), &error));
        QCOMPARE(recording.series(QStringLiteral("demo.water.volume"), 0, std::numeric_limits<qint64>::max()).size(), 2);
    }

    // The gateway closes its TCP side every 2 s: values go bad ("Connection lost") and are good
    // again within a period of its return.
    void survivesARestartingGateway()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--gateway-restart"), QStringLiteral("2")}, false, true));
        // Four cycles of about 4 s of wire time each: several restarts, each waited for.
        const Run run = poll({quickDemo(sim.folder()), QStringLiteral("--cycles"), QStringLiteral("4"), QStringLiteral("--json"),
                              QStringLiteral("--gateway"), gateway(sim)});
        QVERIFY(run.exitCode >= 0); // it ended by itself (1 when the last cycle saw a drop)
        bool sawLost = false;
        bool goodAfterLost = false;
        for (const QJsonObject &v : run.lines) {
            const QString quality = v.value(QStringLiteral("quality")).toString();
            sawLost = sawLost || quality.startsWith(QLatin1String("bad: Connection lost"));
            goodAfterLost = goodAfterLost || (sawLost && quality == QLatin1String("good"));
        }
        QVERIFY(sawLost);
        QVERIFY(goodAfterLost);
    }

    void refusesAProjectWithErrors()
    {
        QTemporaryDir dir;
        QString error;
        auto project = mbus::project::loadProject(QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"), &error);
        project->connections[0].bindings[0].address = 300;
        const QString path = dir.path() + QStringLiteral("/broken.mbwproj");
        QVERIFY(mbus::project::saveProject(*project, path, &error));
        const Run run = poll({path, QStringLiteral("--once")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("Address: 300 is outside 1..250"));
    }
};

QTEST_GUILESS_MAIN(TestPollVerb)
#include "tst_poll_verb.moc"
