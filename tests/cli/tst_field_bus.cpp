// Every bus verb and the commissioning plan against mbus-sim's field profile, as an engineer on
// site would run them, over a pty and over TCP: meters that ignore what EN 13757-2 does not define,
// need SND_NKE, answer only 0x5B, ignore 254, answer late, stay selected, and two that share the
// factory address 0. Each is found by both scans and read by primary and by secondary address.
#include "CliRun.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {

using Run = mbus::test::CliRun;
constexpr int Baud = 9600;

const QStringList FieldIds = {QStringLiteral("19283746"), QStringLiteral("24050117"), QStringLiteral("24050118"),
                              QStringLiteral("30501234"), QStringLiteral("50112233"), QStringLiteral("61223344"),
                              QStringLiteral("71040011"), QStringLiteral("71040012"), QStringLiteral("88100542")};

Run cli(const QStringList &arguments)
{
    return mbus::test::runCli(arguments, 240000);
}

QString diagnose(const Run &run)
{
    return QString::fromUtf8(run.out.right(1500) + "\n--- stderr ---\n" + run.err.right(1500));
}

} // namespace

class TestFieldBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVerbFindsAndReadsEveryMeter_data()
    {
        QTest::addColumn<bool>("tcp");
        QTest::newRow("pty") << false;
        QTest::newRow("tcp") << true;
    }

    void everyVerbFindsAndReadsEveryMeter()
    {
        QFETCH(bool, tcp);
        mbus::test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--profile"), QStringLiteral("field"), QStringLiteral("--baud"), QString::number(Baud)},
                          !tcp, tcp, 600));
        const QStringList bus = tcp ? QStringList{QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:%1").arg(sim.tcpPort()),
                                                  QStringLiteral("--baud"), QString::number(Baud)}
                                    : QStringList{QStringLiteral("--serial"), sim.ptyPath(), QStringLiteral("--baud"),
                                                  QString::number(Baud)};

        // Primary scan: SND_NKE finds every address, the two meters on 0 are a collision.
        Run run = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--to"), QStringLiteral("10"), QStringLiteral("--json")} + bus);
        QCOMPARE(run.exitCode, 0);
        QList<int> found;
        for (const QJsonValue &m : run.json().value(QStringLiteral("meters")).toArray())
            found << m.toObject().value(QStringLiteral("address")).toInt();
        QCOMPARE(found, (QList<int>{1, 2, 3, 5, 6, 7, 8}));
        QCOMPARE(run.json().value(QStringLiteral("collisions")).toArray(), QJsonArray{0});

        // Secondary search: all nine, by selection alone (one of them never answers at 254).
        run = cli(QStringList{QStringLiteral("scan-secondary"), QStringLiteral("--json")} + bus);
        QCOMPARE(run.exitCode, 0);
        QStringList ids;
        QStringList secondaries;
        for (const QJsonValue &m : run.json().value(QStringLiteral("meters")).toArray()) {
            ids << m.toObject().value(QStringLiteral("id")).toString();
            secondaries << m.toObject().value(QStringLiteral("secondary_address")).toString();
        }
        ids.sort();
        QCOMPARE(ids, FieldIds);

        // Every meter read by primary address (the one needing SND_NKE with all three telegrams)
        // and by secondary address.
        for (const int address : {1, 2, 3, 5, 6, 7, 8}) {
            run = cli(QStringList{QStringLiteral("read"), QString::number(address), QStringLiteral("--json")} + bus);
            QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("read %1: ").arg(address) + diagnose(run)));
            const QJsonArray telegrams = run.json().value(QStringLiteral("telegrams")).toArray();
            QCOMPARE(telegrams.size(), address == 1 ? 3 : 1);
            QCOMPARE(telegrams.first().toObject().value(QStringLiteral("frame")).toObject().value(QStringLiteral("address")).toInt(),
                     address);
        }
        for (const QString &secondary : secondaries) {
            run = cli(QStringList{QStringLiteral("read"), secondary} + bus);
            QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("read %1: ").arg(secondary) + diagnose(run)));
            QVERIFY2(run.out.contains(secondary.toLatin1()), qPrintable(diagnose(run)));
        }

        // 0x4B is not M-Bus: no meter answers it; 0x5B to the same meter is answered.
        run = cli(QStringList{QStringLiteral("raw"), QStringLiteral("10 4B 02 4D 16"), QStringLiteral("--json")} + bus);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.json().value(QStringLiteral("answers")).toArray().isEmpty(), qPrintable(diagnose(run)));
        run = cli(QStringList{QStringLiteral("raw"), QStringLiteral("10 5B 02 5D 16"), QStringLiteral("--json")} + bus);
        QCOMPARE(run.json().value(QStringLiteral("answers")).toArray().size(), 1);

        // The commissioning plan moves both meters off address 0 and reads every meter after.
        run = cli(QStringList{QStringLiteral("plan"), QStringLiteral("--apply")} + bus);
        QVERIFY2(run.exitCode == 0, qPrintable(diagnose(run)));
        const QString plan = QString::fromUtf8(run.out);
        QVERIFY2(plan.startsWith(QStringLiteral("survey: 9 meters")), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("verify: 9 of 9 meters read at their addresses")), qPrintable(plan));
        QCOMPARE(plan.count(QStringLiteral("verified")), 2);

        // set-address by secondary address, then the meter answers at its new address.
        run = cli(QStringList{QStringLiteral("set-address"), QStringLiteral("24050118AE4C1416"), QStringLiteral("40")} + bus);
        QVERIFY2(run.exitCode == 0, qPrintable(diagnose(run)));
        run = cli(QStringList{QStringLiteral("read"), QStringLiteral("40")} + bus);
        QVERIFY2(run.exitCode == 0 && run.out.contains("24050118"), qPrintable(diagnose(run)));

        // switch-baud: over the pty the meter that answers only 0x5B moves to 19200 and back;
        // behind a gateway (whose serial rate is its own) the switch to the bus rate is acknowledged.
        const QString target = tcp ? QString::number(Baud) : QStringLiteral("19200");
        run = cli(QStringList{QStringLiteral("switch-baud"), QStringLiteral("2"), target} + bus);
        QVERIFY2(run.exitCode == 0, qPrintable(diagnose(run)));
        if (!tcp) {
            const QStringList fast = {QStringLiteral("--serial"), sim.ptyPath(), QStringLiteral("--baud"), QStringLiteral("19200")};
            run = cli(QStringList{QStringLiteral("read"), QStringLiteral("2")} + fast);
            QVERIFY2(run.exitCode == 0 && run.out.contains("19283746"), qPrintable(diagnose(run)));
            QCOMPARE(cli(QStringList{QStringLiteral("switch-baud"), QStringLiteral("2"), QString::number(Baud)} + fast).exitCode, 0);
        }
        run = cli(QStringList{QStringLiteral("read"), QStringLiteral("2")} + bus);
        QVERIFY2(run.exitCode == 0 && run.out.contains("19283746"), qPrintable(diagnose(run)));
    }
};

QTEST_GUILESS_MAIN(TestFieldBus)
#include "tst_field_bus.moc"
