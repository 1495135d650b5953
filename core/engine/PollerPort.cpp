#include "PollerPort.h"

#include "engine/ConnectionPoller.h"

namespace mbus::engine {

std::atomic<quint64> PollerPort::s_nextId{1u << 30};

PollerPort::PollerPort(ConnectionPoller *poller, QObject *parent)
    : bus::RequestPort(parent)
    , m_poller(poller)
{
    connect(poller, &ConnectionPoller::interactiveFinished, this, &bus::RequestPort::finished);
}

quint64 PollerPort::submit(const bus::Request &request)
{
    const quint64 id = ++s_nextId;
    ConnectionPoller *poller = m_poller;
    QMetaObject::invokeMethod(poller, [poller, id, request] { poller->submitInteractive(id, request); }, Qt::QueuedConnection);
    return id;
}

void PollerPort::cancelAll()
{
    QMetaObject::invokeMethod(m_poller, &ConnectionPoller::cancelInteractive, Qt::QueuedConnection);
}

} // namespace mbus::engine
