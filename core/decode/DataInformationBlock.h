#pragma once

#include "common/Error.h"
#include "decode/Cursor.h"
#include "decode/Record.h"

// DIF and up to ten DIFEs (MBUS_FACTS 2.6).
namespace mbus::decode {

constexpr int MaxDifes = 10;

namespace Dif {
constexpr std::uint8_t ExtensionBit = 0x80;
constexpr std::uint8_t StorageLsbBit = 0x40;
constexpr std::uint8_t FunctionMask = 0x30;
constexpr std::uint8_t DataFieldMask = 0x0F;
constexpr std::uint8_t ManufacturerData = 0x0F;
constexpr std::uint8_t MoreRecordsFollow = 0x1F;
constexpr std::uint8_t IdleFiller = 0x2F;
constexpr std::uint8_t GlobalReadout = 0x7F;
constexpr std::uint8_t SpecialFunction = 0x0F; // data field value of the special DIFs
constexpr std::uint8_t LvarField = 0x0D;
} // namespace Dif

// Reads the DIF and its DIFEs at the cursor into record (dif, difeCount, dataField, function,
// storage, tariff, subunit). The cursor must not be at end.
Error parseDataInformationBlock(Cursor &cursor, Record &record);

} // namespace mbus::decode
