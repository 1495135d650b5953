#include "DataCoding.h"

#include <cstring>

namespace mbus::decode {

int dataFieldSize(std::uint8_t dataField)
{
    static constexpr int sizes[16] = {0, 1, 2, 3, 4, 4, 6, 8, 0, 1, 2, 3, 4, -1, 6, -1};
    return sizes[dataField & 0x0F];
}

std::uint64_t decodeUnsignedInteger(const std::uint8_t *bytes, int size, bool msbFirst)
{
    std::uint64_t value = 0;
    for (int i = 0; i < size; ++i) {
        const std::uint8_t b = msbFirst ? bytes[i] : bytes[size - 1 - i];
        value = (value << 8) | b;
    }
    return value;
}

std::int64_t decodeSignedInteger(const std::uint8_t *bytes, int size, bool msbFirst)
{
    const std::uint64_t value = decodeUnsignedInteger(bytes, size, msbFirst);
    if (size <= 0 || size >= 8)
        return static_cast<std::int64_t>(value);
    const std::uint64_t signBit = std::uint64_t(1) << (size * 8 - 1);
    if (value & signBit)
        return static_cast<std::int64_t>(value | ~((signBit << 1) - 1));
    return static_cast<std::int64_t>(value);
}

float decodeReal32(const std::uint8_t *bytes, bool msbFirst)
{
    const auto bits = static_cast<std::uint32_t>(decodeUnsignedInteger(bytes, 4, msbFirst));
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

BcdValue decodeBcd(const std::uint8_t *bytes, int size, bool msbFirst)
{
    BcdValue result;
    for (int i = 0; i < size; ++i) {
        const std::uint8_t b = msbFirst ? bytes[i] : bytes[size - 1 - i];
        const int high = b >> 4;
        const int low = b & 0x0F;
        // A top nibble F is the sign of a negative BCD value (jMBus, libmbus agree).
        if (i == 0 && high == 0xF)
            result.negative = true;
        else if (high > 9)
            result.valid = false;
        if (low > 9)
            result.valid = false;
        result.value = result.value * 100 + (high > 9 ? 0 : high) * 10 + (low > 9 ? 0 : low);
    }
    if (result.negative)
        result.value = -result.value;
    return result;
}

LvarInfo decodeLvarLength(std::uint8_t lvar)
{
    // EN 13757-3 LVAR: text, BCD, binary of (L - 0xE0) bytes, and the long binary
    // forms 0xF0..0xF4 (4 * (L - 0xEC) bytes), 0xF5 (48 bytes), 0xF6 (64 bytes).
    if (lvar <= 0xBF)
        return {LvarInfo::Kind::Text, lvar};
    if (lvar <= 0xCF)
        return {LvarInfo::Kind::PositiveBcd, lvar - 0xC0};
    if (lvar >= 0xD0 && lvar <= 0xDF)
        return {LvarInfo::Kind::NegativeBcd, lvar - 0xD0};
    if (lvar >= 0xE0 && lvar <= 0xEF)
        return {LvarInfo::Kind::Binary, lvar - 0xE0};
    if (lvar >= 0xF0 && lvar <= 0xF4)
        return {LvarInfo::Kind::Binary, 4 * (lvar - 0xEC)};
    if (lvar == 0xF5)
        return {LvarInfo::Kind::Binary, 48};
    if (lvar == 0xF6)
        return {LvarInfo::Kind::Binary, 64};
    return {LvarInfo::Kind::Reserved, 0};
}

} // namespace mbus::decode
