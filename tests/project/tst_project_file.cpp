// The *.mbwproj file: round trip, the demo project, clear errors for damaged files, and atomic saves
// (a failed or killed save leaves the previous file as it was).
#include "ProjectSamples.h"

#include "project/ProjectFile.h"
#include "project/Validation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace mbus;
using namespace mbus::project;

class TestProjectFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The error projectFromJson gives for json; fails the test when it loads.
    static QString errorFor(const QByteArray &json)
    {
        QString error;
        const auto project = projectFromJson(json, &error);
        if (project)
            return QStringLiteral("<loaded>");
        return error;
    }

    static QByteArray demoBytes() { return test::readAll(test::demoProjectPath()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Format 4: Faceplate's form fields survive the file, every one set away from its default.
    void faceplateFormFieldsSurviveTheFile()
    {
        Project p = test::sampleProject();
        Connection &c = p.connections[0];
        c.title = QStringLiteral("Boiler house, riser A");
        c.shutdownTimeoutMs = 30000;
        c.groupRequests = false;
        c.maxPackageLength = 200;
        c.lineDelayRatio = 1.5;
        c.channel.attempts = 5;
        c.backup->attempts = 2;
        Binding &b = c.bindings[0];
        b.title = QStringLiteral("Heat energy");
        b.off = true;
        b.scale = 0.001;
        b.offset = -2.5;
        b.access = Access::ReadWrite;
        QString error;
        const auto loaded = projectFromJson(projectToJson(p), &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(*loaded == p);
        QCOMPARE(loaded->connections[0].bindings[0].access, Access::ReadWrite);
        QCOMPARE(loaded->connections[0].backup->attempts, 2);
    }

    // A format 2 file (before connection ids and the binding's own quantity and unit) loads:
    // connections get ids in order, quantity and unit come out of the description once.
    void aFormatTwoFileGetsIdsAndUnits()
    {
        const QByteArray json = R"({"format": "mbus-workbench-project", "version": 2, "name": "old",
            "connections": [
              {"name": "A", "period_ms": 60000, "channel": {"type": "serial", "port": "/dev/ttyUSB0", "timeout_ms": 3000, "baud": 2400, "parity": "even", "data_bits": 8, "stop_bits": 1},
               "bindings": [{"name": "E", "tag": "a.e", "access": "R", "address": 1, "telegram": 0, "index": 2,
                             "description": "Energy [Wh]"},
                            {"name": "N", "tag": "a.n", "access": "R", "address": 1, "telegram": 0, "index": 3,
                             "description": "Fabrication number"}]},
              {"name": "B", "period_ms": 60000, "channel": {"type": "serial", "port": "/dev/ttyUSB1", "timeout_ms": 3000, "baud": 2400, "parity": "even", "data_bits": 8, "stop_bits": 1}, "bindings": []}]})";
        QString error;
        const auto loaded = projectFromJson(json, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->connections.at(0).id, 1);
        QCOMPARE(loaded->connections.at(1).id, 2);
        const Binding &energy = loaded->connections.at(0).bindings.at(0);
        QCOMPARE(energy.quantity, QStringLiteral("Energy"));
        QCOMPARE(energy.unit, QStringLiteral("Wh"));
        const Binding &number = loaded->connections.at(0).bindings.at(1);
        QCOMPARE(number.quantity, QStringLiteral("Fabrication number"));
        QCOMPARE(number.unit, QString());
        // Saved again, it is format 3 with what it learnt.
        const QJsonObject saved = QJsonDocument::fromJson(projectToJson(*loaded)).object();
        QCOMPARE(saved.value(QStringLiteral("version")).toInt(), ProjectFormatVersion);
        const QJsonObject c = saved.value(QStringLiteral("connections")).toArray().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(c.value(QStringLiteral("bindings")).toArray().at(0).toObject().value(QStringLiteral("unit")).toString(),
                 QStringLiteral("Wh"));
    }

    void roundTripKeepsEveryField()
    {
        const Project original = test::sampleProject();
        QVERIFY(original.connections.at(0).backup.has_value());
        const QByteArray json = projectToJson(original);
        QString error;
        const auto loaded = projectFromJson(json, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->name, original.name);
        QCOMPARE(loaded->connections.size(), original.connections.size());
        for (qsizetype i = 0; i < original.connections.size(); ++i) {
            const Connection &a = original.connections.at(i);
            const Connection &b = loaded->connections.at(i);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.enabled, a.enabled);
            QVERIFY2(b.channel == a.channel, qPrintable(b.channel.description()));
            QCOMPARE(b.backup.has_value(), a.backup.has_value());
            QVERIFY(b.backup == a.backup);
            QCOMPARE(b.failoverAfterCycles, a.failoverAfterCycles);
            QCOMPARE(b.returnAfterCycles, a.returnAfterCycles);
            for (qsizetype j = 0; j < a.bindings.size(); ++j) {
                QCOMPARE(b.bindings.at(j).signature, a.bindings.at(j).signature);
                QCOMPARE(b.bindings.at(j).access, a.bindings.at(j).access);
                QCOMPARE(b.bindings.at(j).description, a.bindings.at(j).description);
            }
            QVERIFY(b == a);
        }
        QVERIFY(*loaded == original);
        QCOMPARE(projectToJson(*loaded), json);
    }

    void savedTwiceIsByteIdentical()
    {
        const Project original = test::sampleProject();
        QString error;
        QVERIFY2(saveProject(original, path(QStringLiteral("a.mbwproj")), &error), qPrintable(error));
        const auto loaded = loadProject(path(QStringLiteral("a.mbwproj")), &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(*loaded == original);
        QVERIFY2(saveProject(*loaded, path(QStringLiteral("b.mbwproj")), &error), qPrintable(error));
        const QByteArray first = test::readAll(path(QStringLiteral("a.mbwproj")));
        QVERIFY(!first.isEmpty());
        QCOMPARE(test::readAll(path(QStringLiteral("b.mbwproj"))), first);
        QCOMPARE(first, projectToJson(original));
    }

    void loadsTheDemoProject()
    {
        QString error;
        const auto demo = loadProject(test::demoProjectPath(), &error);
        QVERIFY2(demo, qPrintable(error));
        QCOMPARE(demo->connections.size(), qsizetype(1));
        const Connection &bus = demo->connections.first();
        QCOMPARE(bus.name, QStringLiteral("Demo bus"));
        QCOMPARE(bus.channel.type, ChannelType::Tcp);
        QCOMPARE(bus.channel.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(bus.channel.tcpPort, 8000);
        QVERIFY(bus.bindings.size() >= 6);
        QCOMPARE(bus.bindings.first().tag, QStringLiteral("demo.heat.energy"));
        QCOMPARE(bus.bindings.first().signature, QByteArray::fromHex("0406"));
        QCOMPARE(bus.bindings.first().description, QStringLiteral("Energy [Wh]"));
        // Saved again (keys in Qt's order), it loads as the same project.
        const auto again = projectFromJson(projectToJson(*demo), &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(*again == *demo);
    }

    void notJsonIsRefused()
    {
        const QString error = errorFor("this is not a project\n");
        QVERIFY2(error.contains(QStringLiteral("not a project file")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("at byte")), qPrintable(error));
    }

    void truncatedFileIsRefused()
    {
        const QByteArray demo = demoBytes();
        const QString half = path(QStringLiteral("half.mbwproj"));
        QVERIFY(test::writeAll(half, demo.left(demo.size() / 2)));
        QString error;
        QVERIFY(!loadProject(half, &error));
        QVERIFY2(error.startsWith(half + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("truncated or damaged")), qPrintable(error));
        // Every cut, not just the middle one.
        for (qsizetype cut : {qsizetype(0), qsizetype(1), demo.size() / 3, demo.size() - 3}) {
            const QString e = errorFor(demo.left(cut));
            QVERIFY2(e.contains(QStringLiteral("not a project file")), qPrintable(QStringLiteral("cut %1: %2").arg(cut).arg(e)));
        }
    }

    void otherJsonIsNotAProject()
    {
        for (const QByteArray &json : {QByteArray(R"({"connections": []})"), QByteArray("[1, 2, 3]"),
                                       QByteArray(R"({"format": "something-else", "version": 1})")}) {
            const QString error = errorFor(json);
            QVERIFY2(error == QStringLiteral("not an M-Bus Workbench project file"), qPrintable(QString::fromUtf8(json) + QStringLiteral(" -> ") + error));
        }
        // A Faceplate export is JSON too, but not a project.
        const QString error = errorFor(exportFaceplate(test::sampleProject()));
        QCOMPARE(error, QStringLiteral("not an M-Bus Workbench project file"));
    }

    void newerVersionIsRefused()
    {
        QJsonObject root = QJsonDocument::fromJson(demoBytes()).object();
        root.insert(QStringLiteral("version"), 99);
        const QString error = errorFor(QJsonDocument(root).toJson());
        QVERIFY2(error.contains(QStringLiteral("newer M-Bus Workbench")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("format 99")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("up to %1").arg(ProjectFormatVersion)), qPrintable(error));
    }

    void wrongFieldTypeNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("address as text") << QByteArray(R"("address": 1,)") << QByteArray(R"("address": "1",)")
                                         << QStringLiteral("connections[0].bindings[0].address: expected a whole number");
        QTest::newRow("period as text") << QByteArray(R"("period_ms": 60000,)") << QByteArray(R"("period_ms": "60000",)")
                                        << QStringLiteral("connections[0].period_ms: expected a whole number");
        QTest::newRow("fractional index") << QByteArray(R"("index": 0,)") << QByteArray(R"("index": 0.5,)")
                                          << QStringLiteral("connections[0].bindings[0].index: expected a whole number");
        QTest::newRow("host as number") << QByteArray(R"("host": "127.0.0.1",)") << QByteArray(R"("host": 127,)")
                                        << QStringLiteral("connections[0].channel.host: expected a text");
        QTest::newRow("enabled as text") << QByteArray(R"("enabled": true,)") << QByteArray(R"("enabled": "yes",)")
                                         << QStringLiteral("connections[0].enabled: expected true or false");
        QTest::newRow("access") << QByteArray(R"("access": "R",)") << QByteArray(R"("access": "X",)")
                                << QStringLiteral("connections[0].bindings[0].access: expected R, W or RW");
        QTest::newRow("signature") << QByteArray(R"("signature": "0406",)") << QByteArray(R"("signature": "04G6",)")
                                   << QStringLiteral("connections[0].bindings[0].signature: expected hex digits");
        QTest::newRow("channel type") << QByteArray(R"("type": "tcp",)") << QByteArray(R"("type": "udp",)")
                                      << QStringLiteral("connections[0].channel.type: expected serial or tcp");
        QTest::newRow("version as text") << QByteArray(R"("version": 1,)") << QByteArray(R"("version": "1",)")
                                         << QStringLiteral("project.version: expected a whole number");
        QTest::newRow("version below 1") << QByteArray(R"("version": 1,)") << QByteArray(R"("version": -5,)")
                                         << QStringLiteral("project.version: -5 is no format version");
        QTest::newRow("connections not a list") << QByteArray(R"("connections": [)") << QByteArray(R"("connections": 5, "c": [)")
                                                << QStringLiteral("connections: expected a list");
        QTest::newRow("bindings not a list") << QByteArray(R"("bindings": [)") << QByteArray(R"("bindings": "oops", "x": [)")
                                             << QStringLiteral("connections[0].bindings: expected a list");
    }

    void wrongFieldTypeNamesTheField()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, field);
        QByteArray json = demoBytes();
        const qsizetype at = json.indexOf(from);
        QVERIFY(at >= 0);
        json.replace(at, from.size(), to);
        QCOMPARE(errorFor(json), field);
        const QString file = path(QStringLiteral("wrong.mbwproj"));
        QVERIFY(test::writeAll(file, json));
        QString error;
        QVERIFY(!loadProject(file, &error));
        QCOMPARE(error, file + QStringLiteral(": ") + field);
    }

    void missingFileIsAClearError()
    {
        QString error;
        QVERIFY(!loadProject(path(QStringLiteral("does-not-exist.mbwproj")), &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot read ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("does-not-exist.mbwproj")), qPrintable(error));
    }

    void failedSaveOntoADirectoryChangesNothing()
    {
        const QString dir = path(QStringLiteral("a-directory.mbwproj"));
        QVERIFY(QDir().mkpath(dir));
        const QString inside = dir + QStringLiteral("/keep.txt");
        QVERIFY(test::writeAll(inside, "keep me"));
        QString error;
        QVERIFY(!saveProject(test::sampleProject(), dir, &error));
        QVERIFY2(error.contains(dir), qPrintable(error));
        QVERIFY(QFileInfo(dir).isDir());
        QCOMPARE(test::readAll(inside), QByteArray("keep me"));
        QVERIFY(!saveProject(test::sampleProject(), path(QStringLiteral("no/such/dir/p.mbwproj")), &error));
    }

    void failedSaveIntoAReadOnlyDirectoryChangesNothing()
    {
        if (geteuid() == 0)
            QSKIP("root writes into read-only directories; the refused-write case below covers root");
        const QString dir = path(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(dir));
        const QString target = dir + QStringLiteral("/p.mbwproj");
        QString error;
        QVERIFY2(saveProject(test::sampleProject(), target, &error), qPrintable(error));
        const QByteArray before = test::readAll(target);
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const bool saved = saveProject(test::generatedProject(2, 3), target, &error);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!saved);
        QVERIFY2(error.contains(target), qPrintable(error));
        QCOMPARE(test::readAll(target), before);
    }

    void refusedWriteLeavesThePreviousFile()
    {
        // A disk that takes no byte: with a file-size limit of 0 the first write fails (EFBIG),
        // whoever runs the test, root included.
        const QString target = path(QStringLiteral("full-disk.mbwproj"));
        QString error;
        QVERIFY2(saveProject(test::sampleProject(), target, &error), qPrintable(error));
        const QByteArray before = test::readAll(target);
        const Project big = test::generatedProject(10, 100);

        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit none = old;
        none.rlim_cur = 0;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &none), 0);
        const bool saved = saveProject(big, target, &error);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!saved);
        QVERIFY2(error.contains(QStringLiteral("previous file is unchanged")), qPrintable(error));
        // The cause, as the system names it (EFBIG here, "No space left on device" on a full disk),
        // not Qt's "Writing canceled by application".
        QVERIFY2(error.contains(QStringLiteral("too large"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("canceled")), qPrintable(error));
        QCOMPARE(test::readAll(target), before);
        const auto loaded = loadProject(target, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(*loaded == test::sampleProject());
    }

    // A write that stops part-way (the disk fills up during the save) must not be committed.
    void shortWriteLeavesThePreviousFile()
    {
        const QString target = path(QStringLiteral("filling-disk.mbwproj"));
        QString error;
        QVERIFY2(saveProject(test::sampleProject(), target, &error), qPrintable(error));
        const QByteArray before = test::readAll(target);
        const Project big = test::generatedProject(20, 200); // far more than 16 KiB

        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 16 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const bool saved = saveProject(big, target, &error);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!saved);
        QCOMPARE(test::readAll(target), before);
    }

    // mbus-cli import writes a big project; SIGKILL at increasing moments must leave the old project
    // or the new one at the target, never a part of one.
    void killDuringSaveLeavesOldOrNewFile()
    {
        const QString bigJson = path(QStringLiteral("BIG.json"));
        const QString target = path(QStringLiteral("target.mbwproj"));
        QVERIFY(test::writeAll(bigJson, exportFaceplate(test::generatedProject(200, 200))));
        QString error;
        const auto fresh = importFaceplate(test::readAll(bigJson), &error);
        QVERIFY2(fresh, qPrintable(error));
        const Project old = test::sampleProject();
        const QStringList arguments{QStringLiteral("import"), bigJson, QStringLiteral("-o"), target};

        // How long an undisturbed import takes: the kills are spread over that time.
        QVERIFY(saveProject(old, target, &error));
        QElapsedTimer clock;
        clock.start();
        {
            QProcess process;
            process.start(QStringLiteral(MBUS_CLI_PATH), arguments);
            QVERIFY(process.waitForStarted(5000));
            QVERIFY(process.waitForFinished(15000));
            QCOMPARE(process.exitCode(), 0);
        }
        const qint64 fullMs = clock.elapsed();
        const auto imported = loadProject(target, &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY(*imported == *fresh);

        const int attempts = 20;
        const qint64 spanMs = std::clamp<qint64>(fullMs + fullMs / 5, 60, 2000);
        int sawOld = 0;
        int sawNew = 0;
        QElapsedTimer budget;
        budget.start();
        for (int attempt = 0; attempt < attempts && budget.elapsed() < 15000; ++attempt) {
            QVERIFY(saveProject(old, target, &error));
            QProcess process;
            process.start(QStringLiteral(MBUS_CLI_PATH), arguments);
            QVERIFY(process.waitForStarted(5000));
            QThread::msleep(static_cast<unsigned long>(spanMs * attempt / attempts));
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(5000));

            const auto loaded = loadProject(target, &error);
            QVERIFY2(loaded, qPrintable(QStringLiteral("attempt %1: %2").arg(attempt).arg(error)));
            if (*loaded == old) {
                ++sawOld;
            } else {
                QVERIFY2(*loaded == *fresh, qPrintable(QStringLiteral("attempt %1: neither the old nor the new project").arg(attempt)));
                ++sawNew;
            }
        }
        qInfo("import takes %lld ms; after the kills: %d x old project, %d x new project", fullMs, sawOld, sawNew);
        QVERIFY(sawOld > 0); // at least the kill at 0 ms came before the commit
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_project_file.moc"
