// Every rule of project::validate: severity, the Faceplate field it names, where, and a message a
// commissioning engineer understands.
#include "ProjectSamples.h"

#include "project/Validation.h"

#include <QTest>

#include <algorithm>

using namespace mbus;
using namespace mbus::project;
using Severity = Finding::Severity;

namespace {

// A project that validates clean: one serial connection at 2400 8E1 with two bindings.
Project cleanProject()
{
    Project p;
    p.name = QStringLiteral("Clean");
    Connection c;
    c.name = QStringLiteral("Boiler house");
    c.periodMs = 60000;
    c.channel = test::serialChannel(QStringLiteral("/dev/ttyUSB0"));
    c.bindings = {test::binding(QStringLiteral("Energy"), QStringLiteral("boiler.energy"), 1, 0, 0),
                  test::binding(QStringLiteral("Volume"), QStringLiteral("boiler.volume"), 1, 0, 1, QByteArray::fromHex("0413"))};
    p.connections = {c};
    return p;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.text();
    return lines.isEmpty() ? QStringLiteral("(no findings)") : lines.join(QLatin1Char('\n'));
}

QList<Finding> withField(const QList<Finding> &findings, const QString &field)
{
    QList<Finding> result;
    for (const Finding &f : findings) {
        if (f.field == field)
            result << f;
    }
    return result;
}

} // namespace

// Exactly one finding with field; checks severity, where and that message contains every fragment.
#define EXPECT_ONE(findings, fieldName, expectedSeverity, expectedWhere, ...)                                            \
    do {                                                                                                                \
        const QList<Finding> hits_ = withField(findings, QStringLiteral(fieldName));                                    \
        QVERIFY2(hits_.size() == 1, qPrintable(describe(findings)));                                                    \
        QVERIFY2(hits_.first().severity == (expectedSeverity), qPrintable(hits_.first().text()));                       \
        QCOMPARE(hits_.first().where, QString(expectedWhere));                                                          \
        for (const QString &fragment_ : QStringList{__VA_ARGS__})                                                        \
            QVERIFY2(hits_.first().message.contains(fragment_), qPrintable(hits_.first().text() + QStringLiteral(" lacks ") + fragment_)); \
    } while (false)

class TestValidation : public QObject
{
    Q_OBJECT

private:
    const QString m_conn = QStringLiteral("connection \"Boiler house\"");
    const QString m_energy = QStringLiteral("binding \"Energy\" of \"Boiler house\"");

private Q_SLOTS:
    void cleanProjectHasNoFindings()
    {
        const QList<Finding> findings = validate(cleanProject());
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
        QVERIFY(!hasErrors(findings));
    }

    void demoProjectValidatesClean()
    {
        QString error;
        const auto demo = loadProject(test::demoProjectPath(), &error);
        QVERIFY2(demo, qPrintable(error));
        const QList<Finding> findings = validate(*demo);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    void periodBelowOneMinuteIsAWarning()
    {
        Project p = cleanProject();
        p.connections[0].periodMs = 59999;
        const QList<Finding> findings = validate(p);
        EXPECT_ONE(findings, "Period", Severity::Warning, m_conn, QStringLiteral("59999 ms"), QStringLiteral("60000 ms"),
                   QStringLiteral("battery"));
        QVERIFY(!hasErrors(findings));
        p.connections[0].periodMs = 0;
        EXPECT_ONE(validate(p), "Period", Severity::Error, m_conn, QStringLiteral("positive"));
    }

    void addressOutsidePrimaryRangeIsAnError_data()
    {
        QTest::addColumn<int>("address");
        QTest::addColumn<bool>("error");
        QTest::newRow("1") << 1 << false;
        QTest::newRow("250") << 250 << false;
        QTest::newRow("251") << 251 << true;
        QTest::newRow("-1") << -1 << true;
    }

    // Address 0 is the factory default: a meter there can be read, but should get its own.
    void addressZeroIsAWarning()
    {
        Project p = cleanProject();
        p.connections[0].bindings[0].address = 0;
        const QList<Finding> findings = validate(p);
        QVERIFY(!hasErrors(findings));
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().message.contains(QStringLiteral("factory default")));
    }

