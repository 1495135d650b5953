// The commissioning verbs against mbus-sim: a bus with two meters on address 3 ends with unique
// addresses and every meter read (pty and TCP); a baud switch ends with the meter answering at
// the new rate, and a meter that keeps its rate is found at the old one, the bus switched back.
#include "CliRun.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = mbus::test::CliRun;

Run cli(const QStringList &arguments)
{
    return mbus::test::runCli(arguments, 180000);
}

QStringList pty(const mbus::test::SimProcess &sim, int baud)
{
    return {QStringLiteral("--serial"), sim.ptyPath(), QStringLiteral("--baud"), QString::number(baud)};
}

// Addresses found by a primary scan of 0..10, and the collisions.
QPair<QList<int>, QList<int>> scan(const QStringList &bus)
{
    const Run run = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--to"), QStringLiteral("10"), QStringLiteral("--json")} + bus);
    QList<int> found;
    QList<int> collisions;
    for (const QJsonValue &m : run.json().value(QStringLiteral("meters")).toArray())
        found << m.toObject().value(QStringLiteral("address")).toInt();
    for (const QJsonValue &c : run.json().value(QStringLiteral("collisions")).toArray())
        collisions << (c.isObject() ? c.toObject().value(QStringLiteral("address")).toInt() : c.toInt());
    return {found, collisions};
}

} // namespace

class TestCommissionVerbs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planDryRunShowsTheCollisionAndChangesNothing()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--baud"), QStringLiteral("9600"), QStringLiteral("--collide"), QStringLiteral("3")}, true, false));
        const Run run = cli(QStringList{QStringLiteral("plan")} + pty(sim, 9600));
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.startsWith(QStringLiteral("survey: 7 meters")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("67003003AE4C1407  SEN  Water  v20  at 3  shared")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("67003004AE4C1407  3 -> 7  (shares address 3 with 67003003AE4C1407)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("dry run")), qPrintable(text));
        QCOMPARE(scan(pty(sim, 9600)).second, QList<int>{3});
    }

    void planApplyEndsWithUniqueAddressesOnPty()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--baud"), QStringLiteral("9600"), QStringLiteral("--collide"), QStringLiteral("3")}, true, false));
        QTemporaryDir dir;
        const QString reportPath = dir.filePath(QStringLiteral("report.csv"));
        const Run run = cli(QStringList{QStringLiteral("plan"), QStringLiteral("--apply"), QStringLiteral("--json"),
                                        QStringLiteral("--report"), reportPath} + pty(sim, 9600));
        QCOMPARE(run.exitCode, 0);
        // The report lists every meter, the moved one with its address before and after.
        QFile report(reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = report.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 8);
        bool movedRow = false;
        for (const QByteArray &row : rows)
            movedRow |= row.startsWith("67003004AE4C1407,SEN,Water,20,3,7,");
        QVERIFY2(movedRow, rows.join('\n').constData());
        const QJsonObject result = run.json();
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        const QJsonArray moves = result.value(QStringLiteral("moves")).toArray();
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves.first().toObject().value(QStringLiteral("to")).toInt(), 7);
        QCOMPARE(moves.first().toObject().value(QStringLiteral("ok")).toBool(), true);
        const QJsonArray meters = result.value(QStringLiteral("meters")).toArray();
        QCOMPARE(meters.size(), 7);
        for (const QJsonValue &m : meters)
            QVERIFY2(m.toObject().value(QStringLiteral("outcome")).toString().contains(QStringLiteral("verified")),
                     qPrintable(m.toObject().value(QStringLiteral("outcome")).toString()));
        const auto [found, collisions] = scan(pty(sim, 9600));
        QCOMPARE(found, (QList<int>{1, 2, 3, 4, 5, 6, 7}));
        QVERIFY(collisions.isEmpty());
    }

    void resolveOverTcp()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--baud"), QStringLiteral("9600"), QStringLiteral("--collide"), QStringLiteral("5")}, false, true));
        const QStringList tcp{QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:%1").arg(sim.tcpPort()), QStringLiteral("--baud"),
                              QStringLiteral("9600")};
        const Run run = cli(QStringList{QStringLiteral("resolve"), QStringLiteral("5"), QStringLiteral("--apply")} + tcp);
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        QVERIFY2(run.out.contains("5 -> 7: moved from 5 to 7, verified"), run.out.constData());
        QVERIFY2(run.out.contains("verify: 7 of 7 meters read at their addresses"), run.out.constData());
        const auto [found, collisions] = scan(tcp);
        QCOMPARE(found, (QList<int>{1, 2, 3, 4, 5, 6, 7}));
        QVERIFY(collisions.isEmpty());
    }

    void changeBaudOfOneMeter()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--baud"), QStringLiteral("2400")}, true, false));
        const Run run = cli(QStringList{QStringLiteral("change-baud"), QStringLiteral("9600"), QStringLiteral("1")} + pty(sim, 2400));
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        QVERIFY2(run.out.contains("1: answers at 9600 Bd"), run.out.constData());
        QCOMPARE(cli(QStringList{QStringLiteral("read"), QStringLiteral("1")} + pty(sim, 9600)).exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("read"), QStringLiteral("2")} + pty(sim, 2400)).exitCode, 0);
    }

    void meterThatKeepsItsRateIsFoundAtTheOldOneAndTheBusGoesBack()
    {
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--baud"), QStringLiteral("2400"), QStringLiteral("--stuck-baud"), QStringLiteral("4")}, true, false));
        const Run run = cli(QStringList{QStringLiteral("change-baud"), QStringLiteral("9600"), QStringLiteral("--all"),
                                        QStringLiteral("--json")} + pty(sim, 2400));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = run.json();
        QCOMPARE(result.value(QStringLiteral("line_baud")).toInt(), 2400);
        QCOMPARE(result.value(QStringLiteral("all_switched")).toBool(), false);
        bool sawStuck = false;
        for (const QJsonValue &r : result.value(QStringLiteral("results")).toArray())
            sawStuck |= r.toObject().value(QStringLiteral("result")).toString().contains(QStringLiteral("did not switch"));
        QVERIFY2(sawStuck, run.out.constData());
        // Every meter answers at the old rate again.
        QCOMPARE(scan(pty(sim, 2400)).first, (QList<int>{1, 2, 3, 4, 5, 6}));
    }

    void tcpCannotChangeTheRate()
    {
        const Run run = cli({QStringLiteral("change-baud"), QStringLiteral("9600"), QStringLiteral("1"), QStringLiteral("--tcp"),
                             QStringLiteral("127.0.0.1:9")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("set in the gateway"));
    }
};

QTEST_GUILESS_MAIN(TestCommissionVerbs)
#include "tst_commission_verbs.moc"
