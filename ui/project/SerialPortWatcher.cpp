#include "SerialPortWatcher.h"

#include <QSerialPortInfo>

namespace mbus::ui {

SerialPortWatcher::SerialPortWatcher(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &SerialPortWatcher::refresh);
    m_timer.start(2000); // QSerialPortInfo has no change notification: a cheap look every 2 s
    refresh();
}

void SerialPortWatcher::refresh()
{
    QStringList ports;
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
        ports << info.systemLocation();
    ports.sort();
    if (ports != m_ports) {
        m_ports = ports;
        Q_EMIT portsChanged(m_ports);
    }
}

} // namespace mbus::ui
