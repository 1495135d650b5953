#include "SurveyTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>

namespace mbus::ui {

void SurveyTableModel::clear()
{
    setMeters({});
    setPlan({});
}

void SurveyTableModel::addMeter(const commission::SurveyedMeter &meter)
{
    beginInsertRows({}, int(m_meters.size()), int(m_meters.size()));
    m_meters.append(meter);
    endInsertRows();
    refreshShared();
}

void SurveyTableModel::setMeters(const QList<commission::SurveyedMeter> &meters)
{
    beginResetModel();
    m_meters = meters;
    m_shared = commission::sharedAddresses(m_meters);
    endResetModel();
}

void SurveyTableModel::setPlan(const QList<commission::AddressMove> &moves)
{
    m_moves = moves;
    if (!m_meters.isEmpty())
        Q_EMIT dataChanged(index(0, PlannedColumn), index(rowCount() - 1, PlannedColumn));
}

void SurveyTableModel::updateMeter(int row, const commission::SurveyedMeter &meter)
{
    if (row < 0 || row >= m_meters.size())
        return;
    m_meters[row] = meter;
    refreshShared();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SurveyTableModel::refreshShared()
{
    const QList<int> shared = commission::sharedAddresses(m_meters);
    if (shared == m_shared)
        return;
    m_shared = shared;
    // Another row's tint may change with this one's address.
    if (!m_meters.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole, Qt::ToolTipRole});
}

bool SurveyTableModel::isShared(int row) const
{
    return row >= 0 && row < m_meters.size() && m_shared.contains(m_meters.at(row).primaryNow());
}

int SurveyTableModel::plannedAddress(int row) const
{
    for (const commission::AddressMove &move : m_moves) {
        if (move.meter == row)
            return move.to;
    }
    return -1;
}

int SurveyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meters.size());
}

int SurveyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SurveyTableModel::addressText(int row) const
{
    const commission::SurveyedMeter &m = m_meters.at(row);
    if (m.primaryNow() < 0)
        return tr("no answer");
    if (m.primaryAfter >= 0 && m.primaryAfter != m.primaryBefore)
        return tr("%1 (was %2)").arg(m.primaryAfter).arg(m.primaryBefore);
    return QString::number(m.primaryNow());
}

QVariant SurveyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_meters.size())
        return {};
    const commission::SurveyedMeter &m = m_meters.at(index.row());
    if (role == Qt::BackgroundRole && isShared(index.row()))
        return QBrush(QColor(255, 205, 205));
    if (role == Qt::ToolTipRole && isShared(index.row()))
        return tr("Another meter answers at address %1 too: their answers collide.").arg(m.primaryNow());
    if (role == Qt::FontRole && index.column() == SecondaryColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SecondaryColumn:
        return m.secondary.toString();
    case ManufacturerColumn:
        return m.manufacturer;
    case MediumColumn:
        return m.medium;
    case VersionColumn:
        return m.version;
    case AddressColumn:
        return addressText(index.row());
    case PlannedColumn: {
        const int planned = plannedAddress(index.row());
        return planned >= 0 ? tr("→ %1").arg(planned) : QString();
    }
    case OutcomeColumn:
        return m.outcome;
    default:
        return {};
    }
}

QVariant SurveyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SecondaryColumn:
        return tr("Secondary address");
    case ManufacturerColumn:
        return tr("Manufacturer");
    case MediumColumn:
        return tr("Medium");
    case VersionColumn:
        return tr("Version");
    case AddressColumn:
        return tr("Address now");
    case PlannedColumn:
        return tr("Planned");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace mbus::ui
