// VIF tables (MBUS_FACTS 2.7.1-2.7.3): every range of the primary table with its exponent and unit,
// the 0xFB and 0xFD extension tables and the 0xFD 0xFD second level, each checked once as a table
// lookup and once through a whole record, with the jMBus vectors of 2.7.1.
#include "TelegramBuilder.h"

#include "decode/VifTables.h"

#include <QTest>

using namespace mbus;
using namespace mbus::decode;
using mbus::test::hex;

class TestVifTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void primaryRanges_data();
    void primaryRanges();
    void primaryDurations_data();
    void primaryDurations();
    void primaryReservedCodes();
    void primaryRecords_data();
    void primaryRecords();
    void extensionFbRecords_data();
    void extensionFbRecords();
    void extensionFdRecords_data();
    void extensionFdRecords();
    void extensionTablesInRecord();
    void scaleHelpers();
};

namespace {

void addRecordColumns()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("value");
}

void checkRecord(VifTable table)
{
    QFETCH(QByteArray, records);
    QFETCH(QString, quantity);
    QFETCH(QString, unit);
    QFETCH(QString, value);

    const test::Decoded d = test::decodeRecords(records);
    QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
    QCOMPARE(d.count(), 1);
    QCOMPARE(int(d.record(0).vifTable), int(table));
    QCOMPARE(d.quantity(0), quantity);
    QCOMPARE(d.unit(0), unit);
    QCOMPARE(d.value(0), value);
    QCOMPARE(d.record(0).qualifierCount, std::uint8_t(0));
}

} // namespace

// Ranges whose last bits are a power of ten: exponent = code - first + exponent of the first code.
void TestVifTables::primaryRanges_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("firstExponent");
    QTest::addColumn<double>("factor");

    QTest::newRow("00-07 energy 10^(nnn-3) Wh") << 0x00 << 0x07 << "Energy" << "Wh" << -3 << 1.0;
    QTest::newRow("08-0F energy 10^nnn J") << 0x08 << 0x0F << "Energy" << "J" << 0 << 1.0;
    QTest::newRow("10-17 volume 10^(nnn-6) m^3") << 0x10 << 0x17 << "Volume" << "m^3" << -6 << 1.0;
    QTest::newRow("18-1F mass 10^(nnn-3) kg") << 0x18 << 0x1F << "Mass" << "kg" << -3 << 1.0;
    QTest::newRow("28-2F power 10^(nnn-3) W") << 0x28 << 0x2F << "Power" << "W" << -3 << 1.0;
    QTest::newRow("30-37 power 10^nnn J/h") << 0x30 << 0x37 << "Power" << "J/h" << 0 << 1.0;
    QTest::newRow("38-3F volume flow 10^(nnn-6) m^3/h") << 0x38 << 0x3F << "Volume flow" << "m^3/h" << -6 << 1.0;
    // Sent per minute and per second; shown per hour like 38-3F.
    QTest::newRow("40-47 volume flow 10^(nnn-7) m^3/min") << 0x40 << 0x47 << "Volume flow" << "m^3/h" << -7 << 60.0;
    QTest::newRow("48-4F volume flow 10^(nnn-9) m^3/s") << 0x48 << 0x4F << "Volume flow" << "m^3/h" << -9 << 3600.0;
    QTest::newRow("50-57 mass flow 10^(nnn-3) kg/h") << 0x50 << 0x57 << "Mass flow" << "kg/h" << -3 << 1.0;
    QTest::newRow("58-5B flow temperature") << 0x58 << 0x5B << "Flow temperature" << "°C" << -3 << 1.0;
    QTest::newRow("5C-5F return temperature") << 0x5C << 0x5F << "Return temperature" << "°C" << -3 << 1.0;
    QTest::newRow("60-63 temperature difference") << 0x60 << 0x63 << "Temperature difference" << "K" << -3 << 1.0;
    QTest::newRow("64-67 external temperature") << 0x64 << 0x67 << "External temperature" << "°C" << -3 << 1.0;
    QTest::newRow("68-6B pressure 10^(nn-3) bar") << 0x68 << 0x6B << "Pressure" << "bar" << -3 << 1.0;
}

void TestVifTables::primaryRanges()
{
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(QString, quantity);
    QFETCH(QString, unit);
    QFETCH(int, firstExponent);
    QFETCH(double, factor);

    for (int code = first; code <= last; ++code) {
        const VifMeaning m = lookupPrimaryVif(std::uint8_t(code));
        QVERIFY2(!m.reserved, qPrintable(QString::number(code, 16)));
        QCOMPARE(QString::fromUtf8(m.quantity), quantity);
        QCOMPARE(QString::fromUtf8(m.unit), unit);
        QCOMPARE(m.exponent, firstExponent + (code - first));
        QCOMPARE(m.factor, factor);
        QCOMPARE(int(m.hint), int(ValueHint::Number));
        // The extension bit is not part of the code.
        QCOMPARE(lookupPrimaryVif(std::uint8_t(code | 0x80)).exponent, m.exponent);
    }
}

