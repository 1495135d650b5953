#pragma once

#include "trend/CustomPlot.h"

#include <QList>
#include <QString>

// The trend's history as CSV, in the long format: one row per sample with the columns
//   timestamp, tag, value, unit, quality
// timestamp in ISO 8601 local time with milliseconds and the UTC offset, as the chart's local time
// axis reads ("2024-03-01T13:00:05.250+01:00"), value as a plain number in the unit the trend shows
// (empty for a failed read, which is a gap on the trend), unit as projects write it ("kWh",
// "m^3/h"), quality "good", "uncertain" or "bad".
// Rows go tag by tag in the order of the legend, each tag oldest first; RFC 4180 with CRLF like the
// project's other CSV files. The long format keeps tags with different poll times apart without
// inventing values for the moments a tag was not read.
namespace mbus::ui {

// One tag's samples. Copies of the containers share their data (implicitly shared vectors), so a
// snapshot for a writer thread costs nothing until the trend appends again.
struct TrendCsvSeries
{
    QString tag;
    QString unit; // the unit the values are in (the axis's)
    QCPGraphDataContainer values;
    QCPGraphDataContainer uncertain; // the uncertain samples among values, same keys
};

// Writes atomically (QSaveFile: an interrupted export leaves no half file). Touches no widget, so it
// may run on a worker thread.
bool writeTrendCsv(const QList<TrendCsvSeries> &series, const QString &path, QString *errorText);

} // namespace mbus::ui
