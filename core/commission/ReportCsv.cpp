#include "ReportCsv.h"

#include "commission/ReportTable.h"
#include "project/CsvExport.h"

namespace mbus::commission {

QByteArray reportCsv(const CommissioningReport &report)
{
    QByteArray csv = project::csvLine(reportColumnKeys());
    for (const SurveyedMeter &meter : report.meters)
        csv += project::csvLine(reportRow(report, meter));
    return csv;
}

} // namespace mbus::commission
