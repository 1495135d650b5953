#pragma once

#include "common/Error.h"
#include "decode/Telegram.h"

namespace mbus::decode {

// Decodes the records of a variable data structure that start at from and end before end
// (offsets into telegram.frame.raw). Appends to telegram.records.
Error parseVariableData(Telegram &telegram, int from, int end);

} // namespace mbus::decode
