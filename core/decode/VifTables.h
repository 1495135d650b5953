#pragma once

#include <QtGlobal>

#include <cstdint>

// The value information tables of EN 13757-3, split as the standard splits them
// (MBUS_FACTS 2.7): the primary VIF table, the 0xFB and 0xFD extension tables and the
// second-level 0xFD 0xFD table. A lookup turns a 7-bit code into a quantity, a base unit and the
// factor that scales the raw value into that unit.
//
// Quantity names are English literals marked with QT_TRANSLATE_NOOP("mbus::decode::Quantity"):
// decoding copies the pointer, and only the text functions (RecordText) translate them, so the
// decode path does no lookups and the CLI, which installs no translator, stays English.
namespace mbus::decode {

// How the data of a record with this VIF is read, beyond "a number".
enum class ValueHint : std::uint8_t {
    Number,
    DateByLength, // VIF 0x6C/0x6D and the date VIFEs: type G, J, F or I chosen by data length
    DaylightSaving, // type K
    BitField,       // flags and digital I/O: an unsigned pattern of bits, not a signed count
};

struct VifMeaning
{
    const char *quantity = QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Reserved"); // translated by quantityText()
    const char *unit = "";             // base unit symbol, "" when dimensionless
    int exponent = 0;                  // raw * 10^exponent * factor = value in unit
    double factor = 1.0;               // unit conversions that are no power of ten (min -> s)
    ValueHint hint = ValueHint::Number;
    bool reserved = true;              // the code has no assigned meaning
};

VifMeaning lookupPrimaryVif(std::uint8_t code);   // code = VIF & 0x7F, 0x00..0x7A
VifMeaning lookupExtensionFb(std::uint8_t code);  // VIFE after 0xFB
VifMeaning lookupExtensionFd(std::uint8_t code);  // VIFE after 0xFD
VifMeaning lookupExtensionFdFd(std::uint8_t code); // VIFE after 0xFD 0xFD

// Powers of ten for -15..15 without pow() in the hot path.
double powerOfTen(int exponent);
// Scale of a 2-bit time unit nn: seconds, minutes, hours, days, all in seconds.
double durationScale(int nn);
// raw * 10^exponent * factor; divides for negative exponents so that 633 * 10^-1 is 63.3 exactly
// as printed, not 63.300000000000004.
double applyScale(double raw, int exponent, double factor);

namespace VifCode {
constexpr std::uint8_t Date = 0x6C;
constexpr std::uint8_t DateTime = 0x6D;
constexpr std::uint8_t FabricationNumber = 0x78;
constexpr std::uint8_t EnhancedIdentification = 0x79;
constexpr std::uint8_t BusAddress = 0x7A;
constexpr std::uint8_t ExtensionFb = 0x7B;
constexpr std::uint8_t PlainText = 0x7C;
constexpr std::uint8_t ExtensionFd = 0x7D;
constexpr std::uint8_t AnyVif = 0x7E;
constexpr std::uint8_t ManufacturerSpecific = 0x7F;
constexpr std::uint8_t ExtensionBit = 0x80;
constexpr std::uint8_t FdFurtherExtension = 0x7D; // inside the 0xFD table
constexpr std::uint8_t FdDaylightSaving = 0x72;
} // namespace VifCode

} // namespace mbus::decode