// nn = 0 seconds, 1 minutes, 2 hours, 3 days, all folded into seconds.
void TestVifTables::primaryDurations_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<QString>("quantity");

    QTest::newRow("20-23 on time") << 0x20 << "On time";
    QTest::newRow("24-27 operating time") << 0x24 << "Operating time";
    QTest::newRow("70-73 averaging duration") << 0x70 << "Averaging duration";
    QTest::newRow("74-77 actuality duration") << 0x74 << "Actuality duration";
}

void TestVifTables::primaryDurations()
{
    QFETCH(int, first);
    QFETCH(QString, quantity);

    const double seconds[4] = {1, 60, 3600, 86400};
    for (int nn = 0; nn < 4; ++nn) {
        const VifMeaning m = lookupPrimaryVif(std::uint8_t(first + nn));
        QVERIFY(!m.reserved);
        QCOMPARE(QString::fromUtf8(m.quantity), quantity);
        QCOMPARE(QString::fromUtf8(m.unit), QStringLiteral("s"));
        QCOMPARE(m.exponent, 0);
        QCOMPARE(m.factor, seconds[nn]);
    }
}

void TestVifTables::primaryReservedCodes()
{
    QVERIFY(lookupPrimaryVif(0x6F).reserved);
    for (int code = 0x00; code <= 0x7A; ++code) {
        if (code != 0x6F)
            QVERIFY2(!lookupPrimaryVif(std::uint8_t(code)).reserved, qPrintable(QString::number(code, 16)));
    }
    QCOMPARE(int(lookupPrimaryVif(VifCode::Date).hint), int(ValueHint::DateByLength));
    QCOMPARE(int(lookupPrimaryVif(VifCode::DateTime).hint), int(ValueHint::DateByLength));
}

void TestVifTables::primaryRecords_data()
{
    addRecordColumns();
    // jMBus vectors (MBUS_FACTS 2.7.1).
    QTest::newRow("jMBus 04 07: 7880*10^4 Wh") << hex("04 07 c81e0000") << "Energy" << "Wh" << "78800000";
    QTest::newRow("jMBus 04 15: 49150*10^-1 m^3") << hex("04 15 febf0000") << "Volume" << "m^3" << "4915";
    QTest::newRow("jMBus 02 5a: 633*10^-1 °C") << hex("02 5a 7902") << "Flow temperature" << "°C" << "63.3";
    QTest::newRow("jMBus 02 62: 211*10^-1 K") << hex("02 62 d300") << "Temperature difference" << "K" << "21.1";
    QTest::newRow("jMBus 04 22: on time in hours") << hex("04 22 0A000000") << "On time" << "s" << "36000";
    QTest::newRow("jMBus 04 26: operating time hours") << hex("04 26 02000000") << "Operating time" << "s"
                                                        << "7200";
    // One record per remaining range, values worked out by hand.
    QTest::newRow("00 energy 10^-3 Wh") << hex("04 00 E8030000") << "Energy" << "Wh" << "1";
    QTest::newRow("0B energy 10^3 J") << hex("02 0B 0500") << "Energy" << "J" << "5000";
    QTest::newRow("13 volume in litres") << hex("04 13 39300000") << "Volume" << "m^3" << "12.345";
    QTest::newRow("1F mass 10^4 kg") << hex("01 1F 02") << "Mass" << "kg" << "20000";
    QTest::newRow("21 on time in minutes") << hex("01 21 03") << "On time" << "s" << "180";
    QTest::newRow("23 on time in days") << hex("01 23 02") << "On time" << "s" << "172800";
    QTest::newRow("24 operating time in seconds") << hex("02 24 3930") << "Operating time" << "s" << "12345";
    QTest::newRow("2B power 10^0 W") << hex("02 2B DC05") << "Power" << "W" << "1500";
    QTest::newRow("2E power 10^3 W") << hex("01 2E 02") << "Power" << "W" << "2000";
    QTest::newRow("33 power 10^3 J/h") << hex("01 33 04") << "Power" << "J/h" << "4000";
    QTest::newRow("3B volume flow l/h") << hex("02 3B D204") << "Volume flow" << "m^3/h" << "1.234";
    QTest::newRow("46 0.5 m^3/min = 30 m^3/h") << hex("01 46 05") << "Volume flow" << "m^3/h" << "30";
    QTest::newRow("47 2 m^3/min = 120 m^3/h") << hex("01 47 02") << "Volume flow" << "m^3/h" << "120";
    QTest::newRow("4F 0.25 m^3/s = 900 m^3/h") << hex("01 4F 19") << "Volume flow" << "m^3/h" << "900";
    QTest::newRow("53 mass flow kg/h") << hex("01 53 2A") << "Mass flow" << "kg/h" << "42";
    QTest::newRow("5E return temperature 10^-1") << hex("02 5E A601") << "Return temperature" << "°C" << "42.2";
    QTest::newRow("65 external temperature -0.25") << hex("02 65 E7FF") << "External temperature" << "°C"
                                                   << "-0.25";
    QTest::newRow("69 pressure 10^-2 bar") << hex("02 69 9600") << "Pressure" << "bar" << "1.5";
    QTest::newRow("6E HCA units") << hex("02 6E 3930") << "HCA units" << "" << "12345";
    QTest::newRow("6F reserved, data still read") << hex("01 6F 05") << "Reserved" << "" << "5";
    QTest::newRow("72 averaging duration in hours") << hex("01 72 01") << "Averaging duration" << "s" << "3600";
    QTest::newRow("74 actuality duration in seconds") << hex("01 74 10") << "Actuality duration" << "s" << "16";
    QTest::newRow("77 actuality duration in days") << hex("01 77 01") << "Actuality duration" << "s" << "86400";
    QTest::newRow("78 fabrication number 8 BCD") << hex("0C 78 78563412") << "Fabrication number" << ""
                                                 << "12345678";
    QTest::newRow("7A bus address") << hex("01 7A 05") << "Bus address" << "" << "5";
}

