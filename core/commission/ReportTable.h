#pragma once

#include "commission/SurveyedMeter.h"

#include <QLocale>
#include <QStringList>

// The meter table of the commissioning report, as text cells: the CSV and the HTML show the same
// columns in the same order, so both take them from here.
namespace mbus::commission {

// Stable column names for the CSV header, like the project's other CSV files: a script reading
// the file must not depend on the language the workbench ran in.
QStringList reportColumnKeys();
// The same columns as people read them, translated (context "mbus::commission::CommissioningReport").
QStringList reportColumnTitles();
// One cell per column. Empty where there is nothing to say: a primary address or baud rate that did
// not change, a meter that did not answer by primary address. First values in the meter's base
// units ("Energy 12345000 Wh"): the CSV's, which scripts read.
QStringList reportRow(const CommissioningReport &report, const SurveyedMeter &meter);
// The same row for people (the HTML and its printout): first values in engineering units with the
// locale's separators and short dates ("Energy 12,345 kWh").
QStringList readableReportRow(const CommissioningReport &report, const SurveyedMeter &meter, const QLocale &locale);

// True when the plan gave the meter another primary address than it had.
bool addressMoved(const SurveyedMeter &meter);
// The meter's line now: the bus's character format at the meter's own baud rate.
link::LineSettings meterLineSettings(const CommissioningReport &report, const SurveyedMeter &meter);
// "Energy 12345000 Wh; Volume 1.234 m^3"
QString firstValuesText(const QList<FirstValue> &values);
// "Energy 12,345 kWh; Volume 1.234 m³": each value read from the meter's answer when it has one.
QString readableFirstValuesText(const SurveyedMeter &meter, const QLocale &locale);

} // namespace mbus::commission
