#pragma once

#include "common/Error.h"
#include "decode/Cursor.h"
#include "decode/Record.h"
#include "decode/VifTables.h"

// VIF, its extension tables, a plain-text unit and every combinable VIFE (MBUS_FACTS 2.7).
namespace mbus::decode {

constexpr int MaxVifes = 10;

// Reads the VIB at the cursor into record (table, quantity, unit, scaling, qualifiers, plain-text
// unit, VIB position). record.dataField must be set: it decides where a plain-text unit can sit.
// hint says how the data will have to be read.
Error parseValueInformationBlock(Cursor &cursor, Record &record, ValueHint &hint);

} // namespace mbus::decode
