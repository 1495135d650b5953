// Fault soaks, about 45 s each (two at a time), as a user measures them: the demo project polled
// by mbus-cli through mbus-sim's faults, every delivered value checked against the simulator's
// truth log. The goals of the field-faults issue: gateway restarts cost little and every restart
// is followed by a good value within a period; corrupted answers fail fast (cycles close to a
// clean run's); late answers are never taken as good; all faults at once still deliver, and no
// good value is ever wrong.
#include "FaultSoak.h"

#include <QTest>

#include <future>

using namespace mbus;

namespace {

test::SoakOptions soak(const QStringList &faults, int restartSeconds = 0)
{
    test::SoakOptions o;
    o.simArguments = faults;
    o.seconds = 45;
    o.periodMs = 5000;
    o.restartSeconds = restartSeconds;
    return o;
}

QString describe(const test::SoakResult &r)
{
    return QStringLiteral("%1 values, %2 good, %3 wrong, %4 stale, %5 cycles/min; %6")
        .arg(r.values).arg(r.good).arg(r.wrongGood).arg(r.staleGood).arg(r.cyclesPerMinute(), 0, 'f', 1).arg(r.error);
}

} // namespace

class TestFaultSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gatewayRestartsEveryFiveSeconds()
    {
        const test::SoakResult r = test::runSoak(soak({QStringLiteral("--gateway-restart"), QStringLiteral("5")}, 5));
        QVERIFY2(r.ran, qPrintable(r.error));
        QVERIFY2(r.goodShare() >= 0.6, qPrintable(describe(r)));
        QCOMPARE(r.wrongGood, 0);
        QCOMPARE(r.staleGood, 0);
        QVERIFY(r.restartToGoodSeconds.size() >= 5);
        for (const double seconds : r.restartToGoodSeconds)
            QVERIFY2(seconds <= 5.0, qPrintable(QStringLiteral("%1 s from a restart to the next good value").arg(seconds)));
    }

    void corruptAnswersFailFast()
    {
        auto clean = std::async(std::launch::async, [] { return test::runSoak(soak({})); });
        const test::SoakResult corrupt = test::runSoak(soak({QStringLiteral("--corrupt"), QStringLiteral("0.2")}));
        const test::SoakResult reference = clean.get();
        QVERIFY2(corrupt.ran && reference.ran, qPrintable(corrupt.error + reference.error));
        QVERIFY2(corrupt.cyclesPerMinute() >= 0.8 * reference.cyclesPerMinute(),
                 qPrintable(describe(corrupt) + QStringLiteral(" against clean: ") + describe(reference)));
        QCOMPARE(corrupt.wrongGood, 0);
    }

    void lateAnswersAreNeverGoodAndAllFaultsAtOnceStillDeliver()
    {
        // Every answer 100 ms past a 1 s timeout: none of them may pass for a later request's.
        auto late = std::async(std::launch::async, [] {
            test::SoakOptions o = soak({QStringLiteral("--delay"), QStringLiteral("1100")});
            o.timeoutMs = 1000;
            return test::runSoak(o);
        });
        const test::SoakResult combined = test::runSoak(
            soak({QStringLiteral("--corrupt"), QStringLiteral("0.2"), QStringLiteral("--drop"), QStringLiteral("0.2"),
                  QStringLiteral("--noise"), QStringLiteral("0.2"), QStringLiteral("--echo"), QStringLiteral("--gateway-restart"),
                  QStringLiteral("5"), QStringLiteral("--delay"), QStringLiteral("500")},
                 5));
        const test::SoakResult lateResult = late.get();
        QVERIFY2(combined.ran && lateResult.ran, qPrintable(combined.error + lateResult.error));
        QVERIFY2(combined.goodShare() >= 0.3, qPrintable(describe(combined)));
        QCOMPARE(combined.wrongGood, 0);
        QCOMPARE(combined.staleGood, 0);
        QVERIFY2(lateResult.good == 0, qPrintable(describe(lateResult)));
        QCOMPARE(lateResult.wrongGood, 0);
    }

    // The field bus's meters (a late answerer, one deaf to 254, one that needs SND_NKE, one
    // that takes only 0x5B, one that stays selected) under corruption, loss, noise and restarts.
    void fieldMetersUnderFaults()
    {
        test::SoakOptions o = soak({QStringLiteral("--profile"), QStringLiteral("field"), QStringLiteral("--corrupt"),
                                    QStringLiteral("0.2"), QStringLiteral("--drop"), QStringLiteral("0.2"),
                                    QStringLiteral("--noise"), QStringLiteral("0.2"), QStringLiteral("--gateway-restart"),
                                    QStringLiteral("5")},
                                   5);
        o.fieldMeters = true;
        const test::SoakResult r = test::runSoak(o);
        QVERIFY2(r.ran, qPrintable(r.error));
        QVERIFY2(r.goodShare() >= 0.3, qPrintable(describe(r)));
        QCOMPARE(r.wrongGood, 0);
        QCOMPARE(r.staleGood, 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_fault_soak.moc"
