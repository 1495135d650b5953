#include "EngineeringUnits.h"

#include "decode/RecordText.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace mbus::decode {

namespace {

struct Choice
{
    const char *unit;
    double factor;
};

struct Row
{
    const char *base;
    QList<Choice> choices;
};

// The conversion table. 1 Wh = 3600 J; 1 J/h = 1/3600 W.
const QList<Row> &table()
{
    static const QList<Row> rows{
        {"Wh", {{"Wh", 1}, {"kWh", 1e-3}, {"MWh", 1e-6}, {"GJ", 3.6e-6}}},
        {"J", {{"J", 1}, {"kJ", 1e-3}, {"MJ", 1e-6}, {"GJ", 1e-9}, {"kWh", 1 / 3.6e6}, {"MWh", 1 / 3.6e9}}},
        {"W", {{"W", 1}, {"kW", 1e-3}, {"MW", 1e-6}}},
        {"J/h", {{"J/h", 1}, {"MJ/h", 1e-6}, {"GJ/h", 1e-9}, {"kW", 1 / 3.6e6}}},
        {"varh", {{"varh", 1}, {"kvarh", 1e-3}, {"Mvarh", 1e-6}}},
        {"var", {{"var", 1}, {"kvar", 1e-3}}},
        {"m^3", {{"m^3", 1}, {"l", 1e3}}},
        {"m^3/h", {{"m^3/h", 1}, {"l/h", 1e3}, {"l/min", 1e3 / 60}}},
        {"m^3/min", {{"m^3/min", 1}, {"m^3/h", 60}, {"l/min", 1e3}}},
        {"m^3/s", {{"m^3/s", 1}, {"m^3/h", 3600}, {"l/s", 1e3}}},
        {"kg", {{"kg", 1}, {"t", 1e-3}}},
        {"kg/h", {{"kg/h", 1}, {"t/h", 1e-3}}},
        {"s", {{"s", 1}, {"min", 1.0 / 60}, {"h", 1.0 / 3600}, {"d", 1.0 / 86400}}},
    };
    return rows;
}

const Row *rowFor(const QString &baseUnit)
{
    for (const Row &row : table()) {
        if (baseUnit == QLatin1String(row.base))
            return &row;
    }
    return nullptr;
}

} // namespace

QList<UnitChoice> unitChoices(const QString &baseUnit)
{
    QList<UnitChoice> choices;
    if (const Row *row = rowFor(baseUnit)) {
        for (const Choice &c : row->choices)
            choices.append(UnitChoice{QString::fromLatin1(c.unit), c.factor});
        return choices;
    }
    return {{baseUnit, 1}};
}

QString readableUnit(const QString &baseUnit, double magnitude, const QString &englishQuantity)
{
    const double m = std::fabs(magnitude);
    if (baseUnit == QLatin1String("Wh"))
        return m >= 1e9 ? QStringLiteral("MWh") : QStringLiteral("kWh");
    if (baseUnit == QLatin1String("J"))
        return QStringLiteral("GJ");
    if (baseUnit == QLatin1String("W"))
        return m >= 1e7 ? QStringLiteral("MW") : QStringLiteral("kW");
    if (baseUnit == QLatin1String("J/h"))
        return QStringLiteral("kW");
    if (baseUnit == QLatin1String("varh"))
        return QStringLiteral("kvarh");
    if (baseUnit == QLatin1String("m^3/min") || baseUnit == QLatin1String("m^3/s"))
        return QStringLiteral("m^3/h");
    if (baseUnit == QLatin1String("s")) {
        if (englishQuantity.contains(QLatin1String("battery"), Qt::CaseInsensitive) || m >= 2 * 86400)
            return QStringLiteral("d");
        return m >= 2 * 3600 ? QStringLiteral("h") : QStringLiteral("s");
    }
    return baseUnit;
}

std::optional<double> convertUnit(double baseValue, const QString &baseUnit, const QString &unit)
{
    for (const UnitChoice &choice : unitChoices(baseUnit)) {
        if (choice.unit == unit)
            return baseValue * choice.factor;
    }
    return std::nullopt;
}

QString unitSymbol(const QString &unit)
{
    QString text = unit;
    text.replace(QLatin1String("^3"), QStringLiteral("³"));
    text.replace(QLatin1String("^2"), QStringLiteral("²"));
    return text;
}

int decimalsFor(double resolution, double factor)
{
    if (!(resolution > 0) || !(factor > 0))
        return -1;
    const double step = resolution * factor;
    // A step of 1e-3 in the unit shown needs three decimals; whole steps need none.
    const int decimals = int(std::ceil(-std::log10(step) - 1e-9));
    return std::clamp(decimals, 0, 9);
}

