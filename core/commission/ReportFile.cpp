#include "ReportFile.h"

#include "commission/ReportCsv.h"
#include "commission/ReportHtml.h"
#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mbus::commission {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(mbus::commission::CommissioningReport)
public:
    static QString unknownSuffix(const QString &path)
    {
        return tr("cannot write the report %1: the file name must end in .csv, .html or .htm").arg(path);
    }
};
} // namespace

bool writeReport(const CommissioningReport &report, const QString &path, QString *errorText)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeFileAtomically(path, reportCsv(report), errorText);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return writeFileAtomically(path, reportHtml(report).toUtf8(), errorText);
    if (errorText)
        *errorText = Text::unknownSuffix(path);
    return false;
}

} // namespace mbus::commission
