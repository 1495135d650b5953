#pragma once

#include "decode/TextLanguage.h"

#include <QString>

#include <cstdint>

// The data header in front of the records (MBUS_FACTS 2.2): 12 bytes after CI 0x72/0x76,
// 4 bytes after CI 0x7A, none after CI 0x78.
namespace mbus::decode {

struct DataHeader
{
    // None: CI 0x78; Short: CI 0x7A (access number, status, signature); Long: CI 0x72/0x76;
    // Fixed: CI 0x73/0x77 (identification, access number, status, medium); Selection: the
    // secondary address of a CI 0x52/0x56 master request (hex digit F and 0xFF are wildcards).
    enum class Form : std::uint8_t { None, Short, Long, Fixed, Selection };
    Form form = Form::None;
    std::uint32_t identification = 0; // 8 BCD digits as sent (0x12345678 reads "12345678")
    std::uint16_t manufacturer = 0;   // 15-bit code (see manufacturerCode())
    std::uint8_t version = 0;
    std::uint8_t medium = 0;
    std::uint8_t accessNumber = 0;
    std::uint8_t status = 0;
    std::uint16_t signature = 0;

    // Which fields this form of header carries; the views show exactly these.
    bool hasIdentification() const { return form == Form::Long || form == Form::Selection || form == Form::Fixed; }
    bool hasManufacturerAndVersion() const { return form == Form::Long || form == Form::Selection; }
    bool hasMedium() const { return hasIdentification(); }
    bool hasAccessAndStatus() const { return form == Form::Long || form == Form::Short || form == Form::Fixed; }
    bool hasSignature() const { return form == Form::Long || form == Form::Short; }
    // A selection's 0xFFFF/0xFF fields are wildcards, not values.
    bool isWildcardManufacturer() const { return form == Form::Selection && manufacturer == 0xFFFF; }
    bool isWildcardVersion() const { return form == Form::Selection && version == 0xFF; }
    bool isWildcardMedium() const { return form == Form::Selection && medium == 0xFF; }
    // The medium's name; the fixed data structure has its own 4-bit table.
    QString mediumText(TextLanguage language = TextLanguage::User) const;
    QString statusText(TextLanguage language = TextLanguage::User) const;
    // "14839120": the BCD digits, hex digits A..F shown as they are (wildcards, errors).
    QString identificationText() const;
    // The 16 hex characters of the secondary address as libmbus and node-mbus print it:
    // ID digits, manufacturer low byte then high byte (the order of mode 1), version, medium.
    QString secondaryAddressText() const;
};

// "KAM" for 0x2C2D: three letters A..Z of 5 bits each; "@@@"-style letters are kept visible.
QString manufacturerCode(std::uint16_t code);
// The reverse, or -1 when text is not three letters A..Z.
int manufacturerId(const QString &text);
// Medium / device type name (MBUS_FACTS 2.4), e.g. "Heat (outlet)"; "Reserved" for gaps. English,
// marked QT_TRANSLATE_NOOP("mbus::decode::Medium"); DataHeader::mediumText() translates.
const char *mediumName(std::uint8_t medium);
// The 4-bit medium of the fixed data structure (libmbus' table, not checked against the standard).
const char *fixedMediumName(std::uint8_t medium);

// Status byte flags (MBUS_FACTS 2.5).
namespace Status {
constexpr std::uint8_t ApplicationMask = 0x03; // 0 ok, 1 busy, 2 error, 3 abnormal
constexpr std::uint8_t PowerLow = 0x04;
constexpr std::uint8_t PermanentError = 0x08;
constexpr std::uint8_t TemporaryError = 0x10;
constexpr std::uint8_t ManufacturerMask = 0xE0;
// "ok" or the set flags joined by ", " ("power low, temporary error").
QString describe(std::uint8_t status, TextLanguage language = TextLanguage::User);
// Fixed data structure: bit 7 counters binary/BCD, bit 6 stored/actual values (MBUS_FACTS 2.5).
QString describeFixed(std::uint8_t status, TextLanguage language = TextLanguage::User);
} // namespace Status

} // namespace mbus::decode
