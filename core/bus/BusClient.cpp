#include "BusClient.h"

#include "bus/TransportFactory.h"

namespace mbus::bus {

QString ConnectionSettings::description() const
{
    if (type == ChannelType::Tcp)
        return QStringLiteral("tcp %1:%2").arg(tcp.host).arg(tcp.port);
    return serial.portName + QLatin1Char(' ') + QString::fromLatin1(link::lineSettingsText(serial.line));
}

BusClient::BusClient(const ConnectionSettings &settings, QObject *parent)
    : RequestPort(parent)
    , m_settings(settings)
{
    m_transport = makeTransport(settings).release(); // deleted on the worker thread, see ~BusClient
    m_master = new Master(*m_transport, settings.master);
    m_thread.setObjectName(QStringLiteral("bus: %1").arg(settings.description()));
    m_transport->moveToThread(&m_thread);
    m_master->moveToThread(&m_thread);
    connect(m_transport, &Transport::opened, this, &BusClient::opened);
    connect(m_transport, &Transport::failed, this, &BusClient::failed);
    connect(m_master, &Master::finished, this, &RequestPort::finished);
    connect(m_master, &Master::traffic, this, &BusClient::traffic);
    m_thread.start();
}

BusClient::~BusClient()
{
    // Closed and deleted on their own thread, where their notifiers and timers live.
    Transport *transport = m_transport;
    Master *master = m_master;
    QMetaObject::invokeMethod(
        master,
        [transport, master] {
            master->cancelAll();
            transport->close();
            delete master;
            delete transport;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BusClient::open()
{
    QMetaObject::invokeMethod(m_transport, &Transport::open, Qt::QueuedConnection);
}

quint64 BusClient::submit(const Request &request)
{
    const quint64 id = ++m_nextId;
    Master *master = m_master;
    QMetaObject::invokeMethod(master, [master, id, request] { master->submit(id, request); }, Qt::QueuedConnection);
    return id;
}

void BusClient::cancelAll()
{
    QMetaObject::invokeMethod(m_master, &Master::cancelAll, Qt::QueuedConnection);
}

} // namespace mbus::bus
