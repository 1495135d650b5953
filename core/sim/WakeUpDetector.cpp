#include "WakeUpDetector.h"

namespace mbus::sim {

namespace {
constexpr char WakeUpCharacter = 0x55;
}

WakeUpDetector::WakeUpDetector(int neededCharacters, double awakeSeconds)
    : m_needed(neededCharacters)
    , m_awakeSeconds(awakeSeconds)
{
}

void WakeUpDetector::hear(const QByteArray &received, double seconds)
{
    if (!sleeps())
        return;
    for (const char c : received) {
        m_run = c == WakeUpCharacter ? m_run + 1 : 0;
        if (m_run >= m_needed)
            keepAwake(seconds);
    }
}

bool WakeUpDetector::isAwake(double seconds) const
{
    return !sleeps() || (m_awakeUntil && seconds <= *m_awakeUntil);
}

void WakeUpDetector::keepAwake(double seconds)
{
    m_awakeUntil = seconds + m_awakeSeconds;
}

} // namespace mbus::sim
