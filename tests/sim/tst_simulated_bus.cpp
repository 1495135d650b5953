// The simulated wire: every meter hears a request through its UART, answers superimpose, faults
// hit the answers, and the truth sink sees every value sent.
#include "link/FrameAssembler.h"
#include "link/MasterRequests.h"
#include "sim/SimulatedBus.h"

#include <QTest>

using namespace mbus;
using namespace mbus::sim;
namespace Requests = mbus::link::MasterRequests;

namespace {

Profile demo()
{
    Profile profile;
    Profile::builtIn(QStringLiteral("demo"), &profile);
    return profile;
}

LineSettings bus2400()
{
    return LineSettings{2400, 8, Parity::Even, 1};
}

// The answer bytes (not the echo) of one request.
QByteArray answerTo(SimulatedBus &bus, const QByteArray &request, LineSettings master = bus2400())
{
    for (const BusAnswer &a : bus.receive(request, master, 1.0)) {
        if (!a.echo)
            return a.bytes;
    }
    return {};
}

bool isValidFrame(const QByteArray &bytes)
{
    return link::parseFrame(bytes).ok();
}

} // namespace

class TestSimulatedBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoProfileHasSixMeters()
    {
        const Profile profile = demo();
        QCOMPARE(profile.meters.size(), 6);
        QSet<QString> manufacturers;
        QSet<int> addresses;
        for (const MeterSpec &m : profile.meters) {
            manufacturers.insert(m.identity.toString().mid(8, 4));
            addresses.insert(m.address);
        }
        QCOMPARE(manufacturers.size(), 6);
        QCOMPARE(addresses.size(), 6);
        QCOMPARE(profile.meters.first().telegrams.size(), 3); // the heat meter's FCB answer
    }

    void answersOnlyAtTheRightRate()
    {
        SimulatedBus bus(demo(), bus2400(), {}, 1);
        QVERIFY(isValidFrame(answerTo(bus, Requests::reqUd2(1, true))));
        LineSettings wrongRate = bus2400();
        wrongRate.baud = 9600;
        QVERIFY(answerTo(bus, Requests::reqUd2(1, true), wrongRate).isEmpty());
    }

    void twoMetersOnOneAddressGarbleTheirAnswer()
    {
        FaultSettings faults;
        faults.collideAddress = 3;
        SimulatedBus bus(demo(), bus2400(), faults, 1);
        QCOMPARE(bus.meters().size(), std::size_t(7));
        const QByteArray answer = answerTo(bus, Requests::reqUd2(3, true));
        QVERIFY(!answer.isEmpty());
        QVERIFY(!isValidFrame(answer));
        QVERIFY(isValidFrame(answerTo(bus, Requests::reqUd2(4, true)))); // others unaffected
    }

    void faultsHitTheAnswers()
    {
        FaultSettings corrupt;
        corrupt.corrupt = 1;
        SimulatedBus corrupting(demo(), bus2400(), corrupt, 1);
        const auto parsed = link::parseFrame(answerTo(corrupting, Requests::reqUd2(2, true)));
        QCOMPARE(parsed.error().code, ErrorCode::ChecksumMismatch);

        FaultSettings drop;
        drop.drop = 1;
        SimulatedBus dropping(demo(), bus2400(), drop, 1);
        QVERIFY(answerTo(dropping, Requests::reqUd2(2, true)).isEmpty());

        FaultSettings noise;
        noise.noise = 1;
        SimulatedBus noisy(demo(), bus2400(), noise, 1);
        link::FrameAssembler assembler;
        assembler.append(answerTo(noisy, Requests::reqUd2(2, true)));
        QCOMPARE(assembler.next(), link::FrameAssembler::Status::FrameReady);
        QVERIFY(assembler.skippedBytes() > 0 || assembler.pendingBytes() > 0);

        FaultSettings echo;
        echo.echo = true;
        FaultSettings delay;
        delay.delayMs = 300;
        SimulatedBus echoing(demo(), bus2400(), echo, 1);
        const QList<BusAnswer> answers = echoing.receive(Requests::sndNke(1), bus2400(), 1.0);
        QCOMPARE(answers.size(), 2);
        QVERIFY(answers.first().echo);
        QCOMPARE(answers.first().bytes, Requests::sndNke(1));
        SimulatedBus slow(demo(), bus2400(), delay, 1);
        QVERIFY(slow.receive(Requests::sndNke(1), bus2400(), 1.0).first().turnaroundMs >= 300);
    }

    void truthSinkSeesEveryValueWithItsFate()
    {
        FaultSettings faults;
        faults.corrupt = 1;
        SimulatedBus bus(demo(), bus2400(), faults, 1);
        QStringList fates;
        int values = 0;
        bus.setTruthSink([&](const SimulatedMeter &, const TruthValue &, const char *fate) {
            ++values;
            fates << QString::fromLatin1(fate);
        });
        answerTo(bus, Requests::reqUd2(3, true));
        QCOMPARE(values, 10); // the water meter's records
        QCOMPARE(fates.removeDuplicates(), int(values - 1));
        QCOMPARE(fates, QStringList{QStringLiteral("corrupted")});
    }

    void valuesAreDeterministicPerSeed()
    {
        SimulatedBus a(demo(), bus2400(), {}, 42);
        SimulatedBus b(demo(), bus2400(), {}, 42);
        SimulatedBus c(demo(), bus2400(), {}, 43);
        const QByteArray request = Requests::reqUd2(2, true);
        const QByteArray fromA = answerTo(a, request);
        QCOMPARE(answerTo(b, request).mid(20, 30), fromA.mid(20, 30)); // values; the clock may tick
        QVERIFY(answerTo(c, request).mid(20, 30) != fromA.mid(20, 30));
    }

    void profileErrorsNameTheField()
    {
        QString error;
        QVERIFY(!Profile::fromJson(R"({"meters":[{"address":300,"id":"12345678","manufacturer":"ABC"}]})", &error));
        QCOMPARE(error, QStringLiteral("meters[0].address: primary address must be 0..250"));
        QVERIFY(!Profile::fromJson(R"({"meters":[{"address":1,"id":"1234567A","manufacturer":"ABC"}]})", &error));
        QVERIFY(error.startsWith(QStringLiteral("meters[0].id")));
        QVERIFY(!Profile::fromJson(R"({"meters":[{"address":1,"id":"12345678","manufacturer":"ABC",
            "telegrams":[{"records":[{"record":"0G","value":1}]}]}]})", &error));
        QCOMPARE(error, QStringLiteral("meters[0].telegrams[0].records[0].record: expected hex bytes"));
        QVERIFY(!Profile::fromJson("{", &error));
    }
};

QTEST_APPLESS_MAIN(TestSimulatedBus)
#include "tst_simulated_bus.moc"
