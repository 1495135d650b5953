// The Faceplate export: field names and values as Faceplate's forms name them, byte-identical
// re-export after import, malformed files refused with the wrong field named; and the CSV export.
#include "ProjectSamples.h"

#include "project/CsvExport.h"
#include "project/FaceplateFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace mbus;
using namespace mbus::project;

namespace {

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

Project demoProject()
{
    QString error;
    const auto demo = loadProject(test::demoProjectPath(), &error);
    if (!demo)
        qFatal("%s", qPrintable(error));
    return *demo;
}

// RFC 4180 reader: records of fields; quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            if (!field.isEmpty())
                *ok = false; // a quote inside an unquoted field
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')) {
            *ok = false; // bare line break outside quotes
        } else {
            field += ch;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *ok = false; // the last record must end in CRLF
    return rows;
}

} // namespace

class TestFaceplateFormat : public QObject
{
    Q_OBJECT

private:
    // The error importFaceplate gives after replacing from with to in the export of the sample.
    static QString errorAfterEdit(const QByteArray &from, const QByteArray &to)
    {
        QByteArray json = exportFaceplate(test::sampleProject());
        const qsizetype at = json.indexOf(from);
        if (at < 0)
            return QStringLiteral("<'%1' not in the export>").arg(QString::fromUtf8(from));
        json.replace(at, from.size(), to);
        QString error;
        return importFaceplate(json, &error) ? QStringLiteral("<imported>") : error;
    }

private Q_SLOTS:
    void fieldNamesAreFaceplates()
    {
        const QJsonDocument doc = QJsonDocument::fromJson(exportFaceplate(test::sampleProject()));
        QVERIFY(doc.isObject());
        QCOMPARE(keysOf(doc.object()), setOf({QStringLiteral("plc_mbus_connection")}));
        const QJsonArray connections = doc.object().value(QStringLiteral("plc_mbus_connection")).toArray();
        QCOMPARE(connections.size(), qsizetype(3));

        const QSet<QString> serial = setOf({QStringLiteral("Name"), QStringLiteral("Period"), QStringLiteral("Type"),
                                            QStringLiteral("Port"), QStringLiteral("Baud rate"), QStringLiteral("Parity"),
                                            QStringLiteral("Data/Stop bits"), QStringLiteral("Timeout"),
                                            QStringLiteral("plc_mbus_binding")});
        const QSet<QString> tcp = setOf({QStringLiteral("Name"), QStringLiteral("Period"), QStringLiteral("Type"),
                                         QStringLiteral("IP/Hostname"), QStringLiteral("Port"), QStringLiteral("Timeout"),
                                         QStringLiteral("plc_mbus_binding")});
        const QSet<QString> bindingKeys = setOf({QStringLiteral("Name"), QStringLiteral("Tag"), QStringLiteral("Access"),
                                                 QStringLiteral("Address"), QStringLiteral("Telegram"), QStringLiteral("Index")});

        // Serial master, TCP backup.
        const QJsonObject boiler = connections.at(0).toObject();
        QCOMPARE(keysOf(boiler), serial + setOf({QStringLiteral("Backup")}));
        QCOMPARE(boiler.value(QStringLiteral("Name")).toString(), QStringLiteral("Boiler house"));
        QCOMPARE(boiler.value(QStringLiteral("Period")).toInt(), 60000);
        QCOMPARE(boiler.value(QStringLiteral("Type")).toString(), QStringLiteral("serial"));
        QCOMPARE(boiler.value(QStringLiteral("Port")).toString(), QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(boiler.value(QStringLiteral("Baud rate")).toInt(), 2400);
        QCOMPARE(boiler.value(QStringLiteral("Parity")).toString(), QStringLiteral("even"));
        QCOMPARE(boiler.value(QStringLiteral("Data/Stop bits")).toString(), QStringLiteral("8/1"));
        QCOMPARE(boiler.value(QStringLiteral("Timeout")).toInt(), 3000);
        const QJsonObject backup = boiler.value(QStringLiteral("Backup")).toObject();
        const QSet<QString> channelOnly = setOf({QStringLiteral("Type"), QStringLiteral("IP/Hostname"), QStringLiteral("Port"),
                                                 QStringLiteral("Timeout")});
        QCOMPARE(keysOf(backup), channelOnly);
        QCOMPARE(backup.value(QStringLiteral("Type")).toString(), QStringLiteral("tcp"));
        QCOMPARE(backup.value(QStringLiteral("IP/Hostname")).toString(), QStringLiteral("10.0.0.7"));
        QCOMPARE(backup.value(QStringLiteral("Port")).toInt(), 1001);
        QCOMPARE(backup.value(QStringLiteral("Timeout")).toInt(), 2500);

        const QJsonArray bindings = boiler.value(QStringLiteral("plc_mbus_binding")).toArray();
        QCOMPARE(bindings.size(), qsizetype(3));
        for (const QJsonValue &b : bindings)
            QCOMPARE(keysOf(b.toObject()), bindingKeys);
        const QJsonObject setPoint = bindings.at(2).toObject();
        QCOMPARE(setPoint.value(QStringLiteral("Name")).toString(), QStringLiteral("Set point"));
        QCOMPARE(setPoint.value(QStringLiteral("Tag")).toString(), QStringLiteral("boiler.set_point"));
        QCOMPARE(setPoint.value(QStringLiteral("Access")).toString(), QStringLiteral("W"));
        QCOMPARE(setPoint.value(QStringLiteral("Address")).toInt(), 2);
        QCOMPARE(setPoint.value(QStringLiteral("Telegram")).toInt(), 1);
        QCOMPARE(setPoint.value(QStringLiteral("Index")).toInt(), 3);
        QCOMPARE(bindings.at(0).toObject().value(QStringLiteral("Access")).toString(), QStringLiteral("R"));

        // TCP connection without backup.
        const QJsonObject gateway = connections.at(1).toObject();
        QCOMPARE(keysOf(gateway), tcp);
        QCOMPARE(gateway.value(QStringLiteral("IP/Hostname")).toString(), QStringLiteral("gw-east.example.net"));
        QCOMPARE(gateway.value(QStringLiteral("Port")).toInt(), 10001);

        // Parity words and data/stop bits of the other line formats.
        const QJsonObject odd = connections.at(2).toObject();
        QCOMPARE(odd.value(QStringLiteral("Parity")).toString(), QStringLiteral("odd"));
        QCOMPARE(odd.value(QStringLiteral("Data/Stop bits")).toString(), QStringLiteral("7/2"));
        QCOMPARE(odd.value(QStringLiteral("Baud rate")).toInt(), 9600);
        const QJsonObject oddBackup = odd.value(QStringLiteral("Backup")).toObject();
        QCOMPARE(oddBackup.value(QStringLiteral("Parity")).toString(), QStringLiteral("no"));
        QCOMPARE(oddBackup.value(QStringLiteral("Data/Stop bits")).toString(), QStringLiteral("8/2"));
        QCOMPARE(oddBackup.value(QStringLiteral("Baud rate")).toInt(), 300);
    }

    void reExportIsByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("exported");
        QTest::newRow("demo") << exportFaceplate(demoProject());
        QTest::newRow("serial+tcp+backup") << exportFaceplate(test::sampleProject());
        QTest::newRow("generated") << exportFaceplate(test::generatedProject(7, 30));
        QTest::newRow("empty") << exportFaceplate(Project{});
    }

