#pragma once

#include "decode/DateTimeValue.h"

#include <cstdint>

// One data record of a variable data structure, as decoded. Plain data, no heap: the bytes of
// texts and binary values stay in the telegram and are referenced by offset, so a telegram of
// 40 records decodes without an allocation per record.
namespace mbus::decode {

enum class RecordFunction : std::uint8_t {
    Instantaneous,
    Maximum,
    Minimum,
    Error,                // value during error state
    ManufacturerSpecific, // DIF 0x0F: the rest of the telegram is manufacturer data
    MoreRecordsFollow,    // DIF 0x1F: as 0x0F, and the next telegram continues
};

// Which table the VIF code belongs to.
enum class VifTable : std::uint8_t { None, Primary, ExtensionFb, ExtensionFd, ExtensionFdFd, PlainText, Manufacturer };

enum class ValueKind : std::uint8_t {
    None,     // no data (data field 0x0 or 0x8)
    Number,   // number (scaled to unit)
    Text,     // ASCII text (LVAR), see Telegram::textOf()
    Bytes,    // binary data shown as hex, see Telegram::bytesOf()
    DateTime, // dateTime holds the fields
    InvalidBcd, // BCD with nibbles A..E: shown as its digits, number is not set
    SecondaryAddress, // VIF 0x79 with 8 bytes: identification, manufacturer, version, medium
};

// What a VIFE added to the record; kept in order so the description names every one.
struct Qualifier
{
    enum class Table : std::uint8_t { Combinable, CombinableExtension, Manufacturer };
    Table table = Table::Combinable;
    std::uint8_t code = 0;
};

struct Record
{
    static constexpr int MaxQualifiers = 10;

    // Where the record sits in the frame (offsets into Telegram::frame().raw).
    std::uint16_t offset = 0;      // the DIF
    std::uint16_t size = 0;        // DIF up to the last data byte
    std::uint16_t vibOffset = 0;   // the VIF
    std::uint16_t vibSize = 0;     // VIF, VIFEs and a plain-text unit with its length byte
    std::uint16_t dataOffset = 0;  // first value byte (after an LVAR length byte)
    std::uint16_t dataSize = 0;
    std::uint16_t plainTextOffset = 0; // characters of a plain-text unit (last character first)
    std::uint8_t plainTextSize = 0;

    // Data information block.
    std::uint8_t dif = 0;
    std::uint8_t difeCount = 0;
    std::uint8_t dataField = 0; // DIF bits 3..0
    RecordFunction function = RecordFunction::Instantaneous;
    std::uint64_t storage = 0;
    std::uint32_t tariff = 0;
    std::uint16_t subunit = 0;

    // Value information block.
    VifTable vifTable = VifTable::None;
    std::uint8_t vifCode = 0;            // 7-bit code inside vifTable
    const char *quantity = "";           // English name of what is measured
    const char *unit = "";               // base unit before VIFE suffixes, "" when dimensionless
    int exponent = 0;                    // value = raw * 10^exponent * factor + additive
    double factor = 1.0;
    double additive = 0.0;
    std::int16_t recordError = -1;       // record error code reported in a VIFE, -1 when none
    std::uint8_t qualifierCount = 0;
    Qualifier qualifiers[MaxQualifiers];

    // Value.
    ValueKind kind = ValueKind::None;
    double number = 0.0;                 // scaled value for Number
    std::int64_t rawInteger = 0;         // integer/BCD value before scaling
    bool hasRawInteger = false;
    bool singlePrecision = false;        // from a 32-bit real: about 7 significant digits
    bool textReversed = false;           // Text: characters sent last first (LVAR)
    bool bytesAreNumber = false;         // Bytes: a binary number sent LSB first, shown MSB first
    DateTimeValue dateTime;

    bool isDataRecord() const
    {
        return function != RecordFunction::ManufacturerSpecific && function != RecordFunction::MoreRecordsFollow;
    }
};

const char *functionName(RecordFunction function); // "instantaneous", "maximum", ...

} // namespace mbus::decode