    void addressOutsidePrimaryRangeIsAnError()
    {
        QFETCH(int, address);
        QFETCH(bool, error);
        Project p = cleanProject();
        p.connections[0].bindings[0].address = address;
        const QList<Finding> findings = validate(p);
        QCOMPARE(hasErrors(findings), error);
        if (!error) {
            QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
            return;
        }
        EXPECT_ONE(findings, "Address", Severity::Error, m_energy, QStringLiteral("%1 is outside 1..250").arg(address));
        const Finding f = withField(findings, QStringLiteral("Address")).first();
        QCOMPARE(f.text(), QStringLiteral("error: binding \"Energy\" of \"Boiler house\": Address: %1 is outside 1..250").arg(address));
    }

    void duplicateConnectionNames()
    {
        Project p = cleanProject();
        Connection second = p.connections[0];
        for (Binding &b : second.bindings)
            b.tag += QStringLiteral(".2");
        p.connections << second;
        EXPECT_ONE(validate(p), "Name", Severity::Error, m_conn, QStringLiteral("another connection has this name"));
        p.connections[1].name = QStringLiteral("Boiler house 2");
        QVERIFY2(validate(p).isEmpty(), qPrintable(describe(validate(p))));
    }

    void duplicateBindingNamesInAConnection()
    {
        Project p = cleanProject();
        p.connections[0].bindings[1].name = QStringLiteral("Energy");
        EXPECT_ONE(validate(p), "Name", Severity::Error, m_energy, QStringLiteral("another binding of this connection has this name"));

        // The same binding name in two connections is fine.
        Project q = cleanProject();
        Connection other = q.connections[0];
        other.name = QStringLiteral("Other");
        other.bindings[0].tag = QStringLiteral("other.energy");
        other.bindings[1].tag = QStringLiteral("other.volume");
        q.connections << other;
        QVERIFY2(validate(q).isEmpty(), qPrintable(describe(validate(q))));
    }

