// The polling engine against simulated buses in-process: every binding of the demo project,
// one read per meter per period, values equal to what the bus sent (its truth), faults never
// delivering a wrong value as good, the Index-drift guard, failover and return, writes, recording.
#include "engine/PollingEngine.h"
#include "engine/SessionRecorder.h"
#include "project/ProjectFile.h"
#include "sim/SimTransport.h"
#include "sim/TcpGatewayEndpoint.h"

#include <QMutex>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace mbus;
using namespace mbus::engine;

namespace {

struct Sent
{
    int address, telegram, index;
    QVariant value;
    QString fate;
};

// A simulated demo bus, shared by the channels of one connection, and its truth.
struct Rig
{
    std::shared_ptr<sim::SimulatedBus> bus;
    std::atomic<sim::SimTransport *> master{nullptr};
    std::atomic<sim::SimTransport *> backup{nullptr};
    QMutex mutex;
    QList<Sent> sent;

    explicit Rig(const sim::FaultSettings &faults = {})
    {
        sim::Profile profile;
        sim::Profile::builtIn(QStringLiteral("demo"), &profile);
        bus = std::make_shared<sim::SimulatedBus>(profile, link::LineSettings{38400, 8, link::Parity::Even, 1}, faults, 11);
        bus->setTruthSink([this](const sim::SimulatedMeter &meter, const sim::TruthValue &v, const char *fate) {
            QMutexLocker lock(&mutex);
            sent.append(Sent{meter.primaryAddress(), v.telegram, v.index,
                             v.isNumber ? QVariant(v.number) : QVariant(v.value), QString::fromLatin1(fate)});
        });
    }

    PollerOptions options()
    {
        PollerOptions o;
        o.transportFactory = [this](const project::Connection &, const project::Channel &, bool isBackup) {
            auto t = std::make_unique<sim::SimTransport>(bus);
            (isBackup ? backup : master) = t.get();
            return std::unique_ptr<bus::Transport>(std::move(t));
        };
        return o;
    }

