#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

// The serial ports of the machine, refreshed while the application runs, so a USB level converter
// plugged in later shows up in the connection form without a restart.
namespace mbus::ui {

class SerialPortWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SerialPortWatcher(QObject *parent = nullptr);
    QStringList ports() const { return m_ports; }
    void refresh();

Q_SIGNALS:
    void portsChanged(const QStringList &ports);

private:
    QStringList m_ports;
    QTimer m_timer{this};
};

} // namespace mbus::ui
