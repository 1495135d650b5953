#pragma once

#include <QString>

#include <cstdint>
#include <optional>

// The 8-byte secondary address (MBUS_FACTS 2.2, 2.9): identification (8 BCD digits),
// manufacturer, version, medium. In a selection mask an identification nibble 0xF and the bytes
// 0xFFFF / 0xFF / 0xFF of the other fields are wildcards.
namespace mbus::link {

struct SecondaryAddress
{
    std::uint32_t identification = 0xFFFFFFFF; // BCD digits as sent, nibble F = wildcard
    std::uint16_t manufacturer = 0xFFFF;
    std::uint8_t version = 0xFF;
    std::uint8_t medium = 0xFF;

    static SecondaryAddress wildcard() { return {}; }
    // "12345678" + manufacturer bytes in wire order + version + medium, as libmbus prints it:
    // "123456782D4D0104". Wildcard nibbles show as F.
    QString toString() const;
    // Parses the 16-hex-digit form (case-insensitive), or nullopt.
    static std::optional<SecondaryAddress> fromString(const QString &text);
    // The 8 bytes of a selection or a data header, LSB first.
    void writeTo(std::uint8_t *bytes) const;
    static SecondaryAddress readFrom(const std::uint8_t *bytes);

    // True when this (a concrete address) is selected by mask.
    bool matches(const SecondaryAddress &mask) const;
    // Digit i (0 = most significant) of the identification, 0xF for a wildcard.
    int digit(int i) const { return int((identification >> (28 - 4 * i)) & 0xF); }
    void setDigit(int i, int value);

    friend bool operator==(const SecondaryAddress &a, const SecondaryAddress &b)
    {
        return a.identification == b.identification && a.manufacturer == b.manufacturer && a.version == b.version
               && a.medium == b.medium;
    }
    friend bool operator!=(const SecondaryAddress &a, const SecondaryAddress &b) { return !(a == b); }
};

} // namespace mbus::link
