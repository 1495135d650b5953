#pragma once

#include "engine/ConnectionPoller.h"
#include "engine/ConnectionSession.h"
#include "project/Project.h"

#include <QObject>

#include <map>

// The polling engine of a project: one ConnectionSession per enabled connection, keyed by the
// connection's id, each with its worker thread. setProject() applies an edited project as the
// difference to the last one: binding and meter edits reconfigure their session (queued, the
// port stays open), a channel edit reopens that connection only, a new or removed connection
// starts or ends its session. Results arrive as signals in the thread that owns the engine; the
// GUI thread never waits on the bus, and joins a worker thread only when the engine is destroyed.
namespace mbus::engine {

class PollingEngine : public QObject
{
    Q_OBJECT

public:
    explicit PollingEngine(const project::Project &project, const PollerOptions &options = {}, QObject *parent = nullptr);
    ~PollingEngine() override;

    void setProject(const project::Project &project);
    const project::Project &project() const { return m_project; }

    void start();
    // One cycle of every connection; allCyclesDone() when each has reported.
    void runOnce();
    void stop();
    void start(int connectionId);
    void stop(int connectionId);
    // The session of a connection (its request port for the user's reads and scans); nullptr for
    // an unknown or disabled connection. Owned by the engine; it lives as long as the connection.
    ConnectionSession *session(int connectionId) const;
    // Routes to the connection that has the tag.
    void write(const QString &tag, const QVariant &value);
    int connectionCount() const { return int(m_sessions.size()); }
    // Every frame of every connection as traffic(): off by default, a busy bus makes many.
    void setTrafficEnabled(bool enabled);

Q_SIGNALS:
    void cycleFinished(const QList<mbus::engine::TagValue> &values, const mbus::engine::ConnectionDiagnostics &diagnostics);
    void writeFinished(const QString &tag, bool ok, const QString &error);
    // In batches, cut into frames and annotated on the connection's thread (TrafficBatcher).
    void traffic(const QString &connection, const QList<mbus::engine::TrafficChunk> &chunks);
    void allCyclesDone();
    // A session began (new or enabled connection) or ended (removed or disabled connection).
    void sessionStarted(int connectionId);
    void sessionEnded(int connectionId);

private:
    ConnectionSession *makeSession(const project::Connection &connection);
    void endSession(int connectionId);

    project::Project m_project;
    PollerOptions m_options;
    std::map<int, ConnectionSession *> m_sessions; // children of this engine until shut down
    bool m_traffic = false;
    int m_pendingOnce = 0;
};

} // namespace mbus::engine
