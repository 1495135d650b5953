#pragma once

#include "project/Project.h"
#include "project/Validation.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLineEdit;
class QLabel;

// Faceplate's plc_mbus_connection form, field for field (Name, Title, Period, Shutdown timeout,
// group requests, package length, line delay ratio, Type, Port, Baud rate, Parity, Data/Stop bits,
// IP/Hostname, timeout, attempts, Disabled), plus the backup of a redundant pair (in Faceplate a
// connection of its own whose Master connection is this one), with the connection's wake-up
// defaults for its meters, and the project's findings for this connection shown under it.
namespace mbus::ui {

class ChannelEditor;
class FindingsLabel;
class NumberField;
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
    NumberField *m_period;
    NumberField *m_shutdownTimeout;
    QCheckBox *m_groupRequests;
    NumberField *m_maxPackageLength;
    NumberField *m_lineDelayRatio;
    QCheckBox *m_enabled;
    ChannelEditor *m_channel;
    QGroupBox *m_backupBox;
    QLabel *m_backupObject;
    ChannelEditor *m_backup;
    NumberField *m_failover;
    NumberField *m_return;
    WakeUpEditor *m_wakeUp;
    FindingsLabel *m_findings;
};

} // namespace mbus::ui
