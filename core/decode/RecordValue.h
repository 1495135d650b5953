#pragma once

#include "common/Error.h"
#include "decode/Cursor.h"
#include "decode/Record.h"
#include "decode/VifTables.h"

namespace mbus::decode {

// Reads the data field at the cursor (after the VIB) and sets the record's value, position and
// kind. Dates are recognised from hint and size, numbers are scaled to the record's unit.
Error parseRecordValue(Cursor &cursor, bool msbFirst, ValueHint hint, Record &record);

} // namespace mbus::decode