    // The last value the bus put into an answer that reached the master intact.
    QVariant lastSent(const TagValue &v)
    {
        QMutexLocker lock(&mutex);
        for (qsizetype i = sent.size() - 1; i >= 0; --i) {
            const Sent &s = sent.at(i);
            if (s.address == v.address && s.telegram == v.telegram && s.index == v.index)
                return s.fate == QLatin1String("sent") ? s.value : QVariant();
        }
        return {};
    }
};

project::Project demoProject(int periodMs = 100)
{
    QString error;
    auto project = project::loadProject(QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"), &error);
    project->connections[0].periodMs = periodMs;
    project->connections[0].channel.timeoutMs = 300; // the demo file's 3000 ms would make lost answers slow
    return *project;
}

struct Cycle
{
    QList<TagValue> values;
    ConnectionDiagnostics diagnostics;
};

// Waits for the next cycle the engine reports.
Cycle nextCycle(PollingEngine &engine, int timeoutMs = 10000)
{
    QSignalSpy spy(&engine, &PollingEngine::cycleFinished);
    Cycle cycle;
    if (spy.wait(timeoutMs)) {
        cycle.values = spy.first().at(0).value<QList<TagValue>>();
        cycle.diagnostics = spy.first().at(1).value<ConnectionDiagnostics>();
    }
    return cycle;
}

int goodCount(const Cycle &c)
{
    return int(std::count_if(c.values.begin(), c.values.end(), [](const TagValue &v) { return v.isGood(); }));
}

// Every good value is what the bus last said for that record.
void verifyGoodValuesAreTrue(Rig &rig, const Cycle &cycle)
{
    for (const TagValue &v : cycle.values) {
        if (!v.isGood())
            continue;
        const QVariant truth = rig.lastSent(v);
        QVERIFY2(truth.isValid(), qPrintable(v.tag + QStringLiteral(" delivered as good, but no intact answer carried it")));
        QVERIFY2(truth == v.value, qPrintable(QStringLiteral("%1: %2 delivered, bus said %3").arg(v.tag, v.value.toString(), truth.toString())));
    }
}

} // namespace

class TestPollingEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // An edited project reaches the engine as a difference: a binding edit reconfigures its
    // connection without a new port, a channel edit reopens that connection only, a removed
    // connection ends its session, a new one gets its own; the sessions that stay are the same
    // objects (the ports the views hold stay valid).
    void editsReachOnlyTheConnectionTheyChange()
    {
        sim::Profile profile;
        sim::Profile::builtIn(QStringLiteral("demo"), &profile);
        QMutex mutex;
        QHash<int, int> opened; // connection id -> transports made
        QHash<int, std::shared_ptr<sim::SimulatedBus>> buses;
        PollerOptions options;
        options.transportFactory = [&](const project::Connection &c, const project::Channel &, bool) {
            QMutexLocker lock(&mutex);
            ++opened[c.id];
            auto &bus = buses[c.id];
            if (!bus)
                bus = std::make_shared<sim::SimulatedBus>(profile, link::LineSettings{38400, 8, link::Parity::Even, 1},
                                                          sim::FaultSettings{}, std::uint64_t(c.id));
            return std::unique_ptr<bus::Transport>(std::make_unique<sim::SimTransport>(bus));
        };
        const auto opens = [&](int id) {
            QMutexLocker lock(&mutex);
            return opened.value(id);
        };
        project::Project p = demoProject(50);
        project::Connection second = p.connections.first();
        second.name = QStringLiteral("Riser B");
        p.connections << second;
        project::assignConnectionIds(p);
        const int a = p.connections.at(0).id;
        const int b = p.connections.at(1).id;
        QVERIFY(a != b);

        PollingEngine engine(p, options);
        QPointer<ConnectionSession> sessionA = engine.session(a);
        QPointer<ConnectionSession> sessionB = engine.session(b);
        QVERIFY(sessionA && sessionB);
        QList<ConnectionDiagnostics> cycles;
        QList<TagValue> values;
        connect(&engine, &PollingEngine::cycleFinished, this, [&](const QList<TagValue> &v, const ConnectionDiagnostics &d) {
            cycles << d;
            values << v;
        });
        const auto cyclesOf = [&](int id) {
            return int(std::count_if(cycles.cbegin(), cycles.cend(), [id](const ConnectionDiagnostics &d) { return d.connectionId == id; }));
        };
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(cyclesOf(a) >= 2 && cyclesOf(b) >= 2, 20000);
        QCOMPARE(opens(a), 1);
        QCOMPARE(opens(b), 1);

        // A tag renamed and a connection renamed: the next cycles carry them, on the same port.
        p.connections[0].bindings[0].tag = QStringLiteral("renamed.energy");
        p.connections[0].name = QStringLiteral("Riser A");
        engine.setProject(p);
        values.clear();
        const int before = cyclesOf(a);
        QTRY_VERIFY_WITH_TIMEOUT(cyclesOf(a) >= before + 2, 20000);
        const bool renamedGood = std::any_of(values.cbegin(), values.cend(), [](const TagValue &v) {
            return v.tag == QLatin1String("renamed.energy") && v.isGood() && v.connection == QLatin1String("Riser A");
        });
        QVERIFY(renamedGood);
        QCOMPARE(opens(a), 1);
        QCOMPARE(opens(b), 1);
        QCOMPARE(engine.session(a), sessionA.data());

        // The channel of A edited: A opens a new port, B keeps its own and keeps polling.
        p.connections[0].channel.timeoutMs = 400;
        engine.setProject(p);
        const int bBefore = cyclesOf(b);
        QTRY_VERIFY_WITH_TIMEOUT(opens(a) == 2 && cyclesOf(b) >= bBefore + 2, 20000);
        QCOMPARE(opens(b), 1);
        QCOMPARE(engine.session(a), sessionA.data());
        QCOMPARE(engine.session(b), sessionB.data());
        const int aBefore = cyclesOf(a);
        QTRY_VERIFY_WITH_TIMEOUT(cyclesOf(a) >= aBefore + 1, 20000); // polling goes on after the reopen

        // B removed: its session ends (no join here); A goes on. A new connection gets a session.
        p.connections.removeAt(1);
        project::Connection third = p.connections.first();
        third.id = 0;
        third.name = QStringLiteral("Riser C");
        p.connections << third;
        project::assignConnectionIds(p, b); // as the document does: B's id is not given again
        engine.setProject(p);
        QVERIFY(!engine.session(b));
        QTRY_VERIFY_WITH_TIMEOUT(!sessionB, 5000);
        const int c = p.connections.at(1).id;
        QVERIFY(c != b && engine.session(c));
        engine.start(c);
        QTRY_VERIFY_WITH_TIMEOUT(cyclesOf(c) >= 1, 20000);
        QCOMPARE(engine.session(a), sessionA.data());
    }

