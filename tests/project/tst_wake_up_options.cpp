// Wake-up options in the project: defaults per connection, fields a meter overrides, the file
// (format 2; format 1 files load without wake-up), validation of the ranges, and the Faceplate
// export, which carries them as keys of our own and imports them back.
#include "ProjectSamples.h"

#include "project/FaceplateFormat.h"
#include "project/ProjectFile.h"
#include "project/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mbus;
using namespace mbus::project;

namespace {

// The sample project with a wake-up on its first connection and two meters that override parts.
Project wakeUpProject()
{
    Project p = test::sampleProject();
    Connection &c = p.connections[0];
    c.wakeUp = WakeUpOptions{528, false, 200};
    Meter sleepy;
    sleepy.address = 1;
    sleepy.name = QStringLiteral("Battery heat meter");
    sleepy.wakeUp.resetBeforeRead = true;
    sleepy.wakeUp.extraMarginMs = 1500;
    Meter awake;
    awake.address = 2;
    awake.wakeUp.preambleCharacters = 0;
    c.meters = {sleepy, awake};
    return p;
}

bool hasFinding(const QList<Finding> &findings, const QString &field, Finding::Severity severity)
{
    for (const Finding &f : findings) {
        if (f.field == field && f.severity == severity)
            return true;
    }
    return false;
}

} // namespace

class TestWakeUpOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meterFieldsOverrideTheConnections()
    {
        const Connection &c = wakeUpProject().connections.at(0);
        QVERIFY(c.wakeUpFor(1) == (WakeUpOptions{528, true, 1500}));
        QVERIFY(c.wakeUpFor(2) == (WakeUpOptions{0, false, 200}));
        QVERIFY(c.wakeUpFor(77) == c.wakeUp); // a meter known only from bindings inherits all
    }

    void fileRoundTripKeepsDefaultsAndOverrides()
    {
        const Project original = wakeUpProject();
        const QByteArray json = projectToJson(original);
        QString error;
        const auto loaded = projectFromJson(json, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->connections.at(0).wakeUp == original.connections.at(0).wakeUp);
        QVERIFY(loaded->connections.at(0).meters == original.connections.at(0).meters);
        QVERIFY(*loaded == original);
        QCOMPARE(projectToJson(*loaded), json);

        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), ProjectFormatVersion);
        const QJsonObject c = root.value(QStringLiteral("connections")).toArray().at(0).toObject();
        const QJsonObject wake = c.value(QStringLiteral("wake_up")).toObject();
        QCOMPARE(wake.value(QStringLiteral("preamble_characters")).toInt(), 528);
        QCOMPARE(wake.value(QStringLiteral("extra_margin_ms")).toInt(), 200);
        // A meter's object holds only what it overrides: unset fields inherit.
        const QJsonObject meter = c.value(QStringLiteral("meters")).toArray().at(0).toObject();
        QCOMPARE(meter.value(QStringLiteral("wake_up")).toObject().keys(),
                 (QStringList{QStringLiteral("extra_margin_ms"), QStringLiteral("reset_before_read")}));
    }

    void formatOneFilesLoadWithoutWakeUp()
    {
        // The demo project is a format 1 file.
        QString error;
        const auto demo = loadProject(test::demoProjectPath(), &error);
        QVERIFY2(demo, qPrintable(error));
        for (const Connection &c : demo->connections) {
            QVERIFY(c.wakeUp.isDefault());
            for (const Meter &m : c.meters)
                QVERIFY(m.wakeUp.isEmpty());
        }
        const QByteArray v1 = R"({"format": "mbus-workbench-project", "version": 1, "name": "old",
            "connections": [{"name": "A", "period_ms": 60000, "enabled": true,
              "channel": {"type": "serial", "port": "/dev/ttyUSB0", "baud": 2400, "parity": "even",
                          "data_bits": 8, "stop_bits": 1, "timeout_ms": 3000},
              "meters": [{"address": 5, "secondary": "", "name": "Heat"}], "bindings": []}]})";
        const auto old = projectFromJson(v1, &error);
        QVERIFY2(old, qPrintable(error));
        QVERIFY(old->connections.at(0).wakeUp.isDefault());
        QVERIFY(old->connections.at(0).meters.at(0).wakeUp.isEmpty());
    }

    void wrongTypesNameTheField()
    {
        QByteArray json = projectToJson(wakeUpProject());
        json.replace("\"preamble_characters\": 528", "\"preamble_characters\": \"many\"");
        QString error;
        QVERIFY(!projectFromJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("wake_up.preamble_characters")), qPrintable(error));
    }

    void rangesAreValidated_data()
    {
        QTest::addColumn<bool>("onMeter");
        QTest::addColumn<int>("preamble");
        QTest::addColumn<int>("margin");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("connection ok") << false << 2000 << 10000 << QString();
        QTest::newRow("connection preamble high") << false << 2001 << 0 << QStringLiteral("Wake-up preamble");
        QTest::newRow("connection preamble negative") << false << -1 << 0 << QStringLiteral("Wake-up preamble");
        QTest::newRow("connection margin high") << false << 0 << 10001 << QStringLiteral("Extra answer margin");
        QTest::newRow("meter ok") << true << 0 << 0 << QString();
        QTest::newRow("meter preamble high") << true << 5000 << 0 << QStringLiteral("Wake-up preamble");
        QTest::newRow("meter margin negative") << true << 0 << -5 << QStringLiteral("Extra answer margin");
    }

    void rangesAreValidated()
    {
        QFETCH(bool, onMeter);
        QFETCH(int, preamble);
        QFETCH(int, margin);
        QFETCH(QString, errorField);
        Project p = wakeUpProject();
        Connection &c = p.connections[0];
        if (onMeter) {
            c.meters[0].wakeUp.preambleCharacters = preamble;
            c.meters[0].wakeUp.extraMarginMs = margin;
        } else {
            c.wakeUp.preambleCharacters = preamble;
            c.wakeUp.extraMarginMs = margin;
        }
        const QList<Finding> findings = validate(p);
        if (errorField.isEmpty()) {
            QVERIFY(!hasFinding(findings, QStringLiteral("Wake-up preamble"), Finding::Severity::Error));
            QVERIFY(!hasFinding(findings, QStringLiteral("Extra answer margin"), Finding::Severity::Error));
        } else {
            QVERIFY(hasFinding(findings, errorField, Finding::Severity::Error));
        }
    }

    void faceplateExportCarriesAndImportsThem()
    {
        const Project original = wakeUpProject();
        const QByteArray exported = exportFaceplate(original);
        const QJsonObject c =
            QJsonDocument::fromJson(exported).object().value(QStringLiteral("plc_mbus_connection")).toArray().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("Wake-up")).toObject().value(QStringLiteral("Preamble")).toInt(), 528);
        QCOMPARE(c.value(QStringLiteral("Meter wake-up")).toArray().size(), 2);

        QString error;
        const auto imported = importFaceplate(exported, &error);
        QVERIFY2(imported, qPrintable(error));
        const Connection &ic = imported->connections.at(0);
        QVERIFY(ic.wakeUp == original.connections.at(0).wakeUp);
        QVERIFY(ic.wakeUpFor(1) == original.connections.at(0).wakeUpFor(1));
        QVERIFY(ic.wakeUpFor(2) == original.connections.at(0).wakeUpFor(2));
        QCOMPARE(ic.meters.size(), qsizetype(2));
        QVERIFY(ic.meters.at(0).wakeUp == original.connections.at(0).meters.at(0).wakeUp);
        QCOMPARE(exportFaceplate(*imported), exported);
    }

    void exportWithoutWakeUpHasNoWakeUpKeys()
    {
        const QByteArray exported = exportFaceplate(test::sampleProject());
        QVERIFY(!exported.contains("Wake-up"));
        QVERIFY(!exported.contains("wake-up"));
    }
};

QTEST_GUILESS_MAIN(TestWakeUpOptions)
#include "tst_wake_up_options.moc"
