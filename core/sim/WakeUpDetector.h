#pragma once

#include <QByteArray>

#include <optional>

// A sleeping meter's receiver (battery meters, optical heads): it ignores every frame until it has
// heard a run of at least N consecutive 0x55 characters, then stays awake until `awakeSeconds`
// have passed since the wake-up or its last request, and falls asleep again.
namespace mbus::sim {

constexpr int DefaultWakeUpCharacters = 480; // 2.2 s at 2400 Bd
constexpr double DefaultAwakeSeconds = 10;

class WakeUpDetector
{
public:
    // neededCharacters 0: the meter never sleeps.
    explicit WakeUpDetector(int neededCharacters = 0, double awakeSeconds = DefaultAwakeSeconds);

    bool sleeps() const { return m_needed > 0; }
    // Characters as the meter's UART read them, at `seconds` since the simulator started.
    void hear(const QByteArray &received, double seconds);
    bool isAwake(double seconds) const;
    // A request to the meter: the awake time counts from now.
    void keepAwake(double seconds);

private:
    int m_needed = 0;
    double m_awakeSeconds = DefaultAwakeSeconds;
    int m_run = 0; // consecutive 0x55 characters heard so far
    std::optional<double> m_awakeUntil;
};

} // namespace mbus::sim
