#include "ValueSource.h"

#include <cmath>

namespace mbus::sim {

namespace {

// SplitMix64: small, fast and good enough to make noise that tests can reproduce.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

constexpr double Pi = 3.14159265358979323846;

} // namespace

double unitNoise(std::uint64_t seed, std::uint64_t stream, std::uint64_t step)
{
    return double(mix(mix(seed ^ mix(stream)) ^ step) >> 11) / double(1ull << 53);
}

encode::RecordValue valueAt(const ValueSource &source, double seconds, const QDateTime &clock, std::uint64_t seed,
                            std::uint64_t stream)
{
    switch (source.kind) {
    case ValueSource::Kind::Constant:
        return encode::RecordValue::number(source.value);
    case ValueSource::Kind::Counter:
        // Whole units only: a register shows what the meter counted, and counts never go back.
        return encode::RecordValue::number(std::floor(source.value + source.perHour * seconds / 3600.0));
    case ValueSource::Kind::Wave: {
        const double phase = 2 * Pi * unitNoise(seed, stream, 0);
        const double noise = source.noise * (2 * unitNoise(seed, stream, std::uint64_t(seconds) + 1) - 1);
        const double value = source.value + source.amplitude * std::sin(2 * Pi * seconds / source.periodSeconds + phase) + noise;
        return encode::RecordValue::number(value); // integer fields round when encoded
    }
    case ValueSource::Kind::Clock:
        return encode::RecordValue::ofDateTime(clock);
    case ValueSource::Kind::Date:
        return encode::RecordValue::ofDateTime(QDateTime(source.date, QTime(0, 0)));
    case ValueSource::Kind::Text:
        return encode::RecordValue::ofText(source.text);
    }
    return encode::RecordValue::number(0);
}

} // namespace mbus::sim
