// The commissioning report as HTML: one self-contained document with the facts of the bus, every
// meter, the moved ones highlighted, the notes, and every text escaped.
#include "CommissioningSample.h"
#include "SampleHeatMeter.h"

#include "commission/ReportHtml.h"

#include <QRegularExpression>
#include <QTest>

using namespace mbus;

class TestReportHtml : public QObject
{
    Q_OBJECT

private:
    static QString rowOf(const QString &html, const QString &secondary)
    {
        const qsizetype at = html.indexOf(secondary);
        if (at < 0)
            return QString();
        const qsizetype start = html.lastIndexOf(QStringLiteral("<tr"), at);
        return html.mid(start, html.indexOf(QStringLiteral("</tr>"), at) - start);
    }

private Q_SLOTS:
    void textsAreEscaped()
    {
        const QString html = commission::reportHtml(test::sampleCommissioningReport());
        QVERIFY(html.contains(QStringLiteral("Boiler house &lt;B2&gt; &amp; pumps")));
        QVERIFY(html.contains(QStringLiteral("<td>H&lt;&amp;&gt;</td>")));
        QVERIFY(html.contains(QStringLiteral("Addresses 3 &amp; 4 collided &lt;resolved by secondary search&gt;")));
        QVERIFY(html.contains(QStringLiteral("&quot;no answer&quot;")));
        QVERIFY(!html.contains(QStringLiteral("<B2>")));
        QVERIFY(!html.contains(QStringLiteral("H<&>")));
        QVERIFY(!html.contains(QStringLiteral("<resolved")));
    }

    void everyMeterIsListed()
    {
        const commission::CommissioningReport report = test::sampleCommissioningReport();
        const QString html = commission::reportHtml(report);
        for (const commission::SurveyedMeter &m : report.meters)
            QVERIFY2(!rowOf(html, m.secondary.toString()).isEmpty(), qPrintable(m.secondary.toString()));
        QCOMPARE(html.count(QStringLiteral("<tr")), 5 /* facts */ + 1 /* header */ + report.meters.size());
        QVERIFY(html.contains(QStringLiteral("<td>Energy 12345 kWh; Volume 1.234 m³; Flow temperature 70.5 °C</td>")));
    }

    void movedMetersAreHighlighted()
    {
        const QString html = commission::reportHtml(test::sampleCommissioningReport());
        QVERIFY(rowOf(html, QStringLiteral("123456782D2C0104")).startsWith(QStringLiteral("<tr bgcolor=")));
        QVERIFY(rowOf(html, QStringLiteral("0000111124230103")).startsWith(QStringLiteral("<tr bgcolor=")));
        QCOMPARE(rowOf(html, QStringLiteral("8765432193150707")).left(4), QStringLiteral("<tr>"));
    }

    void factsOfTheBusAreShown()
    {
        const QString html = commission::reportHtml(test::sampleCommissioningReport(), QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(html.contains(QStringLiteral("Level converter 1")));
        QVERIFY(html.contains(QStringLiteral("/dev/ttyUSB0 9600 8E1")));
        QVERIFY(html.contains(QStringLiteral("<td>9600 8E1</td>")));
        QVERIFY(html.contains(QStringLiteral("02.03.26 14:30 UTC"))); // the locale's short form
    }

    // The report is read by people: the meter's Wh and litres in kWh and m³ with the locale's
    // separators, its dates in the short form; the CSV keeps base units (tst_report_csv).
    void valuesReadInEngineeringUnits()
    {
        commission::CommissioningReport report = test::sampleCommissioningReport();
        report.meters.append(test::surveyedHeatMeter());
        const QString german = commission::reportHtml(report, QLocale(QLocale::German, QLocale::Germany));
        const QString row = rowOf(german, QStringLiteral("123456782D4D0104"));
        for (const char *shown : {"Energy 12.345 kWh", "Volume 345,678 m³", "Power 1,234 kW", "Volume flow 0,456 m³/h",
                                  "Flow temperature 68,5 °C", "Date and time 25.11.26 08:30", "Date 31.12.25"})
            QVERIFY2(row.contains(QString::fromUtf8(shown)), qPrintable(QString::fromUtf8(shown) + QStringLiteral(" in ") + row));
        QVERIFY2(!row.contains(QStringLiteral("12345000")) && !row.contains(QStringLiteral(" Wh")), qPrintable(row));
        QVERIFY2(!row.contains(QStringLiteral("2026-11-25")) && !row.contains(QStringLiteral("T08")), qPrintable(row));
        const QString english = commission::reportHtml(report, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(english.contains(QStringLiteral("Energy 12,345 kWh; Volume 345.678 m³")));
    }

    void notesArePresent()
    {
        const commission::CommissioningReport report = test::sampleCommissioningReport();
        const QString html = commission::reportHtml(report);
        QVERIFY(html.contains(QStringLiteral("<h2>Notes</h2>")));
        QCOMPARE(html.count(QStringLiteral("<li>")), report.notes.size());
        QVERIFY(html.contains(QStringLiteral("Meter 0000111124230103 did not switch to 9600 Bd")));

        commission::CommissioningReport quiet = report;
        quiet.notes.clear();
        QVERIFY(commission::reportHtml(quiet).contains(QStringLiteral("<h2>Notes</h2>\n<p>None.</p>")));
    }

    void selfContained()
    {
        const QString html = commission::reportHtml(test::sampleCommissioningReport());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.trimmed().endsWith(QStringLiteral("</html>")));
        const QRegularExpression external(QStringLiteral("(src|href)\\s*=|<link|<script|@import|url\\("),
                                          QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!html.contains(external));
    }
};

QTEST_GUILESS_MAIN(TestReportHtml)
#include "tst_report_html.moc"
