// The bus keeps working while the user edits: a meter read, a scan and the commissioning
// assistant's survey each run to their end while tags are renamed, bindings edited and edits
// undone and redone (the application's path: document -> EngineHost -> the engine's sessions).
// Nothing is cancelled, nothing crashes, the results arrive, and the connection's session (the
// port the views hold) stays the same object throughout.
#include "GuiTestSupport.h"

#include "common/NumberField.h"

#include "commission/AddressPlanPage.h"
#include "commission/CommissioningSession.h"
#include "commission/CommissioningWizard.h"
#include "meter/MeterView.h"
#include "meter/RecordTableModel.h"
#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "scan/ScanDialog.h"
#include "scan/ScanResultsModel.h"
#include "window/EngineHost.h"
#include "window/MainWindow.h"

#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace mbus;

namespace {

// One round of what a user does in the forms: rename a tag, move a binding to another record,
// rename a meter, undo twice, redo once.
void editRound(ui::ProjectDocument &document, int round)
{
    project::Project p = document.project();
    p.connections[0].bindings[0].tag = QStringLiteral("renamed.tag%1").arg(round);
    document.apply(p, QStringLiteral("Rename tag"));
    p = document.project();
    p.connections[0].bindings[1].index = (p.connections[0].bindings[1].index + 1) % 5;
    document.apply(p, QStringLiteral("Edit binding"));
    p = document.project();
    if (!p.connections[0].meters.isEmpty()) {
        p.connections[0].meters[0].name = QStringLiteral("Meter %1").arg(round);
        document.apply(p, QStringLiteral("Rename meter"));
    }
    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->redo();
}

// Edits every 30 ms until spy has a signal or timeoutMs passed; the number of rounds made.
int editUntil(ui::ProjectDocument &document, QSignalSpy &spy, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    int rounds = 0;
    while (spy.isEmpty() && clock.elapsed() < timeoutMs) {
        editRound(document, rounds++);
        QTest::qWait(30);
    }
    return rounds;
}

} // namespace

class TestLiveEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void aMeterReadFinishesThroughEdits()
    {
        ui::MainWindow window;
        window.setSimulated(true);
        ui::ProjectDocument *document = window.document();
        document->reset(test::demoProject(), QString());
        const int id = document->project().connections.first().id;
        QPointer<bus::RequestPort> session = window.host()->port(id);
        QVERIFY(session);
        window.host()->start(id); // polling on the same bus, as in the field

        auto *view = window.pane()->findChild<ui::MeterView *>();
        QVERIFY(view);
        QSignalSpy read(view, &ui::MeterView::readFinished);
        window.pane()->selectMeter(0, 1); // a meter seen the first time is read at once
        const int rounds = editUntil(*document, read, 30000);
        QVERIFY(rounds >= 3); // the edits ran while the read was under way
        QVERIFY(read.wait(30000) || !read.isEmpty());
        QVERIFY2(read.first().first().toBool(), qPrintable(view->statusText()));
        QVERIFY(view->model()->rowCount() > 0);
        QCOMPARE(window.host()->port(id), session.data()); // the same session throughout
        QVERIFY(window.host()->isRunning(id));
    }

    void aScanFinishesThroughEdits()
    {
        ui::MainWindow window;
        window.setSimulated(true);
        ui::ProjectDocument *document = window.document();
        document->reset(test::demoProject(), QString());
        const project::Connection &c = document->project().connections.first();
        const int id = c.id;
        ui::ScanDialog dialog(window.host()->port(id), c.name, c.meters, &window);
        dialog.setMode(ui::ScanDialog::Mode::Primary);
        test::child<ui::NumberField>(dialog, "lastAddressBox")->setInteger(6);
        test::child<ui::NumberField>(dialog, "firstAddressBox")->setInteger(0);
        QSignalSpy finished(&dialog, &ui::ScanDialog::scanFinished);
        auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(start);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog.isScanning());
        const int rounds = editUntil(*document, finished, 60000);
        QVERIFY(rounds >= 3);
        QVERIFY(!finished.isEmpty() || finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false); // not cancelled
        QVERIFY2(dialog.results()->rowCount() >= 3,
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
    }

    void theAssistantsSurveyFinishesThroughEdits()
    {
        ui::MainWindow window;
        window.setSimulated(true);
        ui::ProjectDocument *document = window.document();
        document->reset(test::demoProject(), QString());
        const QString name = document->project().connections.first().name;
        ui::CommissioningWizard wizard(document, window.host(), name, &window);
        wizard.show();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::CommissioningWizard::AddressPageId));
        ui::AddressPlanPage *page = wizard.addressPage();
        QSignalSpy finished(page, &ui::AddressPlanPage::surveyFinished);
        auto *surveyButton = page->findChild<QPushButton *>(QStringLiteral("surveyButton"));
        QVERIFY(surveyButton);
        QTest::mouseClick(surveyButton, Qt::LeftButton);
        const int rounds = editUntil(*document, finished, 90000);
        QVERIFY(rounds >= 3);
        QVERIFY(!finished.isEmpty() || finished.wait(90000));
        QCOMPARE(finished.first().first().toBool(), false); // not cancelled
        QVERIFY(wizard.session()->meters().size() >= 5);
        // Renaming the connection while the assistant has it does not lose it.
        project::Project p = document->project();
        p.connections[0].name = QStringLiteral("Riser B");
        document->apply(p, QStringLiteral("Rename connection"));
        QCOMPARE(wizard.session()->connectionName(), QStringLiteral("Riser B"));
        QVERIFY(wizard.session()->port());
    }

    void removingTheConnectionEndsTheReadWithAnError()
    {
        ui::MainWindow window;
        window.setSimulated(true);
        ui::ProjectDocument *document = window.document();
        document->reset(test::demoProject(), QString());
        const int id = document->project().connections.first().id;
        QPointer<bus::RequestPort> port = window.host()->port(id);
        bus::Reply *reply = port->read(3);
        QSignalSpy finished(reply, &bus::Reply::finished);
        project::Project p = document->project();
        p.connections.clear();
        document->apply(p, QStringLiteral("Delete connection"));
        QVERIFY(finished.wait(5000) || !finished.isEmpty());
        QVERIFY(!window.host()->port(id));
        QTRY_VERIFY_WITH_TIMEOUT(!port, 5000); // the session went without a join on this thread
        document->undoStack()->undo();
        QVERIFY(window.host()->port(id)); // the connection is back, with its id, and a new session
    }
};

QTEST_MAIN(TestLiveEdits)
#include "tst_gui_live_edits.moc"
