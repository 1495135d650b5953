// The polling engine and a sleeping meter on an in-process simulated bus: without a wake-up its
// bindings are bad (Timeout), with the meter's own wake-up they are good and equal what the bus
// sent; an application reset before the read keeps a multi-telegram read intact.
#include "engine/PollingEngine.h"
#include "project/ProjectFile.h"
#include "sim/SimTransport.h"

#include <QHash>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace mbus;
using namespace mbus::engine;

namespace {

constexpr int SleepyAddress = 3;
constexpr int Baud = 38400; // 480 wake-up characters take 0.14 s

struct Rig
{
    std::shared_ptr<sim::SimulatedBus> bus;
    QMutex mutex;
    QHash<QString, QVariant> sent; // "address/telegram/index" -> the last value sent intact

    Rig()
    {
        sim::Profile profile;
        sim::Profile::builtIn(QStringLiteral("demo"), &profile);
        for (sim::MeterSpec &m : profile.meters) {
            if (m.address == SleepyAddress)
                m.wakeUpCharacters = sim::DefaultWakeUpCharacters;
        }
        bus = std::make_shared<sim::SimulatedBus>(profile, link::LineSettings{Baud, 8, link::Parity::Even, 1},
                                                  sim::FaultSettings{}, 5);
        bus->setTruthSink([this](const sim::SimulatedMeter &meter, const sim::TruthValue &v, const char *fate) {
            if (QByteArray(fate) != "sent")
                return;
            QMutexLocker lock(&mutex);
            sent.insert(QStringLiteral("%1/%2/%3").arg(meter.primaryAddress()).arg(v.telegram).arg(v.index),
                        v.isNumber ? QVariant(v.number) : QVariant(v.value));
        });
    }

    PollerOptions options()
    {
        PollerOptions o;
        o.transportFactory = [this](const project::Connection &, const project::Channel &, bool) {
            return std::unique_ptr<bus::Transport>(std::make_unique<sim::SimTransport>(bus));
        };
        return o;
    }

    QVariant lastSent(const TagValue &v)
    {
        QMutexLocker lock(&mutex);
        return sent.value(QStringLiteral("%1/%2/%3").arg(v.address).arg(v.telegram).arg(v.index));
    }
};

project::Project demoProject()
{
    QString error;
    auto project = project::loadProject(QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"), &error);
    project->connections[0].periodMs = 100;
    project->connections[0].channel.timeoutMs = 200;
    project->connections[0].channel.line.baud = Baud;
    return *project;
}

void setMeterWakeUp(project::Project &p, int address, const project::WakeUpOverride &wakeUp)
{
    project::Meter meter;
    meter.address = address;
    meter.wakeUp = wakeUp;
    p.connections[0].meters.append(meter);
}

QList<TagValue> nextCycle(PollingEngine &engine)
{
    QSignalSpy spy(&engine, &PollingEngine::cycleFinished);
    if (!spy.wait(15000))
        return {};
    return spy.first().at(0).value<QList<TagValue>>();
}

} // namespace

class TestWakeUpPolling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sleepingMeterTimesOutWithoutWakeUp()
    {
        Rig rig;
        PollingEngine engine(demoProject(), rig.options());
        engine.start();
        const QList<TagValue> values = nextCycle(engine);
        QVERIFY(!values.isEmpty());
        int sleepy = 0;
        for (const TagValue &v : values) {
            if (v.address == SleepyAddress) {
                ++sleepy;
                QCOMPARE(v.qualityText(), QStringLiteral("bad: Timeout"));
            } else {
                QVERIFY2(v.isGood(), qPrintable(v.tag + QLatin1Char(' ') + v.qualityText()));
            }
        }
        QVERIFY(sleepy > 0);
    }

    void meterWakeUpGivesGoodValues()
    {
        Rig rig;
        project::Project p = demoProject();
        project::WakeUpOverride wakeUp;
        wakeUp.preambleCharacters = 528;
        setMeterWakeUp(p, SleepyAddress, wakeUp);
        // Reset before read and a margin on the three-telegram heat meter: still every telegram.
        project::WakeUpOverride heat;
        heat.resetBeforeRead = true;
        heat.extraMarginMs = 50;
        setMeterWakeUp(p, 1, heat);
        PollingEngine engine(p, rig.options());
        engine.start();
        for (int cycle = 0; cycle < 2; ++cycle) {
            const QList<TagValue> values = nextCycle(engine);
            QCOMPARE(values.size(), qsizetype(53));
            for (const TagValue &v : values) {
                QVERIFY2(v.isGood(), qPrintable(v.tag + QLatin1Char(' ') + v.qualityText()));
                QCOMPARE(v.value, rig.lastSent(v));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestWakeUpPolling)
#include "tst_wake_up_polling.moc"
