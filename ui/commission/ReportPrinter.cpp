#include "ReportPrinter.h"

#include "commission/ReportFile.h"
#include "commission/ReportHtml.h"
#include "common/AtomicFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace mbus::ui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(mbus::ui::ReportPrinter)
public:
    static QString unknownSuffix(const QString &path)
    {
        return tr("cannot write the report %1: the file name must end in .pdf, .csv, .html or .htm").arg(path);
    }
};

// QTextDocument::print adds its own 2 cm margin (and the page numbers in it) to an unpaginated
// document, so the page's own margins stay small.
QPageLayout reportPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
}

void printTo(const commission::CommissioningReport &report, QPagedPaintDevice *device)
{
    QTextDocument document;
    document.setHtml(commission::reportHtml(report));
    document.print(device);
}

struct SaveFormat
{
    const char *filter;
    const char *suffix;
};

const SaveFormat SaveFormats[] = {
    {QT_TRANSLATE_NOOP("mbus::ui::ReportPrinter", "PDF document (*.pdf)"), "pdf"},
    {QT_TRANSLATE_NOOP("mbus::ui::ReportPrinter", "HTML document (*.html *.htm)"), "html"},
    {QT_TRANSLATE_NOOP("mbus::ui::ReportPrinter", "CSV table (*.csv)"), "csv"},
};

} // namespace

bool printReportToPdf(const commission::CommissioningReport &report, const QString &path, QString *errorText)
{
    // QPdfWriter writes into memory, so the file itself goes through the one atomic writer.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setPageLayout(reportPageLayout());
        writer.setTitle(report.title);
        writer.setCreator(QCoreApplication::applicationName());
        printTo(report, &writer);
    } // the writer finishes the PDF when it goes
    return writeFileAtomically(path, pdf.data(), errorText);
}

bool saveReport(const commission::CommissioningReport &report, const QString &path, QString *errorText)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return printReportToPdf(report, path, errorText);
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return commission::writeReport(report, path, errorText);
    if (errorText)
        *errorText = Text::unknownSuffix(path);
    return false;
}

void printReport(const commission::CommissioningReport &report, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(reportPageLayout());
    printer.setDocName(report.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Text::tr("Print commissioning report"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(report, &printer);
}

bool saveReportWithDialog(const commission::CommissioningReport &report, QWidget *parent)
{
    QFileDialog dialog(parent, Text::tr("Save commissioning report"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    QStringList filters;
    for (const SaveFormat &f : SaveFormats)
        filters << Text::tr(f.filter);
    dialog.setNameFilters(filters);
    dialog.setDefaultSuffix(QString::fromLatin1(SaveFormats[0].suffix));
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, filters](const QString &filter) {
        dialog.setDefaultSuffix(QString::fromLatin1(SaveFormats[qMax(0, int(filters.indexOf(filter)))].suffix));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString path = dialog.selectedFiles().constFirst();
    QString error;
    if (!saveReport(report, path, &error)) {
        QMessageBox::warning(parent, Text::tr("Save commissioning report"), error);
        return false;
    }
    return true;
}

} // namespace mbus::ui
