#pragma once

#include <cstdint>

// Codings of the data field (MBUS_FACTS 2.6): two's complement integers, BCD with a negative
// sign nibble, IEEE 754 real, and the LVAR length byte of variable-length data. Multi-byte
// values arrive LSB first; mode 2 telegrams (CI 0x76/0x77) send them MSB first.
namespace mbus::decode {

// Bytes of the value for data field 0..15; -1 for LVAR (0xD) and special functions (0xF).
int dataFieldSize(std::uint8_t dataField);

std::int64_t decodeSignedInteger(const std::uint8_t *bytes, int size, bool msbFirst);
std::uint64_t decodeUnsignedInteger(const std::uint8_t *bytes, int size, bool msbFirst);
float decodeReal32(const std::uint8_t *bytes, bool msbFirst);

struct BcdValue
{
    std::int64_t value = 0;
    bool negative = false;
    bool valid = true; // false when a nibble A..E (or F below the top) was found
};
BcdValue decodeBcd(const std::uint8_t *bytes, int size, bool msbFirst);

// What an LVAR length byte announces.
struct LvarInfo
{
    enum class Kind : std::uint8_t { Text, PositiveBcd, NegativeBcd, Binary, Reserved };
    Kind kind = Kind::Reserved;
    int size = 0; // bytes that follow the length byte
};
LvarInfo decodeLvarLength(std::uint8_t lvar);

} // namespace mbus::decode
