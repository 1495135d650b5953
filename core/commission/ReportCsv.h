#pragma once

#include "commission/SurveyedMeter.h"

#include <QByteArray>

// The commissioning report as a spreadsheet table: a header row, then one row per meter with the
// columns of ReportTable.h. UTF-8 without BOM, RFC 4180 like project/CsvExport.h. Title, date and
// notes stay out so that every line imports as a row; the HTML report carries them.
namespace mbus::commission {

QByteArray reportCsv(const CommissioningReport &report);

} // namespace mbus::commission
