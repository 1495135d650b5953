#pragma once

#include "bus/RequestPort.h"
#include "engine/ConnectionPoller.h"
#include "project/Project.h"

#include <QThread>

// One connection for as long as it exists in the project: its worker thread with the poller
// (transport, master, polling) on it, and the request port the user's reads and scans go
// through. Edits reach it as reconfigure() (queued, the port stays open unless the channel
// changed); nothing here blocks the calling thread except the destructor, which only runs for a
// session still working at exit (shutDown() is the way out while the application runs).
namespace mbus::engine {

class ConnectionSession : public bus::RequestPort
{
    Q_OBJECT

public:
    ConnectionSession(const project::Connection &connection, const PollerOptions &options, QObject *parent = nullptr);
    ~ConnectionSession() override;

    int id() const { return m_connection.id; }
    const project::Connection &connection() const { return m_connection; }

    void start();
    void stop();
    void runOnce();
    void reconfigure(const project::Connection &connection);
    void write(const QString &tag, const QVariant &value);
    void setTrafficEnabled(bool enabled);
    // Ends the session without waiting: its replies finish as Cancelled at once, the poller stops
    // and is deleted on its thread, and this object deletes itself once that thread has ended.
    void shutDown();

Q_SIGNALS:
    void cycleFinished(const QList<mbus::engine::TagValue> &values, const mbus::engine::ConnectionDiagnostics &diagnostics);
    void writeFinished(const QString &tag, bool ok, const QString &error);
    void traffic(const QList<mbus::engine::TrafficChunk> &chunks);

protected:
    void dispatch(quint64 token, const bus::Request &request) override;
    void cancel(quint64 token) override;

private:
    project::Connection m_connection;
    QThread *m_thread = nullptr;
    ConnectionPoller *m_poller = nullptr; // lives on m_thread
    QMetaObject::Connection m_traffic;
    bool m_shutDown = false;
};

} // namespace mbus::engine
