#include "EngineHost.h"

#include "sim/SimTransport.h"

namespace mbus::ui {

EngineHost::EngineHost(QObject *parent)
    : QObject(parent)
{
    m_delivery.setSingleShot(true);
    m_delivery.setInterval(DeliveryIntervalMs);
    connect(&m_delivery, &QTimer::timeout, this, &EngineHost::deliver);
}

void EngineHost::collect(const QList<engine::TagValue> &values, const engine::ConnectionDiagnostics &diagnostics)
{
    Pending &pending = m_pending[diagnostics.connection];
    if (pending.values.isEmpty() && !m_pendingOrder.contains(diagnostics.connection))
        m_pendingOrder << diagnostics.connection;
    pending.values << values;
    pending.diagnostics = diagnostics;
    if (!m_delivery.isActive())
        m_delivery.start();
}

void EngineHost::deliver()
{
    const QStringList order = std::exchange(m_pendingOrder, {});
    QHash<QString, Pending> pending = std::exchange(m_pending, {});
    for (const QString &connection : order) {
        const Pending &p = pending[connection];
        Q_EMIT cycleFinished(p.values, p.diagnostics);
    }
}

EngineHost::~EngineHost() = default;

void EngineHost::setProject(const project::Project &project)
{
    // Values and timing do not change the engine; the connections do.
    if (project.connections == m_project.connections && m_engine)
        return;
    m_project = project;
    rebuild();
}

void EngineHost::setSimulatedProfile(const std::optional<sim::Profile> &profile)
{
    m_profile = profile;
    m_buses.clear();
    rebuild();
}

void EngineHost::setSimulatedPacing(bool pacing)
{
    if (pacing == m_pacing)
        return;
    m_pacing = pacing;
    if (m_profile)
        rebuild();
}

std::shared_ptr<sim::SimulatedBus> EngineHost::busFor(const QString &connection, const link::LineSettings &line)
{
    auto &bus = m_buses[connection];
    if (!bus)
        bus = std::make_shared<sim::SimulatedBus>(*m_profile, line, sim::FaultSettings{}, std::uint64_t(qHash(connection)));
    return bus;
}

void EngineHost::rebuild()
{
    const QSet<QString> wasRunning = m_running;
    m_engine.reset(); // stops the pollers and joins their threads
    deliver(); // what the old engine reported still arrives
    engine::PollerOptions perConnection;
    if (m_profile) {
        // The factory is called on the poller's thread with the channel; the bus is found by the
        // connection's name, which the channel does not carry: encode it in the host field.
        project::Project tagged = m_project;
        QHash<QString, std::shared_ptr<sim::SimulatedBus>> buses;
        for (project::Connection &c : tagged.connections) {
            buses.insert(c.name, busFor(c.name, c.channel.line));
            c.channel.host = c.name;
            if (c.backup)
                c.backup->host = c.name;
        }
        perConnection.transportFactory = [buses, pacing = m_pacing](const project::Channel &channel, bool) -> std::unique_ptr<bus::Transport> {
            auto transport = std::make_unique<sim::SimTransport>(buses.value(channel.host), pacing);
            // The master's UART follows the project: after the meters switched their baud rate
            // (commissioning assistant) the connection's new rate is theirs.
            transport->setBaud(channel.line.baud);
            return transport;
        };
        m_engine = std::make_unique<engine::PollingEngine>(tagged, perConnection);
    } else {
        m_engine = std::make_unique<engine::PollingEngine>(m_project, perConnection);
    }
    connect(m_engine.get(), &engine::PollingEngine::cycleFinished, this, &EngineHost::collect);
    connect(m_engine.get(), &engine::PollingEngine::writeFinished, this, &EngineHost::writeFinished);
    connect(m_engine.get(), &engine::PollingEngine::traffic, this, &EngineHost::traffic);
    m_engine->setTrafficEnabled(m_traffic);
    m_running.clear();
    for (const project::Connection &c : m_project.connections) {
        if (wasRunning.contains(c.name) && c.enabled)
            start(c.name);
    }
    Q_EMIT engineRebuilt();
}

void EngineHost::start(const QString &connection)
{
    if (!m_engine || m_running.contains(connection))
        return;
    // A disabled connection has no poller: it cannot run, and must not show RUN.
    const bool enabled = std::any_of(m_project.connections.cbegin(), m_project.connections.cend(),
                                     [&](const project::Connection &c) { return c.name == connection && c.enabled; });
    if (!enabled)
        return;
    m_engine->start(connection);
    m_running.insert(connection);
    Q_EMIT runningChanged(connection, true);
}

void EngineHost::stop(const QString &connection)
{
    if (!m_engine || !m_running.remove(connection))
        return;
    m_engine->stop(connection);
    Q_EMIT runningChanged(connection, false);
}

void EngineHost::releasePort(const QString &connection)
{
    if (m_engine && !m_running.contains(connection))
        m_engine->stop(connection); // a stopped poller closes its transports
}

void EngineHost::startAll()
{
    for (const project::Connection &c : m_project.connections) {
        if (c.enabled)
            start(c.name);
    }
}

void EngineHost::stopAll()
{
    for (const QString &name : QSet<QString>(m_running))
        stop(name);
}

bus::RequestPort *EngineHost::port(const QString &connection)
{
    return m_engine ? m_engine->port(connection) : nullptr;
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
