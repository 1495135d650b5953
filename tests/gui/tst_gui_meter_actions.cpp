// The meter view's actions on the demo project over the embedded simulated bus (issue 14): a read
// can be cancelled at once, a read of a missing meter ends in a sentence that says what to check,
// records are copied as text, a readout is saved as CSV and hex (and the hex decodes to the same
// records), and a meter gets another primary address through the assistant's core, the project
// following it. Polling is stopped so that every exchange on the bus is the test's own.
#include "BusHarness.h"
#include "GuiTestSupport.h"

#include "common/NumberField.h"
#include "meter/MeterSettingsDialogs.h"
#include "meter/MeterView.h"
#include "meter/RecordTableModel.h"
#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "window/EngineHost.h"
#include "window/MainWindow.h"

#include "decode/RecordText.h"
#include "decode/TelegramDecoder.h"
#include "frametext/HexInput.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mbus;

namespace {

const QString Bus = QStringLiteral("Demo bus");

// The demo project on the simulated bus, polling stopped, a silent meter costing 3 × 300 ms a step.
void openDemo(ui::MainWindow &window)
{
    project::Project p = test::demoProject();
    p.connections[0].channel.timeoutMs = 300;
    p.connections[0].channel.attempts = 3;
    window.setSimulated(true);
    window.document()->reset(p, QString());
    window.host()->stopAll();
}

// Selects the meter at address (adding it when the project has none there) and waits for its read.
bool readMeter(ui::MainWindow &window, int address, bool add = false)
{
    ui::MeterView *view = window.pane()->meterView();
    QSignalSpy read(view, &ui::MeterView::readFinished);
    if (add) {
        window.pane()->selectConnection(0);
        window.pane()->addMeter(address);
    } else {
        window.pane()->selectMeter(0, address);
    }
    return read.wait(20000) && read.first().first().toBool();
}

void selectRows(ui::MeterView *view, const QList<int> &rows)
{
    auto *table = test::child<QTableView>(view, "table");
    table->clearSelection();
    for (const int row : rows)
        table->selectionModel()->select(view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

const project::Binding *bindingTagged(const project::Project &p, const QString &tag)
{
    for (const project::Binding &b : p.connections.first().bindings) {
        if (b.tag == tag)
            return &b;
    }
    return nullptr;
}

} // namespace

class TestMeterActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void aReadIsCancelledAtOnce()
    {
        ui::MainWindow window;
        window.show();
        openDemo(window);
        ui::MeterView *view = window.pane()->meterView();
        QSignalSpy read(view, &ui::MeterView::readFinished);
        window.pane()->selectConnection(0);
        window.pane()->addMeter(99); // no meter there: the read waits for an answer
        QVERIFY(view->isReading());
        auto *cancel = test::child<QPushButton>(view, "cancelReadButton");
        QVERIFY(cancel->isVisible());
        QVERIFY(!test::child<QPushButton>(view, "readButton")->isVisible());
        QVERIFY(view->statusText().contains(QStringLiteral("Reading address 99")));
        QTest::qWait(100);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(read.wait(2000) || !read.isEmpty());
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(read.first().first().toBool(), false);
        QVERIFY2(view->statusText().contains(QStringLiteral("cancelled")), qPrintable(view->statusText()));
        QVERIFY(!view->isReading());
        QVERIFY(test::child<QPushButton>(view, "readButton")->isVisible());
        QVERIFY(!cancel->isVisible());
    }

    void aMissingMeterEndsWithWhatToCheck()
    {
        ui::MainWindow window;
        window.show();
        openDemo(window);
        ui::MeterView *view = window.pane()->meterView();
        QSignalSpy read(view, &ui::MeterView::readFinished);
        window.pane()->selectConnection(0);
        window.pane()->addMeter(98);
        // While it waits, the time waited and what a silent meter costs.
        QTRY_VERIFY_WITH_TIMEOUT(view->statusText().contains(QStringLiteral("asked 3 times")) || !read.isEmpty(), 5000);
        QVERIFY(read.wait(20000) || !read.isEmpty());
        QCOMPARE(read.first().first().toBool(), false);
        QCOMPARE(view->statusText(), QStringLiteral("No answer from address 98 after 3 tries: check the address, the baud rate "
                                                    "(is the meter at 2400 Bd?) and the wiring."));
    }

    void copyPutsTheRowsOnTheClipboard()
    {
        ui::MainWindow window;
        window.show();
        openDemo(window);
        QVERIFY(readMeter(window, 2));
        ui::MeterView *view = window.pane()->meterView();
        ui::RecordTableModel *records = view->model();
        selectRows(view, {0, 2});
        QGuiApplication::clipboard()->clear();
        auto *table = test::child<QTableView>(view, "table");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList third = lines.at(1).split(QLatin1Char('\t'));
        QCOMPARE(third.size(), 6);
        const auto cell = [&](int column) { return records->index(2, column).data().toString(); };
        QCOMPARE(third, (QStringList{cell(ui::RecordTableModel::QuantityColumn), cell(ui::RecordTableModel::ValueColumn),
                                     cell(ui::RecordTableModel::UnitColumn), cell(ui::RecordTableModel::TelegramColumn),
                                     cell(ui::RecordTableModel::IndexColumn), cell(ui::RecordTableModel::BytesColumn)}));

        // The context menu's Copy does the same; Add to trend offers the bound records' tags.
        QGuiApplication::clipboard()->clear();
        test::child<QAction>(view, "copyAction")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text().count(QLatin1Char('\n')), 2);
        QVERIFY(test::child<QAction>(view, "addToTrendAction")->isEnabled()); // the demo binds meter 2's records
        QSignalSpy trend(view, &ui::MeterView::trendRequested);
        test::child<QAction>(view, "addToTrendAction")->trigger();
        QCOMPARE(trend.size(), 1);
        QCOMPARE(trend.first().first().toStringList(), view->selectedTags());
        QVERIFY(!view->selectedTags().isEmpty());
    }

