#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>

// Date and time types of EN 13757-3 Annex A (MBUS_FACTS 2.7.1): F (date and time, 4 bytes),
// G (date, 2 bytes), I (date and time with seconds, 6 bytes), J (time, 3 bytes) and
// K (daylight saving rule, 4 bytes). Plain fields, no time zone: meters send local time.
namespace mbus::decode {

enum class DateTimeType : std::uint8_t { None, F, G, I, J, K };

struct DateTimeValue
{
    DateTimeType type = DateTimeType::None;
    std::uint16_t year = 0;
    std::uint8_t month = 0;
    std::uint8_t day = 0;
    std::uint8_t hour = 0;
    std::uint8_t minute = 0;
    std::uint8_t second = 0;
    bool invalidFlag = false; // IV bit set by the meter
    bool summerTime = false;  // SU bit
    // Type K only: end of daylight saving and the deviation in hours.
    std::uint8_t endMonth = 0;
    std::uint8_t endDay = 0;
    std::int8_t deviationHours = 0;

    // Fields inside their calendar ranges (an all-zero date from an unset meter clock is not).
    bool isPlausible() const;
    // ISO 8601: 2012-07-10T15:25:00, 2013-12-31, 14:26:05; type K as
    // "--03-25T02/--10-28 +1h" (recurring dates).
    QString toIso() const;
};

// Decodes bytes (LSB first) as the given type; false when the size does not fit the type.
bool decodeDateTime(DateTimeType type, const std::uint8_t *bytes, int size, DateTimeValue &out);

// Two-digit years: 81..99 are 19xx, 0..80 are 20xx (as meters without the hundred-year bits mean).
int expandTwoDigitYear(int year);

} // namespace mbus::decode
