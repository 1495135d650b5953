#include "Faults.h"

namespace mbus::sim {

FaultInjector::FaultInjector(const FaultSettings &settings, std::uint64_t seed)
    : m_settings(settings)
    , m_random(seed ^ 0xFA17ull)
{
}

bool FaultInjector::chance(double probability)
{
    if (probability <= 0)
        return false;
    return std::uniform_real_distribution<double>(0, 1)(m_random) < probability;
}

bool FaultInjector::dropNow()
{
    return chance(m_settings.drop);
}

bool FaultInjector::corruptNow(QByteArray &bytes)
{
    if (bytes.size() < 2 || !chance(m_settings.corrupt))
        return false;
    const qsizetype at = bytes.size() - 2; // the checksum of a framed answer
    bytes[at] = char(std::uint8_t(bytes[at]) ^ (1u << (m_random() % 8)));
    return true;
}

bool FaultInjector::noiseNow(QByteArray &bytes)
{
    if (!chance(m_settings.noise))
        return false;
    QByteArray garbage;
    const int count = 1 + int(m_random() % 8);
    for (int i = 0; i < count; ++i) {
        auto b = std::uint8_t(m_random());
        if (b == 0xE5 || b == 0x10 || b == 0x68)
            b = 0xFF;
        garbage.append(char(b));
    }
    if (m_random() % 2)
        bytes.prepend(garbage);
    else
        bytes.append(garbage);
    return true;
}

} // namespace mbus::sim
