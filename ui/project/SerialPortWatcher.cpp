#include "SerialPortWatcher.h"

#include <QSerialPortInfo>
#include <QTimer>

namespace mbus::ui {

namespace {

QStringList lookForPorts()
{
    QStringList ports;
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
        ports << info.systemLocation();
    ports.sort();
    return ports;
}

} // namespace

SerialPortWatcher::SerialPortWatcher(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("serial port watcher"));
    auto *timer = new QTimer; // lives on m_thread, ends with it
    timer->setInterval(2000); // QSerialPortInfo has no change notification: a look every 2 s
    timer->moveToThread(&m_thread);
    const auto look = [this] {
        const QStringList ports = lookForPorts();
        QMetaObject::invokeMethod(this, [this, ports] { take(ports); }, Qt::QueuedConnection);
    };
    connect(&m_thread, &QThread::started, timer, [timer, look] {
        look();
        timer->start();
    });
    connect(timer, &QTimer::timeout, timer, look);
    connect(&m_thread, &QThread::finished, timer, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

SerialPortWatcher::~SerialPortWatcher()
{
    m_thread.quit();
    m_thread.wait(); // a look under way ends first; what it queued for this object is dropped with it
}

void SerialPortWatcher::take(const QStringList &ports)
{
    if (ports == m_ports)
        return;
    m_ports = ports;
    Q_EMIT portsChanged(m_ports);
}

} // namespace mbus::ui
