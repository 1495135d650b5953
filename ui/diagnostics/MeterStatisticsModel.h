#pragma once

#include "engine/TagValue.h"

#include <QAbstractTableModel>
#include <QList>

// The per-meter statistics of one connection, as the engine counts them: requests, answers,
// timeouts, checksum and other errors, retries, the last answer and the last error. A view of
// the DiagnosticsModel that holds them, following the connection it is set to.
namespace mbus::ui {

class DiagnosticsModel;

class MeterStatisticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AddressColumn,
        MeterColumn,
        RequestsColumn,
        AnswersColumn,
        TimeoutsColumn,
        ChecksumErrorsColumn,
        OtherErrorsColumn,
        RetriesColumn,
        LastAnswerColumn,
        LastReadColumn,
        LastErrorColumn,
        ColumnCount
    };

    explicit MeterStatisticsModel(DiagnosticsModel *source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setConnection(const QString &connection);
    QString connection() const { return m_connection; }
    int rowOfAddress(int address) const;
    // The statistics of a row (a default one for a row out of range).
    engine::MeterStatistics statisticsAt(int row) const { return m_meters.value(row); }

private:
    void refresh();
    QVariant displayData(const engine::MeterStatistics &stats, int column) const;

    DiagnosticsModel *m_source;
    QString m_connection;
    QList<engine::MeterStatistics> m_meters; // by address
};

} // namespace mbus::ui
