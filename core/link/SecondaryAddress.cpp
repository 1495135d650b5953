#include "SecondaryAddress.h"

namespace mbus::link {

namespace {

QString hex(unsigned value, int digits)
{
    return QString::number(value, 16).toUpper().rightJustified(digits, QLatin1Char('0'));
}

} // namespace

QString SecondaryAddress::toString() const
{
    return hex(identification, 8) + hex(manufacturer & 0xFF, 2) + hex(manufacturer >> 8, 2) + hex(version, 2)
           + hex(medium, 2);
}

std::optional<SecondaryAddress> SecondaryAddress::fromString(const QString &text)
{
    if (text.size() != 16)
        return std::nullopt;
    bool ok[5] = {};
    SecondaryAddress a;
    a.identification = text.left(8).toUInt(&ok[0], 16);
    const unsigned low = text.mid(8, 2).toUInt(&ok[1], 16);
    const unsigned high = text.mid(10, 2).toUInt(&ok[2], 16);
    a.manufacturer = std::uint16_t(low | (high << 8));
    a.version = std::uint8_t(text.mid(12, 2).toUInt(&ok[3], 16));
    a.medium = std::uint8_t(text.mid(14, 2).toUInt(&ok[4], 16));
    for (bool b : ok) {
        if (!b)
            return std::nullopt;
    }
    return a;
}

void SecondaryAddress::writeTo(std::uint8_t *bytes) const
{
    for (int i = 0; i < 4; ++i)
        bytes[i] = std::uint8_t(identification >> (8 * i));
    bytes[4] = std::uint8_t(manufacturer);
    bytes[5] = std::uint8_t(manufacturer >> 8);
    bytes[6] = version;
    bytes[7] = medium;
}

SecondaryAddress SecondaryAddress::readFrom(const std::uint8_t *bytes)
{
    SecondaryAddress a;
    a.identification = std::uint32_t(bytes[0]) | std::uint32_t(bytes[1]) << 8 | std::uint32_t(bytes[2]) << 16
                       | std::uint32_t(bytes[3]) << 24;
    a.manufacturer = std::uint16_t(bytes[4] | bytes[5] << 8);
    a.version = bytes[6];
    a.medium = bytes[7];
    return a;
}

bool SecondaryAddress::matches(const SecondaryAddress &mask) const
{
    for (int i = 0; i < 8; ++i) {
        const int m = mask.digit(i);
        if (m != 0xF && m != digit(i))
            return false;
    }
    return (mask.manufacturer == 0xFFFF || mask.manufacturer == manufacturer)
           && (mask.version == 0xFF || mask.version == version) && (mask.medium == 0xFF || mask.medium == medium);
}

void SecondaryAddress::setDigit(int i, int value)
{
    const int shift = 28 - 4 * i;
    identification = (identification & ~(0xFu << shift)) | (std::uint32_t(value & 0xF) << shift);
}

} // namespace mbus::link