    void aSavedReadoutDecodesToTheSameRecords()
    {
        ui::MainWindow window;
        window.show();
        openDemo(window);
        QVERIFY(readMeter(window, 1)); // three telegrams
        ui::MeterView *view = window.pane()->meterView();
        const QList<decode::Telegram> shown = view->telegrams();
        QCOMPARE(shown.size(), 3);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csvPath = dir.filePath(QStringLiteral("site.csv"));
        QString proposed;
        test::whenModal<QFileDialog>([&](QFileDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name) {
                dialog->reject();
                return;
            }
            proposed = name->text();
            dialog->setDirectory(dir.path());
            name->setText(QStringLiteral("site.csv"));
            QMetaObject::invokeMethod(dialog, "accept");
        });
        auto *save = test::child<QPushButton>(view, "saveReadoutButton");
        QVERIFY(save->isEnabled());
        save->click();
        QVERIFY2(proposed.startsWith(QStringLiteral("670010012D2C3404-")), qPrintable(proposed));
        QVERIFY(proposed.endsWith(QStringLiteral(".csv")));

        int records = 0;
        for (const decode::Telegram &t : shown)
            records += int(t.records.size());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csv.readAll().split('\n');
        QCOMPARE(rows.first().trimmed(), QByteArray("telegram,index,quantity,value,unit,value shown,unit shown,function,"
                                                    "storage,tariff,subunit,raw bytes"));
        QCOMPARE(int(rows.size()) - 2, records); // the header, and the empty piece after the last line end
        QVERIFY(rows.at(1).startsWith("1,0,Energy,"));

