// Click-to-bind end to end on the embedded simulated bus: a meter read in the meter view, records
// selected in the record table, "Create bindings" fills Address, Telegram, Index, signature and
// meter, proposes readable tags, refuses what is bound already, and the engine then delivers the
// very values the table showed.
#include "GuiTestSupport.h"

#include "meter/CreateBindingsDialog.h"
#include "window/EngineHost.h"
#include "meter/HexView.h"
#include "window/MainWindow.h"
#include "meter/MeterView.h"
#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "meter/RecordTableModel.h"

#include "decode/RecordText.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace mbus;

class TestClickToBind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void selectedRecordsBecomeBindings();
    void multiTelegramMeterGetsTelegramNumbers();

private:
    // A project with one empty connection on the simulated demo bus, meter at address selected.
    static void openEmptyProjectOn(ui::MainWindow &window, int address);
    static void selectRows(ui::MeterView *view, const QList<int> &rows);
};

void TestClickToBind::openEmptyProjectOn(ui::MainWindow &window, int address)
{
    project::Project p;
    p.name = QStringLiteral("Commissioning");
    project::Connection c;
    c.name = QStringLiteral("Riser A");
    c.periodMs = 60000;
    c.channel.type = project::ChannelType::Serial;
    c.channel.serialPort = QStringLiteral("/dev/ttyUSB0");
    c.channel.line = link::LineSettings{2400, 8, link::Parity::Even, 1};
    p.connections << c;
    window.setSimulated(true);
    window.document()->reset(p, QString());
    ui::MeterView *view = window.pane()->meterView();
    QSignalSpy read(view, &ui::MeterView::readFinished);
    window.pane()->selectConnection(0);
    window.pane()->addMeter(address); // selects it, and a meter seen the first time is read
    QVERIFY(read.wait(15000));
    QCOMPARE(read.first().first().toBool(), true);
}

