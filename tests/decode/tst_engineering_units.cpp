// Values in the units an engineer reads (issue 14): one table in core, the locale's separators,
// the decimals the meter's resolution carries, dates without ISO's "T".
#include "TelegramBuilder.h"

#include "decode/EngineeringUnits.h"

#include <QTest>

using namespace mbus;
using namespace mbus::test;

class TestEngineeringUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsReadInEngineeringUnits_data()
    {
        QTest::addColumn<QString>("records");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("unit");
        // 12345000 Wh counted per Wh (VIF 0x03): kWh with the three decimals the meter counts.
        QTest::newRow("Wh per Wh, en") << "04 03 A8 5E BC 00" << "en_US" << "12,345.000" << "kWh";
        QTest::newRow("Wh per Wh, de") << "04 03 A8 5E BC 00" << "de_DE" << "12.345,000" << "kWh";
        // 12345 kWh counted per kWh (VIF 0x06): whole kWh.
        QTest::newRow("kWh") << "04 06 39 30 00 00" << "en_US" << "12,345" << "kWh";
        QTest::newRow("MWh") << "04 06 00 CA 9A 3B" << "en_US" << "1,000,000.000" << "MWh"; // 10^9 kWh -> 10^6 MWh, to the kWh counted
        // 1234 GJ counted per MJ (VIF 0x0E: 10^6 J).
        QTest::newRow("J") << "04 0E D2 04 00 00" << "en_US" << "1.234" << "GJ";
        // 12.345 m^3 per litre (VIF 0x13).
        QTest::newRow("volume ru") << "04 13 39 30 00 00" << "ru_RU" << "12,345" << "m³";
        // 1234 W per W (VIF 0x2B): kW.
        QTest::newRow("power") << "04 2B D2 04 00 00" << "en_US" << "1.234" << "kW";
        // On time 148428000 s counted in seconds (VIF 0x20): days to a tenth.
        QTest::newRow("on time") << "04 20 E0 D5 D8 08" << "en_US" << "1,717.9" << "d";
        // On time 30 h counted in hours (VIF 0x22).
        QTest::newRow("hours") << "02 22 1E 00" << "en_US" << "30" << "h";
        // Remaining battery life 3650 days (VIF FD 74): days, never seconds.
        QTest::newRow("battery") << "02 FD 74 42 0E" << "en_US" << "3,650" << "d";
        // Fabrication number 67001001 (VIF 0x78, BCD): an identifier, no thousands separators.
        QTest::newRow("fabrication number") << "0C 78 01 10 00 67" << "en_US" << "67001001" << "";
        // 21.5 °C flow temperature per 0.1 °C (VIF 0x5A).
        QTest::newRow("temperature de") << "02 5A D7 00" << "de_DE" << "21,5" << "°C";
    }

    void recordsReadInEngineeringUnits()
    {
        QFETCH(QString, records);
        QFETCH(QString, locale);
        QFETCH(QString, value);
        QFETCH(QString, unit);
        const Decoded d = decodeHex(records.toLatin1().constData());
        QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
        decode::ReadableValue readable = decode::readableValue(d.telegram, d.record(0), QLocale(locale));
        QCOMPARE(readable.text.replace(QChar(0xA0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' ')),
                 QString(value).replace(QChar(0xA0), QLatin1Char(' ')));
        QCOMPARE(readable.unit, unit);
    }

    void datesInTheLocalesShortForm()
    {
        // Type F 2012-07-10 15:25 (VIF 0x6D): "7/10/12 3:25 PM" in en_US, "10.07.12 15:25" in de.
        const Decoded d = decodeHex("04 6D 19 0F 8A 17");
        QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
        QCOMPARE(d.value(0), QStringLiteral("2012-07-10T15:25:00")); // JSON and valueText keep ISO
        const QString de = decode::readableValue(d.telegram, d.record(0), QLocale(QStringLiteral("de_DE"))).text;
        QVERIFY2(de.contains(QStringLiteral("10.07.")) && de.contains(QStringLiteral("15:25")) && !de.contains(QLatin1Char('T')), qPrintable(de));
        // Type G date only (VIF 0x6C).
        const Decoded g = decodeHex("02 6C 8A 17");
        QVERIFY2(!g.error.isError(), qPrintable(g.error.message()));
        const QString date = decode::readableValue(g.telegram, g.record(0), QLocale(QStringLiteral("de_DE"))).text;
        QVERIFY2(date.startsWith(QStringLiteral("10.")) && !date.contains(QLatin1Char(':')), qPrintable(date));
    }

    void engineValuesForPeople()
    {
        const QLocale en(QStringLiteral("en_US"));
        const decode::ReadableValue onTime = decode::readableNumber(148428000, QStringLiteral("s"), QString(), en);
        QCOMPARE(onTime.text, QStringLiteral("1,717.9"));
        QCOMPARE(onTime.unit, QStringLiteral("d"));
        const decode::ReadableValue mwh = decode::readableNumber(12345000, QStringLiteral("Wh"), QStringLiteral("MWh"), en);
        QCOMPARE(mwh.text, QStringLiteral("12.345"));
        QCOMPARE(decode::readableNumber(67001001, QString(), QString(), en).text, QStringLiteral("67001001"));
        const QString date = decode::readableText(QStringLiteral("2026-12-04T11:13:00"), QLocale(QStringLiteral("de_DE")));
        QVERIFY2(date.contains(QStringLiteral("04.12.")) && date.contains(QStringLiteral("11:13")) && !date.contains(QLatin1Char('T')), qPrintable(date));
        QCOMPARE(decode::readableText(QStringLiteral("F1 03"), en), QStringLiteral("F1 03"));
    }

    void theConversionTable()
    {
        QCOMPARE(decode::unitChoices(QStringLiteral("Wh")).first().unit, QStringLiteral("Wh"));
        QCOMPARE(*decode::convertUnit(12345000, QStringLiteral("Wh"), QStringLiteral("MWh")), 12.345);
        QCOMPARE(*decode::convertUnit(3.6e9, QStringLiteral("J"), QStringLiteral("kWh")), 1000.0);
        QCOMPARE(*decode::convertUnit(2.5, QStringLiteral("m^3"), QStringLiteral("l")), 2500.0);
        QVERIFY(!decode::convertUnit(1, QStringLiteral("Wh"), QStringLiteral("m^3")).has_value());
        QCOMPARE(*decode::convertUnit(7, QStringLiteral("bar"), QStringLiteral("bar")), 7.0); // unknown units show as they are
        QCOMPARE(decode::readableUnit(QStringLiteral("s"), 600), QStringLiteral("s"));
        QCOMPARE(decode::readableUnit(QStringLiteral("s"), 600, QStringLiteral("Remaining battery life")), QStringLiteral("d"));
        QCOMPARE(decode::unitSymbol(QStringLiteral("m^3/h")), QStringLiteral("m³/h"));
        QCOMPARE(decode::formatNumber(1234.5, QLocale(QStringLiteral("de_DE"))), QStringLiteral("1.234,5"));
        QCOMPARE(decode::formatNumber(0.000125, QLocale::c()), QStringLiteral("0.000125"));
    }
};

QTEST_GUILESS_MAIN(TestEngineeringUnits)
#include "tst_engineering_units.moc"
