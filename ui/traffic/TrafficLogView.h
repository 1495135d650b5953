#pragma once

#include "project/Project.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// The traffic log window: the annotated frames of every connection, filtered by connection and
// address, with pause, clear, copy as text and save to a file. It follows the newest frame unless the user has
// scrolled up to read.
namespace mbus::ui {

class NumberField;

class EngineHost;
class TrafficLogModel;

class TrafficLogView : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficLogView(QWidget *parent = nullptr);

    // Records the traffic of host's connections; turns the host's traffic reports on.
    void setEngineHost(EngineHost *host);
    // The connections offered by the filter (more are added as their traffic appears).
    void setProject(const project::Project &project);

    TrafficLogModel *model() const { return m_model; }
    QComboBox *connectionFilter() const { return m_connection; }
    NumberField *addressFilter() const { return m_address; }
    bool isFollowingNewest() const { return m_follow; }
    // Every frame the ring holds, including those queued for the next batch and those the filter
    // hides, as text (TrafficLogFile.h); false with errorText when the file cannot be written.
    bool saveTo(const QString &path, QString *errorText);

public Q_SLOTS:
    // The selected rows, or every row the filter shows when none is selected, as text lines.
    void copyToClipboard();
    void clear();
    // Asks for a file name and saves every frame the log holds there (saveTo()).
    void chooseAndSave();

private:
    void setUpTable();
    void addConnection(const QString &name);
    void applyFilter();
    void updateCount();

    TrafficLogModel *m_model;
    QTableView *m_table;
    QComboBox *m_connection;
    NumberField *m_address;
    QCheckBox *m_pause;
    QPushButton *m_clear;
    QPushButton *m_copy;
    QPushButton *m_save;
    QString m_saveDir; // where the last save went
    QLabel *m_count;
    QPointer<EngineHost> m_host;
    bool m_follow = true;
};

} // namespace mbus::ui
