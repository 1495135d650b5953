// mbus-cli validate / export / import as a user runs them: exit codes, messages, and that a
// refused export or import writes nothing.
#include "ProjectSamples.h"

#include "project/FaceplateFormat.h"
#include "project/FaceplateObjects.h"
#include "project/ProjectFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mbus;
using namespace mbus::project;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QByteArray &input = {}, const QString &program = QStringLiteral(MBUS_CLI_PATH))
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// cli() with a 32 KiB file-size limit: writes beyond it fail with EFBIG.
Run cli_limited(const QStringList &arguments)
{
    return cli(QStringList{QStringLiteral("-c"), QStringLiteral("ulimit -f 64; trap '' XFSZ; exec \"$0\" \"$@\""),
                           QStringLiteral(MBUS_CLI_PATH)} + arguments,
               {}, QStringLiteral("/bin/sh"));
}

QString show(const Run &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

class TestProjectVerbs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_broken; // a project with an address-0 binding (an error)

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(QStringLiteral(MBUS_CLI_PATH)));
        m_demo = test::demoProjectPath();
        Project broken = test::sampleProject();
        broken.connections[1].bindings[0].address = 300;
        m_broken = path(QStringLiteral("broken.mbwproj"));
        QString error;
        QVERIFY2(saveProject(broken, m_broken, &error), qPrintable(error));
    }

    void validateDemoIsOk()
    {
        const Run run = cli({QStringLiteral("validate"), m_demo});
        QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
        QString error;
        const auto demo = loadProject(m_demo, &error);
        QVERIFY2(demo, qPrintable(error));
        const QString summary = QStringLiteral("1 connections, %1 bindings: ok\n").arg(demo->connections.first().bindings.size());
        QVERIFY2(run.out.endsWith(summary), qPrintable(show(run)));
        QVERIFY2(!run.out.contains(QStringLiteral("error")), qPrintable(show(run)));
    }

    void validateWithErrorExitsOne()
    {
        const Run run = cli({QStringLiteral("validate"), m_broken});
        QVERIFY2(run.exitCode == 1, qPrintable(show(run)));
        QVERIFY2(run.out.contains(QStringLiteral("error: binding \"Volume\" of \"Gateway \"east\", floor 2\": Address: 300 is outside 1..250")),
                 qPrintable(show(run)));
        QVERIFY2(run.out.contains(QStringLiteral(": errors")), qPrintable(show(run)));
    }

    void validateOnlyWarningsIsOk()
    {
        const QString file = path(QStringLiteral("warnings.mbwproj"));
        QString error;
        QVERIFY(saveProject(test::sampleProject(), file, &error));
        const Run run = cli({QStringLiteral("validate"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
        QVERIFY2(run.out.contains(QStringLiteral("warning: ")), qPrintable(show(run)));
        QVERIFY2(run.out.contains(QStringLiteral("ok with warnings")), qPrintable(show(run)));
    }

    void validateDamagedFileFails()
    {
        const QString file = path(QStringLiteral("half.mbwproj"));
        const QByteArray demo = test::readAll(m_demo);
        QVERIFY(test::writeAll(file, demo.left(demo.size() / 2)));
        const Run run = cli({QStringLiteral("validate"), file});
        QVERIFY2(run.exitCode == 1, qPrintable(show(run)));
        QVERIFY2(run.err.contains(QStringLiteral("truncated or damaged")), qPrintable(show(run)));
    }

    void exportFaceplateWritesTheFile()
    {
        const QString out = path(QStringLiteral("demo.json"));
        const Run run = cli({QStringLiteral("export"), m_demo, QStringLiteral("--format"), QStringLiteral("faceplate"),
                             QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
        QString error;
        const auto demo = loadProject(m_demo, &error);
        QVERIFY2(demo, qPrintable(error));
        QCOMPARE(test::readAll(out), exportFaceplateObjects(*demo));
    }

    void exportCsvWritesTheFile()
    {
        const QString out = path(QStringLiteral("demo.csv"));
        const Run run = cli({QStringLiteral("export"), m_demo, QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
        const QByteArray csv = test::readAll(out);
        QVERIFY(csv.startsWith("connection,name,tag,"));
        QString error;
        const auto demo = loadProject(m_demo, &error);
        QVERIFY2(demo, qPrintable(error));
        QCOMPARE(csv.count("\r\n"), demo->connections.first().bindings.size() + 1); // header + one row per binding
    }

    void exportToStandardOutput()
    {
        const Run run = cli({QStringLiteral("export"), m_demo, QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
        QString error;
        const auto demo = loadProject(m_demo, &error);
        QVERIFY2(demo, qPrintable(error));
        QCOMPARE(run.out.toUtf8(), exportFaceplateObjects(*demo)); // faceplate (the object format) is the default
    }

    void exportWithErrorsWritesNothing()
    {
        const QString fresh = path(QStringLiteral("never-written.json"));
        Run run = cli({QStringLiteral("export"), m_broken, QStringLiteral("--format"), QStringLiteral("faceplate"),
                       QStringLiteral("-o"), fresh});
        QVERIFY2(run.exitCode == 1, qPrintable(show(run)));
        QVERIFY2(run.err.contains(QStringLiteral("Address: 300 is outside 1..250")), qPrintable(show(run)));
        QVERIFY2(run.err.contains(QStringLiteral("nothing was written")), qPrintable(show(run)));
        QVERIFY(!QFileInfo::exists(fresh));

        const QString existing = path(QStringLiteral("existing.json"));
        QVERIFY(test::writeAll(existing, "previous export\n"));
        run = cli({QStringLiteral("export"), m_broken, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), existing});
        QVERIFY2(run.exitCode == 1, qPrintable(show(run)));
        QCOMPARE(test::readAll(existing), QByteArray("previous export\n"));
    }

    // Values no M-Bus connection can use are refused by import (nothing written, exit 1) and by
    // validate, with the field named: the same rules the forms and poll apply.
    void importAndValidateRefuseValuesNoConnectionCanUse_data()
    {
        QTest::addColumn<QString>("field");   // connection field, or "binding.<field>"
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const char *field, const QJsonValue &value, const char *message) {
            QTest::newRow(name) << QString::fromLatin1(field) << value << QString::fromLatin1(message);
        };
        row("address -1", "binding.Address", -1, "outside 1..250");
        row("address 251", "binding.Address", 251, "outside 1..250");
        row("address 257", "binding.Address", 257, "outside 1..250");
        row("telegram 1e9", "binding.Telegram", 1000000000, "Telegram");
        row("index 1e9", "binding.Index", 1000000000, "Index");
        row("empty tag", "binding.Tag", QString(), "needs a tag");
        row("NUL in a name", "binding.Name", QStringLiteral("Energy\u0000x"), "control character");
        row("long name", "binding.Name", QString(10000, QLatin1Char('x')), "at most 200");
        row("empty name", "Name", QStringLiteral("  "), "needs a name");
        row("period 0", "Period", 0, "must be positive");
        row("period -5", "Period", -5, "must be positive");
        row("period of two days", "Period", 2 * 24 * 3600 * 1000, "longer than a day");
        row("timeout 2^31-1", "Timeout", 2147483647, "longer than 60000 ms");
        row("tcp port -1", "tcp.Port", -1, "outside 1..65535");
        row("tcp port 70000", "tcp.Port", 70000, "outside 1..65535");
    }

    void importAndValidateRefuseValuesNoConnectionCanUse()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject root = QJsonDocument::fromJson(exportFaceplate(test::sampleProject())).object();
        QJsonArray connections = root.value(QStringLiteral("plc_mbus_connection")).toArray();
        int at = 0;
        if (field.startsWith(QLatin1String("tcp."))) {
            for (int i = 0; i < connections.size(); ++i) {
                if (connections.at(i).toObject().value(QStringLiteral("Type")).toString() == QLatin1String("tcp"))
                    at = i;
            }
        }
        QJsonObject c = connections.at(at).toObject();
        if (field.startsWith(QLatin1String("binding."))) {
            QJsonArray bindings = c.value(QStringLiteral("plc_mbus_binding")).toArray();
            QJsonObject b = bindings.at(0).toObject();
            b.insert(field.mid(8), value);
            bindings[0] = b;
            c.insert(QStringLiteral("plc_mbus_binding"), bindings);
        } else {
            c.insert(field.startsWith(QLatin1String("tcp.")) ? field.mid(4) : field, value);
        }
        connections[at] = c;
        root.insert(QStringLiteral("plc_mbus_connection"), connections);
        const QString input = path(QStringLiteral("invalid.json"));
        QVERIFY(test::writeAll(input, QJsonDocument(root).toJson()));
        const QString target = path(QStringLiteral("never-written.mbwproj"));
        QFile::remove(target);
        const Run run = cli({QStringLiteral("import"), input, QStringLiteral("-o"), target});
        QVERIFY2(run.exitCode == 1, qPrintable(show(run)));
        QVERIFY2(run.err.contains(message), qPrintable(show(run)));
        QVERIFY2(run.err.contains(QStringLiteral("nothing was written")), qPrintable(show(run)));
        QVERIFY(!QFileInfo::exists(target));
    }

    void importMalformedLeavesTheTarget()
    {
        QByteArray json = exportFaceplate(test::sampleProject());
        json.replace(R"("Parity": "even")", R"("Parity": "EVEN")");
        const QString malformed = path(QStringLiteral("malformed.json"));
        QVERIFY(test::writeAll(malformed, json));

        const QString target = path(QStringLiteral("target.mbwproj"));
        QString error;
        QVERIFY(saveProject(test::sampleProject(), target, &error));
        const QByteArray before = test::readAll(target);
        Run run = cli({QStringLiteral("import"), malformed, QStringLiteral("-o"), target});
        QVERIFY2(run.exitCode == 1, qPrintable(show(run)));
        QVERIFY2(run.err.contains(QStringLiteral("plc_mbus_connection[0].Parity: expected no, even or odd")), qPrintable(show(run)));
        QVERIFY2(run.err.contains(QStringLiteral("nothing was written")), qPrintable(show(run)));
        QCOMPARE(test::readAll(target), before);

        const QString fresh = path(QStringLiteral("never-imported.mbwproj"));
        const QString notJson = path(QStringLiteral("not.json"));
        QVERIFY(test::writeAll(notJson, "Name;Period\nBoiler;60000\n"));
        run = cli({QStringLiteral("import"), notJson, QStringLiteral("-o"), fresh});
        QVERIFY2(run.exitCode == 1, qPrintable(show(run)));
        QVERIFY2(run.err.contains(QStringLiteral("not JSON")), qPrintable(show(run)));
        QVERIFY(!QFileInfo::exists(fresh));
    }

    void importOnAFullDiskLeavesTheTarget()
    {
        // The file-size limit (ulimit -f, SIGXFSZ ignored) makes the write stop part-way.
        const QString big = path(QStringLiteral("big.json"));
        QVERIFY(test::writeAll(big, exportFaceplate(test::generatedProject(10, 100))));
        const QString target = path(QStringLiteral("full-disk.mbwproj"));
        QString error;
        QVERIFY(saveProject(test::sampleProject(), target, &error));
        const QByteArray before = test::readAll(target);
        const Run run = cli_limited({QStringLiteral("import"), big, QStringLiteral("-o"), target});
        QVERIFY2(run.exitCode == 1, qPrintable(show(run)));
        QVERIFY2(run.err.contains(QStringLiteral("cannot write ") + target), qPrintable(show(run)));
        QCOMPARE(test::readAll(target), before);
    }

    void importOfTheExportReExportsIdentically_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("demo") << QStringLiteral("demo");
        QTest::newRow("serial+tcp+backup") << QStringLiteral("sample");
    }

    void importOfTheExportReExportsIdentically()
    {
        QFETCH(QString, source);
        QString project = m_demo;
        QString error;
        if (source == QLatin1String("sample")) {
            // R bindings only: the Faceplate format has no record signature, and a W binding
            // without one is an error, so an imported W binding cannot be exported again.
            Project sample = test::sampleProject();
            for (Connection &c : sample.connections) {
                for (Binding &b : c.bindings)
                    b.access = Access::Read;
            }
            project = path(QStringLiteral("sample.mbwproj"));
            QVERIFY(saveProject(sample, project, &error));
        }
        const QString first = path(source + QStringLiteral("-1.json"));
        const QString imported = path(source + QStringLiteral("-imported.mbwproj"));
        const QString second = path(source + QStringLiteral("-2.json"));
        Run run = cli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("faceplate"), QStringLiteral("-o"), first});
        QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
        run = cli({QStringLiteral("import"), first, QStringLiteral("-o"), imported});
        QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
        QVERIFY2(loadProject(imported, &error), qPrintable(error));
        run = cli({QStringLiteral("export"), imported, QStringLiteral("--format"), QStringLiteral("faceplate"), QStringLiteral("-o"), second});
        QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
        QVERIFY(!test::readAll(first).isEmpty());
        QCOMPARE(test::readAll(second), test::readAll(first));
    }

    void importFromStandardInput()
    {
        const QString target = path(QStringLiteral("from-stdin.mbwproj"));
        const QByteArray exported = exportFaceplate(test::sampleProject());
        const Run run = cli({QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("-o"), target}, exported);
        QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
        QString error;
        const auto project = loadProject(target, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(exportFaceplate(*project), exported);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString p = test::demoProjectPath();
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("validate nothing") << QStringList{QStringLiteral("validate")};
        QTest::newRow("validate two") << QStringList{QStringLiteral("validate"), p, p};
        QTest::newRow("validate option") << QStringList{QStringLiteral("validate"), QStringLiteral("--strict")};
        QTest::newRow("export without -o") << QStringList{QStringLiteral("export"), p, QStringLiteral("--format"), QStringLiteral("csv")};
        QTest::newRow("export -o without value") << QStringList{QStringLiteral("export"), p, QStringLiteral("-o")};
        QTest::newRow("export bad format") << QStringList{QStringLiteral("export"), p, QStringLiteral("--format"), QStringLiteral("xml"),
                                                          QStringLiteral("-o"), QStringLiteral("x")};
        QTest::newRow("export --format without value") << QStringList{QStringLiteral("export"), p, QStringLiteral("-o"),
                                                                      QStringLiteral("x"), QStringLiteral("--format")};
        QTest::newRow("export unknown option") << QStringList{QStringLiteral("export"), p, QStringLiteral("--pretty"),
                                                              QStringLiteral("-o"), QStringLiteral("x")};
        QTest::newRow("export no project") << QStringList{QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("x")};
        QTest::newRow("import without -o") << QStringList{QStringLiteral("import"), QStringLiteral("x.json")};
        QTest::newRow("import two inputs") << QStringList{QStringLiteral("import"), QStringLiteral("a.json"), QStringLiteral("b.json"),
                                                          QStringLiteral("-o"), QStringLiteral("x")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(show(run)));
        QVERIFY2(run.err.contains(QStringLiteral("usage: mbus-cli")), qPrintable(show(run)));
        QVERIFY2(run.out.isEmpty(), qPrintable(show(run)));
    }

    void helpExitsZero()
    {
        for (const QString &verb : {QStringLiteral("validate"), QStringLiteral("export"), QStringLiteral("import")}) {
            const Run run = cli({verb, QStringLiteral("--help")});
            QVERIFY2(run.exitCode == 0, qPrintable(verb + QLatin1Char('\n') + show(run)));
            QVERIFY2(run.err.contains(QStringLiteral("usage: mbus-cli ") + verb), qPrintable(show(run)));
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectVerbs)
#include "tst_project_verbs.moc"
