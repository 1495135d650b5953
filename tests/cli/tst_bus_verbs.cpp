// mbus-cli's bus verbs as a user runs them, against mbus-sim on a pty and on 127.0.0.1.
#include "CliRun.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

constexpr int Baud = 9600;

using Run = mbus::test::CliRun;

Run cli(const QStringList &arguments)
{
    return mbus::test::runCli(arguments, 90000);
}

} // namespace

class TestBusVerbs : public QObject
{
    Q_OBJECT

private:
    mbus::test::SimProcess m_sim;
    QStringList m_pty;
    QStringList m_tcp;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LC_ALL", "C"); // mbus-cli's human text follows the system locale: the same on every machine
        QVERIFY(m_sim.start({QStringLiteral("--baud"), QString::number(Baud)}));
        m_pty = {QStringLiteral("--serial"), m_sim.ptyPath(), QStringLiteral("--baud"), QString::number(Baud)};
        m_tcp = {QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:%1").arg(m_sim.tcpPort()), QStringLiteral("--baud"),
                 QString::number(Baud)};
    }

    void scanFindsTheDemoMeters()
    {
        const Run run = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--to"), QStringLiteral("8"), QStringLiteral("--json")} + m_tcp);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray meters = run.json().value(QStringLiteral("meters")).toArray();
        QCOMPARE(meters.size(), 6);
        QCOMPARE(meters.at(0).toObject().value(QStringLiteral("address")).toInt(), 1);
        QCOMPARE(meters.at(0).toObject().value(QStringLiteral("manufacturer")).toString(), QStringLiteral("KAM"));
        QCOMPARE(run.json().value(QStringLiteral("probes")).toInt(), 9);
    }

    void scanSecondaryPrintsAddressesAndSelections()
    {
        const Run run = cli(QStringList{QStringLiteral("scan-secondary"), QStringLiteral("--json")} + m_pty);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = run.json();
        QCOMPARE(result.value(QStringLiteral("meters")).toArray().size(), 6);
        const QString first = result.value(QStringLiteral("meters")).toArray().at(0).toObject().value(QStringLiteral("secondary_address")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{16}$")).match(first).hasMatch());
        QVERIFY(result.value(QStringLiteral("selections")).toInt() > 0);
    }

    void readPrintsEveryTelegram()
    {
        const Run run = cli(QStringList{QStringLiteral("read"), QStringLiteral("1"), QStringLiteral("--json")} + m_pty);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray telegrams = run.json().value(QStringLiteral("telegrams")).toArray();
        QCOMPARE(telegrams.size(), 3);
        QCOMPARE(telegrams.at(0).toObject().value(QStringLiteral("header")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("67001001"));
        QVERIFY(telegrams.at(0).toObject().value(QStringLiteral("more_records_follow")).toBool());
        QVERIFY(!telegrams.at(2).toObject().value(QStringLiteral("more_records_follow")).toBool());
    }

    // The human text reads in engineering units and short dates; --json keeps the base units.
    void readPrintsEngineeringUnits()
    {
        const Run run = cli(QStringList{QStringLiteral("read"), QStringLiteral("1")} + m_tcp);
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QStringLiteral("12,345  kWh")) && text.contains(QStringLiteral(" m³ ")), qPrintable(text));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d|T\\d\\d:"))), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral(" Wh ")));
        const QJsonObject energy = cli(QStringList{QStringLiteral("read"), QStringLiteral("1"), QStringLiteral("--json")} + m_tcp)
                                       .json().value(QStringLiteral("telegrams")).toArray().at(0).toObject()
                                       .value(QStringLiteral("records")).toArray().at(0).toObject();
        QCOMPARE(energy.value(QStringLiteral("unit")).toString(), QStringLiteral("Wh"));
        QCOMPARE(energy.value(QStringLiteral("value")).toDouble(), 12345000.0);
    }

    void readsBySecondaryAddress()
    {
        const Run scan = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--from"), QStringLiteral("4"), QStringLiteral("--to"),
                                         QStringLiteral("4"), QStringLiteral("--json")} + m_pty);
        const QString secondary = scan.json().value(QStringLiteral("meters")).toArray().at(0).toObject()
                                      .value(QStringLiteral("secondary_address")).toString();
        QCOMPARE(secondary.size(), 16);
        const Run run = cli(QStringList{QStringLiteral("read"), secondary, QStringLiteral("--json")} + m_tcp);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("telegrams")).toArray().at(0).toObject().value(QStringLiteral("frame"))
                     .toObject().value(QStringLiteral("address")).toInt(), 4);
    }

    void failuresNameTheErrorAndExitOne()
    {
        const Run run = cli(QStringList{QStringLiteral("read"), QStringLiteral("99"), QStringLiteral("--retries"), QStringLiteral("0")} + m_pty);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("error: Timeout"), run.err.constData());
        // Then what to check, for people.
        QVERIFY2(run.err.contains("\nNo answer from address 99 after one try") && run.err.contains(": check the address, the baud rate "
                                                                                                "(is the meter at 9600 Bd?) and the wiring."),
                 run.err.constData());
        const Run noPort = cli({QStringLiteral("read"), QStringLiteral("1"), QStringLiteral("--serial"), QStringLiteral("/nonexistent/tty")});
        QCOMPARE(noPort.exitCode, 1);
        QVERIFY(noPort.err.startsWith("error: Port error"));
        QVERIFY2(noPort.err.contains("The port /nonexistent/tty failed") && noPort.err.contains("Check that the adapter is plugged in"),
                 noPort.err.constData());
        QCOMPARE(cli({QStringLiteral("read"), QStringLiteral("1")}).exitCode, 2); // no bus given
        QCOMPARE(cli(QStringList{QStringLiteral("read"), QStringLiteral("1"), QStringLiteral("--parity"), QStringLiteral("mark")} + m_pty).exitCode, 2);
    }

    void maintenanceVerbs()
    {
        QCOMPARE(cli(QStringList{QStringLiteral("raw"), QStringLiteral("10 40 06 46 16")} + m_pty).out.left(2), QByteArray("E5"));
        QCOMPARE(cli(QStringList{QStringLiteral("reset"), QStringLiteral("6")} + m_pty).exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("select"), QStringLiteral("67006006FFFFFFFF")} + m_pty).exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("set-address"), QStringLiteral("6"), QStringLiteral("20")} + m_pty).exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("read"), QStringLiteral("20")} + m_pty).exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("read"), QStringLiteral("6"), QStringLiteral("--retries"), QStringLiteral("0")} + m_pty).exitCode, 1);
        QCOMPARE(cli(QStringList{QStringLiteral("set-address"), QStringLiteral("20"), QStringLiteral("6")} + m_pty).exitCode, 0);
    }

    // The meter acknowledges at the old rate, then answers only at the new one.
    void switchBaudMovesTheMeter()
    {
        QCOMPARE(cli(QStringList{QStringLiteral("switch-baud"), QStringLiteral("5"), QStringLiteral("2400")} + m_pty).exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("read"), QStringLiteral("5"), QStringLiteral("--retries"), QStringLiteral("0")} + m_pty).exitCode, 1);
        const QStringList at2400 = {QStringLiteral("--serial"), m_sim.ptyPath(), QStringLiteral("--baud"), QStringLiteral("2400")};
        QCOMPARE(cli(QStringList{QStringLiteral("read"), QStringLiteral("5")} + at2400).exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("switch-baud"), QStringLiteral("5"), QString::number(Baud)} + at2400).exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("read"), QStringLiteral("5")} + m_pty).exitCode, 0);
    }

    void verboseAnnotatesTheTraffic()
    {
        const Run run = cli(QStringList{QStringLiteral("read"), QStringLiteral("4"), QStringLiteral("--verbose")} + m_pty);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains("-> 10 40 04 44 16  [short frame, C=0x40 (SND_NKE), A=4]"));
        QVERIFY(run.err.contains("<- E5"));
    }
};

QTEST_GUILESS_MAIN(TestBusVerbs)
#include "tst_bus_verbs.moc"
