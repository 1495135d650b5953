#pragma once

#include "bus/RequestPort.h"
#include "engine/ConnectionPoller.h"
#include "project/Project.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <vector>

// The polling engine of a project: one ConnectionPoller per enabled connection, each on its own
// worker thread, reached only through queued calls; results arrive as signals in the thread that
// owns the engine (the GUI thread never waits on the bus).
namespace mbus::engine {

class PollingEngine : public QObject
{
    Q_OBJECT

public:
    explicit PollingEngine(const project::Project &project, const PollerOptions &options = {}, QObject *parent = nullptr);
    ~PollingEngine() override;

    void start();
    // One cycle of every connection; allCyclesDone() when each has reported.
    void runOnce();
    void stop();
    void start(const QString &connection);
    void stop(const QString &connection);
    // The request port of a connection (its poller owns the port), for reads and scans of the
    // user; nullptr for an unknown or disabled connection. Owned by the engine.
    bus::RequestPort *port(const QString &connection);
    // Routes to the connection that has the tag.
    void write(const QString &tag, const QVariant &value);
    int connectionCount() const { return int(m_pollers.size()); }
    // Every frame of every connection as traffic(): off by default, a busy bus makes many.
    void setTrafficEnabled(bool enabled);

Q_SIGNALS:
    void cycleFinished(const QList<mbus::engine::TagValue> &values, const mbus::engine::ConnectionDiagnostics &diagnostics);
    void writeFinished(const QString &tag, bool ok, const QString &error);
    void traffic(const QString &connection, bool outgoing, const QByteArray &bytes, qint64 msecsSinceEpoch);
    void allCyclesDone();

private:
    struct Worker
    {
        QString connection;
        QThread *thread = nullptr;
        ConnectionPoller *poller = nullptr;
        QStringList tags;
        QMetaObject::Connection traffic;
        bus::RequestPort *port = nullptr;
    };

    Worker *find(const QString &connection);

    std::vector<Worker> m_pollers;
    int m_pendingOnce = 0;
};

} // namespace mbus::engine
