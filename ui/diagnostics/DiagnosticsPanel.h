#pragma once

#include "project/Project.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

// The diagnostics dock: per connection State (RUN / STOP), Error and Actual connection as
// Faceplate's faceplate shows them, with Start / Stop of the selected connection and of all;
// under it the statistics of each meter of the selected connection.
namespace mbus::ui {

class DiagnosticsModel;
class EngineHost;
class MeterStatisticsModel;

class DiagnosticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsPanel(QWidget *parent = nullptr);

    // Follows host's reports and starts and stops its connections.
    void setEngineHost(EngineHost *host);
    void setProject(const project::Project &project);

    DiagnosticsModel *model() const { return m_model; }
    MeterStatisticsModel *meterModel() const { return m_meters; }
    QTableView *connectionView() const { return m_connections; }
    QTableView *meterView() const { return m_meterView; }

    QString selectedConnection() const;
    void selectConnection(const QString &connection);

private:
    void startSelected();
    void stopSelected();
    void syncRunning();
    void onSelectionChanged();
    void updateButtons();

    DiagnosticsModel *m_model;
    QStringList m_shape; // of the project last shown
    MeterStatisticsModel *m_meters;
    QTableView *m_connections;
    QTableView *m_meterView;
    QLabel *m_meterTitle;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_startAll;
    QPushButton *m_stopAll;
    QPointer<EngineHost> m_host;
};

} // namespace mbus::ui
