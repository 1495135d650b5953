#include "PollingEngine.h"

namespace mbus::engine {

PollingEngine::PollingEngine(const project::Project &project, const PollerOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    setProject(project);
}

PollingEngine::~PollingEngine()
{
    // At exit: each session stops its poller on its own thread and joins it.
    const auto sessions = std::exchange(m_sessions, {});
    for (const auto &[id, session] : sessions)
        delete session;
}

ConnectionSession *PollingEngine::makeSession(const project::Connection &connection)
{
    auto *session = new ConnectionSession(connection, m_options, this);
    connect(session, &ConnectionSession::cycleFinished, this,
            [this](const QList<TagValue> &values, const ConnectionDiagnostics &diagnostics) {
                Q_EMIT cycleFinished(values, diagnostics);
                if (m_pendingOnce > 0 && --m_pendingOnce == 0)
                    Q_EMIT allCyclesDone();
            });
    connect(session, &ConnectionSession::writeFinished, this, &PollingEngine::writeFinished);
    connect(session, &ConnectionSession::traffic, this, [this, session](const QList<TrafficChunk> &chunks) {
        Q_EMIT traffic(session->connection().name, chunks);
    });
    session->setTrafficEnabled(m_traffic);
    m_sessions[connection.id] = session;
    return session;
}

void PollingEngine::endSession(int connectionId)
{
    const auto it = m_sessions.find(connectionId);
    if (it == m_sessions.end())
        return;
    ConnectionSession *session = it->second;
    m_sessions.erase(it);
    session->disconnect(this);
    session->setParent(nullptr); // not deleted (and joined) with the engine
    session->shutDown(); // deletes itself when its thread has ended: nothing waits here
    Q_EMIT sessionEnded(connectionId);
}

void PollingEngine::setProject(const project::Project &edited)
{
    project::Project project = edited;
    project::assignConnectionIds(project);
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        const project::Connection *c = project.connectionById(it->first);
        const int id = it->first;
        ++it;
        if (!c || !c->enabled)
            endSession(id);
    }
    for (const project::Connection &c : project.connections) {
        if (!c.enabled)
            continue;
        const auto it = m_sessions.find(c.id);
        if (it == m_sessions.end()) {
            makeSession(c);
            Q_EMIT sessionStarted(c.id);
        } else if (!(it->second->connection() == c)) {
            it->second->reconfigure(c);
        }
    }
    m_project = project;
}

void PollingEngine::setTrafficEnabled(bool enabled)
{
    m_traffic = enabled;
    for (const auto &[id, session] : m_sessions)
        session->setTrafficEnabled(enabled);
}

void PollingEngine::start()
{
    for (const auto &[id, session] : m_sessions)
        session->start();
}

ConnectionSession *PollingEngine::session(int connectionId) const
{
    const auto it = m_sessions.find(connectionId);
    return it == m_sessions.end() ? nullptr : it->second;
}

void PollingEngine::start(int connectionId)
{
    if (ConnectionSession *s = session(connectionId))
        s->start();
}

void PollingEngine::stop(int connectionId)
{
    if (ConnectionSession *s = session(connectionId))
        s->stop();
}

void PollingEngine::runOnce()
{
    m_pendingOnce = int(m_sessions.size());
    if (m_pendingOnce == 0) {
        QMetaObject::invokeMethod(this, &PollingEngine::allCyclesDone, Qt::QueuedConnection);
        return;
    }
    for (const auto &[id, session] : m_sessions)
        session->runOnce();
}

void PollingEngine::stop()
{
    for (const auto &[id, session] : m_sessions)
        session->stop();
}

void PollingEngine::write(const QString &tag, const QVariant &value)
{
    for (const auto &[id, session] : m_sessions) {
        const auto &bindings = session->connection().bindings;
        const bool has = std::any_of(bindings.cbegin(), bindings.cend(), [&](const project::Binding &b) { return b.tag == tag; });
        if (has) {
            session->write(tag, value);
            return;
        }
    }
    Q_EMIT writeFinished(tag, false, QStringLiteral("no connection has the tag \"%1\"").arg(tag));
}

} // namespace mbus::engine
