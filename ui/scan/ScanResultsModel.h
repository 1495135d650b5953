#pragma once

#include "bus/ScanResult.h"
#include "project/Project.h"

#include <QAbstractTableModel>

// What the scans of one dialog found, a row per meter as the hits come in: a meter seen by a
// primary scan and again by a secondary search is one row (keyed by its secondary address).
// Collisions and errors are rows of their own; meters the project already has are marked, and
// only meters that can go into the project as they are may be added.
namespace mbus::ui {

class ScanResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AddressColumn, SecondaryColumn, ManufacturerColumn, MediumColumn, VersionColumn, ResultColumn,
                  ProjectColumn, ColumnCount };
    // Where a found meter stands against the project.
    enum class Standing : std::uint8_t {
        New,          // can be added
        InProject,    // the project has it (same secondary address, or same address without one)
        AddressTaken, // the project has another meter on its address
        NoAddress,    // no usable primary address (0..250) is known
        NotAMeter,    // a collision or an error row
    };

    explicit ScanResultsModel(QObject *parent = nullptr);

    // The meters of the connection in the project; rows already shown are re-marked.
    void setKnown(const QList<project::Meter> &known);
    void addHit(const bus::ScanHit &hit);
    void clear();

    const bus::ScanHit &hitAt(int row) const { return m_rows.at(row).hit; }
    Standing standingAt(int row) const { return m_rows.at(row).standing; }
    bool isAddable(int row) const { return m_rows.at(row).standing == Standing::New; }
    // The row of the meter with this secondary address (16 hex digits), or -1.
    int rowOfSecondary(const QString &secondary) const;
    int countOf(bus::ScanHit::Kind kind) const;
    // The project meter a found row becomes, with a proposed name ("KAM Heat (outlet) 67001001").
    project::Meter meterAt(int row) const;
    // The meters of those rows that can be added, by address; sharedAddress: an address two of
    // them share (the project cannot hold both), or -1.
    QList<project::Meter> addableMeters(const QList<int> &rows, int *sharedAddress) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        bus::ScanHit hit;
        Standing standing = Standing::NotAMeter;
        QString knownName; // the project meter it is, or whose address it would take
    };

    int rowOfSameKey(const bus::ScanHit &hit) const;
    void assess(Row &row) const;
    bool sharesAddress(int row) const;
    QString text(int row, int column) const;
    QString resultText(int row) const;
    QString projectText(const Row &row) const;

    QList<Row> m_rows;
    QList<project::Meter> m_known;
};

} // namespace mbus::ui
