#include "ReportCsv.h"

#include "commission/ReportTable.h"
#include "project/CsvExport.h"

namespace mbus::commission {

// A machine-readable export (spreadsheets, scripts): values stay in the meter's base units with
// ISO dates, as the project's other CSV files; engineering units are the HTML's.
QByteArray reportCsv(const CommissioningReport &report)
{
    QByteArray csv = project::csvLine(reportColumnKeys());
    for (const SurveyedMeter &meter : report.meters)
        csv += project::csvLine(reportRow(report, meter));
    return csv;
}

} // namespace mbus::commission
