#pragma once

#include "common/Error.h"
#include "decode/Telegram.h"

namespace mbus::decode {

// Fixed data structure (CI 0x73/0x77): identification, access number, status, medium and the
// units of two counters, then the two counters (BCD or binary by status bit 7).
Error parseFixedData(Telegram &telegram, int from, int end);

} // namespace mbus::decode
