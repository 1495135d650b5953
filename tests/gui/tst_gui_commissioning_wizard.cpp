// The commissioning assistant as the Bus menu opens it: over EngineHost's port of a connection on
// the in-process simulated bus (the demo meters with a second meter on address 3), and for line
// detection over a real mbus-sim on a pty. The simulated bus is paced at the wire rate, so the
// cases run at 9600 Bd where the rate is not the point.
#include "commission/AddressPlanPage.h"
#include "commission/BaudRatePage.h"
#include "commission/CommissioningSession.h"
#include "commission/CommissioningWizard.h"
#include "window/EngineHost.h"
#include "GuiTestSupport.h"
#include "commission/LineSettingsPage.h"
#include "project/ProjectDocument.h"
#include "commission/ReportPage.h"
#include "SimProcess.h"
#include "BusHarness.h"
#include "commission/SurveyTableModel.h"

#include "commission/ReportFile.h"
#include "sim/SimulatedBus.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mbus;
using ui::AddressPlanPage;
using ui::CommissioningWizard;
using ui::SurveyTableModel;

namespace {

const QString Connection = QStringLiteral("Bus");
const QString Twin = QStringLiteral("67003004AE4C1407"); // withCollision's second meter on 3

sim::Profile demoProfile()
{
    sim::Profile profile;
    sim::Profile::builtIn(QStringLiteral("demo"), &profile);
    return profile;
}

project::Connection connectionAt(const link::LineSettings &line, const QString &port = QStringLiteral("simulated"))
{
    project::Connection c;
    c.name = Connection;
    c.channel.serialPort = port;
    c.channel.line = line;
    // A read of the shared address waits out the answer window on every retry: keep it short.
    c.channel.timeoutMs = 500;
    return c;
}

// A document and an engine host wired as the main window wires them (every edit rebuilds the
// engine), the connection on a simulated bus unless profile is empty.
struct Rig
{
    ui::ProjectDocument document;
    ui::EngineHost host;

    Rig(const project::Connection &connection, const std::optional<sim::Profile> &profile)
    {
        if (profile)
            host.setSimulatedProfile(profile);
        project::Project p;
        p.name = QStringLiteral("Commissioning test");
        p.connections << connection;
        document.reset(p, QString());
        host.setProject(document.project());
        QObject::connect(&document, &ui::ProjectDocument::changed, &host, [this] { host.setProject(document.project()); });
    }
    const project::Connection &connection() const { return document.project().connections.first(); }
};

bool survey(AddressPlanPage *page)
{
    QSignalSpy finished(page, &AddressPlanPage::surveyFinished);
    QTest::mouseClick(test::child<QPushButton>(page, "surveyButton"), Qt::LeftButton);
    return finished.wait(60000) && !finished.first().first().toBool();
}

// Answers the next address-change question with the button which; the question lands in asked
// (which must outlive the answer).
void answerChange(QMessageBox::StandardButton which, QStringList *asked)
{
    test::whenModal<QMessageBox>([which, asked](QMessageBox *box) {
        *asked << box->text();
        box->button(which)->click();
    }, 30000);
}

int rowOf(const SurveyTableModel &model, const QString &secondary)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.meters().at(r).secondary.toString() == secondary)
            return r;
    }
    return -1;
}

} // namespace

class TestGuiCommissioningWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Rig> m_rig;

    CommissioningWizard *openAtAddresses(CommissioningWizard &wizard)
    {
        wizard.show();
        wizard.next();
        return wizard.currentId() == CommissioningWizard::AddressPageId ? &wizard : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_rig = std::make_unique<Rig>(connectionAt({9600, 8, link::Parity::Even, 1}), sim::withCollision(demoProfile(), 3));
    }
    void cleanup() { m_rig.reset(); }

    void surveyShowsTheSharedAddressAndPlansAMove()
    {
        m_rig->host.start(Connection);
        CommissioningWizard wizard(&m_rig->document, &m_rig->host, Connection);
        QVERIFY(!m_rig->host.isRunning(Connection)); // the assistant has the bus
        QVERIFY(test::child<QLabel>(wizard.linePage(), "introLabel")->text().isEmpty()); // filled when shown
        wizard.show();
        QVERIFY(test::child<QLabel>(wizard.linePage(), "introLabel")->text().contains(QStringLiteral("stopped")));
        QVERIFY(!test::child<QPushButton>(wizard.linePage(), "detectButton")->isVisible()); // simulated: nothing to detect
        wizard.next();
        AddressPlanPage *page = wizard.addressPage();

        // While the survey runs the assistant cannot be left by Next or Back.
        QSignalSpy finished(page, &AddressPlanPage::surveyFinished);
        QTest::mouseClick(test::child<QPushButton>(page, "surveyButton"), Qt::LeftButton);
        QVERIFY(wizard.session()->isBusy());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());

        const SurveyTableModel &model = *wizard.session()->model();
        QCOMPARE(model.rowCount(), 7);
        int shared = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const bool at3 = model.meters().at(r).primaryBefore == 3;
            QCOMPARE(model.isShared(r), at3);
            QCOMPARE(model.index(r, SurveyTableModel::SecondaryColumn).data(Qt::BackgroundRole).isValid(), at3);
            shared += at3 ? 1 : 0;
        }
        QCOMPARE(shared, 2);
        const commission::AddressPlan &plan = page->plan();
        QCOMPARE(plan.moves.size(), 1);
        QCOMPARE(plan.moves.first().from, 3);
        QCOMPARE(plan.moves.first().to, 7);
        const int twin = rowOf(model, Twin);
        QCOMPARE(plan.moves.first().meter, twin);
        QCOMPARE(model.index(twin, SurveyTableModel::PlannedColumn).data().toString(), QStringLiteral("→ 7"));
        QVERIFY(test::child<QPushButton>(page, "applyButton")->isEnabled());

        wizard.reject();
        QVERIFY(m_rig->host.isRunning(Connection)); // polling resumes as it was
    }

    void confirmedChangeEndsWithEveryMeterVerifiedAndGoesIntoTheProject()
    {
        // The project knows the twin, with a binding on it: with "keep known" off, the twin is
        // the one that moves, and the project's meter and binding must follow it.
        project::Project p = m_rig->document.project();
        project::Meter known;
        known.address = 3;
        known.secondary = Twin;
        known.name = QStringLiteral("Twin");
        project::Binding binding;
        binding.name = QStringLiteral("Twin energy");
        binding.tag = QStringLiteral("twin_energy");
        binding.address = 3;
        binding.meter = Twin;
        p.connections[0].meters << known;
        p.connections[0].bindings << binding;
        m_rig->document.reset(p, QString());

        CommissioningWizard wizard(&m_rig->document, &m_rig->host, Connection);
        QVERIFY(openAtAddresses(wizard));
        AddressPlanPage *page = wizard.addressPage();
        test::child<QCheckBox>(page, "keepKnownBox")->setChecked(false);
        QVERIFY(survey(page));
        QCOMPARE(page->plan().moves.size(), 1);
        QCOMPARE(page->plan().moves.first().meter, rowOf(*wizard.session()->model(), Twin));

        QStringList asked;
        answerChange(QMessageBox::Yes, &asked);
        QSignalSpy applied(page, &AddressPlanPage::planApplied);
        QTest::mouseClick(test::child<QPushButton>(page, "applyButton"), Qt::LeftButton);
        QVERIFY(applied.wait(60000));
        QCOMPARE(asked, QStringList{QStringLiteral("Set SEN %1 from address 3 to 7?").arg(Twin)});
        QVERIFY(applied.first().first().toBool());
        const SurveyTableModel &model = *wizard.session()->model();
        QVERIFY(commission::sharedAddresses(model.meters()).isEmpty());
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY(!model.isShared(r));
            QVERIFY2(model.meters().at(r).outcome.contains(QStringLiteral("verified")), qPrintable(model.meters().at(r).outcome));
        }
        QCOMPARE(model.meters().at(rowOf(model, Twin)).primaryNow(), 7);
        QVERIFY(!test::child<QPushButton>(page, "applyButton")->isEnabled());

        const int steps = m_rig->document.undoStack()->count();
        QTest::mouseClick(test::child<QPushButton>(page, "addButton"), Qt::LeftButton);
        QCOMPARE(m_rig->document.undoStack()->count(), steps + 1);
        const project::Connection &c = m_rig->connection();
        QCOMPARE(c.meters.size(), 7);
        QSet<int> addresses;
        for (const project::Meter &m : c.meters) {
            addresses.insert(m.address);
            if (m.secondary == Twin)
                QCOMPARE(m.address, 7);
        }
        QCOMPARE(addresses, (QSet<int>{1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(c.bindings.first().address, 7);
        m_rig->document.undoStack()->undo();
        QCOMPARE(m_rig->connection().meters.size(), 1);
        QCOMPARE(m_rig->connection().bindings.first().address, 3);
    }

    void skippedChangeLeavesTheCollisionAndTheReportSaysSo()
    {
        CommissioningWizard wizard(&m_rig->document, &m_rig->host, Connection);
        QVERIFY(openAtAddresses(wizard));
        AddressPlanPage *page = wizard.addressPage();
        QVERIFY(survey(page));
        QStringList asked;
        answerChange(QMessageBox::No, &asked); // "Skip"
        QSignalSpy applied(page, &AddressPlanPage::planApplied);
        QTest::mouseClick(test::child<QPushButton>(page, "applyButton"), Qt::LeftButton);
        QVERIFY(applied.wait(60000));
        QCOMPARE(asked.size(), 1);
        QVERIFY(!applied.first().first().toBool());
        const SurveyTableModel &model = *wizard.session()->model();
        QCOMPARE(commission::sharedAddresses(model.meters()), QList<int>{3});
        QVERIFY(model.isShared(rowOf(model, Twin)));

        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CommissioningWizard::ReportPageId));
        const commission::CommissioningReport report = wizard.reportPage()->report();
        QCOMPARE(report.title, QStringLiteral("Commissioning test"));
        QCOMPARE(report.connection, Connection);
        QCOMPARE(report.meters.size(), 7);
        QVERIFY(report.notes.join(QLatin1Char('\n')).contains(QStringLiteral("share address 3")));
        QVERIFY(test::child<QPushButton>(wizard.reportPage(), "saveButton")->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        QString error;
        QVERIFY2(commission::writeReport(report, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        for (const commission::SurveyedMeter &m : report.meters)
            QVERIFY2(csv.contains(m.secondary.toString()), qPrintable(m.secondary.toString()));
    }

    void closingMidSurveyStopsIt()
    {
        CommissioningWizard wizard(&m_rig->document, &m_rig->host, Connection);
        QVERIFY(openAtAddresses(wizard));
        AddressPlanPage *page = wizard.addressPage();
        QSignalSpy finished(page, &AddressPlanPage::surveyFinished);
        QTest::mouseClick(test::child<QPushButton>(page, "surveyButton"), Qt::LeftButton);
        QTest::qWait(300);
        wizard.reject();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(!wizard.session()->isBusy());
        // Nothing of the survey is left on the port: a read goes through at once.
        bus::RequestPort *port = m_rig->host.port(Connection);
        QElapsedTimer clock;
        clock.start();
        const bus::Outcome read = test::awaitReply(port->read(1), 3000);
        QVERIFY2(read.ok(), qPrintable(read.error.text()));
        QVERIFY(clock.elapsed() < 3000);
    }

    void wholeBusBaudSwitchMovesTheConnection()
    {
        m_rig = std::make_unique<Rig>(connectionAt({2400, 8, link::Parity::Even, 1}), demoProfile());
        CommissioningWizard wizard(&m_rig->document, &m_rig->host, Connection);
        wizard.show();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CommissioningWizard::BaudPageId));
        ui::BaudRatePage *page = wizard.baudPage();
        page->setWholeBus(true);
        page->setNewBaud(9600);
        QSignalSpy finished(page, &ui::BaudRatePage::switchFinished);
        QStringList asked; // the whole bus switches only after a yes (the survey comes first)
        answerChange(QMessageBox::Yes, &asked);
        QTest::mouseClick(test::child<QPushButton>(page, "switchButton"), Qt::LeftButton);
        QVERIFY(finished.wait(90000));
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("Meters on the bus: 6.")) && asked.first().contains(QStringLiteral("9600 Bd")),
                 qPrintable(asked.first()));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(test::child<QLabel>(page, "statusLabel")->text()));
        QCOMPARE(finished.first().at(1).toInt(), 9600);
        QCOMPARE(m_rig->connection().channel.line.baud, 9600);
        const QList<commission::SurveyedMeter> &meters = wizard.session()->meters();
        QCOMPARE(meters.size(), 6);
        for (const commission::SurveyedMeter &m : meters)
            QCOMPARE(m.baudAfter, 9600);
        QCOMPARE(page->results()->count(), 6);

        // The meters answer at 9600 now, over the connection's new port.
        wizard.back();
        QVERIFY(survey(wizard.addressPage()));
        QCOMPARE(wizard.session()->model()->rowCount(), 6);
    }

    void wholeBusBaudSwitchAsksAndNoSendsNothing()
    {
        m_rig = std::make_unique<Rig>(connectionAt({2400, 8, link::Parity::Even, 1}), demoProfile());
        CommissioningWizard wizard(&m_rig->document, &m_rig->host, Connection);
        wizard.show();
        wizard.next();
        QVERIFY(survey(wizard.addressPage())); // the meters are known: the switch would start at once
        wizard.next();
        ui::BaudRatePage *page = wizard.baudPage();
        page->setWholeBus(true);
        page->setNewBaud(4800);
        int sent = 0;
        m_rig->host.setTrafficEnabled(true);
        connect(&m_rig->host, &ui::EngineHost::traffic, this, [&sent](const QString &, const QList<engine::TrafficChunk> &chunks) {
            for (const engine::TrafficChunk &chunk : chunks)
                sent += chunk.outgoing ? 1 : 0;
        });
        QSignalSpy finished(page, &ui::BaudRatePage::switchFinished);
        QString asked;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
        test::whenModal<QMessageBox>([&](QMessageBox *box) {
            asked = box->text();
            defaultButton = box->standardButton(box->defaultButton());
            box->button(QMessageBox::No)->click();
        });
        QTest::mouseClick(test::child<QPushButton>(page, "switchButton"), Qt::LeftButton);
        QVERIFY(!finished.isEmpty() || finished.wait(5000));
        QVERIFY2(asked.contains(QStringLiteral("Meters on the bus: 6.")) && asked.contains(QStringLiteral("4800 Bd")), qPrintable(asked));
        QCOMPARE(defaultButton, QMessageBox::No);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QTest::qWait(300);
        QCOMPARE(sent, 0);
        QCOMPARE(page->results()->count(), 0);
        QCOMPARE(m_rig->connection().channel.line.baud, 2400);
        QVERIFY(!wizard.session()->isBusy());
        // The count sees the bus: a read is traffic, and the meters still answer at 2400 Bd.
        QVERIFY(test::awaitReply(m_rig->host.port(Connection)->read(1), 10000).ok());
        QTRY_VERIFY(sent > 0);
    }

    void lineDetectionOverAPtyRecommendsTheMetersSettings()
    {
        test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--baud"), QStringLiteral("2400")}, true, false, 90));
        project::Connection c = connectionAt({9600, 8, link::Parity::None, 1}, sim.ptyPath());
        project::Meter meter;
        meter.address = 1;
        c.meters << meter;
        m_rig = std::make_unique<Rig>(c, std::nullopt);
        CommissioningWizard wizard(&m_rig->document, &m_rig->host, Connection);
        wizard.show();
        ui::LineSettingsPage *page = wizard.linePage();
        QVERIFY(page->canDetect());
        // The connection's own port is open, as a survey on the next page leaves it: a serial
        // port opens once only, so detection must get the connection to let go of it.
        bus::RequestPort *port = m_rig->host.port(Connection);
        QVERIFY(port);
        bus::Reply *ping = port->send(bus::Request::ping(1));
        QSignalSpy pinged(ping, &bus::Reply::finished);
        QVERIFY(pinged.wait(10000));
        QSignalSpy finished(page, &ui::LineSettingsPage::detectionFinished);
        QTest::mouseClick(test::child<QPushButton>(page, "detectButton"), Qt::LeftButton);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(finished.wait(50000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY(test::child<QListWidget>(page, "triedList")->count() >= 2); // 9600 8N1 first, as the connection is set
        QVERIFY(page->recommended().has_value());
        QCOMPARE(*page->recommended(), (link::LineSettings{2400, 8, link::Parity::Even, 1}));
        QCOMPARE(test::child<QPushButton>(page, "useButton")->text(), QStringLiteral("Use 2400 8E1"));
        const int steps = m_rig->document.undoStack()->count();
        QTest::mouseClick(test::child<QPushButton>(page, "useButton"), Qt::LeftButton);
        QCOMPARE(m_rig->document.undoStack()->count(), steps + 1);
        QCOMPARE(m_rig->connection().channel.line, (link::LineSettings{2400, 8, link::Parity::Even, 1}));
    }
};

QTEST_MAIN(TestGuiCommissioningWizard)
#include "tst_gui_commissioning_wizard.moc"
