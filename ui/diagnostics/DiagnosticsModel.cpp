#include "DiagnosticsModel.h"

#include <QBrush>

namespace mbus::ui {

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::displayData(const Row &row, int column) const
{
    const engine::ConnectionDiagnostics &d = row.diagnostics;
    switch (column) {
    case ConnectionColumn:
        return row.name;
    case StateColumn:
        return row.running ? tr("RUN") : tr("STOP");
    case ErrorColumn:
        return d.error;
    case ActualColumn:
        return d.actual == engine::ConnectionDiagnostics::Channel::Backup ? tr("Backup") : tr("Master");
    case CyclesColumn:
        return d.cycles;
    case LastCycleColumn:
        return d.lastCycle.isValid() ? d.lastCycle.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    case CycleTimeColumn:
        return d.cycles > 0 ? QVariant(d.cycleMs) : QVariant();
    default:
        return {};
    }
}

QVariant DiagnosticsModel::stateColour(const Row &row, int column, int role) const
{
    if (column == StateColumn) {
        if (role == Qt::BackgroundRole)
            return QBrush(row.running ? runColor() : stopColor());
        return QBrush(Qt::black); // readable on both colours whatever the theme
    }
    if (column == ErrorColumn && role == Qt::ForegroundRole && !row.diagnostics.error.isEmpty())
        return QBrush(QColor(0xC6, 0x28, 0x28));
    return {};
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return stateColour(row, index.column(), role);
    case Qt::TextAlignmentRole:
        return index.column() == StateColumn ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ActualColumn)
            return row.hasBackup ? tr("The channel the connection polls over (redundancy)") : tr("No backup channel");
        if (!row.polled)
            return tr("Not polled: disabled in the project");
        return index.column() == ErrorColumn ? displayData(row, ErrorColumn) : QVariant();
    case RunningRole:
        return row.running;
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ConnectionColumn: return tr("Connection");
    case StateColumn: return tr("State");
    case ErrorColumn: return tr("Error");
    case ActualColumn: return tr("Actual connection");
    case CyclesColumn: return tr("Cycles");
    case LastCycleColumn: return tr("Last cycle");
    case CycleTimeColumn: return tr("Cycle time (ms)");
    default: return {};
    }
}

DiagnosticsModel::Row DiagnosticsModel::rowFor(const project::Connection &connection)
{
    Row row;
    row.name = connection.name;
    row.polled = connection.enabled;
    row.hasBackup = connection.backup.has_value();
    row.diagnostics.connection = connection.name;
    // The engine reads each bound address once per cycle: those are the meters it counts.
    for (const project::Binding &b : connection.bindings) {
        if (!row.diagnostics.meters.contains(b.address)) {
            engine::MeterStatistics stats;
            stats.address = b.address;
            row.diagnostics.meters.insert(b.address, stats);
        }
    }
    for (const project::Meter &m : connection.allMeters()) {
        if (!m.name.isEmpty())
            row.meterNames.insert(m.address, m.name);
    }
    return row;
}

void DiagnosticsModel::setProject(const project::Project &project)
{
    beginResetModel();
    QList<Row> rows;
    for (const project::Connection &c : project.connections) {
        Row row = rowFor(c);
        const int old = rowOf(c.name);
        if (old >= 0) {
            // Counts so far stay for the meters still bound; unbound ones go.
            const Row &was = m_rows.at(old);
            QHash<int, engine::MeterStatistics> meters = row.diagnostics.meters;
            for (auto it = meters.begin(); it != meters.end(); ++it)
                it.value() = was.diagnostics.meters.value(it.key(), it.value());
            row.running = was.running;
            row.diagnostics = was.diagnostics;
            row.diagnostics.meters = meters;
        }
        rows.append(row);
    }
    m_rows = rows;
    endResetModel();
    for (const Row &row : std::as_const(m_rows))
        Q_EMIT connectionUpdated(row.name);
}

void DiagnosticsModel::updateDiagnostics(const engine::ConnectionDiagnostics &diagnostics)
{
    int row = rowOf(diagnostics.connection);
    if (row < 0) {
        // Not in the project given (yet): shown all the same, the engine polls it.
        row = int(m_rows.size());
        beginInsertRows({}, row, row);
        Row added;
        added.name = diagnostics.connection;
        m_rows.append(added);
        endInsertRows();
    }
    Row &r = m_rows[row];
    QHash<int, engine::MeterStatistics> meters = r.diagnostics.meters;
    r.diagnostics = diagnostics;
    for (auto it = diagnostics.meters.begin(); it != diagnostics.meters.end(); ++it)
        meters.insert(it.key(), it.value());
    r.diagnostics.meters = meters;
    rowChanged(row);
}

void DiagnosticsModel::setRunning(const QString &connection, bool running)
{
    const int row = rowOf(connection);
    if (row < 0 || m_rows.at(row).running == running)
        return;
    m_rows[row].running = running;
    rowChanged(row);
}

void DiagnosticsModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT connectionUpdated(m_rows.at(row).name);
}

int DiagnosticsModel::rowOf(const QString &connection) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == connection)
            return i;
    }
    return -1;
}

QString DiagnosticsModel::connectionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

bool DiagnosticsModel::isRunning(const QString &connection) const
{
    const int row = rowOf(connection);
    return row >= 0 && m_rows.at(row).running;
}

bool DiagnosticsModel::isPolled(const QString &connection) const
{
    const int row = rowOf(connection);
    return row >= 0 && m_rows.at(row).polled;
}

const engine::ConnectionDiagnostics *DiagnosticsModel::diagnostics(const QString &connection) const
{
    const int row = rowOf(connection);
    return row >= 0 ? &m_rows.at(row).diagnostics : nullptr;
}

QString DiagnosticsModel::meterName(const QString &connection, int address) const
{
    const int row = rowOf(connection);
    return row >= 0 ? m_rows.at(row).meterNames.value(address) : QString();
}

} // namespace mbus::ui
