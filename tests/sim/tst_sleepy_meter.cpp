// A sleeping meter (mbus-sim --sleepy): silent until it heard its run of 0x55 characters, awake
// for a while after the wake-up and after each request to it, asleep again after that.
#include "link/FrameAssembler.h"
#include "link/MasterRequests.h"
#include "sim/SimulatedBus.h"
#include "sim/WakeUpDetector.h"

#include <QTest>

using namespace mbus;
using namespace mbus::sim;
namespace Requests = mbus::link::MasterRequests;

namespace {

constexpr int Needed = 100;
constexpr double AwakeSeconds = 10;

LineSettings bus2400()
{
    return LineSettings{2400, 8, Parity::Even, 1};
}

// The demo bus with its water meter (address 3) asleep until it hears 100 wake-up characters.
SimulatedBus sleepyBus()
{
    Profile profile;
    Profile::builtIn(QStringLiteral("demo"), &profile);
    for (MeterSpec &m : profile.meters) {
        if (m.address == 3) {
            m.wakeUpCharacters = Needed;
            m.awakeSeconds = AwakeSeconds;
        }
    }
    return SimulatedBus(profile, bus2400(), FaultSettings{}, 1);
}

QByteArray answerTo(SimulatedBus &bus, const QByteArray &request, double seconds)
{
    QByteArray bytes;
    for (const BusAnswer &a : bus.receive(request, bus2400(), seconds))
        bytes += a.bytes;
    return bytes;
}

QByteArray preamble(int characters)
{
    return QByteArray(characters, char(0x55));
}

bool isUserData(const QByteArray &bytes)
{
    const auto frame = link::parseFrame(bytes);
    return frame.ok() && frame.value().type == link::FrameType::Long;
}

} // namespace

class TestSleepyMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void silentWithoutPreamble()
    {
        SimulatedBus bus = sleepyBus();
        QVERIFY(answerTo(bus, Requests::sndNke(3), 1.0).isEmpty());
        QVERIFY(answerTo(bus, Requests::reqUd2(3, true), 1.1).isEmpty());
        // The other meters are awake as ever.
        QCOMPARE(answerTo(bus, Requests::sndNke(4), 1.2), link::encodeAck());
    }

    void answersAfterThePreamble()
    {
        SimulatedBus bus = sleepyBus();
        QVERIFY(answerTo(bus, preamble(Needed), 1.0).isEmpty()); // nobody answers a preamble
        QCOMPARE(answerTo(bus, Requests::sndNke(3), 1.1), link::encodeAck());
        QVERIFY(isUserData(answerTo(bus, Requests::reqUd2(3, true), 1.2)));
    }

    void preambleMayArriveInPieces()
    {
        // A pty delivers at most a buffer at a time; the run counts across reads.
        SimulatedBus bus = sleepyBus();
        answerTo(bus, preamble(Needed / 2), 1.0);
        answerTo(bus, preamble(Needed - Needed / 2), 1.01);
        QVERIFY(isUserData(answerTo(bus, Requests::reqUd2(3, true), 1.1)));
    }

    void tooShortOrBrokenRunDoesNotWake()
    {
        SimulatedBus bus = sleepyBus();
        answerTo(bus, preamble(Needed - 1), 1.0);
        QVERIFY(answerTo(bus, Requests::reqUd2(3, true), 1.1).isEmpty());
        answerTo(bus, preamble(Needed / 2) + char(0x00) + preamble(Needed / 2), 1.2);
        QVERIFY(answerTo(bus, Requests::reqUd2(3, true), 1.3).isEmpty());
    }

    void fallsAsleepAgain()
    {
        SimulatedBus bus = sleepyBus();
        answerTo(bus, preamble(Needed), 1.0);
        // Requests keep it awake: each one starts the awake time anew.
        QCOMPARE(answerTo(bus, Requests::sndNke(3), 8.0), link::encodeAck());
        QCOMPARE(answerTo(bus, Requests::sndNke(3), 17.0), link::encodeAck());
        // Ten seconds without a request to it: asleep.
        QVERIFY(answerTo(bus, Requests::sndNke(3), 27.5).isEmpty());
        answerTo(bus, preamble(Needed), 28.0);
        QCOMPARE(answerTo(bus, Requests::sndNke(3), 28.1), link::encodeAck());
    }

    void requestsToOthersDoNotKeepItAwake()
    {
        SimulatedBus bus = sleepyBus();
        answerTo(bus, preamble(Needed), 1.0);
        answerTo(bus, Requests::sndNke(4), 9.0);
        QVERIFY(answerTo(bus, Requests::sndNke(3), 11.5).isEmpty());
    }

    void detectorAlone()
    {
        WakeUpDetector never;
        QVERIFY(!never.sleeps());
        QVERIFY(never.isAwake(0));
        WakeUpDetector sleepy(3, 2.0);
        QVERIFY(!sleepy.isAwake(0));
        sleepy.hear("\x55\x55", 0.5);
        QVERIFY(!sleepy.isAwake(0.5));
        sleepy.hear("\x55", 0.6);
        QVERIFY(sleepy.isAwake(0.6));
        QVERIFY(sleepy.isAwake(2.5));
        QVERIFY(!sleepy.isAwake(2.7));
    }
};

QTEST_GUILESS_MAIN(TestSleepyMeter)
#include "tst_sleepy_meter.moc"
