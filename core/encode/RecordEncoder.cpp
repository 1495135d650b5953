#include "RecordEncoder.h"

#include "decode/DataCoding.h"

#include <cmath>
#include <cstring>

namespace mbus::encode {

namespace {

Error valueError(int expected, int actual = -1)
{
    return Error::at(ErrorCode::ValueOutOfRange, 0, expected, actual);
}

Result<QByteArray> encodeInteger(double raw, int size)
{
    const double rounded = std::nearbyint(raw);
    const double limit = std::ldexp(1.0, 8 * size - 1);
    if (!std::isfinite(rounded) || rounded < -limit || rounded >= limit)
        return valueError(size);
    auto value = static_cast<std::int64_t>(rounded);
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = char(std::uint64_t(value) >> (8 * i));
    return bytes;
}

// Negative values carry the sign in the top nibble (0xF), as meters send them.
Result<QByteArray> encodeBcd(double raw, int size)
{
    const double rounded = std::nearbyint(raw);
    const bool negative = rounded < 0;
    const int digits = 2 * size - (negative ? 1 : 0);
    if (!std::isfinite(rounded) || std::fabs(rounded) >= std::pow(10.0, digits))
        return valueError(size);
    auto magnitude = static_cast<std::uint64_t>(std::fabs(rounded));
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i) {
        const int low = int(magnitude % 10);
        magnitude /= 10;
        const int high = int(magnitude % 10);
        magnitude /= 10;
        bytes[i] = char(high << 4 | low);
    }
    if (negative)
        bytes[size - 1] = char((std::uint8_t(bytes[size - 1]) & 0x0F) | 0xF0);
    return bytes;
}

QByteArray encodeReal(double raw)
{
    const auto value = static_cast<float>(raw);
    std::uint32_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    QByteArray bytes(4, '\0');
    for (int i = 0; i < 4; ++i)
        bytes[i] = char(bits >> (8 * i));
    return bytes;
}

Result<QByteArray> encodeLvarText(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    if (latin.size() > 0xBF)
        return valueError(0xBF, int(latin.size()));
    QByteArray bytes(1, char(latin.size()));
    for (qsizetype i = latin.size() - 1; i >= 0; --i) // sent last character first
        bytes.append(latin[i]);
    return bytes;
}

Result<QByteArray> encodeDate(const QDateTime &dt, int size)
{
    switch (size) {
    case 2: return encodeTypeG(dt.date());
    case 4: return encodeTypeF(dt);
    case 6: return encodeTypeI(dt);
    default: return valueError(size);
    }
}

// Year bits of types F, G, I: three low beside the day, four high beside the month.
void putYear(QByteArray &bytes, int dayIndex, int year)
{
    const int yy = year % 100;
    bytes[dayIndex] = char(std::uint8_t(bytes[dayIndex]) | ((yy & 0x07) << 5));
    bytes[dayIndex + 1] = char(std::uint8_t(bytes[dayIndex + 1]) | ((yy & 0x78) << 1));
}

} // namespace

QByteArray encodeTypeG(const QDate &date)
{
    QByteArray bytes(2, '\0');
    bytes[0] = char(date.day());
    bytes[1] = char(date.month());
    putYear(bytes, 0, date.year());
    return bytes;
}

QByteArray encodeTypeF(const QDateTime &dt)
{
    QByteArray bytes(4, '\0');
    bytes[0] = char(dt.time().minute());
    bytes[1] = char(dt.time().hour());
    bytes[2] = char(dt.date().day());
    bytes[3] = char(dt.date().month());
    putYear(bytes, 2, dt.date().year());
    return bytes;
}

QByteArray encodeTypeI(const QDateTime &dt)
{
    QByteArray bytes(6, '\0');
    bytes[0] = char(dt.time().second());
    bytes[1] = char(dt.time().minute());
    bytes[2] = char(dt.time().hour() | (dt.date().dayOfWeek() << 5));
    bytes[3] = char(dt.date().day());
    bytes[4] = char(dt.date().month());
    putYear(bytes, 3, dt.date().year());
    bytes[5] = char(dt.date().weekNumber());
    return bytes;
}

Result<QByteArray> encodeData(std::uint8_t dif, const RecordValue &value)
{
    const std::uint8_t field = dif & 0x0F;
    const int size = decode::dataFieldSize(field);
    if (value.kind == RecordValue::Kind::Text)
        return field == 0x0D ? encodeLvarText(value.text) : Result<QByteArray>(valueError(0x0D, field));
    if (value.kind == RecordValue::Kind::DateTime) {
        if (field >= 0x01 && field <= 0x07 && field != 0x05)
            return encodeDate(value.dateTime, size);
        return valueError(4, field);
    }
    switch (field) {
    case 0x0:
    case 0x8: return QByteArray();
    case 0x5: return encodeReal(value.raw);
    case 0x9:
    case 0xA:
    case 0xB:
    case 0xC:
    case 0xE: return encodeBcd(value.raw, size);
    case 0xD: return encodeLvarText(QString::number(value.raw, 'g', 15));
    case 0xF: return valueError(size, field);
    default: return encodeInteger(value.raw, size);
    }
}

Result<QByteArray> encodeRecord(QByteArrayView signature, const RecordValue &value)
{
    if (signature.isEmpty())
        return Error::at(ErrorCode::EmptyInput, 0);
    const Result<QByteArray> data = encodeData(std::uint8_t(signature[0]), value);
    if (!data)
        return data.error();
    return signature.toByteArray() + data.value();
}

} // namespace mbus::encode