QString formatNumber(double value, const QLocale &locale, int decimals)
{
    if (!std::isfinite(value))
        return locale.toString(value);
    if (decimals >= 0)
        return locale.toString(value, 'f', decimals);
    QString text = locale.toString(value, 'f', std::clamp(9 - int(std::floor(std::log10(std::max(std::fabs(value), 1e-9)))), 0, 9));
    // Up to 10 significant digits, trailing zeros dropped.
    const QChar point = locale.decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

ReadableValue readableValue(const Telegram &telegram, const Record &record, const QLocale &locale)
{
    const QString baseUnit = unitText(telegram, record);
    if (record.kind == ValueKind::DateTime) {
        const DateTimeValue &d = record.dateTime;
        if (!d.isPlausible())
            return {valueText(telegram, record), {}};
        const QDate date(d.year, d.month, d.day);
        const QTime time(d.hour, d.minute, d.second);
        switch (d.type) {
        case DateTimeType::G: return {locale.toString(date, QLocale::ShortFormat), {}};
        case DateTimeType::J: return {locale.toString(time, QLocale::ShortFormat), {}};
        case DateTimeType::F:
        case DateTimeType::I: {
            const QString format = locale.dateTimeFormat(QLocale::ShortFormat);
            // Type I carries seconds: keep them when the short format has none.
            QString withSeconds = format;
            if (d.type == DateTimeType::I && !format.contains(QLatin1Char('s')))
                withSeconds.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
            return {locale.toString(QDateTime(date, time), withSeconds), {}};
        }
        default: return {valueText(telegram, record), {}};
        }
    }
    if (record.kind != ValueKind::Number)
        return {valueText(telegram, record), unitSymbol(baseUnit)};
    const double value = displayedNumber(record);
    const QString unit = readableUnit(baseUnit, value, QString::fromLatin1(record.quantity));
    const std::optional<double> shown = convertUnit(value, baseUnit, unit);
    double factor = 1;
    for (const UnitChoice &c : unitChoices(baseUnit)) {
        if (c.unit == unit)
            factor = c.factor;
    }
    if (isExactInteger(record) && unit == baseUnit) {
        // Without a unit it names or counts something (fabrication number, version): no separators.
        return {baseUnit.isEmpty() ? QString::number(record.rawInteger) : locale.toString(qlonglong(record.rawInteger)), unitSymbol(unit)};
    }
    int decimals = record.singlePrecision ? -1 : decimalsFor(std::pow(10.0, record.exponent) * record.factor, factor);
    // Hours and days are read to a tenth at most: 1717.9 d, not 1717.92593 d.
    if (baseUnit == QLatin1String("s") && unit != baseUnit)
        decimals = std::min(std::max(decimals, 0), 1);
    return {formatNumber(shown.value_or(value), locale, decimals), unitSymbol(unit)};
}

ReadableValue readableNumber(double baseValue, const QString &baseUnit, const QString &displayUnit, const QLocale &locale,
                             const QString &englishQuantity)
{
    QString unit = displayUnit;
    std::optional<double> shown = unit.isEmpty() ? std::nullopt : convertUnit(baseValue, baseUnit, unit);
    if (!shown) {
        unit = readableUnit(baseUnit, baseValue, englishQuantity);
        shown = convertUnit(baseValue, baseUnit, unit);
    }
    // Hours and days are read to a tenth at most; a number without a unit is an identifier or a
    // count (fabrication number, version, flags): no thousands separators.
    const bool duration = baseUnit == QLatin1String("s") && unit != baseUnit;
    QLocale shownLocale = locale;
    if (baseUnit.isEmpty())
        shownLocale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const double number = shown.value_or(baseValue);
    return {duration ? formatNumber(std::round(number * 10) / 10, shownLocale) : formatNumber(number, shownLocale),
            unitSymbol(shown ? unit : baseUnit)};
}

QString readableText(const QString &text, const QLocale &locale)
{
    // The engine's dates and times are ISO 8601 (as JSON and Faceplate take them).
    if (text.size() >= 16 && text.at(10) == QLatin1Char('T')) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        if (at.isValid())
            return locale.toString(at, QLocale::ShortFormat);
    }
    if (text.size() == 10 && text.at(4) == QLatin1Char('-')) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return locale.toString(date, QLocale::ShortFormat);
    }
    return text;
}

} // namespace mbus::decode
