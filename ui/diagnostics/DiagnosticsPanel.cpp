#include "DiagnosticsPanel.h"

#include "common/ColumnFitter.h"
#include "diagnostics/DiagnosticsModel.h"
#include "window/EngineHost.h"
#include "diagnostics/MeterStatisticsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mbus::ui {

namespace {

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

DiagnosticsPanel::DiagnosticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DiagnosticsModel(this))
    , m_meters(new MeterStatisticsModel(m_model, this))
    , m_connections(new QTableView(this))
    , m_meterView(new QTableView(this))
    , m_meterTitle(new QLabel(this))
    , m_start(new QPushButton(tr("Start"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_startAll(new QPushButton(tr("Start all"), this))
    , m_stopAll(new QPushButton(tr("Stop all"), this))
{
    m_stopAll->setObjectName(QStringLiteral("stopAllButton"));
    m_startAll->setObjectName(QStringLiteral("startAllButton"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_connections->setModel(m_model);
    m_connections->setSelectionMode(QAbstractItemView::SingleSelection);
    setUpTable(m_connections);
    m_meterView->setModel(m_meters);
    setUpTable(m_meterView);
    // Both tables change with every poll cycle: columns widen now and then, not on each change.
    // Error holds sentences: it takes the room that is left, not its full width.
    new ColumnFitter(m_connections, {DiagnosticsModel::ErrorColumn});
    new ColumnFitter(m_meterView);
    m_start->setToolTip(tr("Start polling the selected connection"));
    m_stop->setToolTip(tr("Stop polling the selected connection"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addSpacing(12);
    buttons->addWidget(m_startAll);
    buttons->addWidget(m_stopAll);
    buttons->addStretch();

    auto *meterPane = new QWidget(this);
    auto *meterLayout = new QVBoxLayout(meterPane);
    meterLayout->setContentsMargins(0, 0, 0, 0);
    meterLayout->addWidget(m_meterTitle);
    meterLayout->addWidget(m_meterView);
    // Side by side: a laptop screen is wide and short, and the dock shares its height with the forms.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_connections);
    splitter->addWidget(meterPane);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(splitter);

    connect(m_start, &QPushButton::clicked, this, &DiagnosticsPanel::startSelected);
    connect(m_stop, &QPushButton::clicked, this, &DiagnosticsPanel::stopSelected);
    connect(m_startAll, &QPushButton::clicked, this, [this] {
        if (m_host)
            m_host->startAll();
    });
    connect(m_stopAll, &QPushButton::clicked, this, [this] {
        if (m_host)
            m_host->stopAll();
    });
    connect(m_connections->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DiagnosticsPanel::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DiagnosticsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DiagnosticsPanel::onSelectionChanged);
    onSelectionChanged();
}

void DiagnosticsPanel::setEngineHost(EngineHost *host)
{
    if (m_host)
        disconnect(m_host, nullptr, this, nullptr);
    m_host = host;
    if (host) {
        connect(host, &EngineHost::cycleFinished, this,
                [this](const QList<engine::TagValue> &, const engine::ConnectionDiagnostics &d) { m_model->updateDiagnostics(d); });
        connect(host, &EngineHost::runningChanged, this, [this](const QString &connection, bool running) {
            m_model->setRunning(connection, running);
        });
        syncRunning();
    }
    updateButtons();
}

namespace {

// What the diagnostics show of a project: connections, whether polled or redundant, the bound
// addresses and the meters' names. A tag renamed or a binding moved within a meter changes none.
QStringList diagnosticsShape(const project::Project &project)
{
    QStringList shape;
    for (const project::Connection &c : project.connections) {
        QList<int> addresses;
        for (const project::Binding &b : c.bindings) {
            if (!addresses.contains(b.address))
                addresses << b.address;
        }
        std::sort(addresses.begin(), addresses.end());
        QStringList parts{c.name, QString::number(c.enabled), QString::number(c.backup.has_value())};
        for (const int a : addresses)
            parts << QString::number(a);
        for (const project::Meter &m : c.meters)
            parts << QString::number(m.address) + QLatin1Char('=') + m.name;
        shape << parts.join(QChar(0x1F));
    }
    return shape;
}

} // namespace

void DiagnosticsPanel::setProject(const project::Project &project)
{
    QStringList shape = diagnosticsShape(project);
    if (shape == m_shape && m_model->rowCount() == project.connections.size())
        return; // nothing it shows changed: no reset, the selection and the counts stay
    m_shape = std::move(shape);
    const QString selected = selectedConnection();
    m_model->setProject(project);
    syncRunning();
    selectConnection(selected.isEmpty() || m_model->rowOf(selected) < 0 ? m_model->connectionAt(0) : selected);
}

void DiagnosticsPanel::syncRunning()
{
    if (!m_host)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name = m_model->connectionAt(row);
        m_model->setRunning(name, m_host->isRunning(name));
    }
}

QString DiagnosticsPanel::selectedConnection() const
{
    const QModelIndexList rows = m_connections->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->connectionAt(rows.first().row());
}

void DiagnosticsPanel::selectConnection(const QString &connection)
{
    const int row = m_model->rowOf(connection);
    if (row < 0) {
        m_connections->clearSelection();
        return;
    }
    m_connections->selectRow(row);
}

void DiagnosticsPanel::startSelected()
{
    const QString connection = selectedConnection();
    if (m_host && !connection.isEmpty() && m_model->isPolled(connection))
        m_host->start(connection);
}

void DiagnosticsPanel::stopSelected()
{
    const QString connection = selectedConnection();
    if (m_host && !connection.isEmpty())
        m_host->stop(connection);
}

void DiagnosticsPanel::onSelectionChanged()
{
    const QString connection = selectedConnection();
    m_meters->setConnection(connection);
    m_meterTitle->setText(connection.isEmpty() ? tr("Meters: select a connection") : tr("Meters of %1").arg(connection));
    updateButtons();
}

void DiagnosticsPanel::updateButtons()
{
    const QString connection = selectedConnection();
    const bool running = m_model->isRunning(connection);
    // A disabled connection has no poller: Start would only pretend to run it.
    m_start->setEnabled(m_host && !connection.isEmpty() && m_model->isPolled(connection) && !running);
    m_stop->setEnabled(m_host && running);
    m_startAll->setEnabled(m_host && m_model->rowCount() > 0);
    m_stopAll->setEnabled(m_host != nullptr);
}

} // namespace mbus::ui
