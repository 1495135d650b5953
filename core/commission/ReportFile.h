#pragma once

#include "commission/SurveyedMeter.h"

#include <QString>

// Writes the commissioning report in the format its file name asks for: ".csv" a table
// (ReportCsv.h), ".html" or ".htm" the printable document (ReportHtml.h). Any other suffix is an
// error that names the accepted ones. Written atomically: on any error an existing file at path is
// left as it was. For mbus-cli and the workbench alike (PDF needs QtGui: ui/ReportPrinter.h).
namespace mbus::commission {

bool writeReport(const CommissioningReport &report, const QString &path, QString *errorText);

} // namespace mbus::commission