void TestVifTables::primaryRecords()
{
    checkRecord(VifTable::Primary);
}

// 0xFB table (MBUS_FACTS 2.7.2): metric prefixes fold into the base unit (MWh -> Wh, GJ -> J,
// t -> kg, MW -> W); degrees Fahrenheit stay as sent.
void TestVifTables::extensionFbRecords_data()
{
    addRecordColumns();
    QTest::newRow("FB 00: 12.3 MWh") << hex("02 FB 00 7B00") << "Energy" << "Wh" << "12300000";
    QTest::newRow("FB 01: 5 MWh") << hex("01 FB 01 05") << "Energy" << "Wh" << "5000000";
    QTest::newRow("FB 08: 0.7 GJ") << hex("01 FB 08 07") << "Energy" << "J" << "700000000";
    QTest::newRow("FB 09: 3 GJ") << hex("01 FB 09 03") << "Energy" << "J" << "3000000000";
    QTest::newRow("FB 10: 3 * 100 m^3") << hex("01 FB 10 03") << "Volume" << "m^3" << "300";
    QTest::newRow("FB 19: 2 * 1000 t") << hex("01 FB 19 02") << "Mass" << "kg" << "2000000";
    QTest::newRow("FB 1A: 45.6 % RH") << hex("02 FB 1A C801") << "Relative humidity" << "%" << "45.6";
    QTest::newRow("FB 1B: 45 % RH") << hex("01 FB 1B 2D") << "Relative humidity" << "%" << "45";
    QTest::newRow("FB 28: 1.5 MW") << hex("01 FB 28 0F") << "Power" << "W" << "1500000";
    QTest::newRow("FB 29: 2 MW") << hex("01 FB 29 02") << "Power" << "W" << "2000000";
    QTest::newRow("FB 31: 2 GJ/h") << hex("01 FB 31 02") << "Power" << "J/h" << "2000000000";
    QTest::newRow("FB 5A: flow 100.5 °F") << hex("02 FB 5A ED03") << "Flow temperature" << "°F" << "100.5";
    QTest::newRow("FB 5F: return 70 °F") << hex("01 FB 5F 46") << "Return temperature" << "°F" << "70";
    QTest::newRow("FB 61: difference 0.25 °F") << hex("01 FB 61 19") << "Temperature difference" << "°F"
                                               << "0.25";
    QTest::newRow("FB 76: warm limit 45.5 °C") << hex("02 FB 76 C701") << "Cold/warm temperature limit" << "°C"
                                               << "45.5";
}

void TestVifTables::extensionFbRecords()
{
    checkRecord(VifTable::ExtensionFb);
}

