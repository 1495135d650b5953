#pragma once

#include "decode/Telegram.h"
#include "engine/BindingProposal.h"
#include "project/Project.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The records of a meter's answer, one row each across all its telegrams, in the columns an
// engineer needs to pick a binding: Faceplate's Telegram and Index, the DIF's function, storage,
// tariff and subunit, what the record measures, its value and unit, its raw bytes, and the tag
// already bound to it.
namespace mbus::ui {

class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        // Values first: what a record says, then where it sits (Telegram, Index: the binding's fields).
        QuantityColumn, ValueColumn, UnitColumn, TelegramColumn, IndexColumn, BindingColumn, FunctionColumn,
        StorageColumn, TariffColumn, SubunitColumn, BytesColumn, ColumnCount
    };

    explicit RecordTableModel(QObject *parent = nullptr);

    void setTelegrams(const QList<decode::Telegram> &telegrams);
    const QList<decode::Telegram> &telegrams() const { return m_telegrams; }
    // The bindings of the meter's address: their rows show the tag.
    void setBindings(const QList<project::Binding> &bindings);

    engine::RecordPick pickAt(int row) const { return m_rows.value(row); }
    const decode::Telegram &telegramAt(int row) const { return m_telegrams.at(m_rows.at(row).telegram); }
    const decode::Record &recordAt(int row) const;
    int rowOf(int telegramNumber, int index) const;
    // The rows as the clipboard takes them: one line each, tab-separated quantity, value, unit
    // (as shown), telegram, index, raw bytes.
    QString rowsText(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(int row, int column) const;
    static QString functionText(decode::RecordFunction function);

    QList<decode::Telegram> m_telegrams;
    QList<engine::RecordPick> m_rows;
    QHash<QPair<int, int>, QString> m_boundTags; // (telegram number, index) -> tag
};

} // namespace mbus::ui
