// Every fault mbus-sim can put on the bus: the master names it, and works again afterwards.
#include "BusHarness.h"
#include "SimProcess.h"

using namespace mbus;
using namespace mbus::bus;

namespace {

constexpr int Baud = 9600;

Request probe(std::uint8_t address)
{
    Request r = Request::read(address);
    r.linkReset = false;
    r.maxTelegrams = 1;
    r.retries = 0;
    return r;
}

struct Tally
{
    QMap<BusErrorCode, int> errors;
    int good = 0;
    bool goodAfterError = false;
};

// n single reads in a row; counts what came back and whether a good answer followed an error.
Tally readRepeatedly(BusClient &client, int n, std::uint8_t address = 2)
{
    Tally tally;
    bool sawError = false;
    for (int i = 0; i < n; ++i) {
        const Outcome outcome = test::runRequest(client, probe(address));
        if (outcome.ok()) {
            ++tally.good;
            tally.goodAfterError = tally.goodAfterError || sawError;
        } else {
            ++tally.errors[outcome.error.code];
            sawError = true;
        }
    }
    return tally;
}

std::unique_ptr<BusClient> ptyClient(test::SimProcess &sim, const QStringList &faults, int marginMs = 0)
{
    if (!sim.start(QStringList{QStringLiteral("--baud"), QString::number(Baud), QStringLiteral("--seed"), QStringLiteral("7")} + faults,
                   true, false))
        return nullptr;
    ConnectionSettings settings = test::serialSettings(sim.ptyPath(), Baud);
    settings.master.extraMarginMs = marginMs;
    return test::openClient(settings);
}

} // namespace

class TestSimulatorFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corruptAnswersAreChecksumErrors()
    {
        test::SimProcess sim;
        auto client = ptyClient(sim, {QStringLiteral("--corrupt"), QStringLiteral("0.5")});
        QVERIFY(client);
        const Tally tally = readRepeatedly(*client, 12);
        QVERIFY(tally.errors.value(BusErrorCode::ChecksumError) > 0);
        QCOMPARE(tally.errors.size(), 1);
        QVERIFY(tally.goodAfterError);
        // With retries at the same FCB a read gets through.
        Request read = Request::read(2);
        read.retries = 6;
        const Outcome outcome = test::runRequest(*client, read);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.text()));
    }

    void droppedAnswersAreTimeouts()
    {
        test::SimProcess sim;
        auto client = ptyClient(sim, {QStringLiteral("--drop"), QStringLiteral("0.5")});
        QVERIFY(client);
        const Tally tally = readRepeatedly(*client, 12);
        QVERIFY(tally.errors.value(BusErrorCode::Timeout) > 0);
        QCOMPARE(tally.errors.size(), 1);
        QVERIFY(tally.goodAfterError);
    }

    void noiseAroundAnswersIsTolerated()
    {
        test::SimProcess sim;
        auto client = ptyClient(sim, {QStringLiteral("--noise"), QStringLiteral("1")});
        QVERIFY(client);
        const Outcome outcome = test::runRequest(*client, probe(2));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.text()));
        QVERIFY(outcome.garbageBytes > 0);
        QCOMPARE(readRepeatedly(*client, 5).good, 5);
    }

    void anEchoingConverterIsTolerated()
    {
        test::SimProcess sim;
        auto client = ptyClient(sim, {QStringLiteral("--echo")});
        QVERIFY(client);
        const Outcome read = test::runRequest(*client, Request::read(1)); // SND_NKE and three telegrams
        QVERIFY2(read.ok(), qPrintable(read.error.text()));
        QCOMPARE(read.frames.size(), 3);
        QCOMPARE(read.echoes, 4);
    }

    void twoMetersOnOneAddressAreACollision()
    {
        test::SimProcess sim;
        auto client = ptyClient(sim, {QStringLiteral("--collide"), QStringLiteral("2")});
        QVERIFY(client);
        QCOMPARE(test::runRequest(*client, probe(2)).error.code, BusErrorCode::Collision);
        QVERIFY(test::runRequest(*client, probe(3)).ok()); // the rest of the bus is fine
    }

    void aSlowMeterNeedsAMargin()
    {
        test::SimProcess slow;
        auto client = ptyClient(slow, {QStringLiteral("--delay"), QStringLiteral("150")});
        QVERIFY(client);
        QCOMPARE(test::runRequest(*client, probe(2)).error.code, BusErrorCode::Timeout);
        test::SimProcess again;
        auto patient = ptyClient(again, {QStringLiteral("--delay"), QStringLiteral("150")}, 200);
        QVERIFY(patient);
        QVERIFY(test::runRequest(*patient, probe(2)).ok());
    }

    // The gateway drops its TCP side every 2 s: requests meet "Connection lost" while it is down
    // and get answers again once the transport has reconnected.
    void aRestartingGatewayIsReconnected()
    {
        test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--baud"), QString::number(Baud), QStringLiteral("--gateway-restart"), QStringLiteral("2")},
                          false, true));
        auto client = test::openClient(test::tcpSettings(sim.tcpPort(), Baud));
        QVERIFY(client);
        Tally tally;
        bool sawLost = false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 7000 && !(sawLost && tally.goodAfterError)) {
            const Outcome outcome = test::runRequest(*client, probe(2));
            if (outcome.ok()) {
                ++tally.good;
                tally.goodAfterError = tally.goodAfterError || sawLost;
            } else {
                sawLost = sawLost || outcome.error.code == BusErrorCode::ConnectionLost;
                QTest::qWait(100);
            }
        }
        QVERIFY(sawLost);
        QVERIFY(tally.goodAfterError);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorFaults)
#include "tst_simulator_faults.moc"