// 0xFD table (MBUS_FACTS 2.7.3).
void TestVifTables::extensionFdRecords_data()
{
    addRecordColumns();
    QTest::newRow("FD 48: 230.5 V (10^-1)") << hex("02 FD 48 0109") << "Voltage" << "V" << "230.5";
    QTest::newRow("FD 49: 230 V (10^0)") << hex("02 FD 49 E600") << "Voltage" << "V" << "230";
    QTest::newRow("FD 46: 10^-3 V") << hex("01 FD 46 07") << "Voltage" << "V" << "0.007";
    QTest::newRow("FD 59: 1.234 A (10^-3)") << hex("02 FD 59 D204") << "Current" << "A" << "1.234";
    QTest::newRow("FD 5C: 5 A (10^0)") << hex("01 FD 5C 05") << "Current" << "A" << "5";
    QTest::newRow("FD 17: error flags") << hex("02 FD 17 0400") << "Error flags" << "" << "4";
    QTest::newRow("FD 0E: firmware version") << hex("01 FD 0E 12") << "Firmware version" << "" << "18";
    QTest::newRow("FD 0C: model/version") << hex("01 FD 0C 03") << "Model / version" << "" << "3";
    QTest::newRow("FD 08: access number") << hex("01 FD 08 2A") << "Access number" << "" << "42";
    QTest::newRow("FD 24: storage interval s") << hex("01 FD 24 0F") << "Storage interval" << "s" << "15";
    QTest::newRow("FD 26: storage interval h") << hex("01 FD 26 01") << "Storage interval" << "s" << "3600";
    QTest::newRow("FD 27: storage interval d") << hex("01 FD 27 01") << "Storage interval" << "s" << "86400";
    QTest::newRow("FD 28: storage interval months") << hex("01 FD 28 01") << "Storage interval" << "month" << "1";
    QTest::newRow("FD 3A: dimensionless") << hex("01 FD 3A 07") << "Dimensionless" << "" << "7";
    QTest::newRow("FD 01: credit 10^-2") << hex("02 FD 01 E803") << "Credit" << "currency units" << "10";
}

void TestVifTables::extensionFdRecords()
{
    checkRecord(VifTable::ExtensionFd);
}

// The extension VIF byte itself carries the extension bit for the code that follows; the
// tarent jMBus vector 02 FD FD 02 B4 00 is 180 months of remaining battery life.
void TestVifTables::extensionTablesInRecord()
{
    MBUS_DECODE_OK(d, "02 FD FD 02 B400  02 FD 48 0109  01 FB 1B 2D");
    QCOMPARE(d.count(), 3);
    QCOMPARE(int(d.record(0).vifTable), int(VifTable::ExtensionFdFd));
    QCOMPARE(int(d.record(0).vifCode), 0x02);
    QCOMPARE(d.quantity(0), QStringLiteral("Remaining battery life"));
    QCOMPARE(d.unit(0), QStringLiteral("month"));
    QCOMPARE(d.value(0), QStringLiteral("180"));
    QCOMPARE(int(d.record(0).vibSize), 3);
    QCOMPARE(int(d.record(1).vifCode), 0x48);
    QCOMPARE(int(d.record(1).vibSize), 2);
    QCOMPARE(d.record(1).exponent, -1);
    QCOMPARE(d.record(1).number, 230.5);
    QCOMPARE(int(d.record(2).vifCode), 0x1B);
    QCOMPARE(d.record(2).number, 45.0);
    // Codes without a meaning in the extension tables are named as reserved, and the data is
    // still read by its DIF length so that the next record is found.
    QVERIFY(lookupExtensionFb(0x3F).reserved);
    QVERIFY(lookupExtensionFd(0x19).reserved);
    MBUS_DECODE_OK(r, "02 FB 3F 0100  01 FD 19 02  02 5A 7902");
    QCOMPARE(r.count(), 3);
    QCOMPARE(r.quantity(0), QStringLiteral("Reserved"));
    QCOMPARE(r.quantity(1), QStringLiteral("Reserved"));
    QCOMPARE(r.value(2), QStringLiteral("63.3"));
}

void TestVifTables::scaleHelpers()
{
    QCOMPARE(applyScale(633, -1, 1.0), 63.3);
    QCOMPARE(applyScale(7880, 4, 1.0), 78800000.0);
    QCOMPARE(applyScale(5, -1, 60.0), 30.0);
    QCOMPARE(powerOfTen(0), 1.0);
    QCOMPARE(powerOfTen(-12), 1e-12);
    QCOMPARE(powerOfTen(18), 1e18);
    QCOMPARE(durationScale(0), 1.0);
    QCOMPARE(durationScale(1), 60.0);
    QCOMPARE(durationScale(2), 3600.0);
    QCOMPARE(durationScale(3), 86400.0);
}

QTEST_GUILESS_MAIN(TestVifTables)
#include "tst_vif_tables.moc"
