#include "PollingEngine.h"

#include "engine/PollerPort.h"

namespace mbus::engine {

PollingEngine::PollingEngine(const project::Project &project, const PollerOptions &options, QObject *parent)
    : QObject(parent)
{
    for (const project::Connection &connection : project.connections) {
        if (!connection.enabled)
            continue;
        Worker worker;
        worker.connection = connection.name;
        for (const project::Binding &b : connection.bindings)
            worker.tags << b.tag;
        worker.thread = new QThread(this);
        worker.thread->setObjectName(QStringLiteral("poller: %1").arg(connection.name));
        worker.poller = new ConnectionPoller(connection, options);
        worker.poller->moveToThread(worker.thread);
        connect(worker.poller, &ConnectionPoller::cycleFinished, this,
                [this](const QList<TagValue> &values, const ConnectionDiagnostics &diagnostics) {
                    Q_EMIT cycleFinished(values, diagnostics);
                    if (m_pendingOnce > 0 && --m_pendingOnce == 0)
                        Q_EMIT allCyclesDone();
                });
        connect(worker.poller, &ConnectionPoller::writeFinished, this, &PollingEngine::writeFinished);
        worker.thread->start();
        m_pollers.push_back(worker);
    }
}

PollingEngine::~PollingEngine()
{
    for (Worker &w : m_pollers) {
        ConnectionPoller *poller = w.poller;
        // Stopped and deleted on its own thread, where its transports and timers live.
        QMetaObject::invokeMethod(
            poller,
            [poller] {
                poller->stop();
                delete poller;
            },
            Qt::BlockingQueuedConnection);
        w.thread->quit();
        w.thread->wait();
    }
}

void PollingEngine::setTrafficEnabled(bool enabled)
{
    for (Worker &w : m_pollers) {
        QObject::disconnect(w.traffic);
        if (!enabled)
            continue;
        const QString name = w.connection;
        w.traffic = connect(w.poller, &ConnectionPoller::traffic, this,
                            [this, name](bool out, const QByteArray &bytes, qint64 t) { Q_EMIT traffic(name, out, bytes, t); });
    }
}

void PollingEngine::start()
{
    for (Worker &w : m_pollers)
        QMetaObject::invokeMethod(w.poller, &ConnectionPoller::start, Qt::QueuedConnection);
}

PollingEngine::Worker *PollingEngine::find(const QString &connection)
{
    for (Worker &w : m_pollers) {
        if (w.connection == connection)
            return &w;
    }
    return nullptr;
}

void PollingEngine::start(const QString &connection)
{
    if (Worker *w = find(connection))
        QMetaObject::invokeMethod(w->poller, &ConnectionPoller::start, Qt::QueuedConnection);
}

void PollingEngine::stop(const QString &connection)
{
    if (Worker *w = find(connection))
        QMetaObject::invokeMethod(w->poller, &ConnectionPoller::stop, Qt::QueuedConnection);
}

bus::RequestPort *PollingEngine::port(const QString &connection)
{
    Worker *w = find(connection);
    if (!w)
        return nullptr;
    if (!w->port)
        w->port = new PollerPort(w->poller, this);
    return w->port;
}

void PollingEngine::runOnce()
{
    m_pendingOnce = int(m_pollers.size());
    if (m_pendingOnce == 0) {
        QMetaObject::invokeMethod(this, &PollingEngine::allCyclesDone, Qt::QueuedConnection);
        return;
    }
    for (Worker &w : m_pollers)
        QMetaObject::invokeMethod(w.poller, &ConnectionPoller::runOnce, Qt::QueuedConnection);
}

void PollingEngine::stop()
{
    for (Worker &w : m_pollers)
        QMetaObject::invokeMethod(w.poller, &ConnectionPoller::stop, Qt::QueuedConnection);
}

void PollingEngine::write(const QString &tag, const QVariant &value)
{
    for (Worker &w : m_pollers) {
        if (!w.tags.contains(tag))
            continue;
        ConnectionPoller *poller = w.poller;
        QMetaObject::invokeMethod(poller, [poller, tag, value] { poller->write(tag, value); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT writeFinished(tag, false, QStringLiteral("no connection has the tag \"%1\"").arg(tag));
}

} // namespace mbus::engine
