#pragma once

#include "project/Project.h"
#include "project/Validation.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

// Faceplate's plc_mbus_connection form, field for field (Name, Period, Type, Port, Baud rate,
// Parity, Data/Stop bits, Timeout, IP/Hostname), plus the backup channel of a redundant pair, with
// the connection's wake-up defaults for its meters, and the project's findings for this connection shown under it as they arise.
namespace mbus::ui {

class ChannelEditor;
class FindingsLabel;
class WakeUpEditor;

class ConnectionForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionForm(QWidget *parent = nullptr);

    void setConnection(const project::Connection &connection);
    // The form's content over the connection it was given (bindings and meters kept).
    project::Connection connection() const;
    void showFindings(const QList<project::Finding> &findings);
    void setSerialPorts(const QStringList &ports);
    FindingsLabel *findings() const { return m_findings; }
    WakeUpEditor *wakeUp() const { return m_wakeUp; }

Q_SIGNALS:
    // The user changed a field; the owner applies it to the project (undoably).
    void edited(const mbus::project::Connection &connection);

private:
    void emitEdited();

    project::Connection m_connection;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QSpinBox *m_period;
    QSpinBox *m_shutdownTimeout;
    QCheckBox *m_groupRequests;
    QSpinBox *m_maxPackageLength;
    QLineEdit *m_lineDelayRatio;
    QSpinBox *m_attempts;
    QCheckBox *m_enabled;
    ChannelEditor *m_channel;
    QGroupBox *m_backupBox;
    ChannelEditor *m_backup;
    QSpinBox *m_failover;
    QSpinBox *m_return;
    WakeUpEditor *m_wakeUp;
    FindingsLabel *m_findings;
};

} // namespace mbus::ui
