// mbus-cli against a sleeping meter of mbus-sim (--sleepy 3: it answers only after 480 0x55
// characters): `read` times out without --wakeup and succeeds with it, on the pty and over TCP;
// `poll` gets good values when the project's meter has its wake-up. Each case has its own
// simulator, because a woken meter stays awake 10 s.
#include "CliRun.h"
#include "SimProcess.h"

#include "project/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int Baud = 9600; // 528 wake-up characters take 0.6 s

using Run = mbus::test::CliRun;

Run cli(const QStringList &arguments)
{
    return mbus::test::runCli(arguments, 90000);
}

QStringList sleepySim()
{
    return {QStringLiteral("--baud"), QString::number(Baud), QStringLiteral("--sleepy"), QStringLiteral("3")};
}

QString meterId(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("telegrams")).toArray().at(0).toObject()
        .value(QStringLiteral("header")).toObject().value(QStringLiteral("id")).toString();
}

// Without --wakeup a timeout, too short a preamble a timeout, the full one the meter's telegram.
void readWakesTheMeter(const QStringList &bus)
{
    const QStringList read = QStringList{QStringLiteral("read"), QStringLiteral("3"), QStringLiteral("--json"),
                                         QStringLiteral("--retries"), QStringLiteral("0")} + bus;
    Run run = cli(read);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Timeout"), run.err.constData());

    run = cli(read + QStringList{QStringLiteral("--wakeup"), QStringLiteral("100")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Timeout"), run.err.constData());

    run = cli(read + QStringList{QStringLiteral("--wakeup"), QStringLiteral("528"), QStringLiteral("--reset-before-read"),
                                 QStringLiteral("--extra-margin"), QStringLiteral("100"), QStringLiteral("--verbose")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!meterId(run).isEmpty());
    // The traffic: the preamble went out, then the application reset (CI 0x50) before REQ_UD2.
    QVERIFY2(run.err.contains("55 55 55 55"), run.err.left(2000).constData());
    QVERIFY2(run.err.contains("68 03 03 68"), run.err.left(4000).constData());
}

} // namespace

class TestWakeUpVerbs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readOnThePty()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start(sleepySim(), true, false));
        readWakesTheMeter({QStringLiteral("--serial"), sim.ptyPath(), QStringLiteral("--baud"), QString::number(Baud)});
    }

    void readOverTcp()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start(sleepySim(), false, true));
        readWakesTheMeter({QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:%1").arg(sim.tcpPort()), QStringLiteral("--baud"),
                           QString::number(Baud)});
    }

    void rangesAreChecked()
    {
        for (const QStringList &bad : {QStringList{QStringLiteral("--wakeup"), QStringLiteral("2001")},
                                       QStringList{QStringLiteral("--extra-margin"), QStringLiteral("-1")},
                                       QStringList{QStringLiteral("--wakeup"), QStringLiteral("lots")}}) {
            const Run run = cli(QStringList{QStringLiteral("read"), QStringLiteral("3"), QStringLiteral("--serial"),
                                            QStringLiteral("/dev/null")} + bad);
            QCOMPARE(run.exitCode, 2);
        }
        const Run poll = cli({QStringLiteral("poll"), QStringLiteral("x.mbwproj"), QStringLiteral("--wakeup"), QStringLiteral("9999")});
        QVERIFY(poll.exitCode != 0);
    }

    void pollWithTheMetersWakeUp()
    {
        QString error;
        auto project = mbus::project::loadProject(QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"), &error);
        QVERIFY2(project, qPrintable(error));
        mbus::project::Connection &c = project->connections[0];
        c.channel.line.baud = Baud;
        c.channel.timeoutMs = 500;
        QList<mbus::project::Binding> sleepyBindings;
        for (const mbus::project::Binding &b : c.bindings) {
            if (b.address == 3)
                sleepyBindings << b;
        }
        QVERIFY(!sleepyBindings.isEmpty());
        c.bindings = sleepyBindings;
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("plain.mbwproj"));
        QVERIFY(mbus::project::saveProject(*project, plain, &error));
        mbus::project::Meter meter;
        meter.address = 3;
        meter.wakeUp.preambleCharacters = 528;
        c.meters = {meter};
        const QString woken = dir.filePath(QStringLiteral("woken.mbwproj"));
        QVERIFY(mbus::project::saveProject(*project, woken, &error));

        const auto poll = [&](const QString &file, quint16 port, const QStringList &extra) {
            return cli(QStringList{QStringLiteral("poll"), file, QStringLiteral("--once"), QStringLiteral("--json"),
                                   QStringLiteral("--gateway"), QStringLiteral("127.0.0.1:%1").arg(port)} + extra);
        };
        const auto allGood = [&](const Run &run) {
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QList<QByteArray> lines = run.out.trimmed().split('\n');
            QCOMPARE(lines.size(), sleepyBindings.size());
            for (const QByteArray &line : lines)
                QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("quality")).toString(), QStringLiteral("good"));
        };
        {
            // Without a wake-up the meter sleeps; --wakeup gives every connection the default.
            mbus::test::SimProcess sim;
            QVERIFY(sim.start(sleepySim(), false, true));
            const Run asleep = poll(plain, sim.tcpPort(), {});
            QCOMPARE(asleep.exitCode, 1);
            QVERIFY2(asleep.out.contains("bad: Timeout"), asleep.out.constData());
            allGood(poll(plain, sim.tcpPort(), {QStringLiteral("--wakeup"), QStringLiteral("528")}));
        }
        {
            // The project's meter wakes itself (a fresh simulator: a woken meter stays awake 10 s).
            mbus::test::SimProcess sim;
            QVERIFY(sim.start(sleepySim(), false, true));
            allGood(poll(woken, sim.tcpPort(), {}));
        }
    }
};

QTEST_GUILESS_MAIN(TestWakeUpVerbs)
#include "tst_wake_up_verbs.moc"
