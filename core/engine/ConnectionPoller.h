#pragma once

#include "bus/Master.h"
#include "bus/TcpTransport.h"
#include "decode/Telegram.h"
#include "engine/TagValue.h"
#include "engine/TrafficBatcher.h"
#include "project/Project.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

// The runtime of one Faceplate M-Bus connection, on its own worker thread: every period it reads
// each bound meter once (all telegrams up to the highest bound one) and takes every binding's
// value out of the answer, with quality; it keeps the diagnostics Faceplate shows, fails over to
// the backup channel and comes back, and writes W bindings with SND_UD.
namespace mbus::engine {

struct PollerOptions
{
    std::optional<bus::TcpSettings> gateway; // replaces every channel (mbus-cli poll --gateway)
    // Makes the transport of a channel instead of the serial/TCP one its settings describe (the
    // embedded simulated bus, tests, benchmarks). Called on the poller's thread.
    std::function<std::unique_ptr<bus::Transport>(const project::Connection &connection, const project::Channel &channel,
                                                  bool backup)>
        transportFactory;
};

class ConnectionPoller : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionPoller(const project::Connection &connection, const PollerOptions &options = {},
                              QObject *parent = nullptr);
    ~ConnectionPoller() override;

    const ConnectionDiagnostics &diagnostics() const { return m_diagnostics; }

public Q_SLOTS:
    // Opens the master channel, polls at once and then every period.
    void start();
    // Polls one cycle (opening the channel if needed) and stops.
    void runOnce();
    // Stops polling; the last good values are reported once more as "uncertain: stale".
    void stop();
    // Writes value into the record of the W binding with this tag; answered by writeFinished.
    void write(const QString &tag, const QVariant &value);
    // A request of the user (read a meter, scan) on this connection's channel, polling or not:
    // the poller owns the port. Answered by interactiveFinished with the same id.
    void submitInteractive(quint64 id, const mbus::bus::Request &request);
    void cancelInteractive(quint64 id);
    // The connection as edited: bindings, meters, period and names take effect from the next
    // cycle without touching the port; a changed channel (or backup) closes the ports and, when
    // polling, opens the new one and starts a cycle. Requests on the old port end as Cancelled.
    void reconfigure(const mbus::project::Connection &connection);
    // traffic() is emitted only while enabled: cutting and annotating frames costs.
    void setTrafficEnabled(bool enabled) { m_traffic.setEnabled(enabled); }

Q_SIGNALS:
    void cycleFinished(const QList<mbus::engine::TagValue> &values, const mbus::engine::ConnectionDiagnostics &diagnostics);
    void writeFinished(const QString &tag, bool ok, const QString &error);
    void interactiveFinished(const mbus::bus::Outcome &outcome);
    // The frames in and out, cut and annotated, in batches (TrafficBatcher): one cross-thread
    // event per TrafficBatcher::BatchIntervalMs at most.
    void traffic(const QList<mbus::engine::TrafficChunk> &chunks);
    void stopped();

private:
    struct Channel
    {
        std::unique_ptr<bus::Transport> transport;
        std::unique_ptr<bus::Master> master;
    };
    struct Meter
    {
        int address = 0;
        int telegrams = 0; // highest bound telegram; 0: the single telegram
    };

    // How long the first cycle waits for a port at least: a connection timeout of a few hundred
    // ms is for answers, not for a gateway that is still booting (TcpSettings' connect timeout).
    static constexpr int MinimumOpenWaitMs = 5000;

    Channel makeChannel(const project::Channel &settings, bool backup);
    void applyConnection(const project::Connection &connection);
    void closeChannels();
    void failWaitingForPort(const bus::BusError &error);
    void awaitPortThenCycle();
    void startFirstCycle();
    Channel &active();
    void startCycle();
    void readNextMeter();
    void onOutcome(const bus::Outcome &outcome);
    void finishRead(const bus::Outcome &outcome);
    void finishCycle();
    void updateRedundancy(bool cycleFailed);
    void onPortOpened();
    void onPortFailed(bool retrying, const bus::BusError &error);
    void noteError(const QString &text);

    project::Connection m_connection;
    PollerOptions m_options;
    Channel m_master;
    Channel m_backup;
    QList<Meter> m_meters;
    QTimer m_period{this};
    QTimer m_openWait{this};
    TrafficBatcher m_traffic{this};
    bool m_firstCycleWaits = false; // start() or runOnce() waits for the port before cycle one
    QElapsedTimer m_cycleClock;
    bool m_running = false;
    bool m_once = false;
    bool m_cycleBusy = false;
    bool m_cycleOverdue = false; // the period ended while a cycle ran
    int m_nextMeter = 0;
    quint64 m_nextId = 0;
    quint64 m_readId = 0;
    QHash<quint64, QString> m_writes; // request id -> tag
    QHash<quint64, quint64> m_interactive; // master request id -> the caller's id
    QList<QPair<quint64, bus::Request>> m_waitingForPort; // interactive requests until the port opens
    QList<TagValue> m_values;
    QHash<QString, TagValue> m_lastGood; // tag -> last good value (kept with bad quality)
    int m_answeredThisCycle = 0;
    QString m_cycleError;
    int m_failedCycles = 0;
    int m_cyclesOnBackup = 0;
    ConnectionDiagnostics m_diagnostics;
    std::optional<project::Connection> m_deferred; // an edit that waits for the cycle to end
};

} // namespace mbus::engine