    void duplicateTagsAcrossConnections()
    {
        Project p = cleanProject();
        Connection other;
        other.name = QStringLiteral("Gateway");
        other.channel = test::tcpChannel(QStringLiteral("10.0.0.7"), 1001);
        other.bindings = {test::binding(QStringLiteral("Heat"), QStringLiteral("boiler.energy"), 3, 0, 0)};
        p.connections << other;
        // An error on each binding of the tag, naming the other.
        const QList<Finding> findings = validate(p);
        int tagErrors = 0;
        for (const Finding &f : findings)
            tagErrors += f.field == QLatin1String("Tag") ? 1 : 0;
        QCOMPARE(tagErrors, 2);
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
            return f.where == QStringLiteral("binding \"Heat\" of \"Gateway\"") && f.message.contains(QStringLiteral("\"boiler.energy\""))
                   && f.message.contains(QStringLiteral("binding \"Energy\" of \"Boiler house\""));
        }));
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
            return f.where == QStringLiteral("binding \"Energy\" of \"Boiler house\"") && f.message.contains(QStringLiteral("binding \"Heat\" of \"Gateway\""));
        }));
        // Within one connection, too.
        Project q = cleanProject();
        q.connections[0].bindings[1].tag = QStringLiteral("boiler.energy");
        const QList<Finding> within = validate(q);
        QVERIFY(std::any_of(within.cbegin(), within.cend(), [](const Finding &f) {
            return f.where == QStringLiteral("binding \"Volume\" of \"Boiler house\"") && f.message.contains(QStringLiteral("bound also"));
        }));
    }

    void tcpChannelNeedsHostAndPort_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty host") << QString() << 1001 << QStringLiteral("IP/Hostname") << QStringLiteral("no gateway address");
        QTest::newRow("blank host") << QStringLiteral("  ") << 1001 << QStringLiteral("IP/Hostname") << QStringLiteral("no gateway address");
        QTest::newRow("port 0") << QStringLiteral("gw") << 0 << QStringLiteral("Port") << QStringLiteral("TCP port 0 is outside 1..65535");
        QTest::newRow("port 65536") << QStringLiteral("gw") << 65536 << QStringLiteral("Port")
                                    << QStringLiteral("TCP port 65536 is outside 1..65535");
        QTest::newRow("port 65535") << QStringLiteral("gw") << 65535 << QString() << QString();
        QTest::newRow("port 1") << QStringLiteral("gw") << 1 << QString() << QString();
    }

    void tcpChannelNeedsHostAndPort()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, field);
        QFETCH(QString, fragment);
        Project p = cleanProject();
        p.connections[0].channel = test::tcpChannel(host, port);
        const QList<Finding> findings = validate(p);
        if (field.isEmpty()) {
            QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
            return;
        }
        QCOMPARE(findings.size(), qsizetype(1));
        QCOMPARE(findings.first().severity, Severity::Error);
        QCOMPARE(findings.first().field, field);
        QCOMPARE(findings.first().where, m_conn);
        QVERIFY2(findings.first().message.contains(fragment), qPrintable(findings.first().text()));
    }

    void serialChannelNeedsAPort()
    {
        Project p = cleanProject();
        p.connections[0].channel.serialPort.clear();
        EXPECT_ONE(validate(p), "Port", Severity::Error, m_conn, QStringLiteral("no serial port"));
    }

    void backupChannelIsCheckedToo()
    {
        Project p = cleanProject();
        p.connections[0].backup = test::tcpChannel(QString(), 1001);
        EXPECT_ONE(validate(p), "IP/Hostname", Severity::Error, m_conn + QStringLiteral(" (backup channel)"),
                   QStringLiteral("no gateway address"));
    }

    void minimumTimeoutIsTheEnAnswerWindow()
    {
        // 330 bit times + 50 ms after a 5-byte short frame (11 bits a character).
        QCOMPARE(minimumTimeoutMs(2400), 211);  // 22.9 + 137.5 + 50 = 210.4
        QCOMPARE(minimumTimeoutMs(300), 1334);  // 183.3 + 1100 + 50 = 1333.3
        QCOMPARE(minimumTimeoutMs(9600), 91);   // 5.7 + 34.4 + 50 = 90.1
    }

    void timeoutBelowTheAnswerWindow_data()
    {
        QTest::addColumn<int>("baud");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<bool>("error");
        QTest::newRow("2400 below") << 2400 << 210 << true;
        QTest::newRow("2400 at") << 2400 << 211 << false;
        QTest::newRow("300 below") << 300 << 1333 << true;
        QTest::newRow("300 at") << 300 << 1334 << false;
        QTest::newRow("300 with a 2400 timeout") << 300 << 1000 << true;
    }

    void timeoutBelowTheAnswerWindow()
    {
        QFETCH(int, baud);
        QFETCH(int, timeout);
        QFETCH(bool, error);
        Project p = cleanProject();
        p.connections[0].channel.line.baud = baud;
        p.connections[0].channel.timeoutMs = timeout;
        const QList<Finding> findings = withField(validate(p), QStringLiteral("Timeout"));
        if (!error) {
            QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
            return;
        }
        EXPECT_ONE(findings, "Timeout", Severity::Error, m_conn, QStringLiteral("%1 ms").arg(timeout),
                   QStringLiteral("%1 Bd").arg(baud), QStringLiteral("(%1 ms)").arg(minimumTimeoutMs(baud)),
                   QStringLiteral("EN 13757-2"));
    }

    void twoBindingsOnOneRecordIsAWarning()
    {
        Project p = cleanProject();
        p.connections[0].bindings[1].index = 0;
        const QList<Finding> findings = validate(p);
        EXPECT_ONE(findings, "Index", Severity::Warning, QStringLiteral("binding \"Volume\" of \"Boiler house\""),
                   QStringLiteral("binding \"Energy\""), QStringLiteral("address 1, telegram 0, index 0"));
        QVERIFY(!hasErrors(findings));
        // Another telegram or another meter is another record.
        p.connections[0].bindings[1].telegram = 1;
        QVERIFY2(validate(p).isEmpty(), qPrintable(describe(validate(p))));
        p.connections[0].bindings[1].telegram = 0;
        p.connections[0].bindings[1].address = 2;
        QVERIFY2(validate(p).isEmpty(), qPrintable(describe(validate(p))));
    }

    void writeBindingNeedsASignature()
    {
        Project p = cleanProject();
        p.connections[0].bindings[0].access = Access::Write;
        QVERIFY2(validate(p).isEmpty(), qPrintable(describe(validate(p))));
        p.connections[0].bindings[0].signature.clear();
        // A warning: Faceplate's runtime writes it; only the workbench needs the record's DIF and VIF.
        EXPECT_ONE(validate(p), "Access", Severity::Warning, m_energy, QStringLiteral("DIF and VIF"));
        // Reading without a signature is allowed.
        p.connections[0].bindings[0].access = Access::Read;
        QVERIFY2(validate(p).isEmpty(), qPrintable(describe(validate(p))));
    }

    void baudRateMustBeAnMBusRate_data()
    {
        QTest::addColumn<int>("baud");
        QTest::addColumn<int>("severity"); // -1 none, else Finding::Severity
        QTest::newRow("2400") << 2400 << -1;
        for (int baud : {300, 600, 1200, 4800, 9600, 19200, 38400})
            QTest::addRow("%d", baud) << baud << int(Severity::Warning);
        for (int baud : {1234, 115200, 57600, 0})
            QTest::addRow("%d", baud) << baud << int(Severity::Error);
    }

    void baudRateMustBeAnMBusRate()
    {
        QFETCH(int, baud);
        QFETCH(int, severity);
        Project p = cleanProject();
        p.connections[0].channel.line.baud = baud;
        p.connections[0].channel.timeoutMs = 5000;
        const QList<Finding> findings = withField(validate(p), QStringLiteral("Baud rate"));
        if (severity < 0) {
            QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
        } else if (Severity(severity) == Severity::Error) {
            EXPECT_ONE(findings, "Baud rate", Severity::Error, m_conn, QStringLiteral("%1 is not an M-Bus baud rate").arg(baud));
        } else {
            EXPECT_ONE(findings, "Baud rate", Severity::Warning, m_conn, QStringLiteral("2400"));
        }
    }

    void lineFormatRules()
    {
        Project p = cleanProject();
        p.connections[0].channel.line.parity = link::Parity::None;
        EXPECT_ONE(validate(p), "Parity", Severity::Warning, m_conn, QStringLiteral("Even parity"));
        p = cleanProject();
        p.connections[0].channel.line.dataBits = 6;
        EXPECT_ONE(validate(p), "Data/Stop bits", Severity::Error, m_conn, QStringLiteral("6 data bits"));
        p = cleanProject();
        p.connections[0].channel.line.stopBits = 3;
        EXPECT_ONE(validate(p), "Data/Stop bits", Severity::Error, m_conn, QStringLiteral("3 stop bits"));
    }

    void emptyNamesAndTags()
    {
        Project p = cleanProject();
        p.connections[0].name = QStringLiteral(" ");
        EXPECT_ONE(validate(p), "Name", Severity::Error, QStringLiteral("connection \" \""), QStringLiteral("needs a name"));
        p = cleanProject();
        p.connections[0].bindings[0].tag.clear();
        EXPECT_ONE(validate(p), "Tag", Severity::Error, m_energy, QStringLiteral("needs a tag"));
        p = cleanProject();
        p.connections[0].bindings[0].telegram = -1;
        p.connections[0].bindings[1].index = -2;
        EXPECT_ONE(validate(p), "Telegram", Severity::Error, m_energy, QStringLiteral("-1"));
        EXPECT_ONE(validate(p), "Index", Severity::Error, QStringLiteral("binding \"Volume\" of \"Boiler house\""),
                   QStringLiteral("counts records from 0"));
    }

    void sampleProjectHasOnlyWarnings()
    {
        // 7O2 at 9600, 8N2 at 300 on the backup: advice, not errors.
        const QList<Finding> findings = validate(test::sampleProject());
        QVERIFY2(!hasErrors(findings), qPrintable(describe(findings)));
        QVERIFY(!findings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
