// The scan dialog over the demo bus simulated in-process, reached as the application reaches it:
// EngineHost's request port of an idle connection, a SimTransport paced at 2400 8E1 behind it.
#include "GuiTestSupport.h"

#include "common/NumberField.h"
#include "window/EngineHost.h"
#include "scan/ScanDialog.h"
#include "scan/ScanResultsModel.h"

#include "sim/SimulatedBus.h"

#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace mbus;
using ui::ScanDialog;
using ui::ScanResultsModel;

namespace {

const QString Connection = QStringLiteral("Bus");

// One connection on a simulated bus with the meters of profile; nothing polls it.
struct Rig
{
    ui::EngineHost host;

    explicit Rig(const sim::Profile &profile)
    {
        host.setSimulatedProfile(profile);
        project::Connection c;
        c.name = Connection;
        c.channel.serialPort = QStringLiteral("simulated");
        c.channel.line = link::LineSettings{2400, 8, link::Parity::Even, 1};
        project::Project p;
        p.name = QStringLiteral("scan test");
        p.connections << c;
        host.setProject(p);
    }
    bus::RequestPort *port() { return host.port(Connection); }
};

sim::Profile demoProfile()
{
    sim::Profile profile;
    sim::Profile::builtIn(QStringLiteral("demo"), &profile);
    return profile;
}

void setRange(ScanDialog &dialog, int first, int last)
{
    dialog.setMode(ScanDialog::Mode::Primary);
    test::child<ui::NumberField>(dialog, "lastAddressBox")->setInteger(250);
    test::child<ui::NumberField>(dialog, "firstAddressBox")->setInteger(first);
    test::child<ui::NumberField>(dialog, "lastAddressBox")->setInteger(last);
}

// Clicks Start and waits (bounded) for the scan's end; the finished signal's "cancelled", or
// nullopt when it did not end in time.
std::optional<bool> runScan(ScanDialog &dialog, int timeoutMs)
{
    QSignalSpy finished(&dialog, &ScanDialog::scanFinished);
    QTest::mouseClick(test::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    if (!dialog.isScanning() || !finished.wait(timeoutMs))
        return std::nullopt;
    return finished.first().first().toBool();
}

QStringList column(const ScanResultsModel &model, int column)
{
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.index(r, column).data().toString();
    return values;
}

void selectRows(ScanDialog &dialog, const QList<int> &rows)
{
    QItemSelectionModel *selection = test::child<QTableView>(dialog, "resultsView")->selectionModel();
    selection->clearSelection();
    for (int r : rows)
        selection->select(dialog.results()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

} // namespace

class TestGuiScanDialog : public QObject
{
    Q_OBJECT

private:
    sim::Profile m_demo;
    std::unique_ptr<Rig> m_rig;

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = demoProfile();
        QCOMPARE(m_demo.meters.size(), 6);
        m_rig = std::make_unique<Rig>(m_demo);
        QVERIFY(m_rig->port());
    }

    // Typed addresses stay as typed: 300 is flagged and blocks Start (a spin box made it 30).
    void anAddressRangeTypedWrongIsFlaggedNotChanged()
    {
        ScanDialog dialog(m_rig->port(), Connection, {});
        dialog.show();
        dialog.setMode(ScanDialog::Mode::Primary);
        auto *last = test::child<ui::NumberField>(dialog, "lastAddressBox");
        auto *start = test::child<QPushButton>(dialog, "startButton");
        QVERIFY(start->isEnabled());
        last->selectAll();
        QTest::keyClicks(last, QStringLiteral("300"));
        QCOMPARE(last->text(), QStringLiteral("300"));
        QVERIFY(!start->isEnabled());
        auto *hint = test::child<QLabel>(dialog, "rangeHint");
        QVERIFY2(hint->isVisible() && hint->text().contains(QStringLiteral("300")), qPrintable(hint->text()));
        last->selectAll();
        QTest::keyClicks(last, QStringLiteral("x"));
        QVERIFY(!start->isEnabled());
        QVERIFY2(hint->text().contains(QStringLiteral("not a number")), qPrintable(hint->text()));
        test::child<ui::NumberField>(dialog, "firstAddressBox")->setInteger(9);
        last->setInteger(8);
        QVERIFY(!start->isEnabled());
        last->setInteger(250);
        QVERIFY(start->isEnabled());
        QVERIFY(!hint->isVisible());
    }

    void primaryScanListsTheDemoMetersAsTheyCome()
    {
        ScanDialog dialog(m_rig->port(), Connection, {});
        dialog.show();
        setRange(dialog, 0, 8);
        // Rows must appear while the scan runs, not all at its end.
        int rowsBeforeTheEnd = 0;
        connect(dialog.results(), &QAbstractItemModel::rowsInserted, &dialog, [&] {
            if (dialog.isScanning() && dialog.progressBar()->value() < dialog.progressBar()->maximum())
                ++rowsBeforeTheEnd;
        });
        const auto cancelled = runScan(dialog, 30000);
        QVERIFY(cancelled.has_value());
        QVERIFY(!*cancelled);

        const ScanResultsModel &model = *dialog.results();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(column(model, ScanResultsModel::AddressColumn),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                              QStringLiteral("5"), QStringLiteral("6")}));
        QCOMPARE(column(model, ScanResultsModel::ManufacturerColumn),
                 (QStringList{QStringLiteral("KAM"), QStringLiteral("ABB"), QStringLiteral("SEN"), QStringLiteral("ELS"),
                              QStringLiteral("ELV"), QStringLiteral("QDS")}));
        const QStringList secondaries = column(model, ScanResultsModel::SecondaryColumn);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(secondaries.at(i).left(8), QStringLiteral("6700%1%2").arg(i + 1).arg(i + 1, 3, 10, QLatin1Char('0')));
            QCOMPARE(secondaries.at(i), m_demo.meters.at(i).identity.toString());
            QCOMPARE(model.index(i, ScanResultsModel::ResultColumn).data().toString(), QStringLiteral("Found"));
            QVERIFY(model.isAddable(i));
        }
        QCOMPARE(model.index(0, ScanResultsModel::MediumColumn).data().toString(), QStringLiteral("Heat (outlet)"));
        QCOMPARE(model.index(0, ScanResultsModel::VersionColumn).data().toString(), QStringLiteral("52"));
        QVERIFY(rowsBeforeTheEnd >= 5);
        QCOMPARE(dialog.progressBar()->maximum(), 9);
        QCOMPARE(dialog.progressBar()->value(), 9);
        QVERIFY(test::child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("meters found: 6")));
        QVERIFY(test::child<QPushButton>(dialog, "startButton")->isEnabled());
        QVERIFY(!test::child<QPushButton>(dialog, "cancelButton")->isEnabled());
    }

    void secondarySearchFindsAllSix()
    {
        ScanDialog dialog(m_rig->port(), Connection, {});
        dialog.show();
        dialog.setMode(ScanDialog::Mode::Secondary);
        QCOMPARE(test::child<QLineEdit>(dialog, "maskEdit")->text(), QStringLiteral("FFFFFFFFFFFFFFFF"));

        // An incomplete mask is refused with a message, not sent.
        test::child<QLineEdit>(dialog, "maskEdit")->setText(QStringLiteral("6700FF"));
        QVERIFY(!test::child<QPushButton>(dialog, "startButton")->isEnabled());
        test::child<QLineEdit>(dialog, "maskEdit")->setText(QStringLiteral("FFFFFFFFFFFFFFFF"));
        QVERIFY(test::child<QPushButton>(dialog, "startButton")->isEnabled());

        const auto cancelled = runScan(dialog, 45000);
        QVERIFY(cancelled.has_value());
        QVERIFY(!*cancelled);
        const ScanResultsModel &model = *dialog.results();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.countOf(bus::ScanHit::Kind::Found), 6);
        for (const sim::MeterSpec &meter : m_demo.meters) {
            const int row = model.rowOfSecondary(meter.identity.toString());
            QVERIFY2(row >= 0, qPrintable(meter.identity.toString()));
            // The address comes from the answer's header: a meter found is a meter readable.
            QCOMPARE(model.hitAt(row).primaryAddress, int(meter.address));
        }
        QVERIFY(test::child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("selections: ")));

        // A primary scan in the same dialog merges into the rows the search made.
        setRange(dialog, 1, 2);
        QVERIFY(runScan(dialog, 20000).has_value());
        QCOMPARE(model.rowCount(), 6);
    }

    void maskMessageSaysWhatIsMissing()
    {
        ScanDialog dialog(m_rig->port(), Connection, {});
        dialog.show();
        dialog.setMode(ScanDialog::Mode::Secondary);
        test::child<QLineEdit>(dialog, "maskEdit")->setText(QStringLiteral("6700FF"));
        QVERIFY(!test::child<QPushButton>(dialog, "startButton")->isEnabled());
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        const bool told = std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->isVisible() && l->text().contains(QStringLiteral("16 hex digits (it has 6)"));
        });
        QVERIFY(told);
        test::child<QLineEdit>(dialog, "maskEdit")->setText(QStringLiteral("6700FFFFFFFFFFFF"));
        QVERIFY(test::child<QPushButton>(dialog, "startButton")->isEnabled());
    }

    void collisionIsHighlightedAndCannotBeAdded()
    {
        Rig rig(sim::withCollision(m_demo, 3));
        ScanDialog dialog(rig.port(), Connection, {});
        dialog.show();
        setRange(dialog, 2, 4);
        QVERIFY(runScan(dialog, 20000).has_value());

        const ScanResultsModel &model = *dialog.results();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(column(model, ScanResultsModel::AddressColumn),
                 (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
        const QModelIndex collision = model.index(1, ScanResultsModel::ResultColumn);
        QCOMPARE(model.hitAt(1).kind, bus::ScanHit::Kind::Collision);
        QVERIFY(collision.data().toString().startsWith(QStringLiteral("Collision")));
        const QColor background = collision.data(Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY(background.isValid() && background.red() > background.green() && background.red() > background.blue());
        QVERIFY(collision.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.isAddable(1));

        selectRows(dialog, {1});
        QVERIFY(!test::child<QPushButton>(dialog, "addButton")->isEnabled());
        selectRows(dialog, {0, 1, 2});
        QVERIFY(test::child<QPushButton>(dialog, "addButton")->isEnabled());
        QTest::mouseClick(test::child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<project::Meter> chosen = dialog.chosenMeters();
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(0).address, 2);
        QCOMPARE(chosen.at(1).address, 4);

        // The search by secondary address tells the two meters on address 3 apart.
        ScanDialog search(rig.port(), Connection, {});
        search.show();
        search.setMode(ScanDialog::Mode::Secondary);
        test::child<QLineEdit>(search, "maskEdit")->setText(QStringLiteral("670030FFFFFFFFFF"));
        QVERIFY(runScan(search, 30000).has_value());
        const ScanResultsModel &found = *search.results();
        QCOMPARE(found.rowCount(), 2);
        QCOMPARE(found.countOf(bus::ScanHit::Kind::Found), 2);
        QStringList ids;
        for (const QString &secondary : column(found, ScanResultsModel::SecondaryColumn))
            ids << secondary.left(8);
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("67003003"), QStringLiteral("67003004")}));
        for (int r = 0; r < 2; ++r) {
            QCOMPARE(found.hitAt(r).primaryAddress, 3);
            QVERIFY(found.index(r, ScanResultsModel::ResultColumn).data().toString().contains(QStringLiteral("this address too")));
        }
    }

    void cancelMidScanStopsQuicklyAndTheDialogStaysUsable()
    {
        ScanDialog dialog(m_rig->port(), Connection, {});
        dialog.show();
        setRange(dialog, 0, 250);
        QSignalSpy finished(&dialog, &ScanDialog::scanFinished);
        QTest::mouseClick(test::child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        QVERIFY(dialog.isScanning());
        QVERIFY(!test::child<QPushButton>(dialog, "startButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.progressBar()->value() >= 3, 15000);
        QVERIFY(test::child<QPushButton>(dialog, "cancelButton")->isEnabled());

        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(test::child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(finished.wait(3000));
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!dialog.isScanning());
        QVERIFY(dialog.progressBar()->value() < 250);
        QVERIFY(test::child<QLabel>(dialog, "statusLabel")->text().startsWith(QStringLiteral("Stopped")));

        // Usable again: a new scan runs on the same port, undisturbed by the one stopped.
        QVERIFY(test::child<QPushButton>(dialog, "startButton")->isEnabled());
        setRange(dialog, 5, 6);
        const auto cancelled = runScan(dialog, 20000);
        QVERIFY(cancelled.has_value());
        QVERIFY(!*cancelled);
        QVERIFY(dialog.results()->rowOfSecondary(m_demo.meters.at(4).identity.toString()) >= 0);
        QVERIFY(dialog.results()->rowOfSecondary(m_demo.meters.at(5).identity.toString()) >= 0);
    }

    void closingMidScanCancelsIt()
    {
        auto dialog = std::make_unique<ScanDialog>(m_rig->port(), Connection, QList<project::Meter>{});
        dialog->show();
        dialog->setMode(ScanDialog::Mode::Secondary);
        QSignalSpy finished(dialog.get(), &ScanDialog::scanFinished);
        QTest::mouseClick(test::child<QPushButton>(dialog.get(), "startButton"), Qt::LeftButton);
        QTest::qWait(300);
        dialog->reject();
        QVERIFY(finished.wait(3000));
        QCOMPARE(finished.first().first().toBool(), true);
        dialog.reset();

        // Nothing of the closed scan is left on the port: a new dialog's scan gets its answers.
        ScanDialog next(m_rig->port(), Connection, {});
        next.show();
        setRange(next, 1, 1);
        QVERIFY(runScan(next, 10000).has_value());
        QCOMPARE(next.results()->rowCount(), 1);
    }

    void addToProjectOffersOnlyNewMeters()
    {
        const QList<project::Meter> known{
            {2, m_demo.meters.at(1).identity.toString().toLower(), QStringLiteral("Electricity, main"), {}}, // by secondary
            {4, QString(), QStringLiteral("Gas"), {}},                                                       // by address
            {5, QStringLiteral("11223344A5110201"), QStringLiteral("Old sensor"), {}}, // another meter on 5
        };
        ScanDialog dialog(m_rig->port(), Connection, known);
        dialog.show();
        setRange(dialog, 1, 5);
        QVERIFY(runScan(dialog, 30000).has_value());
        const ScanResultsModel &model = *dialog.results();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.standingAt(1), ScanResultsModel::Standing::InProject);
        QCOMPARE(model.standingAt(3), ScanResultsModel::Standing::InProject);
        QCOMPARE(model.standingAt(4), ScanResultsModel::Standing::AddressTaken);
        QVERIFY(model.index(1, ScanResultsModel::ProjectColumn).data().toString().contains(QStringLiteral("Electricity, main")));
        QVERIFY(model.index(4, ScanResultsModel::ProjectColumn).data().toString().contains(QStringLiteral("Old sensor")));
        QCOMPARE(model.index(1, 0).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0x80, 0x80, 0x80));

        QVERIFY(!test::child<QPushButton>(dialog, "addButton")->isEnabled());
        selectRows(dialog, {1, 3});
        QVERIFY(!test::child<QPushButton>(dialog, "addButton")->isEnabled());
        test::child<QTableView>(dialog, "resultsView")->selectAll();
        QVERIFY(test::child<QPushButton>(dialog, "addButton")->isEnabled());
        QTest::mouseClick(test::child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QList<project::Meter> chosen = dialog.chosenMeters();
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(0).address, 1);
        QCOMPARE(chosen.at(0).secondary, QStringLiteral("670010012D2C3404"));
        QCOMPARE(chosen.at(0).secondary, m_demo.meters.at(0).identity.toString());
        QCOMPARE(chosen.at(0).name, QStringLiteral("KAM Heat (outlet) 67001001"));
        QCOMPARE(chosen.at(1).address, 3);
        QCOMPARE(link::SecondaryAddress::fromString(chosen.at(1).secondary), std::optional(m_demo.meters.at(2).identity));
    }

    void disabledConnectionCannotBeScanned()
    {
        ScanDialog dialog(nullptr, QStringLiteral("Spare"), {});
        dialog.show();
        QVERIFY(!test::child<QPushButton>(dialog, "startButton")->isEnabled());
        QVERIFY(test::child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("disabled")));
        dialog.start();
        QVERIFY(!dialog.isScanning());
    }
};

QTEST_MAIN(TestGuiScanDialog)
#include "tst_gui_scan_dialog.moc"
