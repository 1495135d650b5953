#include "MeterStatisticsModel.h"

#include "diagnostics/DiagnosticsModel.h"

#include <QBrush>

#include <algorithm>

namespace mbus::ui {

MeterStatisticsModel::MeterStatisticsModel(DiagnosticsModel *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    connect(m_source, &DiagnosticsModel::connectionUpdated, this, [this](const QString &connection) {
        if (connection == m_connection)
            refresh();
    });
    connect(m_source, &QAbstractItemModel::modelReset, this, &MeterStatisticsModel::refresh);
}

int MeterStatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meters.size());
}

int MeterStatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeterStatisticsModel::displayData(const engine::MeterStatistics &stats, int column) const
{
    switch (column) {
    case AddressColumn: return stats.address;
    case MeterColumn: return m_source->meterName(m_connection, stats.address);
    case RequestsColumn: return stats.requests;
    case AnswersColumn: return stats.answers;
    case TimeoutsColumn: return stats.timeouts;
    case ChecksumErrorsColumn: return stats.checksumErrors;
    case OtherErrorsColumn: return stats.otherErrors;
    case RetriesColumn: return stats.retries;
    case LastAnswerColumn:
        return stats.lastAnswer.isValid() ? stats.lastAnswer.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    case LastReadColumn: return stats.requests > 0 ? QVariant(stats.lastReadMs) : QVariant();
    case LastErrorColumn: return stats.lastError;
    default: return {};
    }
}

QVariant MeterStatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_meters.size())
        return {};
    const engine::MeterStatistics &stats = m_meters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(stats, index.column());
    case Qt::ToolTipRole:
        return index.column() == LastErrorColumn ? stats.lastError : QVariant();
    case Qt::ForegroundRole:
        // The meter's last read failed: the row says so at a glance.
        return stats.lastError.isEmpty() ? QVariant() : QBrush(QColor(0xC6, 0x28, 0x28));
    case Qt::TextAlignmentRole:
        return index.column() == MeterColumn || index.column() == LastErrorColumn || index.column() == LastAnswerColumn
                   ? QVariant()
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant MeterStatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn: return tr("Address");
    case MeterColumn: return tr("Meter");
    case RequestsColumn: return tr("Requests");
    case AnswersColumn: return tr("Answers");
    case TimeoutsColumn: return tr("Timeouts");
    case ChecksumErrorsColumn: return tr("Checksum errors");
    case OtherErrorsColumn: return tr("Other errors");
    case RetriesColumn: return tr("Retries");
    case LastAnswerColumn: return tr("Last answer");
    case LastReadColumn: return tr("Last read (ms)");
    case LastErrorColumn: return tr("Last error");
    default: return {};
    }
}

void MeterStatisticsModel::setConnection(const QString &connection)
{
    if (connection == m_connection)
        return;
    m_connection = connection;
    refresh();
}

int MeterStatisticsModel::rowOfAddress(int address) const
{
    for (int i = 0; i < m_meters.size(); ++i) {
        if (m_meters.at(i).address == address)
            return i;
    }
    return -1;
}

void MeterStatisticsModel::refresh()
{
    QList<engine::MeterStatistics> meters;
    if (const engine::ConnectionDiagnostics *d = m_source->diagnostics(m_connection))
        meters = d->meters.values();
    std::sort(meters.begin(), meters.end(), [](const auto &a, const auto &b) { return a.address < b.address; });
    const bool sameRows = meters.size() == m_meters.size()
                          && std::equal(meters.begin(), meters.end(), m_meters.begin(),
                                        [](const auto &a, const auto &b) { return a.address == b.address; });
    if (!sameRows) {
        beginResetModel();
        m_meters = meters;
        endResetModel();
        return;
    }
    m_meters = meters;
    if (!m_meters.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_meters.size()) - 1, ColumnCount - 1));
}

} // namespace mbus::ui
