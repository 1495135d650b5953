// Export from the window writes the same bytes as mbus-cli export of the same project, and a
// project with errors is not exported (and the old file stays).
#include "GuiTestSupport.h"

#include "window/FaceplateSettings.h"
#include "window/MainWindow.h"
#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QAction>
#include <QMessageBox>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QFile>
#include <QTest>

using namespace mbus;

class TestGuiExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void errorsComeBeforeTheSaveDialogGroupedByMeter();
    void exportSettingsReachTheFile();
    void exportEqualsTheCli_data();
    void exportEqualsTheCli();
    void projectWithErrorsIsNotExported();

private:
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void TestGuiExport::exportEqualsTheCli_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("faceplate") << QStringLiteral("faceplate");
    QTest::newRow("csv") << QStringLiteral("csv");
}

void TestGuiExport::exportEqualsTheCli()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    ui::MainWindow window;
    window.document()->reset(test::demoProject(), QString());
    // An edit in the GUI first, so the comparison is of the project as edited.
    window.pane()->addConnection();
    project::Project edited = window.document()->project();
    edited.connections[1].channel.serialPort = QStringLiteral("/dev/ttyUSB3");
    window.document()->apply(edited, QStringLiteral("port"));

    QString error;
    const QString project = dir.filePath(QStringLiteral("p.mbwproj"));
    QVERIFY2(window.saveProject(project, &error), qPrintable(error));
    const QString fromGui = dir.filePath(QStringLiteral("gui.out"));
    const bool ok = format == QLatin1String("csv") ? window.exportBindingsCsv(fromGui, &error) : window.exportFaceplate(fromGui, &error);
    QVERIFY2(ok, qPrintable(error));

    const QString fromCli = dir.filePath(QStringLiteral("cli.out"));
    QProcess cli;
    cli.start(QStringLiteral(MBUS_CLI_PATH), {QStringLiteral("export"), project, QStringLiteral("--format"), format, QStringLiteral("-o"), fromCli});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QByteArray gui = readAll(fromGui);
    QVERIFY(!gui.isEmpty());
    QCOMPARE(gui, readAll(fromCli));
}

void TestGuiExport::projectWithErrorsIsNotExported()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("faceplate.json"));
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
    }
    ui::MainWindow window;
    project::Project broken = test::demoProject();
    broken.connections[0].bindings[0].address = 300;
    window.document()->reset(broken, QString());
    QString error;
    QVERIFY(!window.exportFaceplate(target, &error));
    QVERIFY2(error.contains(QStringLiteral("Address")), qPrintable(error));
    QCOMPARE(readAll(target), QByteArray("previous export"));
}

// Export checks the project before it asks for a file: the errors come first, grouped by
// connection and meter, and no file dialog opens.
void TestGuiExport::errorsComeBeforeTheSaveDialogGroupedByMeter()
{
    ui::MainWindow window;
    project::Project broken = test::demoProject();
    broken.connections[0].bindings[0].tag.clear();
    broken.connections[0].bindings[10].index = 5000;
    window.document()->reset(broken, QString());
    window.show();
    QString shown;
    bool wasMessage = false;
    test::whenModal<QDialog>([&](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        wasMessage = box != nullptr;
        shown = box ? box->text() : QString();
        dialog->reject();
    });
    auto *action = window.findChild<QAction *>(QStringLiteral("exportFaceplate"));
    QVERIFY(action);
    action->trigger();
    QVERIFY2(wasMessage, "a file dialog opened for a project with errors");
    QVERIFY2(shown.contains(QStringLiteral("Connection \"%1\":").arg(broken.connections[0].name)), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("  Meter %1:").arg(broken.connections[0].bindings[0].address)), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("needs a tag")), qPrintable(shown));
}

// The Faceplate export settings (root folder, tags root, key map) set in their dialog reach the
// file the window exports.
void TestGuiExport::exportSettingsReachTheFile()
{
    QTemporaryDir dir;
    const QString keyMap = dir.filePath(QStringLiteral("site-keymap.json"));
    {
        QFile f(keyMap);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "mbus-workbench-faceplate-keymap", "version": 1,
                    "connection": {"period": {"key": "cycle_ms", "status": "confirmed"}}})");
    }
    {
        ui::FaceplateSettingsDialog dialog;
        test::child<QLineEdit>(&dialog, "root")->setText(QStringLiteral("/root/PROJECT/@connections/plc_mbus_connection"));
        test::child<QLineEdit>(&dialog, "tagsRoot")->setText(QStringLiteral("/root/PROJECT/TAGS"));
        test::child<QLineEdit>(&dialog, "keyMap")->setText(keyMap);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    ui::MainWindow window;
    window.document()->reset(test::demoProject(), QString());
    const QString target = dir.filePath(QStringLiteral("site.json"));
    QString error;
    QVERIFY2(window.exportFaceplate(target, &error), qPrintable(error));
    const QJsonObject folder = QJsonDocument::fromJson(readAll(target)).object().value(QStringLiteral("template")).toObject();
    QCOMPARE(folder.value(QStringLiteral(".folder")).toString(), QStringLiteral("/root/PROJECT/@connections"));
    const QJsonObject connection = folder.value(QStringLiteral("@children")).toArray().at(0).toObject();
    QVERIFY(connection.contains(QStringLiteral("cycle_ms")));
    const QJsonObject tag = connection.value(QStringLiteral("@children")).toArray().at(0).toObject().value(QStringLiteral("tag")).toObject();
    QVERIFY(tag.value(QStringLiteral("value")).toObject().value(QStringLiteral("tag")).toString().startsWith(QStringLiteral("/root/PROJECT/TAGS/")));
    // A key map that cannot be read is an error, not a silent fall-back to the built-in one.
    QFile::remove(keyMap);
    QVERIFY(!window.exportFaceplate(target, &error));
    QVERIFY2(error.contains(QStringLiteral("key map")), qPrintable(error));
    QSettings().remove(QStringLiteral("faceplate"));
}

QTEST_MAIN(TestGuiExport)
#include "tst_gui_export.moc"
