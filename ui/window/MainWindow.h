#pragma once

#include "project/Project.h"

#include <QMainWindow>

class QAction;
class QLabel;

// The workbench: the project pane in the middle, diagnostics, trend and traffic in docks, and the
// menus for files, edits (undoable), the bus and the language. It wires views to the document
// and the engine host and holds no protocol logic itself.
namespace mbus::ui {

class PollingBanner;

class DiagnosticsPanel;
class EngineHost;
class ProjectDocument;
class ProjectPane;
class RecentFiles;
class SerialPortWatcher;
class TrafficLogView;
class TrendController;
class TrendView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectDocument *document() const { return m_document; }
    EngineHost *host() const { return m_host; }
    ProjectPane *pane() const { return m_pane; }
    DiagnosticsPanel *diagnostics() const { return m_diagnostics; }
    TrafficLogView *trafficLog() const { return m_traffic; }
    TrendView *trend() const { return m_trend; }
    // Puts the bindings with these tags on the live trend at once (or takes them off); the trend
    // keeps them in the project.
    bool addToTrend(const QString &tag);
    int addToTrend(const QStringList &tags);
    void removeFromTrend(const QStringList &tags);

    // An empty project with one new connection (asks to save the open one first).
    void newProject();
    // The shipped demo project on the embedded simulated bus, polling at once.
    void openDemo();
    // Opens a project file; a file that cannot be read leaves the open project as it was.
    bool openProject(const QString &path, QString *errorText);
    bool saveProject(const QString &path, QString *errorText);
    // The same bytes as mbus-cli export; a project with errors is not exported.
    bool exportFaceplate(const QString &path, QString *errorText);
    bool exportBindingsCsv(const QString &path, QString *errorText);
    void setSimulated(bool simulated);
    bool isSimulated() const;
    // The scan dialog on the selected connection; the meters chosen join it.
    void scanBus();
    // The commissioning assistant on the selected connection.
    void commissionBus();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    // The meter view's trend, readdress and baud requests, applied as project edits.
    void connectMeterView();
    void showTreeMenu(const QPoint &position);
    void restoreLayout();
    void updateTitle();
    void updateStatus();
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    void showError(const QString &title, const QString &text);

    void openWithDialog();
    bool save();
    bool saveAs();
    void importFaceplateWithDialog();
    void exportWithDialog(bool faceplate);
    void about();

    ProjectDocument *m_document;
    EngineHost *m_host;
    SerialPortWatcher *m_ports;
    ProjectPane *m_pane;
    RecentFiles *m_recent;
    DiagnosticsPanel *m_diagnostics;
    TrafficLogView *m_traffic;
    TrendView *m_trend;
    TrendController *m_trendController = nullptr;
    QLabel *m_simulatedLabel;
    QLabel *m_runningLabel;
    PollingBanner *m_banner;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportFaceplateAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addConnectionAction = nullptr;
    QAction *m_addMeterAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_startAllAction = nullptr;
    QAction *m_stopAllAction = nullptr;
    QAction *m_scanAction = nullptr;
    QAction *m_commissionAction = nullptr;
    QAction *m_readAction = nullptr;
    QAction *m_simulateAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace mbus::ui