        // The hex reads back through what mbus-cli decode reads with, record for record.
        QFile hex(dir.filePath(QStringLiteral("site.hex")));
        QVERIFY(hex.open(QIODevice::ReadOnly));
        const Result<QByteArray> bytes = frametext::bytesFromInput(frametext::textFromInput(hex.readAll()));
        QVERIFY(bytes.ok());
        const Result<QList<link::Frame>> frames = frametext::splitFrames(bytes.value());
        QVERIFY(frames.ok());
        QCOMPARE(frames.value().size(), shown.size());
        for (int i = 0; i < shown.size(); ++i) {
            const Result<decode::Telegram> back = decode::decodeTelegram(frames.value().at(i));
            QVERIFY(back.ok());
            QCOMPARE(back.value().frame.raw, shown.at(i).frame.raw);
            QCOMPARE(back.value().records.size(), shown.at(i).records.size());
            for (std::size_t r = 0; r < back.value().records.size(); ++r) {
                QCOMPARE(decode::valueText(back.value(), back.value().records[r]), decode::valueText(shown.at(i), shown.at(i).records[r]));
                QCOMPARE(decode::quantityText(back.value(), back.value().records[r]), decode::quantityText(shown.at(i), shown.at(i).records[r]));
            }
        }
    }

    void setAddressMovesTheMeterAndTheProjectFollows()
    {
        ui::MainWindow window;
        window.show();
        openDemo(window);
        QVERIFY(readMeter(window, 4)); // the gas meter
        ui::MeterView *view = window.pane()->meterView();
        const int steps = window.document()->undoStack()->count();
        QSignalSpy moved(view, &ui::MeterView::meterReaddressed);
        QString named;
        test::whenModal<ui::ReaddressDialog>([&named](ui::ReaddressDialog *dialog) {
            named = test::child<QLabel>(dialog, "meterLabel")->text();
            auto *field = test::child<ui::NumberField>(dialog, "newAddressField");
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            field->setText(QStringLiteral("300"));
            QVERIFY(!ok->isEnabled());
            QVERIFY(dialog->findingText().contains(QStringLiteral("1 to 250")));
            field->setText(QStringLiteral("3"));
            QVERIFY(dialog->findingText().contains(QStringLiteral("uses address 3")));
            field->setText(QStringLiteral("40"));
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        QTest::mouseClick(test::child<QPushButton>(view, "setAddressButton"), Qt::LeftButton);
        QVERIFY(moved.wait(20000) || !moved.isEmpty());
        QVERIFY2(named.contains(QStringLiteral("address 4")) && named.contains(QStringLiteral("6700400493150C03")), qPrintable(named));
        QCOMPARE(moved.first().at(1).toInt(), 4);
        QCOMPARE(moved.first().at(2).toInt(), 40);

        // One undoable edit: the meter and its bindings are at 40 now.
        const project::Project &p = window.document()->project();
        QCOMPARE(window.document()->undoStack()->count(), steps + 1);
        const project::Binding *gas = bindingTagged(p, QStringLiteral("demo.gas.volume"));
        QVERIFY(gas);
        QCOMPARE(gas->address, 40);
        QCOMPARE(bindingTagged(p, QStringLiteral("demo.water.volume"))->address, 3);
        bool meterAt40 = false;
        for (const project::Meter &m : p.connections.first().meters)
            meterAt40 = meterAt40 || (m.address == 40 && m.secondary == QStringLiteral("6700400493150C03"));
        QVERIFY(meterAt40);

        // The meter answers at its new address.
        const bus::Outcome read = test::awaitReply(window.host()->port(Bus)->read(40), 15000);
        QVERIFY2(read.ok(), qPrintable(read.error.text()));
        QCOMPARE(read.telegrams.first().header.secondaryAddressText(), QStringLiteral("6700400493150C03"));
    }

    void setAddressOffersToRenameTagsThatNameTheOldAddress()
    {
        ui::MainWindow window;
        window.show();
        openDemo(window);
        // Tags proposed from the address, as a scan of an unnamed meter makes them: "gas4.volume".
        project::Project named = window.document()->project();
        for (project::Binding &b : named.connections.first().bindings) {
            if (b.address == 4)
                b.tag.replace(QStringLiteral("demo.gas."), QStringLiteral("gas4."));
        }
        window.document()->apply(named, QStringLiteral("tags from the address"));
        QVERIFY(bindingTagged(window.document()->project(), QStringLiteral("gas4.volume")));
        QVERIFY(readMeter(window, 4));
        ui::MeterView *view = window.pane()->meterView();
        QSignalSpy moved(view, &ui::MeterView::meterReaddressed);
        test::whenModal<ui::ReaddressDialog>([](ui::ReaddressDialog *dialog) {
            test::child<ui::NumberField>(dialog, "newAddressField")->setText(QStringLiteral("41"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QString question;
        test::whenModal<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        }, 30000);
        QTest::mouseClick(test::child<QPushButton>(view, "setAddressButton"), Qt::LeftButton);
        QVERIFY(moved.wait(20000) || !moved.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!question.isEmpty(), 10000);
        QVERIFY2(question.contains(QStringLiteral("gas4.volume → gas41.volume")), qPrintable(question));
        const project::Binding *gas = bindingTagged(window.document()->project(), QStringLiteral("gas41.volume"));
        QVERIFY(gas);
        QCOMPARE(gas->address, 41);
        QVERIFY(!bindingTagged(window.document()->project(), QStringLiteral("gas4.volume")));
        // Meter and tags moved in one step: one undo takes both back.
        window.document()->undoStack()->undo();
        QVERIFY(bindingTagged(window.document()->project(), QStringLiteral("gas4.volume")));
    }

    void setBaudSwitchesTheMeterAndTheLineFollowsWhenAsked()
    {
        ui::MainWindow window;
        window.show();
        project::Project p;
        p.name = QStringLiteral("Riser");
        project::Connection c;
        c.name = QStringLiteral("Riser A");
        c.periodMs = 60000;
        c.channel.serialPort = QStringLiteral("/dev/ttyUSB0"); // on the simulated bus: a serial line can change its rate
        c.channel.line = link::LineSettings{2400, 8, link::Parity::Even, 1};
        c.channel.timeoutMs = 300;
        p.connections << c;
        window.setSimulated(true);
        window.document()->reset(p, QString());
        window.host()->stopAll();
        QVERIFY(readMeter(window, 2, true));
        ui::MeterView *view = window.pane()->meterView();
        test::whenModal<ui::MeterBaudDialog>([](ui::MeterBaudDialog *dialog) {
            dialog->setNewBaud(9600);
            dialog->accept();
        });
        QString asked;
        test::whenModal<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text();
            QCOMPARE(box->standardButton(box->defaultButton()), QMessageBox::No);
            box->button(QMessageBox::Yes)->click();
        }, 30000);
        QTest::mouseClick(test::child<QPushButton>(view, "setBaudButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.document()->project().connections.first().channel.line.baud, 9600, 30000);
        QVERIFY2(view->statusText().startsWith(QStringLiteral("Baud rate switched")), qPrintable(view->statusText()));
        QVERIFY2(asked.contains(QStringLiteral("9600 Bd")) && asked.contains(QStringLiteral("\"Riser A\"")), qPrintable(asked));
        // The meter answers on the connection's new line.
        const bus::Outcome read = test::awaitReply(window.host()->port(QStringLiteral("Riser A"))->read(2), 15000);
        QVERIFY2(read.ok(), qPrintable(read.error.text()));
    }

    void setBaudAsksFirstAndNoSendsNothing()
    {
        ui::MainWindow window;
        window.show();
        openDemo(window);
        QVERIFY(readMeter(window, 5));
        ui::MeterView *view = window.pane()->meterView();
        QString named;
        test::whenModal<ui::MeterBaudDialog>([&named](ui::MeterBaudDialog *dialog) {
            named = test::child<QLabel>(dialog, "meterLabel")->text();
            QVERIFY(test::child<QComboBox>(dialog, "baudBox")->findData(2400) < 0); // the rate it has already
            dialog->reject();
        });
        const QString before = view->statusText();
        QTest::mouseClick(test::child<QPushButton>(view, "setBaudButton"), Qt::LeftButton);
        QVERIFY2(named.contains(QStringLiteral("address 5")), qPrintable(named));
        QCOMPARE(view->statusText(), before);
        QCOMPARE(window.document()->project().connections.first().channel.line.baud, 2400);
    }
};

QTEST_MAIN(TestMeterActions)
#include "tst_gui_meter_actions.moc"
