#pragma once

#include "commission/SurveyedMeter.h"

#include <QString>

class QWidget;

// The commissioning report on paper and in files from the workbench: the HTML of
// commission/ReportHtml.h laid out by QTextDocument on A4 landscape (eleven columns need the
// width), printed or written as PDF; CSV and HTML go through commission/ReportFile.h.
namespace mbus::ui {

// Writes the report as a PDF atomically: an existing file at path stays as it was on error.
bool printReportToPdf(const commission::CommissioningReport &report, const QString &path, QString *errorText);
// PDF, CSV or HTML by the suffix of path (.pdf, .csv, .html, .htm).
bool saveReport(const commission::CommissioningReport &report, const QString &path, QString *errorText);
// Asks for a printer and prints; nothing happens when the user cancels.
void printReport(const commission::CommissioningReport &report, QWidget *parent);
// Asks for a file (CSV, HTML or PDF by the chosen filter) and saves; reports errors in a message
// box. Returns true when a file was written.
bool saveReportWithDialog(const commission::CommissioningReport &report, QWidget *parent);

} // namespace mbus::ui
