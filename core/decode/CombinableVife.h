#pragma once

#include <cstdint>

// Combinable (orthogonal) VIFEs that follow a VIF and qualify the record (MBUS_FACTS 2.7.4):
// record error codes, per-time and per-unit suffixes, limit values and their durations and dates,
// correction factors. Every VIFE of a record is kept and applied, not only the last.
// Their texts are English literals marked QT_TRANSLATE_NOOP("mbus::decode::Vife"); qualifierText()
// translates them for display (the unit suffixes are symbols and stay as they are).
namespace mbus::decode {

enum class VifeEffect : std::uint8_t {
    Qualifier,          // only adds words to the description
    RecordError,        // the slave reports an error for this record
    UnitSuffix,         // "/h", "/kWh", "·s": appended to the unit
    MultiplyExponent,   // value * 10^amount
    AddConstant,        // value + 10^amount in the VIF's base unit
    Duration,           // the record becomes a duration; amount = 2-bit time unit
    EventTime,          // the record becomes the date/time of an event
    EventCount,         // the record becomes a count of events
    ExtensionFollows,   // 0x7C: the next byte is from the combinable extension table
    ManufacturerFollows // 0x7F: the next VIFEs and the data are manufacturer specific
};

struct CombinableVife
{
    const char *text;       // English words for the description
    VifeEffect effect;
    std::int8_t amount;     // exponent or time unit, by effect
    const char *unitSuffix; // for UnitSuffix
};

CombinableVife lookupCombinableVife(std::uint8_t code);
// The table reached through VIFE 0x7C (phases, delta, absolute value...).
const char *combinableExtensionText(std::uint8_t code);
// Text of a record error code (VIFE 0x00..0x1C from a slave).
const char *recordErrorText(std::uint8_t code);

namespace VifeCode {
constexpr std::uint8_t Extension = 0x7C;
constexpr std::uint8_t Manufacturer = 0x7F;
} // namespace VifeCode

} // namespace mbus::decode
