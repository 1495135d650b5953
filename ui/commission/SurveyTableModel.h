#pragma once

#include "commission/AddressPlan.h"
#include "commission/SurveyedMeter.h"

#include <QAbstractTableModel>

// The meters of a bus survey as the commissioning assistant shows them: who each is, the address
// it answers at now, the address the plan gives it, and what became of it. Rows of meters that
// share an address are tinted: those are the collisions the plan resolves.
namespace mbus::ui {

class SurveyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : std::uint8_t {
        SecondaryColumn,
        ManufacturerColumn,
        MediumColumn,
        VersionColumn,
        AddressColumn,
        PlannedColumn,
        OutcomeColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void addMeter(const commission::SurveyedMeter &meter);
    void setMeters(const QList<commission::SurveyedMeter> &meters);
    void setPlan(const QList<commission::AddressMove> &moves);
    // The meter of a row takes the results of a move, a verification or a baud switch.
    void updateMeter(int row, const commission::SurveyedMeter &meter);

    const QList<commission::SurveyedMeter> &meters() const { return m_meters; }
    const QList<commission::AddressMove> &plan() const { return m_moves; }
    bool isShared(int row) const;
    // The address the plan moves the meter of row to, -1 when it stays.
    int plannedAddress(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refreshShared();
    QString addressText(int row) const;

    QList<commission::SurveyedMeter> m_meters;
    QList<commission::AddressMove> m_moves;
    QList<int> m_shared;
};

} // namespace mbus::ui
