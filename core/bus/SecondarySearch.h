#pragma once

#include "bus/BusClient.h"
#include "bus/ScanResult.h"

#include <QElapsedTimer>
#include <QObject>

#include <vector>

// Secondary-address search (MBUS_FACTS 2.10), with fewer probes than libmbus: first the whole
// wildcard (a bus with one meter is done in one selection); below a collision the identification
// digits most significant first, 0..9; when digits 0..8 of a collided position were all silent,
// digit 9 must hold the collision and is expanded without probing it. Manufacturer, version and
// medium stay wildcards (libmbus walks them 0..9 and misses hex values); only meters that share
// all 8 digits are told apart by medium, then version. A selection answered with E5 is confirmed
// by reading the selected meter (REQ_UD2 to 253): two meters selected at once garble that answer.
namespace mbus::bus {

struct SecondarySearchStats
{
    int selections = 0; // selection probes (the figure to compare with libmbus)
    int reads = 0;      // REQ_UD2 to 253 after a single E5
};

class SecondarySearch : public QObject
{
    Q_OBJECT

public:
    SecondarySearch(BusClient &client, QObject *parent = nullptr);

    void start(const link::SecondaryAddress &mask = link::SecondaryAddress::wildcard());
    void cancel();
    const SecondarySearchStats &stats() const { return m_stats; }

Q_SIGNALS:
    void hit(const mbus::bus::ScanHit &hit);
    void progress(const QString &mask, int selections);
    void finished(bool cancelled, qint64 elapsedMs);

private:
    // A collided node whose children are being probed: digit `position` runs 0..9 (or, past the
    // identification, the medium or version byte runs 0x00..0xFE).
    struct Level
    {
        link::SecondaryAddress mask;
        int position = 0;  // 0..7 digits, 8 medium, 9 version
        int next = 0;
        int nonEmpty = 0;
    };
    enum class Phase : std::uint8_t { Select, Read };

    void step();
    void probe(const link::SecondaryAddress &mask);
    void onFinished(const Outcome &outcome);
    void onProbeResult(bool answered, bool collision);
    link::SecondaryAddress child(const Level &level, int value) const;
    int lastValue(int position) const { return position < 8 ? 9 : 0xFE; }
    void finish();

    BusClient &m_client;
    std::vector<Level> m_stack;
    link::SecondaryAddress m_probing;
    bool m_rootDone = false;
    Phase m_phase = Phase::Select;
    quint64 m_pending = 0;
    bool m_cancelled = false;
    bool m_running = false;
    SecondarySearchStats m_stats;
    QElapsedTimer m_clock;
};

} // namespace mbus::bus
