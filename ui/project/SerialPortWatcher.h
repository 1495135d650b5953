#pragma once

#include <QObject>
#include <QStringList>
#include <QThread>

// The serial ports of the machine, refreshed while the application runs, so a USB level converter
// plugged in later shows up in the connection form without a restart. The look runs on a thread of
// its own: QSerialPortInfo::availablePorts() walks udev and sysfs for 10 ms and more, which on the
// GUI thread cost every start and stalled the window every 2 s.
namespace mbus::ui {

class SerialPortWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SerialPortWatcher(QObject *parent = nullptr);
    ~SerialPortWatcher() override;
    // Empty until the first look, a moment after construction.
    QStringList ports() const { return m_ports; }

Q_SIGNALS:
    void portsChanged(const QStringList &ports);

private:
    void take(const QStringList &ports);

    QStringList m_ports;
    QThread m_thread;
};

} // namespace mbus::ui
