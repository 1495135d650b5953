// The commissioning report as CSV: a pure table that a spreadsheet imports (RFC 4180 quoting,
// UTF-8 units, no BOM, no lines around the table), one row per meter, a changed primary address
// shown and an unchanged one left empty.
#include "CommissioningSample.h"
#include "SampleHeatMeter.h"

#include "commission/ReportCsv.h"

#include <QTest>

using namespace mbus;

namespace {

// Splits RFC 4180 CSV into rows of fields, so the test reads the file the way a spreadsheet does
// (a quoted line break stays inside its field).
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!row.isEmpty() || !field.isEmpty())
        rows << (row << field);
    return rows;
}

QStringList words(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *t : texts)
        list << QString::fromUtf8(t);
    return list;
}

} // namespace

class TestReportCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerAndOneRowPerMeter()
    {
        const commission::CommissioningReport report = test::sampleCommissioningReport();
        const QList<QStringList> rows = parseCsv(commission::reportCsv(report));
        QCOMPARE(rows.size(), report.meters.size() + 1);
        QCOMPARE(rows.at(0), words({"secondary_address", "manufacturer", "medium", "version", "primary_before",
                                          "primary_after", "baud_before", "baud_after", "line_settings", "outcome",
                                          "first_values"}));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), rows.at(0).size());
        for (int i = 0; i < report.meters.size(); ++i)
            QCOMPARE(rows.at(i + 1).at(0), report.meters.at(i).secondary.toString());
    }

    void movedMeterShowsBothAddressesAndBaudRates()
    {
        const QList<QStringList> rows = parseCsv(commission::reportCsv(test::sampleCommissioningReport()));
        QCOMPARE(rows.at(1), words({"123456782D2C0104", "KAM", "Heat (outlet)", "1", "0", "17", "2400", "9600", "9600 8E1",
                                    "moved and verified", "Energy 12345 kWh; Volume 1.234 m³; Flow temperature 70.5 °C"}));
    }

    // A machine-readable export: the meter's base units and ISO dates, whatever the locale.
    void firstValuesKeepBaseUnits()
    {
        commission::CommissioningReport report = test::sampleCommissioningReport();
        report.meters = {test::surveyedHeatMeter()};
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString values = parseCsv(commission::reportCsv(report)).at(1).last();
        QLocale::setDefault(QLocale::c());
        QVERIFY2(values.startsWith(QStringLiteral("Energy 12345000 Wh; Volume 345.678 m^3;")), qPrintable(values));
        QVERIFY2(values.contains(QStringLiteral("Date and time 2026-11-25T08:30:00")), qPrintable(values));
    }

    void unchangedAddressAndBaudAreEmpty()
    {
        const QList<QStringList> rows = parseCsv(commission::reportCsv(test::sampleCommissioningReport()));
        const QStringList kept = rows.at(2);
        QCOMPARE(kept.at(4), QStringLiteral("5"));
        QCOMPARE(kept.at(5), QString());
        QCOMPARE(kept.at(6), QStringLiteral("9600"));
        QCOMPARE(kept.at(7), QString());
        QCOMPARE(kept.at(8), QStringLiteral("9600 8E1"));
        // No answer by primary address before: nothing to show there; the new one is shown.
        const QStringList silent = rows.at(3);
        QCOMPARE(silent.at(4), QString());
        QCOMPARE(silent.at(5), QStringLiteral("20"));
        QCOMPARE(silent.at(6), QString());
        QCOMPARE(silent.at(8), QStringLiteral("9600 8E1")); // the bus's line when the meter's own baud is unknown
    }

    void meterAtItsOldBaudKeepsItsLineSettings()
    {
        commission::CommissioningReport report = test::sampleCommissioningReport();
        report.meters = {report.meters.at(0)};
        report.meters[0].baudAfter = 0; // the switch to 9600 did not happen
        const QList<QStringList> rows = parseCsv(commission::reportCsv(report));
        QCOMPARE(rows.at(1).at(7), QString());
        QCOMPARE(rows.at(1).at(8), QStringLiteral("2400 8E1"));
    }

    void commasQuotesAndLineBreaksAreQuoted()
    {
        const QByteArray csv = commission::reportCsv(test::sampleCommissioningReport());
        QVERIFY2(csv.contains("\"Water, \"\"cold\"\"\nline 2\""), csv.constData());
        QVERIFY(csv.contains("\"failed: Timeout at 20, \"\"no answer\"\"\""));
        const QList<QStringList> rows = parseCsv(csv);
        QCOMPARE(rows.at(2).at(2), QStringLiteral("Water, \"cold\"\nline 2"));
        QCOMPARE(rows.at(3).at(9), QStringLiteral("failed: Timeout at 20, \"no answer\""));
    }

    void utf8WithoutBomAndCrlfLineEnds()
    {
        const QByteArray csv = commission::reportCsv(test::sampleCommissioningReport());
        QVERIFY(csv.startsWith("secondary_address,"));
        QVERIFY(csv.contains("1.234 m\xC2\xB3"));
        QVERIFY(csv.contains("70.5 \xC2\xB0" "C"));
        QVERIFY(csv.endsWith("\r\n"));
        // Every line break outside a quoted field is CRLF; the one inside the medium is the meter's own.
        QCOMPARE(csv.count("\r\n"), 4);
    }

    void noMetersGivesTheHeaderOnly()
    {
        commission::CommissioningReport empty;
        const QByteArray csv = commission::reportCsv(empty);
        QCOMPARE(csv.count("\r\n"), 1);
        QVERIFY(csv.startsWith("secondary_address,"));
    }
};

QTEST_GUILESS_MAIN(TestReportCsv)
#include "tst_report_csv.moc"
