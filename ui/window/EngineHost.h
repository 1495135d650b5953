#pragma once

#include "engine/PollingEngine.h"
#include "project/Project.h"
#include "sim/SimulatedBus.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

// The application's controller of the bus: owns the polling engine (one session per
// connection), hands it every edit of the project (the engine applies the difference, nothing
// is rebuilt), starts and stops connections, and, for the embedded demo, puts every connection
// on a simulated bus in this process. Everything the engine reports arrives here as queued
// signals and goes to the views at most every DeliveryIntervalMs.
namespace mbus::ui {

class SimulatedBuses;

class EngineHost : public QObject
{
    Q_OBJECT

public:
    explicit EngineHost(QObject *parent = nullptr);
    ~EngineHost() override;

    void setProject(const project::Project &project);
    // Every connection polls a simulated bus with the meters of profile (the embedded demo).
    void setSimulatedProfile(const std::optional<sim::Profile> &profile);
    bool isSimulated() const { return m_profile.has_value(); }
    // Simulated answers at the bus's baud rate (true, the default) or at once (the engine's own
    // cost, for benchmarks of the GUI under the heaviest load).
    void setSimulatedPacing(bool pacing);

    // Connections by name (the name they have now) or by id.
    void start(const QString &connection);
    void stop(const QString &connection);
    void start(int connectionId);
    void stop(int connectionId);
    // Closes the connection's port even when it is not polling (a request on it opened it), so
    // that another program part (line detection) can open the device.
    void releasePort(const QString &connection);
    void startAll();
    void stopAll();
    bool isRunning(const QString &connection) const;
    bool isRunning(int connectionId) const { return m_running.contains(connectionId); }
    // The request port of a connection for reads and scans: its session, which lives as long as
    // the connection does (edits do not replace it). nullptr for an unknown or disabled one.
    bus::RequestPort *port(const QString &connection);
    bus::RequestPort *port(int connectionId);
    void write(const QString &tag, const QVariant &value);
    void setTrafficEnabled(bool enabled);

Q_SIGNALS:
    // Per connection, at most every DeliveryIntervalMs: the values of every cycle since the last
    // report (in order) and the latest diagnostics. A bus polled flat out must not flood the GUI
    // thread with a signal per cycle.
    void cycleFinished(const QList<mbus::engine::TagValue> &values, const mbus::engine::ConnectionDiagnostics &diagnostics);
    void runningChanged(const QString &connection, bool running);
    void writeFinished(const QString &tag, bool ok, const QString &error);
    // Cut into frames and annotated on the connection's thread (engine::TrafficBatcher).
    void traffic(const QString &connection, const QList<mbus::engine::TrafficChunk> &chunks);

public:
    static constexpr int DeliveryIntervalMs = 100;

private:
    struct Pending
    {
        QList<engine::TagValue> values;
        engine::ConnectionDiagnostics diagnostics;
    };
    void collect(const QList<engine::TagValue> &values, const engine::ConnectionDiagnostics &diagnostics);
    void deliver();
    // A new engine for a new kind of bus (real or simulated); the old one ends without waiting.
    void replaceEngine();
    int idOf(const QString &connection) const;

    project::Project m_project;
    std::optional<sim::Profile> m_profile;
    std::shared_ptr<SimulatedBuses> m_buses;
    engine::PollingEngine *m_engine = nullptr;
    QSet<int> m_running;
    bool m_traffic = false;
    bool m_pacing = true;
    QHash<int, Pending> m_pending; // connection id -> what the next delivery carries
    QList<int> m_pendingOrder;
    QTimer m_delivery;
};

} // namespace mbus::ui
