#include "RecordTableModel.h"

#include "decode/EngineeringUnits.h"
#include "decode/RecordText.h"

#include <QBrush>
#include <QFont>

namespace mbus::ui {

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecordTableModel::setTelegrams(const QList<decode::Telegram> &telegrams)
{
    beginResetModel();
    m_telegrams = telegrams;
    m_rows.clear();
    for (int t = 0; t < m_telegrams.size(); ++t) {
        for (std::size_t i = 0; i < m_telegrams.at(t).records.size(); ++i)
            m_rows << engine::RecordPick{t, int(i)};
    }
    endResetModel();
}

void RecordTableModel::setBindings(const QList<project::Binding> &bindings)
{
    m_boundTags.clear();
    for (const project::Binding &b : bindings)
        m_boundTags.insert({b.telegram, b.index}, b.tag);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, BindingColumn), index(rowCount() - 1, BindingColumn));
}

const decode::Record &RecordTableModel::recordAt(int row) const
{
    const engine::RecordPick &pick = m_rows.at(row);
    return m_telegrams.at(pick.telegram).records[std::size_t(pick.index)];
}

int RecordTableModel::rowOf(int telegramNumber, int index) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const engine::RecordPick &pick = m_rows.at(row);
        if (engine::boundTelegramNumber(m_telegrams, pick.telegram) == telegramNumber && pick.index == index)
            return row;
    }
    return -1;
}

QString RecordTableModel::rowsText(const QList<int> &rows) const
{
    QString text;
    for (const int row : rows) {
        QStringList cells;
        for (const int column : {QuantityColumn, ValueColumn, UnitColumn, TelegramColumn, IndexColumn, BytesColumn})
            cells << cellText(row, column);
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordTableModel::functionText(decode::RecordFunction function)
{
    switch (function) {
    case decode::RecordFunction::Instantaneous: return tr("instantaneous");
    case decode::RecordFunction::Maximum: return tr("maximum");
    case decode::RecordFunction::Minimum: return tr("minimum");
    case decode::RecordFunction::Error: return tr("during error");
    case decode::RecordFunction::ManufacturerSpecific: return tr("manufacturer data");
    case decode::RecordFunction::MoreRecordsFollow: return tr("manufacturer data, more follows");
    }
    return {};
}

QString RecordTableModel::cellText(int row, int column) const
{
    const engine::RecordPick &pick = m_rows.at(row);
    const decode::Telegram &telegram = m_telegrams.at(pick.telegram);
    const decode::Record &record = telegram.records[std::size_t(pick.index)];
    const int telegramNumber = engine::boundTelegramNumber(m_telegrams, pick.telegram);
    switch (column) {
    case TelegramColumn: return QString::number(telegramNumber);
    case IndexColumn: return QString::number(pick.index);
    case FunctionColumn: return functionText(record.function);
    case StorageColumn: return QString::number(record.storage);
    case TariffColumn: return QString::number(record.tariff);
    case SubunitColumn: return QString::number(record.subunit);
    case QuantityColumn: return decode::quantityText(telegram, record);
    case ValueColumn: return decode::readableValue(telegram, record, QLocale()).text;
    case UnitColumn: return decode::readableValue(telegram, record, QLocale()).unit;
    case BindingColumn: return m_boundTags.value({telegramNumber, pick.index});
    case BytesColumn: return decode::hexText(telegram.bytes(record.offset, record.size));
    default: return {};
    }
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cellText(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == QuantityColumn || index.column() == BytesColumn)
            return cellText(index.row(), index.column());
        if (index.column() == ValueColumn || index.column() == UnitColumn) {
            // What the meter sent, in the base unit the engine and the export deliver.
            const engine::RecordPick &pick = m_rows.at(index.row());
            const decode::Telegram &telegram = m_telegrams.at(pick.telegram);
            const decode::Record &record = telegram.records[std::size_t(pick.index)];
            const QString unit = decode::unitText(telegram, record);
            return tr("As sent: %1").arg(unit.isEmpty() ? decode::valueText(telegram, record)
                                                        : tr("%1 %2").arg(decode::valueText(telegram, record), unit));
        }
        if (index.column() == BindingColumn && !cellText(index.row(), BindingColumn).isEmpty())
            return tr("Bound to tag %1").arg(cellText(index.row(), BindingColumn));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == TelegramColumn || index.column() == IndexColumn
            || index.column() == StorageColumn || index.column() == TariffColumn || index.column() == SubunitColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == BytesColumn) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        return {};
    case Qt::ForegroundRole:
        if (!recordAt(index.row()).isDataRecord())
            return QBrush(Qt::darkGray);
        return {};
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TelegramColumn: return tr("Telegram");
    case IndexColumn: return tr("Index");
    case FunctionColumn: return tr("Function");
    case StorageColumn: return tr("Storage");
    case TariffColumn: return tr("Tariff");
    case SubunitColumn: return tr("Subunit");
    case QuantityColumn: return tr("Quantity");
    case ValueColumn: return tr("Value");
    case UnitColumn: return tr("Unit");
    case BindingColumn: return tr("Bound tag");
    case BytesColumn: return tr("Raw bytes");
    default: return {};
    }
}

} // namespace mbus::ui
