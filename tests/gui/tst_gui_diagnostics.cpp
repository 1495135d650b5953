// The diagnostics panel over a real EngineHost on the embedded demo bus: every connection STOP
// (red) before it runs, Start on the panel makes it RUN (green) and the meters' answers count up,
// a meter that is not on the bus shows Error "Timeout" and its timeouts, Stop makes it STOP again.
#include "GuiTestSupport.h"
#include "common/ColumnFitter.h"
#include "DemoRig.h"
#include "diagnostics/DiagnosticsModel.h"
#include "diagnostics/DiagnosticsPanel.h"
#include "diagnostics/MeterStatisticsModel.h"

#include <QBrush>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace mbus;
using namespace mbus::ui;

namespace {

constexpr int CycleTimeoutMs = 20000;

QString stateOf(const DiagnosticsModel &model, const QString &connection)
{
    return model.index(model.rowOf(connection), DiagnosticsModel::StateColumn).data().toString();
}

QColor stateColour(const DiagnosticsModel &model, const QString &connection)
{
    return model.index(model.rowOf(connection), DiagnosticsModel::StateColumn).data(Qt::BackgroundRole).value<QBrush>().color();
}

bool isRed(const QColor &c) { return c.red() > c.green() + 40 && c.red() > c.blue() + 40; }
bool isGreen(const QColor &c) { return c.green() > c.red() + 40 && c.green() > c.blue() + 40; }

quint64 answersOf(const DiagnosticsModel &model, const QString &connection, int address)
{
    const engine::ConnectionDiagnostics *d = model.diagnostics(connection);
    return d ? d->meters.value(address).answers : 0;
}

} // namespace

class TestGuiDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_project = test::demoProject(true);
        m_host = std::make_unique<EngineHost>();
        m_host->setSimulatedProfile(test::demoProfile());
        m_host->setProject(m_project);
        m_panel = std::make_unique<DiagnosticsPanel>();
        m_panel->setEngineHost(m_host.get());
        m_panel->setProject(m_project);
        m_panel->resize(900, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_host->stopAll();
        m_panel.reset();
        m_host.reset(); // joins the pollers' threads
    }

    void listsEveryConnectionStoppedBeforeItRuns()
    {
        const DiagnosticsModel &model = *m_panel->model();
        QCOMPARE(model.rowCount(), 2);
        for (const QString &name : {test::DemoBus, test::MissingBus}) {
            QCOMPARE(stateOf(model, name), QStringLiteral("STOP"));
            QVERIFY(isRed(stateColour(model, name)));
            QCOMPARE(model.index(model.rowOf(name), DiagnosticsModel::ActualColumn).data().toString(), QStringLiteral("Master"));
            QCOMPARE(model.index(model.rowOf(name), DiagnosticsModel::ErrorColumn).data().toString(), QString());
        }
        // The meters the engine will poll are listed with nothing counted yet.
        m_panel->selectConnection(test::DemoBus);
        const MeterStatisticsModel &meters = *m_panel->meterModel();
        QCOMPARE(meters.rowCount(), 6);
        QCOMPARE(meters.index(0, MeterStatisticsModel::AddressColumn).data().toInt(), 1);
        QCOMPARE(meters.index(0, MeterStatisticsModel::RequestsColumn).data().toULongLong(), 0ULL);
        QVERIFY(test::child<QPushButton>(m_panel.get(), "startButton")->isEnabled());
        QVERIFY(!test::child<QPushButton>(m_panel.get(), "stopButton")->isEnabled());
    }

    void startRunsGreenAndCountsAnswersStopStopsRed()
    {
        const DiagnosticsModel &model = *m_panel->model();
        m_panel->selectConnection(test::DemoBus);
        QTest::mouseClick(test::child<QPushButton>(m_panel.get(), "startButton"), Qt::LeftButton);
        QVERIFY(m_host->isRunning(test::DemoBus));
        QCOMPARE(stateOf(model, test::DemoBus), QStringLiteral("RUN"));
        QVERIFY(isGreen(stateColour(model, test::DemoBus)));
        QCOMPARE(stateOf(model, test::MissingBus), QStringLiteral("STOP"));
        QVERIFY(!test::child<QPushButton>(m_panel.get(), "startButton")->isEnabled());
        QVERIFY(test::child<QPushButton>(m_panel.get(), "stopButton")->isEnabled());

        QTRY_VERIFY_WITH_TIMEOUT(answersOf(model, test::DemoBus, 1) > 0, CycleTimeoutMs);
        const quint64 first = answersOf(model, test::DemoBus, 1);
        const MeterStatisticsModel &meters = *m_panel->meterModel();
        for (int row = 0; row < meters.rowCount(); ++row) {
            QVERIFY(meters.index(row, MeterStatisticsModel::AnswersColumn).data().toULongLong() > 0);
            QCOMPARE(meters.index(row, MeterStatisticsModel::TimeoutsColumn).data().toULongLong(), 0ULL);
            QVERIFY(!meters.index(row, MeterStatisticsModel::LastAnswerColumn).data().toString().isEmpty());
        }
        QVERIFY(model.index(model.rowOf(test::DemoBus), DiagnosticsModel::CyclesColumn).data().toULongLong() >= 1);
        QCOMPARE(model.index(model.rowOf(test::DemoBus), DiagnosticsModel::ErrorColumn).data().toString(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(answersOf(model, test::DemoBus, 1) > first, CycleTimeoutMs);

        QTest::mouseClick(test::child<QPushButton>(m_panel.get(), "stopButton"), Qt::LeftButton);
        QVERIFY(!m_host->isRunning(test::DemoBus));
        QCOMPARE(stateOf(model, test::DemoBus), QStringLiteral("STOP"));
        QVERIFY(isRed(stateColour(model, test::DemoBus)));
        // A report still on its way from the stopped poller does not turn it green again: the
        // host says what runs, not the engine's last report.
        engine::ConnectionDiagnostics late = *model.diagnostics(test::DemoBus);
        late.running = true;
        m_panel->model()->updateDiagnostics(late);
        QCOMPARE(stateOf(model, test::DemoBus), QStringLiteral("STOP"));
        QVERIFY(test::child<QPushButton>(m_panel.get(), "startButton")->isEnabled());
    }

    void columnsFitWhatTheyShowWithoutMeasuringEveryCycle()
    {
        QTableView *view = m_panel->connectionView();
        QHeaderView *header = view->horizontalHeader();
        // Measured every few seconds, not on each change: no column is ResizeToContents.
        for (int column = 0; column < header->count(); ++column)
            QCOMPARE(header->sectionResizeMode(column), QHeaderView::Interactive);
        const auto fits = [view](int column) {
            const QAbstractItemView *v = view;
            return view->columnWidth(column) >= v->sizeHintForColumn(column);
        };
        QVERIFY(fits(DiagnosticsModel::ConnectionColumn));
        // A user's wider column stays as wide; one narrowed below its text widens at the next
        // change, within the fit interval.
        header->resizeSection(DiagnosticsModel::StateColumn, 300);
        header->resizeSection(DiagnosticsModel::ConnectionColumn, 20);
        m_panel->model()->setRunning(test::DemoBus, true);
        QTRY_VERIFY_WITH_TIMEOUT(fits(DiagnosticsModel::ConnectionColumn), ColumnFitter::FitIntervalMs + 2000);
        QCOMPARE(view->columnWidth(DiagnosticsModel::StateColumn), 300);
    }

    void missingMeterShowsTimeout()
    {
        const DiagnosticsModel &model = *m_panel->model();
        m_panel->selectConnection(test::MissingBus);
        QTest::mouseClick(test::child<QPushButton>(m_panel.get(), "startButton"), Qt::LeftButton);
        QCOMPARE(stateOf(model, test::MissingBus), QStringLiteral("RUN"));
        const QModelIndex error = model.index(model.rowOf(test::MissingBus), DiagnosticsModel::ErrorColumn);
        QTRY_VERIFY_WITH_TIMEOUT(error.data().toString().startsWith(QStringLiteral("Timeout")), CycleTimeoutMs);
        QVERIFY(isRed(error.data(Qt::ForegroundRole).value<QBrush>().color()));

        const MeterStatisticsModel &meters = *m_panel->meterModel();
        QCOMPARE(meters.connection(), test::MissingBus);
        const int row = meters.rowOfAddress(test::MissingAddress);
        QVERIFY(row >= 0);
        QVERIFY(meters.index(row, MeterStatisticsModel::TimeoutsColumn).data().toULongLong() >= 1);
        QCOMPARE(meters.index(row, MeterStatisticsModel::AnswersColumn).data().toULongLong(), 0ULL);
        QCOMPARE(meters.index(row, MeterStatisticsModel::LastErrorColumn).data().toString(), QStringLiteral("Timeout"));
        QVERIFY(meters.statisticsAt(row).retries >= 1);
    }

    void startAllAndStopAll()
    {
        const DiagnosticsModel &model = *m_panel->model();
        QTest::mouseClick(test::child<QPushButton>(m_panel.get(), "startAllButton"), Qt::LeftButton);
        for (const QString &name : {test::DemoBus, test::MissingBus}) {
            QCOMPARE(stateOf(model, name), QStringLiteral("RUN"));
            QVERIFY(isGreen(stateColour(model, name)));
        }
        QTest::mouseClick(test::child<QPushButton>(m_panel.get(), "stopAllButton"), Qt::LeftButton);
        for (const QString &name : {test::DemoBus, test::MissingBus}) {
            QCOMPARE(stateOf(model, name), QStringLiteral("STOP"));
            QVERIFY(isRed(stateColour(model, name)));
        }
    }

    void disabledConnectionCannotBeStarted()
    {
        m_project.connections[1].enabled = false;
        m_host->setProject(m_project);
        m_panel->setProject(m_project);
        m_panel->selectConnection(test::MissingBus);
        QVERIFY(!test::child<QPushButton>(m_panel.get(), "startButton")->isEnabled());
        m_panel->selectConnection(test::DemoBus);
        QVERIFY(test::child<QPushButton>(m_panel.get(), "startButton")->isEnabled());
    }

    void keepsCountsWhileTheProjectIsEdited()
    {
        DiagnosticsModel model;
        model.setProject(m_project);
        engine::ConnectionDiagnostics d = *model.diagnostics(test::DemoBus);
        d.meters[1].answers = 5;
        d.meters[2].answers = 7;
        d.error = QStringLiteral("Timeout (address 2)");
        model.updateDiagnostics(d);

        // Address 2 loses its bindings: its row goes, the others keep what was counted.
        project::Project edited = m_project;
        QList<project::Binding> &bindings = edited.connections[0].bindings;
        bindings.erase(std::remove_if(bindings.begin(), bindings.end(), [](const auto &b) { return b.address == 2; }), bindings.end());
        model.setProject(edited);
        QCOMPARE(model.diagnostics(test::DemoBus)->meters.value(1).answers, 5ULL);
        QVERIFY(!model.diagnostics(test::DemoBus)->meters.contains(2));
        QCOMPARE(model.index(model.rowOf(test::DemoBus), DiagnosticsModel::ErrorColumn).data().toString(), d.error);
    }

private:
    project::Project m_project;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<DiagnosticsPanel> m_panel;
};

QTEST_MAIN(TestGuiDiagnostics)
#include "tst_gui_diagnostics.moc"
