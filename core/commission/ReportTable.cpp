#include "ReportTable.h"

#include "decode/EngineeringUnits.h"

#include <QCoreApplication>

namespace mbus::commission {

namespace {

struct Column
{
    const char *key;
    const char *title;
};

const Column Columns[] = {
    {"secondary_address", QT_TRANSLATE_NOOP("mbus::commission::CommissioningReport", "Secondary address")},
    {"manufacturer", QT_TRANSLATE_NOOP("mbus::commission::CommissioningReport", "Manufacturer")},
    {"medium", QT_TRANSLATE_NOOP("mbus::commission::CommissioningReport", "Medium")},
    {"version", QT_TRANSLATE_NOOP("mbus::commission::CommissioningReport", "Version")},
    {"primary_before", QT_TRANSLATE_NOOP("mbus::commission::CommissioningReport", "Primary before")},
    {"primary_after", QT_TRANSLATE_NOOP("mbus::commission::CommissioningReport", "Primary after")},
    {"baud_before", QT_TRANSLATE_NOOP("mbus::commission::CommissioningReport", "Baud before")},
    {"baud_after", QT_TRANSLATE_NOOP("mbus::commission::CommissioningReport", "Baud after")},
    {"line_settings", QT_TRANSLATE_NOOP("mbus::commission::CommissioningReport", "Line settings")},
    {"outcome", QT_TRANSLATE_NOOP("mbus::commission::CommissioningReport", "Outcome")},
    {"first_values", QT_TRANSLATE_NOOP("mbus::commission::CommissioningReport", "First values")},
};

QString numberOrEmpty(int value, bool shown)
{
    return shown ? QString::number(value) : QString();
}

bool baudChanged(const SurveyedMeter &meter)
{
    return meter.baudAfter > 0 && meter.baudAfter != meter.baudBefore;
}

QString joinedWords(const QString &quantity, const QString &value, const QString &unit)
{
    QStringList words;
    for (const QString &word : {quantity, value, unit}) {
        if (!word.isEmpty())
            words << word;
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

QStringList reportColumnKeys()
{
    QStringList keys;
    for (const Column &c : Columns)
        keys << QString::fromLatin1(c.key);
    return keys;
}

QStringList reportColumnTitles()
{
    QStringList titles;
    for (const Column &c : Columns)
        titles << QCoreApplication::translate("mbus::commission::CommissioningReport", c.title);
    return titles;
}

QStringList reportRow(const CommissioningReport &report, const SurveyedMeter &meter)
{
    return {meter.secondary.toString(),
            meter.manufacturer,
            meter.medium,
            QString::number(meter.version),
            numberOrEmpty(meter.primaryBefore, meter.primaryBefore >= 0),
            numberOrEmpty(meter.primaryAfter, addressMoved(meter)),
            numberOrEmpty(meter.baudBefore, meter.baudBefore > 0),
            numberOrEmpty(meter.baudAfter, baudChanged(meter)),
            QString::fromLatin1(link::lineSettingsText(meterLineSettings(report, meter))),
            meter.outcome,
            firstValuesText(meter.firstValues)};
}

bool addressMoved(const SurveyedMeter &meter)
{
    return meter.primaryAfter >= 0 && meter.primaryAfter != meter.primaryBefore;
}

link::LineSettings meterLineSettings(const CommissioningReport &report, const SurveyedMeter &meter)
{
    link::LineSettings line = report.line;
    if (meter.baudAfter > 0)
        line.baud = meter.baudAfter;
    else if (meter.baudBefore > 0)
        line.baud = meter.baudBefore;
    return line;
}

QStringList readableReportRow(const CommissioningReport &report, const SurveyedMeter &meter, const QLocale &locale)
{
    QStringList row = reportRow(report, meter);
    row[reportColumnKeys().indexOf(QLatin1String("first_values"))] = readableFirstValuesText(meter, locale);
    return row;
}

QString firstValuesText(const QList<FirstValue> &values)
{
    QStringList parts;
    for (const FirstValue &v : values)
        parts << joinedWords(v.quantity, v.value, v.unit);
    return parts.join(QStringLiteral("; "));
}

QString readableFirstValuesText(const SurveyedMeter &meter, const QLocale &locale)
{
    QStringList parts;
    for (const FirstValue &v : meter.firstValues) {
        if (v.record < 0 || std::size_t(v.record) >= meter.answer.records.size()) {
            parts << joinedWords(v.quantity, v.value, decode::unitSymbol(v.unit));
            continue;
        }
        const decode::ReadableValue readable = decode::readableValue(meter.answer, meter.answer.records[std::size_t(v.record)], locale);
        parts << joinedWords(v.quantity, readable.text, readable.unit);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace mbus::commission
