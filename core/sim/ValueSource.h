#pragma once

#include "encode/RecordEncoder.h"
#include "sim/MeterProfile.h"

#include <QDateTime>

#include <cstdint>

namespace mbus::sim {

// The value a source gives at `seconds` after the simulator started. Deterministic: the same
// seed, stream (meter and record) and time give the same value; noise changes once a second.
encode::RecordValue valueAt(const ValueSource &source, double seconds, const QDateTime &clock, std::uint64_t seed,
                            std::uint64_t stream);

// A reproducible pseudo-random number in [0, 1) for (seed, stream, step).
double unitNoise(std::uint64_t seed, std::uint64_t stream, std::uint64_t step);

} // namespace mbus::sim
