#pragma once

#include "engine/TagValue.h"
#include "project/Project.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

// The diagnostics of Faceplate's connection faceplate, one row per connection of the project:
// State (RUN green / STOP red), Error, Actual connection (Master or Backup channel), and the cycle
// counters. It also keeps each connection's per-meter statistics for MeterStatisticsModel.
// Connections are listed from the project, before they ever ran.
namespace mbus::ui {

class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ConnectionColumn, StateColumn, ErrorColumn, ActualColumn, CyclesColumn, LastCycleColumn, CycleTimeColumn, ColumnCount };
    enum Role { RunningRole = Qt::UserRole + 1 };

    static QColor runColor() { return QColor(0xA5, 0xD6, 0xA7); }
    static QColor stopColor() { return QColor(0xEF, 0x9A, 0x9A); }

    explicit DiagnosticsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The connections and the meters they poll; what is known of connections that stay is kept.
    void setProject(const project::Project &project);
    // What the engine reported after a cycle (EngineHost::cycleFinished).
    void updateDiagnostics(const mbus::engine::ConnectionDiagnostics &diagnostics);
    // RUN or STOP: the host's word (EngineHost::runningChanged), not the engine's last report,
    // which may still be on its way when the user stops a connection.
    void setRunning(const QString &connection, bool running);

    int rowOf(const QString &connection) const;
    QString connectionAt(int row) const;
    bool isRunning(const QString &connection) const;
    // False for a connection the project does not poll (Start does nothing for it).
    bool isPolled(const QString &connection) const;
    // nullptr for an unknown connection.
    const engine::ConnectionDiagnostics *diagnostics(const QString &connection) const;
    // The meter's name in the project, or "".
    QString meterName(const QString &connection, int address) const;

Q_SIGNALS:
    // The statistics of a connection changed.
    void connectionUpdated(const QString &connection);

private:
    struct Row
    {
        QString name;
        bool polled = true;
        bool hasBackup = false;
        bool running = false;
        engine::ConnectionDiagnostics diagnostics;
        QHash<int, QString> meterNames;
    };

    static Row rowFor(const project::Connection &connection);
    QVariant displayData(const Row &row, int column) const;
    QVariant stateColour(const Row &row, int column, int role) const;
    void rowChanged(int row);

    QList<Row> m_rows;
};

} // namespace mbus::ui
