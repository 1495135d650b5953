#pragma once

#include <QByteArray>

#include <cstdint>
#include <random>

// The faults mbus-sim can put on the bus, each a probability or a count (issue #3).
namespace mbus::sim {

struct FaultSettings
{
    double corrupt = 0;       // probability that an answer gets a bad checksum
    double drop = 0;          // probability that a meter does not answer
    double noise = 0;         // probability of garbage bytes before or after an answer
    bool echo = false;        // the level converter echoes the master's bytes
    int collideAddress = -1;  // a second meter on this primary address
    int stuckBaudAddress = -1; // the meter here acknowledges a baud-rate switch but keeps its rate
    int gatewayRestartSeconds = 0; // the TCP side closes every N seconds
    int delayMs = 0;          // extra turnaround before each answer
};

// Draws the faults for each answer from a seeded generator, so a run can be repeated.
class FaultInjector
{
public:
    FaultInjector(const FaultSettings &settings, std::uint64_t seed);

    const FaultSettings &settings() const { return m_settings; }
    void setSettings(const FaultSettings &settings) { m_settings = settings; }
    bool dropNow();
    // Flips the checksum byte of the last frame in bytes (the answer stays framed, its check fails).
    bool corruptNow(QByteArray &bytes);
    // Adds 1..8 garbage bytes before or after, none of which could start a frame.
    bool noiseNow(QByteArray &bytes);

private:
    bool chance(double probability);

    FaultSettings m_settings;
    std::mt19937_64 m_random;
};

} // namespace mbus::sim
