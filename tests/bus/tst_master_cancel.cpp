// Cancelling the master mid-answer: the outcome comes at once, and the next request waits until the
// cancelled answer has passed instead of colliding with it (a simulated bus paced at 2400 Bd).
#include "bus/Master.h"
#include "decode/TelegramDecoder.h"
#include "sim/SimTransport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace mbus;
using namespace mbus::bus;

namespace {

Outcome outcomeOf(QSignalSpy &spy, quint64 id, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        for (const QList<QVariant> &args : spy) {
            const auto outcome = args.at(0).value<Outcome>();
            if (outcome.id == id)
                return outcome;
        }
        spy.wait(20);
    }
    Outcome none;
    none.error = BusError::of(BusErrorCode::Timeout, QStringLiteral("test waited too long"));
    return none;
}

} // namespace

class TestMasterCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextRequestWaitsForTheCancelledAnswer()
    {
        sim::Profile profile;
        QVERIFY(sim::Profile::builtIn(QStringLiteral("demo"), &profile));
        auto bus = std::make_shared<sim::SimulatedBus>(profile, link::LineSettings{2400, 8, link::Parity::Even, 1},
                                                       sim::FaultSettings{}, 1);
        sim::SimTransport transport(bus);
        Master master(transport, MasterSettings{});
        QSignalSpy opened(&transport, &Transport::opened);
        transport.open();
        QVERIFY(opened.wait(1000));

        QSignalSpy finished(&master, &Master::finished);
        bool answering = false;
        connect(&master, &Master::traffic, this, [&](bool outgoing, const QByteArray &) { answering |= !outgoing; });
        Request first = Request::read(1);
        first.linkReset = false;
        master.submit(1, first);
        // The heat meter's answer is a few hundred ms long at 2400 Bd: cancel inside it.
        QTRY_VERIFY_WITH_TIMEOUT(answering, 2000);
        QTest::qWait(30);
        QElapsedTimer clock;
        clock.start();
        master.cancelAll();
        master.submit(2, Request::read(2));

        const Outcome cancelled = outcomeOf(finished, 1, 1000);
        QCOMPARE(cancelled.error.code, BusErrorCode::Cancelled);
        QVERIFY(clock.elapsed() < 100);

        const Outcome next = outcomeOf(finished, 2, 5000);
        QVERIFY2(next.ok(), qPrintable(next.error.text()));
        QCOMPARE(next.garbageBytes, qint64(0));
        decode::Telegram telegram;
        decode::decodeTelegram(next.frames.first(), telegram);
        QCOMPARE(telegram.header.secondaryAddressText(), profile.meters.at(1).identity.toString());
    }
};

QTEST_MAIN(TestMasterCancel)
#include "tst_master_cancel.moc"
