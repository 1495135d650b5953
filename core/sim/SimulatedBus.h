#pragma once

#include "link/FrameAssembler.h"
#include "sim/Faults.h"
#include "sim/LineModel.h"
#include "sim/MeterProfile.h"
#include "sim/SimulatedMeter.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <vector>

// The wire with its meters: every meter hears every request through its own UART settings,
// answers superimpose (a collision garbles them), and the configured faults hit the answers.
// No I/O and no timing here; the pty and TCP endpoints put the bytes on a line with pacing.
namespace mbus::sim {

struct BusAnswer
{
    QByteArray bytes;      // what the master's UART reads
    int turnaroundMs = 0;  // quiet time after the request before the first byte
    int baud = 0;          // rate the answer is sent at
    bool echo = false;     // the converter's echo of the request, sent at once
};

class SimulatedBus
{
public:
    SimulatedBus(const Profile &profile, const LineSettings &line, const FaultSettings &faults, std::uint64_t seed);

    // Truth sink: every value a meter put into an answer, with what became of the answer
    // ("sent", "dropped", "corrupted", "collided").
    using TruthSink = std::function<void(const SimulatedMeter &, const TruthValue &, const char *fate)>;
    void setTruthSink(TruthSink sink) { m_truthSink = std::move(sink); }

    // Bytes the master sent with its UART settings, seconds since the simulator started.
    QList<BusAnswer> receive(const QByteArray &bytes, const LineSettings &master, double seconds);

    const std::vector<std::unique_ptr<SimulatedMeter>> &meters() const { return m_meters; }
    const LineSettings &line() const { return m_line; }
    const FaultSettings &faults() const { return m_faults.settings(); }
    void setFaults(const FaultSettings &faults) { m_faults.setSettings(faults); }
    void setMeterTelegrams(int address, const QList<TelegramSpec> &telegrams);
    void setClockStart(const QDateTime &start) { m_clockStart = start; }

    // Turnaround of a meter after a request: inside the EN window (11 bit times .. 330 bit
    // times + 50 ms), plus the configured delay.
    int turnaroundMs(int baud) const;

private:
    LineSettings meterLine(const SimulatedMeter &meter) const;
    void report(const SimulatedMeter &meter, const MeterAnswer &answer, const char *fate);

    std::vector<std::unique_ptr<SimulatedMeter>> m_meters;
    std::vector<link::FrameAssembler> m_assemblers; // one per meter: each hears through its UART
    LineSettings m_line;
    FaultInjector m_faults;
    QDateTime m_clockStart;
    TruthSink m_truthSink;
};

// The profile with a second meter on address: a copy of the meter there with another
// identification (the classic "two meters on factory address" case).
Profile withCollision(const Profile &profile, int address);

} // namespace mbus::sim
