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
    connect(m_master, &Master::finished, this, &BusClient::complete);
    connect(m_master, &Master::traffic, this, &BusClient::traffic);
    m_thread.start();
}

BusClient::~BusClient()
{
    if (!m_shutDown) {
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
    }
    m_thread.wait(); // after shutDown() it has ended already
    failPending(BusError::of(BusErrorCode::Cancelled)); // outcomes still queued to this thread are lost
}

void BusClient::shutDown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_master->disconnect(this);
    m_transport->disconnect(this);
    failPending(BusError::of(BusErrorCode::Cancelled));
    // Connected before the thread is told to end: it may end before the next line here runs.
    connect(&m_thread, &QThread::finished, this, [this] {
        Q_EMIT closed();
        deleteLater();
    });
    Transport *transport = m_transport;
    Master *master = m_master;
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(
        master,
        [transport, master, thread] {
            master->cancelAll();
            transport->close();
            delete master;
            delete transport;
            thread->quit();
        },
        Qt::QueuedConnection);
}

void BusClient::open()
{
    if (m_shutDown)
        return;
    QMetaObject::invokeMethod(m_transport, &Transport::open, Qt::QueuedConnection);
}

void BusClient::dispatch(quint64 token, const Request &request)
{
    if (m_shutDown) {
        completeClosed(token, request);
        return;
    }
    Master *master = m_master;
    QMetaObject::invokeMethod(master, [master, token, request] { master->submit(token, request); }, Qt::QueuedConnection);
}

void BusClient::cancel(quint64 token)
{
    if (m_shutDown)
        return;
    Master *master = m_master;
    QMetaObject::invokeMethod(master, [master, token] { master->cancel(token); }, Qt::QueuedConnection);
}

} // namespace mbus::bus