    void reExportIsByteIdentical()
    {
        QFETCH(QByteArray, exported);
        QString error;
        const auto imported = importFaceplate(exported, &error);
        QVERIFY2(imported, qPrintable(error));
        const QByteArray again = exportFaceplate(*imported);
        QCOMPARE(again, exported);
        // And once more through the project file.
        const auto reloaded = projectFromJson(projectToJson(*imported), &error);
        QVERIFY2(reloaded, qPrintable(error));
        QCOMPARE(exportFaceplate(*reloaded), exported);
    }

    void importKeepsWhatTheExportHolds()
    {
        const Project sample = test::sampleProject();
        QString error;
        const auto imported = importFaceplate(exportFaceplate(sample), &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->connections.size(), sample.connections.size());
        QVERIFY(imported->connections.at(0).channel == sample.connections.at(0).channel);
        QVERIFY(imported->connections.at(0).backup == sample.connections.at(0).backup);
        QVERIFY(imported->connections.at(2).channel == sample.connections.at(2).channel);
        QVERIFY(imported->connections.at(2).backup == sample.connections.at(2).backup);
        QCOMPARE(imported->connections.at(1).name, sample.connections.at(1).name);
        QCOMPARE(imported->connections.at(1).channel.host, sample.connections.at(1).channel.host);
        const Binding &w = imported->connections.at(0).bindings.at(2);
        QCOMPARE(w.access, Access::Write);
        QCOMPARE(w.tag, QStringLiteral("boiler.set_point"));
        QCOMPARE(w.address, 2);
        QCOMPARE(w.telegram, 1);
        QCOMPARE(w.index, 3);
    }

