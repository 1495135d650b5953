#pragma once

#include "bus/BusClient.h"
#include "link/LineSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

// Line-settings auto-detect: the converter is on 9600 8N1, the meters want 2400 8E1, and nothing
// answers. Each candidate baud rate and parity is tried in the order most likely in the field,
// with the port opened afresh (a pseudo-terminal takes its parity only before open): SND_NKE to
// broadcast 254 (E5 back), REQ_UD2 0x5B to 254 (one meter answers it whole, several collide) and
// SND_NKE + REQ_UD2 0x5B to each known address (meters deaf to 254 answer there): standard
// requests only, so a meter counts only by a valid answer to one. A long frame with a good checksum cannot arrive at a wrong baud
// rate or parity, and meters only answer REQ_UD2 (even all at once) when they could read it, so
// the first combination that brings either is the answer and the search stops there; otherwise
// the combination with the strongest evidence is recommended.
namespace mbus::bus {

struct LineProbe
{
    // Ordered: more is better evidence of the right setting.
    enum class Evidence : std::uint8_t { PortError, Nothing, Noise, Acknowledge, Collision, UserData };
    link::LineSettings line;
    Evidence evidence = Evidence::Nothing;
    QList<int> answered;      // addresses a valid RSP_UD came from (the A field of the answer)
    bool ackToBroadcast = false;
    bool broadcastCollided = false;
    qint64 noiseBytes = 0;    // bytes that made no valid frame
    QString portError;

    // "valid answers: E5 to SND_NKE 254; RSP_UD from 1, 5" / "nothing answered" / "noise (12 bytes)"
    QString summary() const;
};

struct LineDetectSettings
{
    ConnectionSettings connection;             // the serial port; its line settings are replaced
    std::optional<link::LineSettings> start;   // tried first (what the converter is set to now)
    QList<int> addresses;                      // known primary addresses to probe
    bool stopWhenClear = true;
};

// Every combination the detector tries, in its order: start first, then 2400, 9600, 300, 1200,
// 4800, 19200, 38400 Bd, each with Even then None parity, 8 data bits and 1 stop bit.
QList<link::LineSettings> detectionCandidates(const std::optional<link::LineSettings> &start);

class LineDetector : public QObject
{
    Q_OBJECT

public:
    explicit LineDetector(const LineDetectSettings &settings, QObject *parent = nullptr);
    ~LineDetector() override;

    void start();
    void cancel();
    const QList<LineProbe> &results() const { return m_results; }
    // The combination to use: the first with a valid answer, else the best evidence; none when
    // nothing answered anywhere (or the port cannot be opened).
    std::optional<LineProbe> recommended() const;

Q_SIGNALS:
    void trying(const mbus::link::LineSettings &line, int index, int total);
    void tried(const mbus::bus::LineProbe &probe);
    void finished(bool cancelled);

private:
    void tryNext();
    void probeNext();
    void dropClient(std::function<void()> then);
    void openCandidate();
    void onOutcome(const Outcome &outcome);
    void finishCandidate();

    LineDetectSettings m_settings;
    QList<link::LineSettings> m_candidates;
    int m_next = 0;
    std::unique_ptr<BusClient> m_client;
    QList<QPointer<BusClient>> m_closing; // shut down, deleting themselves once closed
    QList<Request> m_probes;
    int m_nextProbe = 0;
    QPointer<Reply> m_pending;
    LineProbe m_current;
    QList<LineProbe> m_results;
    bool m_cancelled = false;
    bool m_running = false;
};

} // namespace mbus::bus

Q_DECLARE_METATYPE(mbus::bus::LineProbe)
