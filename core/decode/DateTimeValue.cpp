#include "DateTimeValue.h"

namespace mbus::decode {

int expandTwoDigitYear(int year)
{
    return year >= 81 ? 1900 + year : 2000 + year;
}

namespace {

// Year of types F, G and I: three low bits beside the day, four high bits beside the month.
int sevenBitYear(std::uint8_t dayByte, std::uint8_t monthByte)
{
    return ((dayByte & 0xE0) >> 5) | ((monthByte & 0xF0) >> 1);
}

void decodeTypeG(const std::uint8_t *b, DateTimeValue &v)
{
    v.day = b[0] & 0x1F;
    v.month = b[1] & 0x0F;
    v.year = std::uint16_t(expandTwoDigitYear(sevenBitYear(b[0], b[1])));
}

void decodeTypeF(const std::uint8_t *b, DateTimeValue &v)
{
    v.minute = b[0] & 0x3F;
    v.invalidFlag = b[0] & 0x80;
    v.hour = b[1] & 0x1F;
    v.summerTime = b[1] & 0x80;
    v.day = b[2] & 0x1F;
    v.month = b[3] & 0x0F;
    const int year = sevenBitYear(b[2], b[3]);
    // Hundred-year bits (EN 13757-3:2013); meters that predate them leave them 0.
    const int hundreds = (b[1] & 0x60) >> 5;
    v.year = std::uint16_t(hundreds ? 1900 + 100 * hundreds + year : expandTwoDigitYear(year));
}

void decodeTypeI(const std::uint8_t *b, DateTimeValue &v)
{
    v.second = b[0] & 0x3F;
    v.minute = b[1] & 0x3F;
    v.invalidFlag = b[1] & 0x80;
    v.hour = b[2] & 0x1F;
    v.day = b[3] & 0x1F;
    v.month = b[4] & 0x0F;
    v.year = std::uint16_t(expandTwoDigitYear(sevenBitYear(b[3], b[4])));
    v.summerTime = b[5] & 0x40;
}

void decodeTypeJ(const std::uint8_t *b, DateTimeValue &v)
{
    v.second = b[0] & 0x3F;
    v.minute = b[1] & 0x3F;
    v.hour = b[2] & 0x1F;
}

// Type K, daylight saving rule. Layout recalled, not checked against the standard text:
// begin hour and signed deviation in byte 0, begin day, begin/end month, end day.
void decodeTypeK(const std::uint8_t *b, DateTimeValue &v)
{
    v.hour = b[0] & 0x1F;
    const int deviation = (b[0] & 0x60) >> 5;
    v.deviationHours = std::int8_t((b[0] & 0x80) ? -deviation : deviation);
    v.day = b[1] & 0x1F;
    v.month = b[2] & 0x0F;
    v.endMonth = (b[2] & 0xF0) >> 4;
    v.endDay = b[3] & 0x1F;
}

int expectedSize(DateTimeType type)
{
    switch (type) {
    case DateTimeType::G: return 2;
    case DateTimeType::J: return 3;
    case DateTimeType::F:
    case DateTimeType::K: return 4;
    case DateTimeType::I: return 6;
    case DateTimeType::None: break;
    }
    return -1;
}

QString twoDigits(int n)
{
    return QString::number(n).rightJustified(2, QLatin1Char('0'));
}

} // namespace

bool decodeDateTime(DateTimeType type, const std::uint8_t *bytes, int size, DateTimeValue &out)
{
    if (size != expectedSize(type))
        return false;
    out = DateTimeValue{};
    out.type = type;
    switch (type) {
    case DateTimeType::F: decodeTypeF(bytes, out); break;
    case DateTimeType::G: decodeTypeG(bytes, out); break;
    case DateTimeType::I: decodeTypeI(bytes, out); break;
    case DateTimeType::J: decodeTypeJ(bytes, out); break;
    case DateTimeType::K: decodeTypeK(bytes, out); break;
    case DateTimeType::None: return false;
    }
    return true;
}

bool DateTimeValue::isPlausible() const
{
    const bool timeOk = hour < 24 && minute < 60 && second < 60;
    if (type == DateTimeType::J)
        return timeOk;
    const bool dateOk = month >= 1 && month <= 12 && day >= 1 && day <= 31;
    if (type == DateTimeType::K)
        return dateOk && endMonth >= 1 && endMonth <= 12 && endDay >= 1 && endDay <= 31;
    return dateOk && timeOk && !invalidFlag;
}

QString DateTimeValue::toIso() const
{
    const QString date = QString::number(year).rightJustified(4, QLatin1Char('0')) + QLatin1Char('-')
                         + twoDigits(month) + QLatin1Char('-') + twoDigits(day);
    const QString hm = twoDigits(hour) + QLatin1Char(':') + twoDigits(minute);
    switch (type) {
    case DateTimeType::G: return date;
    case DateTimeType::F: return date + QLatin1Char('T') + hm + QStringLiteral(":00");
    case DateTimeType::I: return date + QLatin1Char('T') + hm + QLatin1Char(':') + twoDigits(second);
    case DateTimeType::J: return hm + QLatin1Char(':') + twoDigits(second);
    case DateTimeType::K:
        return QStringLiteral("--%1-%2T%3/--%4-%5 %6%7h")
            .arg(twoDigits(month), twoDigits(day), twoDigits(hour), twoDigits(endMonth), twoDigits(endDay),
                 deviationHours < 0 ? QStringLiteral("-") : QStringLiteral("+"))
            .arg(qAbs(deviationHours));
    case DateTimeType::None: break;
    }
    return {};
}

} // namespace mbus::decode
