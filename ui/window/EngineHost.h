#pragma once

#include "engine/PollingEngine.h"
#include "project/Project.h"
#include "sim/SimulatedBus.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

// The GUI's side of the polling engine: rebuilds it when the project changes (keeping what was
// running), starts and stops connections, and, for the embedded demo, puts every connection on a
// simulated bus in this process. Everything the engine reports arrives here as queued signals.
namespace mbus::ui {

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

    void start(const QString &connection);
    void stop(const QString &connection);
    // Closes the connection's port even when it is not polling (a request on it opened it), so
    // that another program part (line detection) can open the device.
    void releasePort(const QString &connection);
    void startAll();
    void stopAll();
    bool isRunning(const QString &connection) const { return m_running.contains(connection); }
    // The request port of a connection for reads and scans (valid until engineRebuilt()).
    bus::RequestPort *port(const QString &connection);
    void write(const QString &tag, const QVariant &value);
    void setTrafficEnabled(bool enabled);

Q_SIGNALS:
    // Per connection, at most every DeliveryIntervalMs: the values of every cycle since the last
    // report (in order) and the latest diagnostics. A bus polled flat out must not flood the GUI
    // thread with a signal per cycle.
    void cycleFinished(const QList<mbus::engine::TagValue> &values, const mbus::engine::ConnectionDiagnostics &diagnostics);
    void runningChanged(const QString &connection, bool running);
    void writeFinished(const QString &tag, bool ok, const QString &error);
    void traffic(const QString &connection, bool outgoing, const QByteArray &bytes, qint64 msecsSinceEpoch);
    void engineRebuilt();

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
    void rebuild();
    // Made once per connection, at the connection's line settings then; kept across rebuilds (the
    // meters keep what the assistant set in them).
    std::shared_ptr<sim::SimulatedBus> busFor(const QString &connection, const link::LineSettings &line);

    project::Project m_project;
    std::optional<sim::Profile> m_profile;
    std::unique_ptr<engine::PollingEngine> m_engine;
    QSet<QString> m_running;
    QHash<QString, std::shared_ptr<sim::SimulatedBus>> m_buses;
    bool m_traffic = false;
    bool m_pacing = true;
    QHash<QString, Pending> m_pending; // connection -> what the next delivery carries
    QStringList m_pendingOrder;
    QTimer m_delivery;
};

} // namespace mbus::ui
