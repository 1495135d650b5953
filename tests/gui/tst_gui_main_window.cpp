// The main window as a new user meets it: the demo project on the embedded simulated bus with
// live values in the tree; projects saved and opened again; a corrupt file refused without
// losing the open project; recent files and the window layout kept in the settings.
#include "GuiTestSupport.h"

#include "common/NumberField.h"

#include "window/EngineHost.h"
#include "window/MainWindow.h"
#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "project/ProjectTreeModel.h"
#include "window/RecentFiles.h"
#include "scan/ScanDialog.h"
#include "scan/ScanResultsModel.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mbus;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void demoShowsLiveValues();
    void saveAndOpenAgain();
    void corruptFileIsRefusedAndNothingIsLost();
    void everyMenuHasItsActions();
    void scanAddsTheDemoMetersToANewConnection();
};

void TestMainWindow::demoShowsLiveValues()
{
    ui::MainWindow window;
    window.openDemo();
    window.show();
    QVERIFY(window.isSimulated());
    QVERIFY(window.host()->isRunning(QStringLiteral("Demo bus")));
    ui::ProjectTreeModel *tree = window.pane()->model();
    const QModelIndex energy = tree->bindingIndex(0, 0);
    QVERIFY(energy.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(!energy.siblingAtColumn(ui::ProjectTreeModel::ValueColumn).data().toString().isEmpty(), 20000);
    const QString shown = energy.siblingAtColumn(ui::ProjectTreeModel::ValueColumn).data().toString();
    QVERIFY2(shown.endsWith(QStringLiteral("Wh")), qPrintable(shown));
    QVERIFY(!window.document()->isModified());
    window.host()->stopAll();
}

void TestMainWindow::saveAndOpenAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bus.mbwproj"));
    {
        ui::MainWindow window;
        window.openDemo();
        window.pane()->addConnection();
        QString error;
        QVERIFY2(window.saveProject(path, &error), qPrintable(error));
        window.host()->stopAll();
    }
    ui::MainWindow window;
    QString error;
    QVERIFY2(window.openProject(path, &error), qPrintable(error));
    QCOMPARE(window.document()->project().connections.size(), 2);
    QCOMPARE(window.document()->filePath(), path);
    QVERIFY(!window.isSimulated()); // a real project talks to its own bus
    QVERIFY(!window.host()->isRunning(QStringLiteral("Demo bus"))); // started by the user, not by opening
    QCOMPARE(QSettings().value(QStringLiteral("lastProject")).toString(), path);
    QVERIFY(window.findChild<ui::RecentFiles *>()->files().contains(path));
}

void TestMainWindow::corruptFileIsRefusedAndNothingIsLost()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.mbwproj"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"mbus-workbench-project\", \"version\": 1, \"connections\": [ {\"name\": ");
    file.close();
    ui::MainWindow window;
    window.document()->reset(test::demoProject(), QString());
    window.pane()->addConnection();
    const project::Project before = window.document()->project();
    QString error;
    QVERIFY(!window.openProject(path, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(window.document()->project(), before);
    QVERIFY(window.document()->isModified()); // the unsaved edit is still there to save
    window.document()->undoStack()->setClean();
}

void TestMainWindow::everyMenuHasItsActions()
{
    ui::MainWindow window;
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text().remove(QLatin1Char('&'));
    QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("Bus"), QStringLiteral("View"),
                                 QStringLiteral("Language"), QStringLiteral("Help")}));
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("diagnosticsDock")));
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("trafficDock")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_gui_main_window.moc"

void TestMainWindow::scanAddsTheDemoMetersToANewConnection()
{
    ui::MainWindow window;
    window.openDemo();
    window.host()->stopAll();
    window.show();
    window.pane()->addConnection();
    const int c = window.pane()->currentConnection();
    QCOMPARE(c, 1);
    QVERIFY(window.document()->project().connections.at(c).meters.isEmpty());

    bool scanned = false;
    test::whenModal<ui::ScanDialog>([&scanned](ui::ScanDialog *dialog) {
        dialog->setMode(ui::ScanDialog::Mode::Primary);
        test::child<ui::NumberField>(dialog, "firstAddressBox")->setInteger(1);
        test::child<ui::NumberField>(dialog, "lastAddressBox")->setInteger(8);
        QSignalSpy finished(dialog, &ui::ScanDialog::scanFinished);
        QTest::mouseClick(test::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        scanned = finished.wait(30000) && dialog->results()->rowCount() == 6;
        test::child<QTableView>(dialog, "resultsView")->selectAll();
        QTest::mouseClick(test::child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
        if (dialog->isVisible())
            dialog->reject();
    });
    window.scanBus();
    QVERIFY(scanned);
    const QList<project::Meter> meters = window.document()->project().connections.at(c).meters;
    QCOMPARE(meters.size(), 6);
    QCOMPARE(meters.first().address, 1);
    QCOMPARE(meters.first().secondary, QStringLiteral("670010012D2C3404"));
    // One undo step takes the whole scan back.
    window.document()->undoStack()->undo();
    QVERIFY(window.document()->project().connections.at(c).meters.isEmpty());

    // The demo's own connection knows its meters only through bindings: a scan there marks them
    // as in the project, nothing to add (issue 14).
    window.pane()->selectConnection(0);
    QStringList standings;
    test::whenModal<ui::ScanDialog>([&standings](ui::ScanDialog *dialog) {
        dialog->setMode(ui::ScanDialog::Mode::Primary);
        test::child<ui::NumberField>(dialog, "firstAddressBox")->setInteger(1);
        test::child<ui::NumberField>(dialog, "lastAddressBox")->setInteger(3);
        QSignalSpy finished(dialog, &ui::ScanDialog::scanFinished);
        QTest::mouseClick(test::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        if (finished.wait(30000)) {
            for (int r = 0; r < dialog->results()->rowCount(); ++r)
                standings << dialog->results()->index(r, ui::ScanResultsModel::ProjectColumn).data().toString();
        }
        dialog->reject();
    });
    window.scanBus();
    QCOMPARE(standings.size(), 3);
    for (const QString &standing : standings)
        QVERIFY2(standing.contains(QStringLiteral("in project")), qPrintable(standings.join(QStringLiteral(" | "))));
}