void TestClickToBind::selectRows(ui::MeterView *view, const QList<int> &rows)
{
    test::child<QTableView>(view, "table")->clearSelection();
    for (const int row : rows)
        test::child<QTableView>(view, "table")->selectionModel()->select(view->model()->index(row, 0),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TestClickToBind::selectedRecordsBecomeBindings()
{
    ui::MainWindow window;
    window.show();
    openEmptyProjectOn(window, 2); // the ABB electricity meter, one telegram
    ui::MeterView *view = window.pane()->meterView();
    ui::RecordTableModel *records = view->model();
    QVERIFY(records->rowCount() >= 5);
    QCOMPARE(records->data(records->index(0, ui::RecordTableModel::TelegramColumn)).toString(), QStringLiteral("0"));

    // Selecting a record highlights its bytes in the hex view.
    test::child<QTableView>(view, "table")->setCurrentIndex(records->index(2, 0));
    const decode::Record &third = records->recordAt(2);
    QCOMPARE(test::child<ui::HexView>(view, "hexView")->highlighted(), qMakePair(int(third.offset), int(third.size)));

    selectRows(view, {0, 2});
    QVERIFY(test::child<QPushButton>(view, "createBindingsButton")->isEnabled());
    // The table reads in engineering units; the engine delivers the base unit the meter sent.
    QCOMPARE(records->data(records->index(0, ui::RecordTableModel::UnitColumn)).toString(), QStringLiteral("kWh"));
    const QString energyValue = decode::numberText(decode::displayedNumber(records->recordAt(0)));
    test::whenModal<ui::CreateBindingsDialog>([](ui::CreateBindingsDialog *dialog) {
        QCOMPARE(test::child<QTableWidget>(dialog, "table")->rowCount(), 2);
        // The proposed tags are readable and editable: rename the second.
        QVERIFY(test::child<QTableWidget>(dialog, "table")->item(0, ui::CreateBindingsDialog::TagColumn)->text().startsWith(QStringLiteral("electricity_67002002.")));
        test::child<QTableWidget>(dialog, "table")->item(1, ui::CreateBindingsDialog::TagColumn)->setText(QStringLiteral("riser_a.flat2.power"));
        dialog->accept();
    });
    test::child<QPushButton>(view, "createBindingsButton")->click();

    const project::Connection &c = window.document()->project().connections.at(0);
    QCOMPARE(c.bindings.size(), 2);
    const project::Binding &energy = c.bindings.at(0);
    QCOMPARE(energy.address, 2);
    QCOMPARE(energy.telegram, 0);
    QCOMPARE(energy.index, 0);
    QCOMPARE(energy.signature, records->telegrams().first().signatureOf(records->recordAt(0)).toByteArray());
    QVERIFY(energy.meter.startsWith(QStringLiteral("67002002")));
    QVERIFY2(energy.description.startsWith(QStringLiteral("Energy")), qPrintable(energy.description));
    QCOMPARE(energy.tag, QStringLiteral("electricity_67002002.energy"));
    QCOMPARE(c.bindings.at(1).index, 2);
    QCOMPARE(c.bindings.at(1).tag, QStringLiteral("riser_a.flat2.power"));
    // The record table shows what is bound now.
    QCOMPARE(records->data(records->index(0, ui::RecordTableModel::BindingColumn)).toString(), QStringLiteral("electricity_67002002.energy"));

    // Binding the same record again is refused; the new one is taken.
    selectRows(view, {0, 3});
    test::whenModal<ui::CreateBindingsDialog>([](ui::CreateBindingsDialog *dialog) {
        QCOMPARE(test::child<QTableWidget>(dialog, "table")->item(0, ui::CreateBindingsDialog::UseColumn)->flags() & Qt::ItemIsUserCheckable, Qt::ItemFlags());
        QVERIFY(test::child<QTableWidget>(dialog, "table")->item(0, ui::CreateBindingsDialog::TagColumn)->text().contains(QStringLiteral("electricity_67002002.energy")));
        dialog->accept();
    });
    test::child<QPushButton>(view, "createBindingsButton")->click();
    QCOMPARE(window.document()->project().connections.at(0).bindings.size(), 3);

    // A tag typed twice keeps the dialog open with the reason.
    selectRows(view, {4});
    test::whenModal<ui::CreateBindingsDialog>([](ui::CreateBindingsDialog *dialog) {
        test::child<QTableWidget>(dialog, "table")->item(0, ui::CreateBindingsDialog::TagColumn)->setText(QStringLiteral("riser_a.flat2.power"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problemText().contains(QStringLiteral("riser_a.flat2.power")));
        dialog->reject();
    });
    test::child<QPushButton>(view, "createBindingsButton")->click();
    QCOMPARE(window.document()->project().connections.at(0).bindings.size(), 3);

    // The engine reads the new bindings and delivers the value the table showed.
    QSignalSpy cycles(window.host(), &ui::EngineHost::cycleFinished);
    window.host()->start(QStringLiteral("Riser A"));
    QVERIFY(cycles.wait(15000));
    const auto values = cycles.first().first().value<QList<engine::TagValue>>();
    bool found = false;
    for (const engine::TagValue &v : values) {
        if (v.tag == QLatin1String("electricity_67002002.energy")) {
            found = true;
            QVERIFY2(v.isGood(), qPrintable(v.qualityText()));
            QCOMPARE(decode::numberText(v.value.toDouble()), energyValue);
        }
    }
    QVERIFY(found);
    window.host()->stopAll();
    window.document()->undoStack()->setClean(); // no unsaved-changes question at close
}

void TestClickToBind::multiTelegramMeterGetsTelegramNumbers()
{
    ui::MainWindow window;
    openEmptyProjectOn(window, 1); // the Kamstrup heat meter answers with three telegrams
    ui::MeterView *view = window.pane()->meterView();
    ui::RecordTableModel *records = view->model();
    QCOMPARE(records->telegrams().size(), 3);
    const int row = records->rowOf(2, 0);
    QVERIFY(row > 0);
    selectRows(view, {row});
    test::whenModal<ui::CreateBindingsDialog>([](ui::CreateBindingsDialog *dialog) { dialog->accept(); });
    test::child<QPushButton>(view, "createBindingsButton")->click();
    const project::Binding &b = window.document()->project().connections.at(0).bindings.at(0);
    QCOMPARE(b.telegram, 2);
    QCOMPARE(b.index, 0);
    QVERIFY2(b.tag.endsWith(QStringLiteral("_s1")), qPrintable(b.tag)); // storage 1 tells it from the current energy
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(TestClickToBind)
#include "tst_gui_click_to_bind.moc"