    void malformedInputNamesWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        const QString binding0 = QStringLiteral("plc_mbus_connection[0].plc_mbus_binding[0]");
        QTest::newRow("missing Tag") << QByteArray(R"("Tag": "boiler.energy")") << QByteArray(R"("Tog": "boiler.energy")")
                                     << binding0 + QStringLiteral(".Tag: expected a text");
        QTest::newRow("Address as text") << QByteArray(R"("Address": 1,)") << QByteArray(R"("Address": "1",)")
                                         << binding0 + QStringLiteral(".Address: expected a whole number");
        QTest::newRow("fractional Index") << QByteArray(R"("Index": 0,)") << QByteArray(R"("Index": 0.25,)")
                                          << binding0 + QStringLiteral(".Index: expected a whole number");
        QTest::newRow("bad Access") << QByteArray(R"("Access": "R",)") << QByteArray(R"("Access": "read",)")
                                    << binding0 + QStringLiteral(".Access: expected R or W");
        QTest::newRow("missing Period") << QByteArray(R"("Period": 60000,)") << QByteArray()
                                        << QStringLiteral("plc_mbus_connection[0].Period: expected a whole number");
        QTest::newRow("Period as text") << QByteArray(R"("Period": 60000,)") << QByteArray(R"("Period": "60 s",)")
                                        << QStringLiteral("plc_mbus_connection[0].Period: expected a whole number");
        QTest::newRow("bad Parity") << QByteArray(R"("Parity": "even")") << QByteArray(R"("Parity": "none")")
                                    << QStringLiteral("plc_mbus_connection[0].Parity: expected no, even or odd");
        QTest::newRow("Parity as number") << QByteArray(R"("Parity": "even")") << QByteArray(R"("Parity": 2)")
                                          << QStringLiteral("plc_mbus_connection[0].Parity: expected a text");
        QTest::newRow("bad Data/Stop bits") << QByteArray(R"("Data/Stop bits": "8/1")") << QByteArray(R"("Data/Stop bits": "8-1")")
                                            << QStringLiteral("plc_mbus_connection[0].Data/Stop bits: expected data/stop bits like 8/1");
        QTest::newRow("Data/Stop bits not numbers") << QByteArray(R"("Data/Stop bits": "8/1")") << QByteArray(R"("Data/Stop bits": "eight/1")")
                                                    << QStringLiteral("plc_mbus_connection[0].Data/Stop bits: expected data/stop bits like 8/1");
        QTest::newRow("bad Type") << QByteArray(R"("Type": "serial")") << QByteArray(R"("Type": "rs485")")
                                  << QStringLiteral("plc_mbus_connection[0].Type: expected serial or tcp");
        QTest::newRow("Backup Port as text") << QByteArray(R"("Port": 1001)") << QByteArray(R"("Port": "1001")")
                                             << QStringLiteral("plc_mbus_connection[0].Backup.Port: expected a whole number");
        QTest::newRow("Timeout missing") << QByteArray(R"("Timeout": 3000)") << QByteArray(R"("Timeout_ms": 3000)")
                                         << QStringLiteral("plc_mbus_connection[0].Timeout: expected a whole number");
        QTest::newRow("not JSON") << QByteArray(R"({)") << QByteArray(R"({{)") << QStringLiteral("not JSON: ");
        QTest::newRow("no connection list") << QByteArray(R"("plc_mbus_connection": [)") << QByteArray(R"("connections": [)")
                                            << QStringLiteral("no plc_mbus_connection list: not a Faceplate M-Bus export");
        QTest::newRow("bindings not a list") << QByteArray(R"("plc_mbus_binding": [)") << QByteArray(R"("plc_mbus_binding": "oops", "x": [)")
                                             << QStringLiteral("plc_mbus_connection[0].plc_mbus_binding: expected a list");
    }

    void malformedInputNamesWhatIsWrong()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        const QString error = errorAfterEdit(from, to);
        if (expected.endsWith(QLatin1Char(' ')))
            QVERIFY2(error.startsWith(expected), qPrintable(error));
        else
            QCOMPARE(error, expected);
    }

    void otherInputIsRefused()
    {
        for (const QByteArray &json : {QByteArray(), QByteArray("plain text"), QByteArray("[]"), QByteArray("{}"),
                                       QByteArray(R"({"plc_mbus_connection": {}})"), test::readAll(test::demoProjectPath())}) {
            QString error;
            QVERIFY2(!importFaceplate(json, &error), json.left(40).constData());
            QVERIFY2(error.startsWith(QStringLiteral("not JSON")) || error.startsWith(QStringLiteral("no plc_mbus_connection list")),
                     qPrintable(error));
        }
        const QByteArray exported = exportFaceplate(test::sampleProject());
        QString error;
        QVERIFY(!importFaceplate(exported.left(exported.size() / 2), &error));
        QVERIFY2(error.startsWith(QStringLiteral("not JSON: ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral(" at byte ")), qPrintable(error));
    }

    void csvHasAHeaderAndOneRowPerBinding()
    {
        const Project demo = demoProject();
        const QByteArray csv = bindingsCsv(demo);
        QVERIFY(csv.startsWith("connection,name,tag,access,address,telegram,index,description,signature\r\n"));
        bool ok = false;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv), &ok);
        QVERIFY(ok);
        qsizetype bindings = 0;
        for (const Connection &c : demo.connections)
            bindings += c.bindings.size();
        QCOMPARE(rows.size(), bindings + 1);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), qsizetype(9));
        const Binding &first = demo.connections.first().bindings.first();
        QCOMPARE(rows.at(1), (QStringList{QStringLiteral("Demo bus"), first.name, first.tag, QStringLiteral("R"), QStringLiteral("1"),
                                          QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("Energy [Wh]"), QStringLiteral("0406")}));
    }

    void csvQuotesCommasQuotesAndLineBreaks()
    {
        QCOMPARE(csvLine({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QString(), QStringLiteral("x")}),
                 QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",,x\r\n"));
        QCOMPARE(csvLine({QStringLiteral("two\nlines"), QStringLiteral("cr\rhere")}), QByteArray("\"two\nlines\",\"cr\rhere\"\r\n"));
        QCOMPARE(csvLine({QStringLiteral("Süd °C")}), QStringLiteral("Süd °C\r\n").toUtf8());

        // Every field of the sample (commas, quotes, non-ASCII) comes back from a RFC 4180 reader.
        const Project sample = test::sampleProject();
        bool ok = false;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bindingsCsv(sample)), &ok);
        QVERIFY(ok);
        int row = 1;
        for (const Connection &c : sample.connections) {
            for (const Binding &b : c.bindings) {
                QVERIFY(row < rows.size());
                const QStringList &fields = rows.at(row++);
                QCOMPARE(fields.at(0), c.name);
                QCOMPARE(fields.at(1), b.name);
                QCOMPARE(fields.at(2), b.tag);
                QCOMPARE(fields.at(3), accessText(b.access));
                QCOMPARE(fields.at(4).toInt(), b.address);
                QCOMPARE(fields.at(5).toInt(), b.telegram);
                QCOMPARE(fields.at(6).toInt(), b.index);
                QCOMPARE(fields.at(7), b.description);
                QCOMPARE(QByteArray::fromHex(fields.at(8).toLatin1()), b.signature);
            }
        }
        QCOMPARE(row, rows.size());
        QVERIFY(bindingsCsv(sample).contains("\"Gateway \"\"east\"\", floor 2\""));
    }
};

QTEST_GUILESS_MAIN(TestFaceplateFormat)
#include "tst_faceplate_format.moc"
