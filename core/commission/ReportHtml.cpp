#include "ReportHtml.h"

#include "commission/ReportTable.h"

#include <QCoreApplication>

#include <iterator>

namespace mbus::commission {

namespace {

// Rows whose primary address changed: a pale yellow that still reads on a greyscale printout.
const auto MovedColour = QLatin1String("#fff0b3");
const auto HeaderColour = QLatin1String("#e6e6e6");
// Percent of the page width per column, in the order of reportColumnTitles(): QTextDocument gives
// columns without a width equal shares and then breaks addresses and words mid-way.
const int ColumnWidths[] = {14, 11, 9, 6, 7, 7, 6, 6, 7, 11, 16};

class Text
{
    Q_DECLARE_TR_FUNCTIONS(mbus::commission::CommissioningReport)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString titleText(const CommissioningReport &report)
{
    return report.title.isEmpty() ? Text::tr("Commissioning report") : Text::tr("Commissioning report: %1").arg(report.title);
}

QString whenText(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return QString();
    return locale.toString(when, QLocale::ShortFormat) + QLatin1Char(' ') + when.timeZoneAbbreviation();
}

QString factRow(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n").arg(escaped(label), escaped(value));
}

QString factsTable(const CommissioningReport &report, const QLocale &locale)
{
    int moved = 0;
    for (const SurveyedMeter &m : report.meters)
        moved += addressMoved(m) ? 1 : 0;
    QString html = QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"2\">\n");
    html += factRow(Text::tr("Connection"), report.connection);
    html += factRow(Text::tr("Link"), report.link);
    html += factRow(Text::tr("Line settings"), QString::fromLatin1(link::lineSettingsText(report.line)));
    html += factRow(Text::tr("Date"), whenText(report.when, locale));
    html += factRow(Text::tr("Meters"), Text::tr("%n meter(s)", nullptr, int(report.meters.size())) + QLatin1String(", ")
                                      + Text::tr("%n moved", nullptr, moved));
    return html + QStringLiteral("</table>\n");
}

QString meterTable(const CommissioningReport &report, const QLocale &locale)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" style=\"font-size: 8pt;\">\n<thead><tr>");
    const QStringList titles = reportColumnTitles();
    for (int c = 0; c < titles.size(); ++c) {
        const int width = c < int(std::size(ColumnWidths)) ? ColumnWidths[c] : 5;
        html += QStringLiteral("<th bgcolor=\"%1\" align=\"left\" width=\"%2%\">%3</th>")
                    .arg(HeaderColour, QString::number(width), escaped(titles.at(c)));
    }
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const SurveyedMeter &meter : report.meters) {
        const bool moved = addressMoved(meter);
        html += moved ? QStringLiteral("<tr bgcolor=\"%1\">").arg(MovedColour) : QStringLiteral("<tr>");
        for (const QString &cell : readableReportRow(report, meter, locale))
            html += QStringLiteral("<td>%1</td>").arg(escaped(cell));
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n");
    return html + QStringLiteral("<p><i>%1</i></p>\n")
                      .arg(escaped(Text::tr("Highlighted rows: the meter was given a new primary address.")));
}

QString notesSection(const QStringList &notes)
{
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(escaped(Text::tr("Notes")));
    if (notes.isEmpty())
        return html + QStringLiteral("<p>%1</p>\n").arg(escaped(Text::tr("None.")));
    html += QStringLiteral("<ul>\n");
    for (const QString &note : notes)
        html += QStringLiteral("<li>%1</li>\n").arg(escaped(note));
    return html + QStringLiteral("</ul>\n");
}

} // namespace

QString reportHtml(const CommissioningReport &report, const QLocale &locale)
{
    const QString title = escaped(titleText(report));
    QString html = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n</head>\n"
                                  "<body style=\"font-family: sans-serif; font-size: 9pt;\">\n<h1>%1</h1>\n")
                       .arg(title);
    html += factsTable(report, locale);
    html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(Text::tr("Meters")));
    html += meterTable(report, locale);
    html += notesSection(report.notes);
    return html + QStringLiteral("</body>\n</html>\n");
}

} // namespace mbus::commission
