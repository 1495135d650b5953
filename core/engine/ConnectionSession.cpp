#include "ConnectionSession.h"

namespace mbus::engine {

ConnectionSession::ConnectionSession(const project::Connection &connection, const PollerOptions &options, QObject *parent)
    : bus::RequestPort(parent)
    , m_connection(connection)
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("session: %1").arg(connection.name));
    m_poller = new ConnectionPoller(connection, options);
    m_poller->moveToThread(m_thread);
    connect(m_poller, &ConnectionPoller::cycleFinished, this, &ConnectionSession::cycleFinished);
    connect(m_poller, &ConnectionPoller::writeFinished, this, &ConnectionSession::writeFinished);
    connect(m_poller, &ConnectionPoller::interactiveFinished, this, &ConnectionSession::complete);
    m_thread->start();
}

ConnectionSession::~ConnectionSession()
{
    if (!m_shutDown) {
        // At exit: the poller is stopped and deleted on its own thread, where its transports
        // and timers live, and the thread joined.
        m_poller->disconnect(this);
        ConnectionPoller *poller = m_poller;
        QMetaObject::invokeMethod(
            poller,
            [poller] {
                poller->stop();
                delete poller;
            },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
    }
    m_thread->wait(); // after shutDown() the thread has already finished
    failPending(bus::BusError::of(bus::BusErrorCode::Cancelled));
}

void ConnectionSession::shutDown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_poller->disconnect(this);
    failPending(bus::BusError::of(bus::BusErrorCode::Cancelled));
    // Connected before the thread is told to end: it may end before the next line here runs.
    connect(m_thread, &QThread::finished, this, &QObject::deleteLater);
    ConnectionPoller *poller = m_poller;
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(
        poller,
        [poller, thread] {
            poller->stop();
            delete poller;
            thread->quit();
        },
        Qt::QueuedConnection);
}

void ConnectionSession::start()
{
    if (m_shutDown)
        return;
    QMetaObject::invokeMethod(m_poller, &ConnectionPoller::start, Qt::QueuedConnection);
}

void ConnectionSession::stop()
{
    if (m_shutDown)
        return;
    QMetaObject::invokeMethod(m_poller, &ConnectionPoller::stop, Qt::QueuedConnection);
}

void ConnectionSession::runOnce()
{
    if (m_shutDown)
        return;
    QMetaObject::invokeMethod(m_poller, &ConnectionPoller::runOnce, Qt::QueuedConnection);
}

void ConnectionSession::reconfigure(const project::Connection &connection)
{
    m_connection = connection;
    if (m_shutDown)
        return;
    ConnectionPoller *poller = m_poller;
    QMetaObject::invokeMethod(poller, [poller, connection] { poller->reconfigure(connection); }, Qt::QueuedConnection);
}

void ConnectionSession::write(const QString &tag, const QVariant &value)
{
    if (m_shutDown) {
        QMetaObject::invokeMethod(this, [this, tag] { Q_EMIT writeFinished(tag, false, QStringLiteral("the connection is closed")); },
                                  Qt::QueuedConnection);
        return;
    }
    ConnectionPoller *poller = m_poller;
    QMetaObject::invokeMethod(poller, [poller, tag, value] { poller->write(tag, value); }, Qt::QueuedConnection);
}

void ConnectionSession::setTrafficEnabled(bool enabled)
{
    QObject::disconnect(m_traffic);
    if (m_shutDown)
        return;
    if (enabled)
        m_traffic = connect(m_poller, &ConnectionPoller::traffic, this, &ConnectionSession::traffic);
    ConnectionPoller *poller = m_poller;
    QMetaObject::invokeMethod(poller, [poller, enabled] { poller->setTrafficEnabled(enabled); }, Qt::QueuedConnection);
}

void ConnectionSession::dispatch(quint64 token, const bus::Request &request)
{
    if (m_shutDown) {
        completeClosed(token, request);
        return;
    }
    ConnectionPoller *poller = m_poller;
    QMetaObject::invokeMethod(poller, [poller, token, request] { poller->submitInteractive(token, request); }, Qt::QueuedConnection);
}

void ConnectionSession::cancel(quint64 token)
{
    if (m_shutDown)
        return;
    ConnectionPoller *poller = m_poller;
    QMetaObject::invokeMethod(poller, [poller, token] { poller->cancelInteractive(token); }, Qt::QueuedConnection);
}

} // namespace mbus::engine
