#pragma once

#include "project/Project.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace mbus::bus {
class PrimaryScanner;
class RequestPort;
class SecondarySearch;
struct ScanHit;
} // namespace mbus::bus

// Finds the meters on a connection's bus: a primary scan of an address range or a search by
// secondary address, through the connection's request port (whoever owns the port sends). Results
// are listed as they come; the meters chosen go to the project as the dialog accepts.
namespace mbus::ui {

class NumberField;

class ScanResultsModel;

class ScanDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode : std::uint8_t { Primary, Secondary };

    // port: the connection's request port, nullptr for a disabled connection (nothing to scan).
    // known: the connection's meters in the project, not offered again.
    ScanDialog(bus::RequestPort *port, const QString &connectionName, const QList<project::Meter> &known,
               QWidget *parent = nullptr);
    ~ScanDialog() override;

    // The meters the user added (valid once the dialog accepted).
    QList<project::Meter> chosenMeters() const { return m_chosen; }
    bool isScanning() const { return m_running; }
    Mode mode() const;
    void setMode(Mode mode);

    ScanResultsModel *results() const { return m_model; }
    QSpinBox *retriesBox() const { return m_retries; }
    QCheckBox *broadcastBox() const { return m_broadcast; }
    QProgressBar *progressBar() const { return m_progress; }

public Q_SLOTS:
    void start();
    void cancel();
    // Closing mid-scan stops the scan first: no request of it stays queued on the port.
    void done(int result) override;

Q_SIGNALS:
    void scanFinished(bool cancelled);

private:
    QHBoxLayout *buildRunRow();
    void buildResultsView();
    QWidget *buildPrimaryPage();
    QWidget *buildSecondaryPage();
    void startPrimary();
    void startSecondary();
    void onHit(const bus::ScanHit &hit);
    void onPrimaryProgress(int done, int total, int address);
    void onSecondaryProgress(const QString &mask, int selections);
    void onFinished(bool cancelled, qint64 elapsedMs);
    void onPortGone();
    void setRunning(bool running);
    void updateTimes();
    void updateStartable();
    QString primaryRangeProblem() const; // "" when First..Last is a range of primary addresses
    void updateAddable();
    // The addable meters among the selected rows; sharedAddress: one two of them share, or -1.
    QList<project::Meter> selectedMeters(int *sharedAddress) const;
    void addChosen();
    QString summary() const;

    QPointer<bus::RequestPort> m_port;
    QString m_connection;
    ScanResultsModel *m_model;
    std::unique_ptr<bus::PrimaryScanner> m_primary;
    std::unique_ptr<bus::SecondarySearch> m_secondary;
    bool m_running = false;
    int m_done = 0;
    int m_total = 0;
    QElapsedTimer m_clock;
    QTimer m_tick;
    QList<project::Meter> m_chosen;
    QString m_linkError; // the port failed during the scan

    QTabWidget *m_modes;
    NumberField *m_first;
    NumberField *m_last;
    QLabel *m_rangeHint;
    QSpinBox *m_retries;
    QCheckBox *m_broadcast;
    QLineEdit *m_mask;
    QLabel *m_maskHint;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_clear;
    QProgressBar *m_progress;
    QLabel *m_times;
    QLabel *m_status;
    QTableView *m_view;
    QPushButton *m_add;
    QLabel *m_addHint;
};

} // namespace mbus::ui
