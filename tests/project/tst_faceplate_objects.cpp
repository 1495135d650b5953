// The export in Faceplate's own object format (FACEPLATE.md 3): the demo project's export checked
// key by key against the folder-export shape and against a golden file; a folder export written
// by hand from FACEPLATE.md imported; a key map that changes the keys; the round trip; refusals
// that name what is wrong and where.
#include "ProjectSamples.h"

#include "project/FaceplateObjects.h"
#include "project/ProjectFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mbus;
using namespace mbus::project;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

Project demo()
{
    QString error;
    auto p = loadProject(test::demoProjectPath(), &error);
    if (!p)
        qFatal("%s", qPrintable(error));
    return *p;
}

// Written by hand from FACEPLATE.md 3, not by the exporter: a folder with a serial connection
// and its two bindings, a TCP connection, and the serial one's backup linked by master connection.
const QByteArray HandWritten = R"json({
  "dependent_catalogs": [],
  "dependent_patterns": [],
  "template": {
    ".name": "plc_mbus_connection", ".folder": "/root/FP/PROJECT/@connections", ".pattern": "/root/.patterns/folder",
    "@children": [
      {".name": "Boiler house", ".folder": "@DETACHED_CONTEXT@", ".pattern": "/root/.patterns/plc_mbus_connection",
       "title": "Boiler house, riser A", "period": 60000, "type": "serial", "port": "/dev/ttyUSB0", "baudrate": 2400,
       "parity": "even", "bytesize": 8, "stopbits": 1, "timeout": 3000, "attempts": 5, "disabled": false,
       "state": "RUN", "error": "", "pid": "<0.1.0>", "node": "fp@host",
       "@children": [
         {".name": "Heat energy", ".folder": "@DETACHED_CONTEXT@/Boiler house", ".pattern": "/root/.patterns/plc_mbus_binding",
          "tag": {"type": "tag", "value": {"tag": "/root/FP/PROJECT/TAGS/boiler.heat.energy", "field": "value"}},
          "access": "R", "address": 1, "telegram": 0, "index": 2, "scale_A": 0.001, "scale_B": 0},
         {".name": "Set point", ".folder": "@DETACHED_CONTEXT@/Boiler house", ".pattern": "/root/.patterns/plc_mbus_binding",
          "tag": {"type": "tag", "value": {"tag": "/root/FP/PROJECT/TAGS/boiler.setpoint", "field": "value"}},
          "access": "RW", "address": 3, "telegram": 2, "index": 7, "disabled": true}
       ]},
      {".name": "Gateway east", ".folder": "@DETACHED_CONTEXT@", ".pattern": "/root/.patterns/plc_mbus_connection",
       "period": 900000, "type": "tcp", "host": "10.0.0.7", "port": 1001, "timeout": 5000, "attempts": 3, "disabled": true,
       "@children": []},
      {".name": "Boiler house (backup)", ".folder": "@DETACHED_CONTEXT@", ".pattern": "/root/.patterns/plc_mbus_connection",
       "period": 60000, "type": "tcp", "host": "10.0.0.8", "port": 502, "timeout": 4000, "attempts": 2,
       "master_connection": "/root/FP/PROJECT/@connections/plc_mbus_connection/Boiler house"}
    ]
  }
})json";

} // namespace

class TestFaceplateObjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoExportHasTheFolderExportShape()
    {
        const Project p = demo();
        const QJsonObject root = parse(exportFaceplateObjects(p));
        QCOMPARE(QStringList(root.keys()), (QStringList{QStringLiteral("dependent_catalogs"), QStringLiteral("dependent_patterns"),
                                                         QStringLiteral("template")}));
        const QJsonObject folder = root.value(QStringLiteral("template")).toObject();
        QCOMPARE(folder.value(QStringLiteral(".name")).toString(), QStringLiteral("plc_mbus_connection"));
        QCOMPARE(folder.value(QStringLiteral(".folder")).toString(), QStringLiteral("/root/FP/PROJECT/@connections"));
        const QJsonArray connections = folder.value(QStringLiteral("@children")).toArray();
        QCOMPARE(connections.size(), 1);
        const QJsonObject c = connections.at(0).toObject();
        QCOMPARE(c.value(QStringLiteral(".name")).toString(), p.connections.first().name);
        QCOMPARE(c.value(QStringLiteral(".folder")).toString(), QStringLiteral("@DETACHED_CONTEXT@"));
        QCOMPARE(c.value(QStringLiteral(".pattern")).toString(), QStringLiteral("/root/.patterns/plc_mbus_connection"));
        QCOMPARE(c.value(QStringLiteral("timeout")).toInt(), p.connections.first().channel.timeoutMs);
        QVERIFY(c.contains(QStringLiteral("attempts")));
        QCOMPARE(c.value(QStringLiteral("disabled")).toBool(), false);
        for (const char *runtime : {"state", "error", "pid", "node", "info", "actual_connection"})
            QVERIFY2(!c.contains(QLatin1String(runtime)), runtime);
        const QJsonArray bindings = c.value(QStringLiteral("@children")).toArray();
        QCOMPARE(bindings.size(), p.connections.first().bindings.size());
        const Binding &first = p.connections.first().bindings.first();
        const QJsonObject b = bindings.at(0).toObject();
        QCOMPARE(b.value(QStringLiteral(".folder")).toString(), QStringLiteral("@DETACHED_CONTEXT@/") + p.connections.first().name);
        QCOMPARE(b.value(QStringLiteral(".pattern")).toString(), QStringLiteral("/root/.patterns/plc_mbus_binding"));
        QCOMPARE(b.value(QStringLiteral(".name")).toString(), first.name);
        QCOMPARE(b.value(QStringLiteral("address")).toInt(), first.address);
        QCOMPARE(b.value(QStringLiteral("telegram")).toInt(), first.telegram);
        QCOMPARE(b.value(QStringLiteral("index")).toInt(), first.index);
        const QJsonObject tag = b.value(QStringLiteral("tag")).toObject();
        QCOMPARE(tag.value(QStringLiteral("type")).toString(), QStringLiteral("tag"));
        QCOMPARE(tag.value(QStringLiteral("value")).toObject().value(QStringLiteral("tag")).toString(),
                 QStringLiteral("/root/FP/PROJECT/TAGS/") + first.tag);
        QCOMPARE(tag.value(QStringLiteral("value")).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("value"));
        for (const char *runtime : {"state", "error"})
            QVERIFY2(!b.contains(QLatin1String(runtime)), runtime);
    }

    void demoExportEqualsTheGoldenFile()
    {
        QFile golden(QStringLiteral(MBUS_SOURCE_DIR "/tests/project/golden/demo-faceplate.json"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(exportFaceplateObjects(demo()), golden.readAll());
    }

    void aHandWrittenFolderExportImports()
    {
        QString error;
        const auto p = importFaceplateObjects(HandWritten, {}, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->connections.size(), 2); // the backup is the first one's backup channel
        const Connection &boiler = p->connections.at(0);
        QCOMPARE(boiler.name, QStringLiteral("Boiler house"));
        QCOMPARE(boiler.title, QStringLiteral("Boiler house, riser A"));
        QCOMPARE(boiler.periodMs, 60000);
        QCOMPARE(boiler.channel.serialPort, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(boiler.channel.line, (link::LineSettings{2400, 8, link::Parity::Even, 1}));
        QCOMPARE(boiler.channel.attempts, 5);
        QVERIFY(boiler.enabled);
        QVERIFY(boiler.backup.has_value());
        QCOMPARE(boiler.backup->type, ChannelType::Tcp);
        QCOMPARE(boiler.backup->host, QStringLiteral("10.0.0.8"));
        QCOMPARE(boiler.backup->tcpPort, 502);
        QCOMPARE(boiler.bindings.size(), 2);
        const Binding &energy = boiler.bindings.at(0);
        QCOMPARE(energy.tag, QStringLiteral("boiler.heat.energy"));
        QCOMPARE(energy.index, 2);
        QCOMPARE(energy.scale, 0.001);
        const Binding &setPoint = boiler.bindings.at(1);
        QCOMPARE(setPoint.access, Access::ReadWrite);
        QVERIFY(setPoint.off);
        QCOMPARE(setPoint.telegram, 2);
        const Connection &east = p->connections.at(1);
        QCOMPARE(east.channel.type, ChannelType::Tcp);
        QCOMPARE(east.channel.tcpPort, 1001);
        QVERIFY(!east.enabled);
    }

    void aKeyMapChangesTheKeys()
    {
        QString error;
        const auto map = FaceplateKeyMap::fromJson(R"({"format": "mbus-workbench-faceplate-keymap", "version": 1,
            "connection": {"period": {"key": "cycle_ms", "status": "confirmed"}},
            "binding": {"index": {"key": "record", "status": "assumed"}}})",
                                                   &error);
        QVERIFY2(map, qPrintable(error));
        FaceplateObjectOptions options;
        options.keyMap = *map;
        const QByteArray json = exportFaceplateObjects(demo(), options);
        const QJsonObject c = parse(json).value(QStringLiteral("template")).toObject().value(QStringLiteral("@children")).toArray().at(0).toObject();
        QVERIFY(c.contains(QStringLiteral("cycle_ms")));
        QVERIFY(!c.contains(QStringLiteral("period")));
        QVERIFY(c.value(QStringLiteral("@children")).toArray().at(0).toObject().contains(QStringLiteral("record")));
        const auto back = importFaceplateObjects(json, options, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->connections.first().periodMs, demo().connections.first().periodMs);
        QCOMPARE(exportFaceplateObjects(*back, options), json);
        // A key map naming a field the workbench does not have is refused by name.
        QVERIFY(!FaceplateKeyMap::fromJson(R"({"format": "mbus-workbench-faceplate-keymap", "connection": {"colour": {"key": "c"}}})", &error));
        QVERIFY2(error.contains(QStringLiteral("connection.colour")), qPrintable(error));
        QVERIFY(!FaceplateKeyMap::builtIn().assumedFields().isEmpty());
    }

    void theRoundTripIsByteForByte()
    {
        for (const Project &p : {demo(), test::sampleProject()}) {
            const QByteArray once = exportFaceplateObjects(p);
            QString error;
            const auto back = importFaceplateObjects(once, {}, &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(exportFaceplateObjects(*back), once);
        }
    }

    void malformedFilesAreRefusedWithWhereAndWhat_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("plc_mbus_connection;Period") << QStringLiteral("not JSON");
        QTest::newRow("no template") << QByteArray(R"({"plc_mbus_connection": []})") << QStringLiteral("no \"template\"");
        QByteArray wrongParity = HandWritten;
        wrongParity.replace(R"("parity": "even")", R"("parity": "EVEN")");
        QTest::newRow("parity") << wrongParity << QStringLiteral("template.@children[0].parity: expected no, even or odd");
        QByteArray notATag = HandWritten;
        notATag.replace(R"("tag": {"type": "tag", "value": {"tag": "/root/FP/PROJECT/TAGS/boiler.setpoint", "field": "value"}})",
                        R"("tag": "boiler.setpoint")");
        QTest::newRow("tag") << notATag << QStringLiteral("template.@children[0].@children[1].tag: expected");
        QByteArray lostMaster = HandWritten;
        lostMaster.replace("plc_mbus_connection/Boiler house\"", "plc_mbus_connection/Boiler hall\"");
        QTest::newRow("backup without its master") << lostMaster << QStringLiteral("is not in the file");
        QByteArray wrongBaud = HandWritten;
        wrongBaud.replace(R"("baudrate": 2400)", R"("baudrate": "fast")");
        QTest::newRow("baud") << wrongBaud << QStringLiteral("template.@children[0].baudrate");
    }

    void malformedFilesAreRefusedWithWhereAndWhat()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!importFaceplateObjects(json, {}, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFaceplateObjects)
#include "tst_faceplate_objects.moc"