    // A TCP gateway that accepts only 1.5 s after the engine started (still booting): the first
    // cycle waits for the connection instead of failing every meter, is good, and counts as no
    // failed cycle (the connection has a backup and stays on its master channel).
    void aGatewayThatAcceptsLateGivesAGoodFirstCycleAndNoFailover()
    {
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
        const quint16 port = reserve.serverPort();
        reserve.close();
        project::Project p = demoProject(60000);
        project::Connection &c = p.connections[0];
        c.channel.type = project::ChannelType::Tcp;
        c.channel.host = QStringLiteral("127.0.0.1");
        c.channel.tcpPort = port;
        c.channel.timeoutMs = 1000;
        c.backup = c.channel;
        c.backup->tcpPort = 1; // nothing there
        c.failoverAfterCycles = 1;
        PollingEngine engine(p);
        QSignalSpy cycles(&engine, &PollingEngine::cycleFinished);
        engine.start();
        QTest::qWait(1500);
        sim::Profile profile;
        sim::Profile::builtIn(QStringLiteral("demo"), &profile);
        sim::SimulatedBus bus(profile, c.channel.line, sim::FaultSettings{}, 5);
        QElapsedTimer clock;
        clock.start();
        sim::TcpGatewayEndpoint gateway(bus, clock);
        QString error;
        QVERIFY2(gateway.listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
        QVERIFY(cycles.wait(30000));
        const auto values = cycles.first().at(0).value<QList<TagValue>>();
        const auto diagnostics = cycles.first().at(1).value<ConnectionDiagnostics>();
        const int good = int(std::count_if(values.begin(), values.end(), [](const TagValue &v) { return v.isGood(); }));
        QCOMPARE(good, int(c.bindings.size()));
        QCOMPARE(diagnostics.actual, ConnectionDiagnostics::Channel::Master);
        QVERIFY2(diagnostics.error.isEmpty(), qPrintable(diagnostics.error));
        engine.stop();
    }

    void readsEveryBindingOncePerMeterPerPeriod()
    {
        Rig rig;
        PollingEngine engine(demoProject(), rig.options());
        engine.start();
        Cycle cycle;
        for (int i = 0; i < 3; ++i)
            cycle = nextCycle(engine);
        QCOMPARE(cycle.values.size(), 53);
        QCOMPARE(goodCount(cycle), 53);
        verifyGoodValuesAreTrue(rig, cycle);
        QCOMPARE(cycle.diagnostics.stateText(), QStringLiteral("RUN"));
        QCOMPARE(cycle.diagnostics.actualText(), QStringLiteral("Master"));
        QVERIFY(cycle.diagnostics.error.isEmpty());
        QCOMPARE(cycle.diagnostics.meters.size(), 6);
        for (const MeterStatistics &m : cycle.diagnostics.meters) {
            QCOMPARE(m.requests, cycle.diagnostics.cycles); // one read per meter per cycle
            QCOMPARE(m.answers, m.requests);
        }
    }

    void faultsNeverDeliverAWrongValueAsGood_data()
    {
        QTest::addColumn<double>("corrupt");
        QTest::addColumn<double>("drop");
        QTest::addColumn<double>("noise");
        QTest::addColumn<bool>("echo");
        QTest::addColumn<int>("collide");
        QTest::newRow("corrupt") << 0.4 << 0.0 << 0.0 << false << -1;
        QTest::newRow("drop") << 0.0 << 0.4 << 0.0 << false << -1;
        QTest::newRow("noise") << 0.0 << 0.0 << 0.6 << false << -1;
        QTest::newRow("echo") << 0.0 << 0.0 << 0.0 << true << -1;
        QTest::newRow("collide") << 0.0 << 0.0 << 0.0 << false << 3;
        QTest::newRow("all at once") << 0.2 << 0.2 << 0.3 << true << 4;
    }

    void faultsNeverDeliverAWrongValueAsGood()
    {
        QFETCH(double, corrupt);
        QFETCH(double, drop);
        QFETCH(double, noise);
        QFETCH(bool, echo);
        QFETCH(int, collide);
        sim::FaultSettings faults;
        faults.corrupt = corrupt;
        faults.drop = drop;
        faults.noise = noise;
        faults.echo = echo;
        faults.collideAddress = collide;
        Rig rig(faults);
        PollingEngine engine(demoProject(), rig.options());
        engine.start();
        for (int i = 0; i < 6; ++i) {
            const Cycle cycle = nextCycle(engine);
            QVERIFY(!cycle.values.isEmpty());
            verifyGoodValuesAreTrue(rig, cycle);
            if (collide >= 0) {
                // Two answers at once garble into noise (Collision) or, perfectly aligned, into one
                // frame whose checksum fails: never into a good value. When answers are dropped
                // too, the last try may have heard nothing at all.
                for (const TagValue &v : cycle.values) {
                    if (v.address == collide)
                        QVERIFY2(v.qualityText() == QLatin1String("bad: Collision") || v.qualityText() == QLatin1String("bad: Checksum error")
                                     || (drop > 0 && v.qualityText() == QLatin1String("bad: Timeout")),
                                 qPrintable(v.qualityText()));
                }
            }
        }
        // The fault ends: good again within one period (the cycle running now may still see it).
        if (collide < 0) {
            sim::SimTransport *transport = rig.master;
            QMetaObject::invokeMethod(transport, [transport] { transport->setFaults({}); }, Qt::BlockingQueuedConnection);
            nextCycle(engine);
            const Cycle clean = nextCycle(engine);
            QCOMPARE(goodCount(clean), 53);
            verifyGoodValuesAreTrue(rig, clean);
        }
    }

    // A firmware update under a running poll: the water meter puts a record in front.
    void guardsAgainstDriftWhenTheMeterChanges()
    {
        Rig rig;
        PollingEngine engine(demoProject(), rig.options());
        engine.start();
        QCOMPARE(goodCount(nextCycle(engine)), 53);
        sim::Profile profile;
        sim::Profile::builtIn(QStringLiteral("demo"), &profile);
        QList<sim::TelegramSpec> telegrams = profile.meters.at(2).telegrams; // address 3
        sim::RecordSpec extra;
        extra.signature = QByteArray::fromHex("01FD0E"); // firmware version, new in front
        extra.value.value = 4;
        telegrams[0].records.prepend(extra);
        sim::SimTransport *transport = rig.master;
        QMetaObject::invokeMethod(transport, [transport, telegrams] { transport->setMeterTelegrams(3, telegrams); },
                                  Qt::BlockingQueuedConnection);
        nextCycle(engine);
        const Cycle cycle = nextCycle(engine);
        int drifted = 0;
        for (const TagValue &v : cycle.values) {
            if (v.address != 3) {
                QVERIFY(v.isGood());
                continue;
            }
            QCOMPARE(v.quality, Quality::Bad);
            QCOMPARE(v.qualityText(), QStringLiteral("bad: index drift: the record is now at telegram 1 index %1").arg(v.index + 1));
            ++drifted;
        }
        QCOMPARE(drifted, 10);
    }

    void failsOverToTheBackupAndComesBack()
    {
        Rig rig;
        project::Project project = demoProject();
        project::Connection &c = project.connections[0];
        c.backup = c.channel;
        c.failoverAfterCycles = 2;
        c.returnAfterCycles = 3;
        PollingEngine engine(project, rig.options());
        engine.start();
        QCOMPARE(goodCount(nextCycle(engine)), 53);

        sim::SimTransport *master = rig.master;
        QMetaObject::invokeMethod(master, [master] { master->setBroken(true); }, Qt::BlockingQueuedConnection);
        Cycle cycle;
        for (int i = 0; i < 6 && cycle.diagnostics.actualText() != QLatin1String("Backup"); ++i) {
            cycle = nextCycle(engine);
            if (cycle.diagnostics.actualText() == QLatin1String("Master")) {
                QCOMPARE(goodCount(cycle), 0);
                QVERIFY2(cycle.values.first().qualityText().startsWith(QLatin1String("bad: Port error")),
                         qPrintable(cycle.values.first().qualityText()));
            }
        }
        QCOMPARE(cycle.diagnostics.actualText(), QStringLiteral("Backup"));
        cycle = nextCycle(engine);
        QCOMPARE(goodCount(cycle), 53); // over the backup channel
        verifyGoodValuesAreTrue(rig, cycle);

        // The master channel is back: after 3 cycles on backup, one trial cycle on the master.
        QMetaObject::invokeMethod(master, [master] { master->setBroken(false); }, Qt::BlockingQueuedConnection);
        for (int i = 0; i < 8 && cycle.diagnostics.actualText() != QLatin1String("Master"); ++i)
            cycle = nextCycle(engine);
        QCOMPARE(cycle.diagnostics.actualText(), QStringLiteral("Master"));
        cycle = nextCycle(engine);
        QCOMPARE(cycle.diagnostics.actualText(), QStringLiteral("Master"));
        QCOMPARE(goodCount(cycle), 53);
    }

    void writesAWBindingAndReadsItBack()
    {
        Rig rig;
        project::Project project = demoProject();
        project::Binding *stored = nullptr;
        for (project::Binding &b : project.connections[0].bindings) {
            if (b.tag == QLatin1String("demo.hca.hca_units_s1"))
                stored = &b;
        }
        QVERIFY(stored);
        stored->access = project::Access::Write;
        const QString tag = stored->tag;
        PollingEngine engine(project, rig.options());
        engine.start();
        nextCycle(engine);
        QSignalSpy written(&engine, &PollingEngine::writeFinished);
        engine.write(tag, 4242);
        QVERIFY(written.wait(5000));
        QCOMPARE(written.first().at(1).toBool(), true);
        nextCycle(engine);
        const Cycle cycle = nextCycle(engine);
        for (const TagValue &v : cycle.values) {
            if (v.tag == tag)
                QCOMPARE(v.value.toDouble(), 4242.0);
        }
        // A read-only binding refuses, and says so.
        QSignalSpy refused(&engine, &PollingEngine::writeFinished);
        engine.write(QStringLiteral("demo.heat.energy"), 1);
        QVERIFY(refused.wait(5000));
        QCOMPARE(refused.first().at(1).toBool(), false);
        QVERIFY(refused.first().at(2).toString().contains(QLatin1String("read-only")));
    }

    // Stopped, a connection reports its last values once more: uncertain, no longer refreshed.
    void stoppedValuesAreStale()
    {
        Rig rig;
        PollingEngine engine(demoProject(), rig.options());
        engine.start();
        const Cycle last = nextCycle(engine);
        QCOMPARE(goodCount(last), 53);
        QSignalSpy spy(&engine, &PollingEngine::cycleFinished);
        engine.stop();
        QVERIFY(spy.wait(5000));
        const auto stale = spy.last().at(0).value<QList<TagValue>>();
        const auto diagnostics = spy.last().at(1).value<ConnectionDiagnostics>();
        QCOMPARE(stale.size(), 53);
        QCOMPARE(stale.first().qualityText(), QStringLiteral("uncertain: stale"));
        QCOMPARE(diagnostics.stateText(), QStringLiteral("STOP"));
    }

    void recordsTheSessionToSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/session.sqlite");
        {
            Rig rig;
            PollingEngine engine(demoProject(), rig.options());
            SessionRecorder recorder;
            QString error;
            QVERIFY2(recorder.open(path, QStringLiteral("demo"), &error), qPrintable(error));
            engine.start();
            for (int i = 0; i < 2; ++i) {
                const Cycle c = nextCycle(engine);
                QVERIFY2(recorder.record(c.values, c.diagnostics, &error), qPrintable(error));
            }
        }
        // Re-opened later, as the trend will: both cycles of every tag are there.
        SessionRecorder reopened;
        QString error;
        QVERIFY(reopened.open(path, QStringLiteral("review"), &error));
        QCOMPARE(reopened.tags().size(), 53);
        const QList<RecordedValue> energy = reopened.series(QStringLiteral("demo.heat.energy"), 0, std::numeric_limits<qint64>::max());
        QCOMPARE(energy.size(), 2);
        QCOMPARE(energy.first().unit, QStringLiteral("Wh"));
        QCOMPARE(energy.first().quality, QStringLiteral("good"));
        QVERIFY(energy.first().msecsSinceEpoch <= energy.last().msecsSinceEpoch);
        QCOMPARE(reopened.series(QStringLiteral("demo.heat.date_s1"), 0, std::numeric_limits<qint64>::max()).first().value.toString(),
                 QStringLiteral("2025-12-31"));
    }
};

QTEST_GUILESS_MAIN(TestPollingEngine)
#include "tst_polling_engine.moc"
