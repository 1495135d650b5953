#include "MainWindow.h"

#include "commission/CommissioningWizard.h"
#include "project/ConnectionForm.h"
#include "diagnostics/DiagnosticsPanel.h"
#include "window/EngineHost.h"
#include "window/FaceplateSettings.h"
#include "help/HelpBrowser.h"
#include "meter/MeterView.h"
#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "window/RecentFiles.h"
#include "scan/ScanDialog.h"
#include "project/SerialPortWatcher.h"
#include "traffic/TrafficLogView.h"
#include "window/PollingBanner.h"
#include "project/AddMeterDialog.h"
#include "trend/TrendController.h"
#include "trend/TrendView.h"
#include "project/ProjectTreeModel.h"
#include "window/Translations.h"

#include "sim/MeterProfile.h"

#include <QActionGroup>
#include <QSet>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QVBoxLayout>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

namespace mbus::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(this))
    , m_host(new EngineHost(this))
    , m_ports(new SerialPortWatcher(this))
    , m_pane(new ProjectPane(m_document, m_host, this))
    , m_recent(new RecentFiles(this))
    , m_diagnostics(new DiagnosticsPanel(this))
    , m_traffic(new TrafficLogView(this))
    , m_trend(new TrendView(this))
    , m_simulatedLabel(new QLabel(this))
    , m_runningLabel(new QLabel(this))
    , m_banner(new PollingBanner(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(2);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_pane, 1);
    setCentralWidget(central);
    connect(m_banner, &PollingBanner::startRequested, m_host, &EngineHost::startAll);
    createActions();
    createDocks();
    createMenus();
    statusBar()->addPermanentWidget(m_simulatedLabel);
    statusBar()->addPermanentWidget(m_runningLabel);
    m_pane->connectionForm()->setSerialPorts(m_ports->ports());
    connect(m_ports, &SerialPortWatcher::portsChanged, m_pane->connectionForm(), &ConnectionForm::setSerialPorts);
    connect(m_document, &ProjectDocument::changed, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::changed, this, &MainWindow::updateStatus); // the banner follows the project
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle); // the trend's tags
    connect(m_host, &EngineHost::cycleFinished, m_pane, [this](const QList<engine::TagValue> &values) { m_pane->updateValues(values); });
    connect(m_host, &EngineHost::runningChanged, this, &MainWindow::updateStatus);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) {
        QString error;
        if (maybeSave() && !openProject(path, &error))
            showError(tr("Open project"), error);
    });
    restoreLayout();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New project"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProject);
    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWithDialog);
    m_openDemoAction = new QAction(tr("Open the &demo (simulated bus)"), this);
    connect(m_openDemoAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            openDemo();
    });
    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = new QAction(tr("Save &as…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_importAction = new QAction(tr("&Import Faceplate configuration…"), this);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFaceplateWithDialog);
    m_exportFaceplateAction = new QAction(tr("&Export Faceplate configuration…"), this);
    m_exportFaceplateAction->setObjectName(QStringLiteral("exportFaceplate"));
    m_exportFaceplateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportFaceplateAction, &QAction::triggered, this, [this] { exportWithDialog(true); });
    m_exportCsvAction = new QAction(tr("Export bindings as &CSV…"), this);
    connect(m_exportCsvAction, &QAction::triggered, this, [this] { exportWithDialog(false); });
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_addConnectionAction = new QAction(tr("Add &connection"), this);
    connect(m_addConnectionAction, &QAction::triggered, m_pane, &ProjectPane::addConnection);
    m_addMeterAction = new QAction(tr("Add &meter…"), this);
    connect(m_addMeterAction, &QAction::triggered, this, [this] {
        const int c = m_pane->currentConnection();
        if (c < 0)
            return;
        AddMeterDialog dialog(m_document->project().connections.at(c), this);
        if (dialog.exec() == QDialog::Accepted)
            m_pane->addMeter(dialog.address());
    });
    m_deleteAction = new QAction(tr("&Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, m_pane, &ProjectPane::deleteSelected);

    m_startAllAction = new QAction(tr("&Start all connections"), this);
    m_startAllAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_startAllAction, &QAction::triggered, m_host, &EngineHost::startAll);
    m_stopAllAction = new QAction(tr("S&top all connections"), this);
    m_stopAllAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_stopAllAction, &QAction::triggered, m_host, &EngineHost::stopAll);
    m_scanAction = new QAction(tr("S&can bus…"), this);
    m_scanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_scanAction, &QAction::triggered, this, &MainWindow::scanBus);
    m_commissionAction = new QAction(tr("Co&mmissioning assistant…"), this);
    m_commissionAction->setToolTip(tr("Line settings, unique addresses, baud rate and a report for the selected connection"));
    connect(m_commissionAction, &QAction::triggered, this, &MainWindow::commissionBus);
    m_readAction = new QAction(tr("&Read meter"), this);
    m_readAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_readAction, &QAction::triggered, m_pane->meterView(), &MeterView::read);
    connectMeterView();
    m_simulateAction = new QAction(tr("Si&mulated bus (no hardware)"), this);
    m_simulateAction->setCheckable(true);
    m_simulateAction->setToolTip(tr("Every connection polls the simulated demo meters in this program instead of its port"));
    connect(m_simulateAction, &QAction::toggled, this, &MainWindow::setSimulated);
    m_aboutAction = new QAction(tr("&About M-Bus Workbench"), this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    connect(m_pane, &ProjectPane::selectionChanged, this, [this] {
        const bool meter = m_pane->currentAddress() >= 0;
        m_readAction->setEnabled(meter);
        m_addMeterAction->setEnabled(m_pane->currentConnection() >= 0);
        m_scanAction->setEnabled(m_pane->currentConnection() >= 0);
        m_commissionAction->setEnabled(m_pane->currentConnection() >= 0);
        m_deleteAction->setEnabled(m_pane->currentConnection() >= 0);
    });
}

