// mbus-cli detect against mbus-sim on a pty: the converter starts on 9600 8N1, the meters want 2400.
// A pty carries no parity, so "8E1 rather than 8N1" is proven by the line model's unit tests; here
// the order of the candidates decides it (2400 8E1 is tried before 2400 8N1).
#include "CliRun.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

using Run = mbus::test::CliRun;

Run cli(const QStringList &arguments)
{
    return mbus::test::runCli(arguments, 120000);
}

} // namespace

class TestDetectVerb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheMetersRateStartingFrom9600None()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--baud"), QStringLiteral("2400")}, true, false));
        const Run run = cli({QStringLiteral("detect"), QStringLiteral("--serial"), sim.ptyPath(), QStringLiteral("--baud"),
                             QStringLiteral("9600"), QStringLiteral("--parity"), QStringLiteral("none"),
                             QStringLiteral("--to"), QStringLiteral("8")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.startsWith(QStringLiteral("9600 8N1: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("recommended: 2400 8E1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2400 8E1: 6 meters (1, 2, 3, 4, 5, 6)")), qPrintable(text));
        // Stops early: once the meters answered, the slower and faster rates are not tried.
        QVERIFY2(!text.contains(QStringLiteral("300 8")), qPrintable(text));
    }

    void jsonListsEveryTriedSettingAndCollisions()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--baud"), QStringLiteral("9600"), QStringLiteral("--collide"), QStringLiteral("3")}, true, false));
        const Run run = cli({QStringLiteral("detect"), QStringLiteral("--serial"), sim.ptyPath(), QStringLiteral("--to"),
                             QStringLiteral("8"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = run.json();
        QCOMPARE(result.value(QStringLiteral("recommended")).toString(), QStringLiteral("9600 8E1"));
        const QJsonArray tried = result.value(QStringLiteral("tried")).toArray();
        QVERIFY(tried.size() >= 2);
        QCOMPARE(tried.first().toObject().value(QStringLiteral("line")).toString(), QStringLiteral("2400 8E1"));
        QVERIFY2(result.value(QStringLiteral("collisions")).toArray() == QJsonArray{3}, run.out.constData());
    }

    void silentBusIsAClearError()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--profile"), QStringLiteral("empty")}, true, false));
        const Run run = cli({QStringLiteral("detect"), QStringLiteral("--serial"), sim.ptyPath(), QStringLiteral("--address"),
                             QStringLiteral("1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no meter answered at any setting"), run.err.constData());
    }

    void missingPortIsAClearError()
    {
        const Run run = cli({QStringLiteral("detect"), QStringLiteral("--serial"), QStringLiteral("/nonexistent/tty")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("port"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDetectVerb)
#include "tst_detect_verb.moc"
