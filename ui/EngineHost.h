#pragma once

#include "engine/PollingEngine.h"
#include "project/Project.h"
#include "sim/SimulatedBus.h"

#include <QHash>
#include <QObject>
#include <QSet>

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
    void startAll();
    void stopAll();
    bool isRunning(const QString &connection) const { return m_running.contains(connection); }
    // The request port of a connection for reads and scans (valid until engineRebuilt()).
    bus::RequestPort *port(const QString &connection);
    void write(const QString &tag, const QVariant &value);
    void setTrafficEnabled(bool enabled);

Q_SIGNALS:
    void cycleFinished(const QList<mbus::engine::TagValue> &values, const mbus::engine::ConnectionDiagnostics &diagnostics);
    void runningChanged(const QString &connection, bool running);
    void writeFinished(const QString &tag, bool ok, const QString &error);
    void traffic(const QString &connection, bool outgoing, const QByteArray &bytes, qint64 msecsSinceEpoch);
    void engineRebuilt();

private:
    void rebuild();
    std::shared_ptr<sim::SimulatedBus> busFor(const QString &connection);

    project::Project m_project;
    std::optional<sim::Profile> m_profile;
    std::unique_ptr<engine::PollingEngine> m_engine;
    QSet<QString> m_running;
    QHash<QString, std::shared_ptr<sim::SimulatedBus>> m_buses;
    bool m_traffic = false;
    bool m_pacing = true;
};

} // namespace mbus::ui
