#include "EngineHost.h"

#include "sim/SimTransport.h"

#include <QMutex>

namespace mbus::ui {

// The simulated buses of the embedded demo, one per connection id, made on the poller's thread
// when the connection first opens (at its line settings then) and kept for the life of the
// profile: the meters keep what the assistant set in them.
class SimulatedBuses
{
public:
    explicit SimulatedBuses(const sim::Profile &profile)
        : m_profile(profile)
    {
    }

    std::shared_ptr<sim::SimulatedBus> busFor(const project::Connection &connection)
    {
        QMutexLocker lock(&m_mutex);
        auto &bus = m_buses[connection.id];
        if (!bus)
            bus = std::make_shared<sim::SimulatedBus>(m_profile, connection.channel.line, sim::FaultSettings{},
                                                      std::uint64_t(qHash(connection.id)));
        return bus;
    }

private:
    sim::Profile m_profile;
    QMutex m_mutex;
    QHash<int, std::shared_ptr<sim::SimulatedBus>> m_buses;
};

EngineHost::EngineHost(QObject *parent)
    : QObject(parent)
{
    m_delivery.setSingleShot(true);
    m_delivery.setInterval(DeliveryIntervalMs);
    connect(&m_delivery, &QTimer::timeout, this, &EngineHost::deliver);
}

EngineHost::~EngineHost()
{
    delete m_engine; // at exit: the one place worker threads are joined
}

void EngineHost::collect(const QList<engine::TagValue> &values, const engine::ConnectionDiagnostics &diagnostics)
{
    Pending &pending = m_pending[diagnostics.connectionId];
    if (pending.values.isEmpty() && !m_pendingOrder.contains(diagnostics.connectionId))
        m_pendingOrder << diagnostics.connectionId;
    pending.values << values;
    pending.diagnostics = diagnostics;
    if (!m_delivery.isActive())
        m_delivery.start();
}

void EngineHost::deliver()
{
    const QList<int> order = std::exchange(m_pendingOrder, {});
    QHash<int, Pending> pending = std::exchange(m_pending, {});
    for (const int connection : order) {
        const Pending &p = pending[connection];
        Q_EMIT cycleFinished(p.values, p.diagnostics);
    }
}

void EngineHost::setProject(const project::Project &edited)
{
    project::Project project = edited;
    project::assignConnectionIds(project);
    const project::Project before = std::exchange(m_project, project);
    if (!m_engine) {
        replaceEngine();
        return;
    }
    m_engine->setProject(project); // the difference only: no session is rebuilt for an edit
    // A connection that went away or was disabled no longer runs.
    for (const int id : QSet<int>(m_running)) {
        const project::Connection *now = project.connectionById(id);
        if (now && now->enabled)
            continue;
        m_running.remove(id);
        const project::Connection *was = before.connectionById(id);
        Q_EMIT runningChanged(was ? was->name : QString(), false);
    }
}

void EngineHost::setSimulatedProfile(const std::optional<sim::Profile> &profile)
{
    m_profile = profile;
    m_buses = profile ? std::make_shared<SimulatedBuses>(*profile) : nullptr;
    replaceEngine();
}

void EngineHost::setSimulatedPacing(bool pacing)
{
    if (pacing == m_pacing)
        return;
    m_pacing = pacing;
    if (m_profile)
        replaceEngine();
}

void EngineHost::replaceEngine()
{
    const QSet<int> wasRunning = m_running;
    if (m_engine) {
        m_engine->disconnect(this);
        m_engine->setProject({}); // every session ends on its own thread; nothing waits here
        m_engine->deleteLater();
        m_engine = nullptr;
    }
    deliver(); // what the old engine reported still arrives
    engine::PollerOptions options;
    if (m_buses) {
        options.transportFactory = [buses = m_buses, pacing = m_pacing](const project::Connection &connection,
                                                                         const project::Channel &channel,
                                                                         bool) -> std::unique_ptr<bus::Transport> {
            auto transport = std::make_unique<sim::SimTransport>(buses->busFor(connection), pacing);
            // The master's UART follows the project: after the meters switched their baud rate
            // (commissioning assistant) the connection's new rate is theirs.
            transport->setBaud(channel.line.baud);
            return transport;
        };
    }
    m_engine = new engine::PollingEngine(m_project, options, this);
    connect(m_engine, &engine::PollingEngine::cycleFinished, this, &EngineHost::collect);
    connect(m_engine, &engine::PollingEngine::writeFinished, this, &EngineHost::writeFinished);
    connect(m_engine, &engine::PollingEngine::traffic, this, &EngineHost::traffic);
    m_engine->setTrafficEnabled(m_traffic);
    m_running.clear();
    for (const project::Connection &c : m_project.connections) {
        if (wasRunning.contains(c.id) && c.enabled)
            start(c.id);
    }
}

int EngineHost::idOf(const QString &connection) const
{
    for (const project::Connection &c : m_project.connections) {
        if (c.name == connection)
            return c.id;
    }
    return 0;
}

void EngineHost::start(const QString &connection)
{
    start(idOf(connection));
}

void EngineHost::stop(const QString &connection)
{
    stop(idOf(connection));
}

bool EngineHost::isRunning(const QString &connection) const
{
    return m_running.contains(idOf(connection));
}

void EngineHost::start(int connectionId)
{
    // A disabled connection has no session: it cannot run, and must not show RUN.
    if (!m_engine || m_running.contains(connectionId) || !m_engine->session(connectionId))
        return;
    m_engine->start(connectionId);
    m_running.insert(connectionId);
    Q_EMIT runningChanged(m_project.connectionById(connectionId)->name, true);
}

void EngineHost::stop(int connectionId)
{
    if (!m_engine || !m_running.remove(connectionId))
        return;
    m_engine->stop(connectionId);
    const project::Connection *c = m_project.connectionById(connectionId);
    Q_EMIT runningChanged(c ? c->name : QString(), false);
}

void EngineHost::releasePort(const QString &connection)
{
    const int id = idOf(connection);
    if (m_engine && !m_running.contains(id))
        m_engine->stop(id); // a stopped poller closes its transports
}

void EngineHost::startAll()
{
    for (const project::Connection &c : m_project.connections) {
        if (c.enabled)
            start(c.id);
    }
}

void EngineHost::stopAll()
{
    for (const int id : QSet<int>(m_running))
        stop(id);
}

bus::RequestPort *EngineHost::port(const QString &connection)
{
    return port(idOf(connection));
}

bus::RequestPort *EngineHost::port(int connectionId)
{
    return m_engine ? m_engine->session(connectionId) : nullptr;
}

void EngineHost::write(const QString &tag, const QVariant &value)
{
    if (m_engine)
        m_engine->write(tag, value);
}

void EngineHost::setTrafficEnabled(bool enabled)
{
    m_traffic = enabled;
    if (m_engine)
        m_engine->setTrafficEnabled(enabled);
}

} // namespace mbus::ui
