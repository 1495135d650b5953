#pragma once

#include "decode/Telegram.h"

#include <QString>

// Words and numbers for people: the views (CLI table, JSON, GUI) all take their text from here,
// so a record reads the same everywhere.
namespace mbus::decode {

// "Volume flow, duration of first lower limit exceed"; a plain-text unit names the quantity.
// In the user's language (the installed translator) unless English is asked for.
QString quantityText(const Telegram &telegram, const Record &record, TextLanguage language = TextLanguage::User);
// "m^3/h", "Wh/h", "%RH" (plain text), "" when dimensionless.
QString unitText(const Telegram &telegram, const Record &record);
// The value as a user reads it: "12.345", "2012-07-10T15:25:00", "1.6.3", "0A B3 ED".
QString valueText(const Telegram &telegram, const Record &record);
// Text of one qualifier ("per hour", "phase L1", "manufacturer specific VIFE 0x15").
QString qualifierText(const Qualifier &qualifier, TextLanguage language = TextLanguage::User);
// Bytes as upper-case hex pairs separated by spaces.
QString hexText(QByteArrayView bytes, bool reversed = false);
// Numbers in the shortest form that reads back to the same double ("63.3", "1e-06"); values
// that came from a 32-bit real are rounded to what a float holds ("21.536703").
QString numberText(double value, bool singlePrecision = false);
// A record's number as shown and exported.
double displayedNumber(const Record &record);
// True when the value is a whole number the record holds exactly (no scaling): shown and
// exported from rawInteger, so 64-bit counters and 18-digit BCD keep every digit.
bool isExactInteger(const Record &record);

} // namespace mbus::decode
