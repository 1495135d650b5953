#pragma once

#include "common/Error.h"
#include "decode/Telegram.h"

namespace mbus::decode {

// Decodes the records of a variable data structure that start at from and end before end
// (offsets into telegram.frame.raw). Appends to telegram.records.
Error parseVariableData(Telegram &telegram, int from, int end);

// One record on its own, DIF to the end of its data (LSB first), without a telegram around it:
// what a record signature means, for the write path. Offsets in record are into bytes.
Error parseRecordBytes(QByteArrayView bytes, Record &record);

} // namespace mbus::decode
