// The trend in the main window: several bindings selected in the tree go on the trend at once,
// a tag shows the engine's latest value as soon as it is added, and the trend's tags are kept in
// the project (saved, opened again, following a renamed tag, not an undo step).
#include "GuiTestSupport.h"

#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "project/ProjectTreeModel.h"
#include "trend/TrendView.h"
#include "window/EngineHost.h"
#include "window/MainWindow.h"

#include "trend/CustomPlot.h"

#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace mbus;

namespace {

const QString Energy = QStringLiteral("demo.heat.energy");
const QString Volume = QStringLiteral("demo.heat.volume");
const QString Power = QStringLiteral("demo.heat.power");

// The demo project, not polling: what the trend shows comes from the test.
void openQuietDemo(ui::MainWindow &window, const QStringList &trendTags = {})
{
    project::Project demo = test::demoProject();
    demo.trendTags = trendTags;
    window.document()->reset(demo, QString());
}

engine::TagValue tagValue(const QString &tag, double value)
{
    engine::TagValue v;
    v.tag = tag;
    v.value = value;
    v.timestamp = QDateTime::currentDateTimeUtc();
    v.quality = engine::Quality::Good;
    return v;
}

// Opens the tree's context menu on index and triggers the entry whose text starts with prefix.
bool chooseFromTreeMenu(ui::MainWindow &window, const QModelIndex &index, const QString &prefix)
{
    QTreeView *tree = window.pane()->tree();
    bool chosen = false;
    QTimer::singleShot(0, &window, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (!chosen && action->text().startsWith(prefix)) {
                action->trigger();
                chosen = true;
            }
        }
        menu->close();
    });
    Q_EMIT tree->customContextMenuRequested(tree->visualRect(index).center());
    return chosen;
}

} // namespace

class TestTrendWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void selectedBindingsGoOnTheTrendAtOnce();
    void latestValueIsShownAtOnce();
    void trendTagsAreSavedAndRestored();
    void renamedTagFollowsRemovedBindingLeaves();
    void demoStartsWithItsDefaultTags();
};

void TestTrendWindow::selectedBindingsGoOnTheTrendAtOnce()
{
    ui::MainWindow window;
    openQuietDemo(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.trend()->tags().isEmpty());
    ui::ProjectTreeModel *model = window.pane()->model();
    QTreeView *tree = window.pane()->tree();
    tree->expandAll();
    QCOMPARE(tree->selectionMode(), QAbstractItemView::ExtendedSelection);
    tree->setCurrentIndex(model->bindingIndex(0, 0));
    for (int b : {1, 2})
        tree->selectionModel()->select(model->bindingIndex(0, b), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const int undoSteps = window.document()->undoStack()->count();

    QVERIFY(chooseFromTreeMenu(window, model->bindingIndex(0, 2), QStringLiteral("Add 3")));
    QCOMPARE(window.trend()->tags(), QStringList({Energy, Volume, Power}));
    QCOMPARE(window.trend()->plot()->legend->itemCount() >= 3, true);
    QCOMPARE(window.document()->project().trendTags, QStringList({Energy, Volume, Power}));
    // Kept in the project, marked unsaved, but no undo step: Undo is for the bus's configuration.
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->undoStack()->count(), undoSteps);

    // The same selection now offers to take them off again.
    QVERIFY(chooseFromTreeMenu(window, model->bindingIndex(0, 1), QStringLiteral("Remove 3")));
    QVERIFY(window.trend()->tags().isEmpty());
    QVERIFY(window.document()->project().trendTags.isEmpty());
}

void TestTrendWindow::latestValueIsShownAtOnce()
{
    ui::MainWindow window;
    openQuietDemo(window);
    // A cycle delivered the energy before the tag was put on the trend.
    Q_EMIT window.host()->cycleFinished({tagValue(Energy, 12345000.0), tagValue(Power, 1500.0)}, engine::ConnectionDiagnostics{});
    QCOMPARE(window.addToTrend(QStringList{Energy, Power}), 2);
    QCOMPARE(window.trend()->unitOf(Energy), QStringLiteral("kWh"));
    QCOMPARE(window.trend()->graph(Energy)->data()->size(), 1);
    QCOMPARE(window.trend()->graph(Energy)->data()->at(0)->value, 12345.0);
    QCOMPARE(window.trend()->graph(Power)->data()->at(0)->value, 1.5); // kW
}

void TestTrendWindow::trendTagsAreSavedAndRestored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trended.mbwproj"));
    {
        ui::MainWindow window;
        openQuietDemo(window);
        QCOMPARE(window.addToTrend(QStringList{Power, Energy}), 2);
        QString error;
        QVERIFY2(window.saveProject(path, &error), qPrintable(error));
        QVERIFY(!window.document()->isModified());
        window.host()->stopAll();
    }
    ui::MainWindow window;
    QVERIFY(window.trend()->tags().isEmpty());
    QString error;
    QVERIFY2(window.openProject(path, &error), qPrintable(error));
    window.host()->stopAll();
    QCOMPARE(window.trend()->tags(), QStringList({Power, Energy}));
    QVERIFY(window.trend()->graph(Power) && window.trend()->graph(Energy));
    QVERIFY(!window.document()->isModified());
    // A new project starts with an empty trend.
    window.document()->reset(project::Project{}, QString());
    QVERIFY(window.trend()->tags().isEmpty());
}

void TestTrendWindow::renamedTagFollowsRemovedBindingLeaves()
{
    ui::MainWindow window;
    openQuietDemo(window, {Energy, Power});
    QCOMPARE(window.trend()->tags(), QStringList({Energy, Power}));
    QCPGraph *line = window.trend()->graph(Energy);

    project::Project edited = window.document()->project();
    edited.connections[0].bindings[0].tag = QStringLiteral("site.heat.energy");
    window.document()->apply(edited, QStringLiteral("Rename tag"));
    QCOMPARE(window.trend()->tags(), QStringList({QStringLiteral("site.heat.energy"), Power}));
    QCOMPARE(window.trend()->graph(QStringLiteral("site.heat.energy")), line); // the same line, its history kept
    QCOMPARE(window.document()->project().trendTags, window.trend()->tags());

    window.document()->undoStack()->undo();
    QCOMPARE(window.trend()->tags(), QStringList({Energy, Power}));
    QCOMPARE(window.document()->project().trendTags, window.trend()->tags());

    // Undo of an edit made before a tag went on the trend keeps that tag on the trend.
    window.document()->undoStack()->redo();
    QCOMPARE(window.addToTrend(Volume), true);
    window.document()->undoStack()->undo();
    QCOMPARE(window.trend()->tags(), QStringList({Energy, Power, Volume}));

    edited = window.document()->project();
    edited.connections[0].bindings.removeAt(2); // the power binding
    window.document()->apply(edited, QStringLiteral("Delete binding"));
    QCOMPARE(window.trend()->tags(), QStringList({Energy, Volume}));
    QCOMPARE(window.document()->project().trendTags, QStringList({Energy, Volume}));
}

void TestTrendWindow::demoStartsWithItsDefaultTags()
{
    ui::MainWindow window;
    window.openDemo();
    window.host()->stopAll();
    QCOMPARE(window.trend()->tags(), QStringList({QStringLiteral("demo.heat.flow_temperature"),
                                                  QStringLiteral("demo.heat.return_temperature"), Power}));
    QVERIFY(!window.document()->isModified());
}

QTEST_MAIN(TestTrendWindow)
#include "tst_gui_trend_window.moc"
