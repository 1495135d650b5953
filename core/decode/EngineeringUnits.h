#pragma once

#include "decode/Telegram.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

// Values in the units an engineer reads on site: 12 345 kWh, not 12345000 Wh; 1 718 d of battery,
// not 148428000 s; m³, not m^3. One table for every view that a person reads (tree, record table,
// forms, trend axes, reports, mbus-cli's human text). Machine output (JSON, the Faceplate export,
// the engine's values) stays in the base units the meter sends.
namespace mbus::decode {

// One way to show a base unit: shown = base * factor.
struct UnitChoice
{
    QString unit;  // as written in projects and files: "kWh", "m^3", "d"
    double factor; // 1e-3 for Wh -> kWh
};

// The units a value in baseUnit can be shown in, the base unit first ("Wh": Wh, kWh, MWh, GJ).
// Only the base unit for a unit the table does not know.
QList<UnitChoice> unitChoices(const QString &baseUnit);
// The unit a person reads a value of this size in: kWh for Wh (MWh from 10^9 Wh), GJ for J,
// kW for W, days for durations of two days and more (always for a battery's lifetime), hours from
// two hours. englishQuantity is the record's quantity in English ("Remaining battery life").
QString readableUnit(const QString &baseUnit, double magnitude, const QString &englishQuantity = {});
// baseValue shown in unit (one of unitChoices(baseUnit)); nullopt for a unit that is not.
std::optional<double> convertUnit(double baseValue, const QString &baseUnit, const QString &unit);
// The unit as printed for people: "m^3" -> "m³", "m^3/h" -> "m³/h".
QString unitSymbol(const QString &unit);
// The decimals a value shown with this factor needs when the meter counts in steps of
// resolution base units (10^exponent): 0 for Wh counted per kWh shown in kWh. -1: unknown.
int decimalsFor(double resolution, double factor);
// The number in the locale's way (1 234,5 in de/ru, 1,234.5 in en): decimals as given, or -1 for
// up to 10 significant digits without trailing zeros.
QString formatNumber(double value, const QLocale &locale, int decimals = -1);

// A record's value for people: the number converted to its readable unit with the locale's
// separators and the decimals the meter's resolution carries; dates and times in the locale's
// short form (no ISO "T"); other kinds as valueText.
struct ReadableValue
{
    QString text;
    QString unit; // unitSymbol() of the unit shown
};
ReadableValue readableValue(const Telegram &telegram, const Record &record, const QLocale &locale);
// A value the engine delivers in baseUnit, for people: in displayUnit when it is one of
// unitChoices(baseUnit), else in readableUnit().
ReadableValue readableNumber(double baseValue, const QString &baseUnit, const QString &displayUnit, const QLocale &locale,
                             const QString &englishQuantity = {});
// A text value the engine delivers, for people: ISO dates and times in the locale's short form,
// anything else as it is.
QString readableText(const QString &text, const QLocale &locale);

} // namespace mbus::decode
