#pragma once

#include "bus/RequestPort.h"
#include "bus/ScanResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <vector>

// Secondary-address search (MBUS_FACTS 2.10) by the wildcard selection procedure, which alone
// decides: SND_UD CI 0x52 to 253 with a mask; one clean E5 is one meter, garbage a collision,
// silence none. Digits of the identification most significant first, with fewer selections than
// libmbus:
// - the root is one selection of the whole mask, not ten: a single meter answers it alone;
// - below a collision the digits 0..9 are selected; when 0..8 were all silent, the collision must
//   sit under 9, which is expanded without selecting it;
// - a silent selection is repeated only once the bus has shown noise or broken answers (libmbus
//   repeats every silent selection by default);
// - manufacturer, version and medium stay wildcards (libmbus walks them 0..9 and misses hex
//   values); only meters that share all 8 digits are told apart by medium (0x00..0x3F), then
//   by version; meters alike in all of these are reported as an unresolved collision.
// A selection answered with E5 is confirmed by reading the selected meter (REQ_UD2 0x5B to 253):
// two meters selected at once garble that answer. No broadcast to 254 is relied on: many meters
// do not answer there. The search deselects (SND_NKE to 253) before it starts and after every
// answered selection, because some meters stay selected when another selection is not theirs and
// would answer the next read at 253 as well.
namespace mbus::bus {

struct SecondarySearchStats
{
    int selections = 0; // selection exchanges, repeats included (the figure to compare with libmbus)
    int reads = 0;      // REQ_UD2 to 253 after a single E5
    int deselects = 0;  // SND_NKE to 253: before the search and after every answered selection
};

class SecondarySearch : public QObject
{
    Q_OBJECT

public:
    explicit SecondarySearch(RequestPort &port, QObject *parent = nullptr);

    void start(const link::SecondaryAddress &mask = link::SecondaryAddress::wildcard());
    void cancel();
    const SecondarySearchStats &stats() const { return m_stats; }

Q_SIGNALS:
    void hit(const mbus::bus::ScanHit &hit);
    void progress(const QString &mask, int selections);
    void finished(bool cancelled, qint64 elapsedMs);

private:
    // A collided node whose children are being probed: digit `position` runs 0..9 (past the
    // identification, the medium (8) or the version (9) byte). Only positions the user's mask
    // leaves open are varied: its fixed digits and fields stay as given.
    struct Level
    {
        link::SecondaryAddress mask;
        int position = 0;
        int next = 0;
        int nonEmpty = 0;
    };
    enum class Phase : std::uint8_t { Prepare, Select, Read, Deselect };

    void step();
    void select(const link::SecondaryAddress &mask);
    void read(bool resetFirst);
    // SND_NKE to 253; then the probe's result (answered, collision) is taken.
    void deselect(bool answered, bool collision);
    void submitDeselect();
    void send(const Request &request);
    void onFinished(const Outcome &outcome);
    void onProbeResult(bool answered, bool collision);
    // Probes the children of a collided mask at its first open position at or after from, or
    // reports an unresolved collision when the mask has none left.
    void descend(const link::SecondaryAddress &mask, int from);
    // The first position at or after from that mask leaves open (wildcard), or 10.
    static int openPosition(const link::SecondaryAddress &mask, int from);
    void noteBusHealth(const Outcome &outcome);
    link::SecondaryAddress child(const Level &level, int value) const;
    // Digits 0..9; media only in the EN 13757-3 range 0x00..0x3F (the rest is unassigned);
    // versions 0x00..0xFE (0xFF is the wildcard).
    static int lastValue(int position) { return position < 8 ? 9 : position == 8 ? 0x3F : 0xFE; }
    void finish();

    QPointer<RequestPort> m_port;
    std::vector<Level> m_stack;
    link::SecondaryAddress m_probing;
    Phase m_phase = Phase::Prepare;
    bool m_readWithReset = false;   // the read at 253 is the second, after an application reset
    bool m_resultAnswered = false;  // the probe's result while the deselect after it runs
    bool m_resultCollision = false;
    QPointer<Reply> m_pending;
    bool m_cancelled = false;
    bool m_running = false;
    bool m_noisy = false; // the bus has shown garbage or broken frames: repeat silent selections
    SecondarySearchStats m_stats;
    QElapsedTimer m_clock;
};

} // namespace mbus::bus