void MainWindow::createDocks()
{
    m_diagnostics->setEngineHost(m_host);
    // The log records from the start, in view or not: a fault is looked at after it happened.
    m_traffic->setEngineHost(m_host);
    const auto dock = [this](QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name); // saveState() keys the layout by name
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    dock(m_diagnostics, tr("Diagnostics"), QStringLiteral("diagnosticsDock"), Qt::BottomDockWidgetArea);
    QDockWidget *traffic = dock(m_traffic, tr("Traffic"), QStringLiteral("trafficDock"), Qt::BottomDockWidgetArea);
    QDockWidget *trend = dock(m_trend, tr("Trend"), QStringLiteral("trendDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(trend, findChild<QDockWidget *>(QStringLiteral("diagnosticsDock")));
    tabifyDockWidget(trend, traffic);
    trend->raise();
    m_trendController = new TrendController(m_document, m_trend, this);
    connect(m_host, &EngineHost::cycleFinished, m_trendController, &TrendController::takeValues);
    m_pane->tree()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_pane->tree(), &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    const auto projectToDocks = [this] {
        m_diagnostics->setProject(m_document->project());
        m_traffic->setProject(m_document->project());
    };
    connect(m_document, &ProjectDocument::changed, this, projectToDocks);
    projectToDocks();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_newAction, m_openAction});
    file->addMenu(m_recent);
    file->addAction(m_openDemoAction);
    file->addSeparator();
    file->addActions({m_saveAction, m_saveAsAction});
    file->addSeparator();
    file->addActions({m_importAction, m_exportFaceplateAction, m_exportCsvAction});
    QAction *faceplateSettings = file->addAction(tr("Faceplate export &settings…"));
    faceplateSettings->setObjectName(QStringLiteral("faceplateSettings"));
    connect(faceplateSettings, &QAction::triggered, this, [this] { FaceplateSettingsDialog(this).exec(); });
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undoAction, m_redoAction});
    edit->addSeparator();
    edit->addActions({m_addConnectionAction, m_addMeterAction, m_deleteAction});

    QMenu *bus = menuBar()->addMenu(tr("&Bus"));
    bus->addActions({m_startAllAction, m_stopAllAction});
    bus->addSeparator();
    bus->addActions({m_scanAction, m_commissionAction, m_readAction});
    bus->addSeparator();
    bus->addAction(m_simulateAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *group = new QActionGroup(language);
    const QString chosen = chosenLanguage();
    for (const Language &l : availableLanguages()) {
        QAction *action = language->addAction(l.nativeName);
        action->setCheckable(true);
        action->setChecked(l.code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = l.code] {
            setChosenLanguage(code);
            if (effectiveLanguage() == installedLanguage())
                return; // e.g. "System language" when the system's is the one running
            // The restart goes through the normal close: unsaved changes are asked about first.
            if (languageRestart().ask(this) == LanguageRestart::Answer::RestartNow && close())
                languageRestart().restart();
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("&Manual"));
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
    connect(manual, &QAction::triggered, this, [this] { HelpBrowser::showFor(this); });
    help->addAction(m_aboutAction);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    // First start: as large as the screen allows up to 1400 × 900 (a laptop's 1366 × 768 too).
    const QSize screenRoom = screen() ? screen()->availableGeometry().size() - QSize(0, 30) : QSize(1400, 900);
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(QSize(1400, 900).boundedTo(screenRoom));
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // Room for the trend under the tree and the meter view: two fifths of the height, so that
        // on a laptop's 768 lines its plot still shows the shape of a curve.
        if (auto *trend = findChild<QDockWidget *>(QStringLiteral("trendDock")))
            resizeDocks({trend}, {std::min(360, height() * 2 / 5)}, Qt::Vertical);
    }
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? (m_document->project().name.isEmpty() ? tr("Untitled") : m_document->project().name)
                                        : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — M-Bus Workbench").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    m_simulatedLabel->setText(isSimulated() ? tr("Simulated bus: no hardware in use") : QString());
    m_simulatedLabel->setVisible(isSimulated());
    int running = 0;
    for (const project::Connection &c : m_document->project().connections)
        running += m_host->isRunning(c.name) ? 1 : 0;
    m_runningLabel->setText(tr("%1 of %2 connections running").arg(running).arg(m_document->project().connections.size()));
    int enabled = 0;
    for (const project::Connection &c : m_document->project().connections)
        enabled += c.enabled ? 1 : 0;
    const bool errors = project::hasErrors(m_pane->findings());
    m_banner->showState(enabled, running, errors ? tr("the project has errors (see the forms); fix them, then start.") : QString());
}

