// Every project edit of the window is undoable and redoable, back to exactly the project before,
// and the saved state is tracked for the unsaved-changes guard.
#include "GuiTestSupport.h"

#include "window/EngineHost.h"
#include "window/MainWindow.h"
#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "project/ProjectTreeModel.h"

#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mbus;

class TestUndoRedo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void everyEditUndoesAndRedoes();
    void savingMarksTheProjectClean();
};

void TestUndoRedo::everyEditUndoesAndRedoes()
{
    ui::MainWindow window;
    ui::ProjectDocument *document = window.document();
    document->reset(test::demoProject(), QString());
    ui::ProjectPane *pane = window.pane();
    QList<project::Project> states{document->project()};

    pane->addConnection();
    states << document->project();
    QCOMPARE(document->project().connections.size(), 2);

    pane->selectConnection(1);
    pane->addMeter(17);
    states << document->project();
    QCOMPARE(document->project().connections.at(1).meters.size(), 1);

    pane->selectMeter(0, 2);
    auto *meterName = pane->findChild<QLineEdit *>(QStringLiteral("meterName"));
    QVERIFY(meterName);
    meterName->setText(QStringLiteral("Main electricity"));
    Q_EMIT meterName->editingFinished();
    states << document->project();

    pane->selectBinding(0, 0);
    pane->deleteSelected();
    states << document->project();
    QCOMPARE(document->project().connections.at(0).bindings.size(), states.first().connections.at(0).bindings.size() - 1);

    pane->selectConnection(1);
    pane->deleteSelected();
    states << document->project();
    QCOMPARE(document->project().connections.size(), 1);

    QUndoStack *stack = document->undoStack();
    QCOMPARE(stack->count(), int(states.size()) - 1);
    for (int i = int(states.size()) - 2; i >= 0; --i) {
        stack->undo();
        QVERIFY2(document->project() == states.at(i), qPrintable(QStringLiteral("undo to state %1").arg(i)));
        // The tree shows what the project holds.
        QCOMPARE(pane->model()->rowCount(), int(states.at(i).connections.size()));
    }
    QVERIFY(!document->isModified());
    for (int i = 1; i < states.size(); ++i) {
        stack->redo();
        QVERIFY2(document->project() == states.at(i), qPrintable(QStringLiteral("redo to state %1").arg(i)));
    }
    QVERIFY(document->isModified());
}

void TestUndoRedo::savingMarksTheProjectClean()
{
    QTemporaryDir dir;
    ui::MainWindow window;
    window.document()->reset(test::demoProject(), QString());
    window.pane()->addConnection();
    QVERIFY(window.document()->isModified());
    QVERIFY(window.isWindowModified());
    QString error;
    const QString path = dir.filePath(QStringLiteral("p.mbwproj"));
    QVERIFY2(window.saveProject(path, &error), qPrintable(error));
    QVERIFY(!window.document()->isModified());
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.windowTitle().contains(QStringLiteral("p.mbwproj")));
    window.document()->undoStack()->undo();
    QVERIFY(window.document()->isModified()); // undone past the save: differs from the file
    window.document()->undoStack()->redo();
    QVERIFY(!window.document()->isModified());
}

QTEST_MAIN(TestUndoRedo)
#include "tst_gui_undo_redo.moc"