void MainWindow::showError(const QString &title, const QString &text)
{
    QMessageBox::warning(this, title, text);
}

void MainWindow::setSimulated(bool simulated)
{
    if (simulated == isSimulated())
        return;
    std::optional<sim::Profile> profile;
    if (simulated) {
        sim::Profile demo;
        if (sim::Profile::builtIn(QStringLiteral("demo"), &demo))
            profile = demo;
    }
    m_host->setSimulatedProfile(profile);
    const QSignalBlocker blocker(m_simulateAction);
    m_simulateAction->setChecked(isSimulated());
    updateStatus();
}

bool MainWindow::isSimulated() const
{
    return m_host->isSimulated();
}

void MainWindow::scanBus()
{
    const int c = m_pane->currentConnection();
    if (c < 0)
        return;
    const project::Connection connection = m_document->project().connections.at(c);
    // Every meter the project knows: the added ones and those known only through their bindings.
    ScanDialog dialog(m_host->port(connection.name), connection.name, connection.allMeters(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenMeters().isEmpty()) {
        m_pane->addMeters(c, dialog.chosenMeters());
        statusBar()->showMessage(tr("%n meter(s) added to %1", nullptr, int(dialog.chosenMeters().size())).arg(connection.name), 5000);
    }
}

void MainWindow::commissionBus()
{
    const int c = m_pane->currentConnection();
    if (c < 0)
        return;
    CommissioningWizard wizard(m_document, m_host, m_document->project().connections.at(c).name, this);
    wizard.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About M-Bus Workbench"),
                       tr("<b>M-Bus Workbench %1</b><p>Configurator and live monitor for wired M-Bus meters "
                          "(EN 13757-2/-3), for the Faceplate SCADA M-Bus driver.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace mbus::ui
