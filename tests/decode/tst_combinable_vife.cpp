// Combinable (orthogonal) VIFEs after a VIF (MBUS_FACTS 2.7.4): every VIFE is kept in order and
// applied, per-time suffixes, accumulation direction, correction factors and constants, record
// errors, limit-exceed durations and dates, the 0x7C extension (phases), manufacturer VIFEs after
// 0x7F, and the errors of a VIFE chain that is too long or runs off the end.
#include "TelegramBuilder.h"

#include "decode/CombinableVife.h"
#include "decode/ValueInformationBlock.h"

#include <QTest>

using namespace mbus;
using namespace mbus::decode;
using mbus::test::hex;

class TestCombinableVife : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVifeKeptInOrder();
    void perTimeUnits_data();
    void perTimeUnits();
    void accumulationDirection();
    void multiplicativeCorrection_data();
    void multiplicativeCorrection();
    void additiveCorrection_data();
    void additiveCorrection();
    void correctionsFollowTheVifsUnitInAnyOrder();
    void recordErrors();
    void limitExceedDuration_data();
    void limitExceedDuration();
    void limitExceedDate();
    void limitValueAndCount();
    void extensionPhases();
    void manufacturerVifes();
    void tooManyVifes();
    void vifChainTruncated_data();
    void vifChainTruncated();
};

// VIF 0x83 (energy, Wh, extension), VIFE 0x74 (x10^-2), 0x3B (positive accumulation), 0x22 (/h).
void TestCombinableVife::everyVifeKeptInOrder()
{
    MBUS_DECODE_OK(d, "04 83 F4 BB 22 39300000  02 5A 7902");
    QCOMPARE(d.count(), 2);
    const Record &r = d.record(0);
    QCOMPARE(int(r.qualifierCount), 3);
    const int codes[3] = {0x74, 0x3B, 0x22};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(int(r.qualifiers[i].table), int(Qualifier::Table::Combinable));
        QCOMPARE(int(r.qualifiers[i].code), codes[i]);
    }
    QCOMPARE(int(r.vibSize), 4);
    QCOMPARE(r.exponent, -2);
    QCOMPARE(d.value(0), QStringLiteral("123.45"));
    QCOMPARE(d.unit(0), QStringLiteral("Wh/h"));
    QCOMPARE(d.quantity(0),
             QStringLiteral("Energy, corrected by multiplicative factor, accumulation only of positive contributions"));
    QCOMPARE(d.value(1), QStringLiteral("63.3"));
}

void TestCombinableVife::perTimeUnits_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<QString>("unit");

    QTest::newRow("20 per second") << hex("02 83 20 0A00") << "Wh/s";
    QTest::newRow("21 per minute") << hex("02 83 21 0A00") << "Wh/min";
    QTest::newRow("22 per hour") << hex("02 83 22 0A00") << "Wh/h";
    QTest::newRow("23 per day") << hex("02 83 23 0A00") << "Wh/d";
    QTest::newRow("volume per hour") << hex("02 93 22 0A00") << "m^3/h";
}

// The per-time words go into the unit, not into the quantity; the value is not rescaled.
void TestCombinableVife::perTimeUnits()
{
    QFETCH(QByteArray, records);
    QFETCH(QString, unit);

    const test::Decoded d = test::decodeRecords(records);
    QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
    QCOMPARE(d.count(), 1);
    QCOMPARE(d.unit(0), unit);
    QVERIFY(!d.quantity(0).contains(QLatin1Char(',')));
    QCOMPARE(int(d.record(0).qualifierCount), 1);
    QCOMPARE(d.record(0).factor, 1.0);
}

// 0x3B / 0x3C: forward and backward flow registers of the same VIF must read differently.
void TestCombinableVife::accumulationDirection()
{
    MBUS_DECODE_OK(d, "04 93 3B 39300000  04 93 3C 0A000000");
    QCOMPARE(d.count(), 2);
    QCOMPARE(d.quantity(0), QStringLiteral("Volume, accumulation only of positive contributions"));
    QCOMPARE(d.quantity(1), QStringLiteral("Volume, accumulation of absolute value only of negative contributions"));
    QCOMPARE(d.unit(0), QStringLiteral("m^3"));
    QCOMPARE(d.unit(1), QStringLiteral("m^3"));
    QCOMPARE(d.value(0), QStringLiteral("12.345"));
    QCOMPARE(d.value(1), QStringLiteral("0.01"));
    QVERIFY(d.telegram.signatureOf(d.record(0)).toByteArray() != d.telegram.signatureOf(d.record(1)).toByteArray());
}

void TestCombinableVife::multiplicativeCorrection_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<double>("number");

    // VIF 0x83: energy 10^0 Wh, raw 5.
    QTest::newRow("70: 10^-6") << hex("02 83 70 0500") << -6 << 5e-6;
    QTest::newRow("71: 10^-5") << hex("02 83 71 0500") << -5 << 5e-5;
    QTest::newRow("72: 10^-4") << hex("02 83 72 0500") << -4 << 5e-4;
    QTest::newRow("73: 10^-3") << hex("02 83 73 0500") << -3 << 0.005;
    QTest::newRow("74: 10^-2") << hex("02 83 74 0500") << -2 << 0.05;
    QTest::newRow("75: 10^-1") << hex("02 83 75 0500") << -1 << 0.5;
    QTest::newRow("76: 10^0") << hex("02 83 76 0500") << 0 << 5.0;
    QTest::newRow("77: 10^1") << hex("02 83 77 0500") << 1 << 50.0;
    QTest::newRow("7D: x1000") << hex("02 83 7D 0500") << 3 << 5000.0;
    // The correction adds to the VIF's own exponent (litres x 1000 = m^3).
    QTest::newRow("13 litres, 7D") << hex("02 93 7D 0500") << 0 << 5.0;
    QTest::newRow("two corrections stack") << hex("02 83 FD 7D 0500") << 6 << 5e6;
}

void TestCombinableVife::multiplicativeCorrection()
{
    QFETCH(QByteArray, records);
    QFETCH(int, exponent);
    QFETCH(double, number);

    const test::Decoded d = test::decodeRecords(records);
    QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
    QCOMPARE(d.count(), 1);
    QCOMPARE(d.record(0).exponent, exponent);
    QCOMPARE(d.record(0).number, number);
    QCOMPARE(d.record(0).rawInteger, std::int64_t(5));
    QVERIFY(d.quantity(0).endsWith(QLatin1String("corrected by multiplicative factor"))
            || d.quantity(0).endsWith(QLatin1String("corrected by multiplicative factor 1000")));
}

void TestCombinableVife::additiveCorrection_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<double>("additive");
    QTest::addColumn<QString>("value");

    // VIF 0x83 (10^0 Wh) so that the unit of the VIF is 1 Wh; raw 100.
    QTest::newRow("78: + 10^-3") << hex("02 83 78 6400") << 0.001 << "100.001";
    QTest::newRow("79: + 10^-2") << hex("02 83 79 6400") << 0.01 << "100.01";
    QTest::newRow("7A: + 10^-1") << hex("02 83 7A 6400") << 0.1 << "100.1";
    QTest::newRow("7B: + 10^0") << hex("02 83 7B 6400") << 1.0 << "101";
}

void TestCombinableVife::additiveCorrection()
{
    QFETCH(QByteArray, records);
    QFETCH(double, additive);
    QFETCH(QString, value);

    const test::Decoded d = test::decodeRecords(records);
    QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
    QCOMPARE(d.count(), 1);
    QCOMPARE(d.record(0).additive, additive);
    QCOMPARE(d.record(0).exponent, 0);
    QCOMPARE(d.value(0), value);
    QCOMPARE(d.unit(0), QStringLiteral("Wh"));
    QCOMPARE(d.quantity(0), QStringLiteral("Energy, corrected by additive constant"));
}

// "10^(nn-3) * unit of VIF": with on time in hours, +1 is one hour; corrections apply to what the
// record finally measures, whatever the order of the VIFEs.
void TestCombinableVife::correctionsFollowTheVifsUnitInAnyOrder()
{
    MBUS_DECODE_OK(d, "02 A2 7B 0500  02 93 F5 50 0A00  02 93 D0 75 0A00");
    QCOMPARE(d.value(0), QStringLiteral("21600")); // (5 + 1) h in s
    QCOMPARE(d.value(1), d.value(2));               // duration of limit exceed, x10^-1, both orders
    QCOMPARE(d.value(1), QStringLiteral("1"));
    QCOMPARE(d.unit(1), QStringLiteral("s"));
}

// A slave reports an error for one record in a VIFE (0x15 no data available); the record keeps its
// place and length so that the records after it decode.
void TestCombinableVife::recordErrors()
{
    MBUS_DECODE_OK(d, "04 93 15 00000000  02 5A 7902  04 93 00 01000000");
    QCOMPARE(d.count(), 3);
    QCOMPARE(int(d.record(0).recordError), 0x15);
    QCOMPARE(QString::fromUtf8(recordErrorText(0x15)), QStringLiteral("no data available"));
    QCOMPARE(d.quantity(0), QStringLiteral("Volume, no data available"));
    QCOMPARE(d.unit(0), QStringLiteral("m^3"));
    QCOMPARE(int(d.record(1).recordError), -1);
    QCOMPARE(d.value(1), QStringLiteral("63.3"));
    // VIFE 0x00 says "no error" explicitly.
    QCOMPARE(int(d.record(2).recordError), 0);
    QCOMPARE(d.quantity(2), QStringLiteral("Volume, no error"));
}

void TestCombinableVife::limitExceedDuration_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("value");

    // E101 ufnn: u upper, f last, nn = s/min/h/d. The VIF's exponent no longer applies: a duration
    // is counted in its own time unit.
    QTest::newRow("BE 50: first lower, s") << hex("04 BE 50 64000000")
                                           << "Volume flow, duration of first lower limit exceed" << "100";
    QTest::newRow("BB 50: 10^-3 VIF, still 100 s") << hex("04 BB 50 64000000")
                                                   << "Volume flow, duration of first lower limit exceed" << "100";
    QTest::newRow("BB 52: first lower, h") << hex("02 BB 52 0200")
                                           << "Volume flow, duration of first lower limit exceed" << "7200";
    QTest::newRow("BB 55: last lower, min") << hex("02 BB 55 0300")
                                            << "Volume flow, duration of last lower limit exceed" << "180";
    QTest::newRow("BB 5B: first upper, d") << hex("01 BB 5B 01")
                                           << "Volume flow, duration of first upper limit exceed" << "86400";
    QTest::newRow("BB 5D: last upper, min") << hex("02 BB 5D 0300")
                                            << "Volume flow, duration of last upper limit exceed" << "180";
}

void TestCombinableVife::limitExceedDuration()
{
    QFETCH(QByteArray, records);
    QFETCH(QString, quantity);
    QFETCH(QString, value);

    const test::Decoded d = test::decodeRecords(records);
    QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
    QCOMPARE(d.count(), 1);
    QCOMPARE(d.unit(0), QStringLiteral("s"));
    QCOMPARE(d.quantity(0), quantity);
    QCOMPARE(d.value(0), value);
    QCOMPARE(int(d.record(0).kind), int(ValueKind::Number));
}

// E100 uf1b: the record is the date (type F by its 4 bytes, G by 2) of a limit exceed.
void TestCombinableVife::limitExceedDate()
{
    MBUS_DECODE_OK(d, "04 BB 42 2B117811  02 BB 4F BF1C");
    QCOMPARE(d.count(), 2);
    QCOMPARE(int(d.record(0).kind), int(ValueKind::DateTime));
    QCOMPARE(int(d.record(0).dateTime.type), int(DateTimeType::F));
    QCOMPARE(d.value(0), QStringLiteral("2011-01-24T17:43:00"));
    QCOMPARE(d.unit(0), QString());
    QCOMPARE(d.quantity(0), QStringLiteral("Volume flow, date of begin of first lower limit exceed"));
    QCOMPARE(int(d.record(1).kind), int(ValueKind::DateTime));
    QCOMPARE(d.value(1), QStringLiteral("2013-12-31"));
    QCOMPARE(d.quantity(1), QStringLiteral("Volume flow, date of end of last upper limit exceed"));
}

// 0x48 keeps the VIF's unit and scale; 0x49 turns the record into a count.
void TestCombinableVife::limitValueAndCount()
{
    MBUS_DECODE_OK(d, "02 BB 48 E803  01 BB 49 03");
    QCOMPARE(d.count(), 2);
    QCOMPARE(d.quantity(0), QStringLiteral("Volume flow, upper limit value"));
    QCOMPARE(d.unit(0), QStringLiteral("m^3/h"));
    QCOMPARE(d.value(0), QStringLiteral("1"));
    QCOMPARE(d.quantity(1), QStringLiteral("Volume flow, number of exceeds of upper limit"));
    QCOMPARE(d.unit(1), QString());
    QCOMPARE(d.value(1), QStringLiteral("3"));
}

// VIFE 0x7C: the next byte is from the combinable extension table (FC 01 = phase L1).
void TestCombinableVife::extensionPhases()
{
    MBUS_DECODE_OK(d, "04 AB FC 01 E8030000  02 FD C8 FC 02 0509  02 AB FC 03 0A00");
    QCOMPARE(d.count(), 3);
    const Record &power = d.record(0);
    QCOMPARE(int(power.qualifierCount), 1);
    QCOMPARE(int(power.qualifiers[0].table), int(Qualifier::Table::CombinableExtension));
    QCOMPARE(int(power.qualifiers[0].code), 0x01);
    QCOMPARE(d.quantity(0), QStringLiteral("Power, phase L1"));
    QCOMPARE(d.unit(0), QStringLiteral("W"));
    QCOMPARE(d.value(0), QStringLiteral("1000"));
    QCOMPARE(d.quantity(1), QStringLiteral("Voltage, phase L2"));
    QCOMPARE(d.value(1), QStringLiteral("230.9"));
    QCOMPARE(d.quantity(2), QStringLiteral("Power, phase L3"));
}

// After VIFE 0x7F (or VIF 0xFF) the VIFEs are the manufacturer's: they neither scale the value nor
// report errors, they are only named.
void TestCombinableVife::manufacturerVifes()
{
    MBUS_DECODE_OK(d, "04 93 FF 95 74 E8030000  04 FF 07 01000000  04 FF A0 15 02000000");
    QCOMPARE(d.count(), 3);
    const Record &r = d.record(0);
    QCOMPARE(int(r.qualifierCount), 3);
    QCOMPARE(int(r.qualifiers[0].table), int(Qualifier::Table::Combinable));
    QCOMPARE(int(r.qualifiers[0].code), 0x7F);
    QCOMPARE(int(r.qualifiers[1].table), int(Qualifier::Table::Manufacturer));
    QCOMPARE(int(r.qualifiers[1].code), 0x15);
    QCOMPARE(int(r.qualifiers[2].table), int(Qualifier::Table::Manufacturer));
    QCOMPARE(int(r.qualifiers[2].code), 0x74);
    QCOMPARE(int(r.recordError), -1);
    QCOMPARE(r.exponent, -3);
    QCOMPARE(d.value(0), QStringLiteral("1"));
    QCOMPARE(d.quantity(0), QStringLiteral("Volume, manufacturer specific, manufacturer specific VIFE 0x15, "
                                           "manufacturer specific VIFE 0x74"));

    // Kamstrup 04 FF 07, ABB 04 FF A0 15 (MBUS_FACTS 2.7.5).
    QCOMPARE(int(d.record(1).vifTable), int(VifTable::Manufacturer));
    QCOMPARE(int(d.record(1).qualifierCount), 1);
    QCOMPARE(int(d.record(1).qualifiers[0].table), int(Qualifier::Table::Manufacturer));
    QCOMPARE(int(d.record(1).qualifiers[0].code), 0x07);
    QCOMPARE(int(d.record(2).vifTable), int(VifTable::Manufacturer));
    QCOMPARE(int(d.record(2).qualifierCount), 2);
    QCOMPARE(int(d.record(2).qualifiers[0].code), 0x20);
    QCOMPARE(int(d.record(2).qualifiers[1].code), 0x15);
    QCOMPARE(int(d.record(2).qualifiers[1].table), int(Qualifier::Table::Manufacturer));
    QCOMPARE(d.telegram.dataOf(d.record(2)).toByteArray(), hex("02000000"));
}

// Ten VIFEs are allowed; the byte after 0xFD counts as one of them (CI 0x70 code 06).
void TestCombinableVife::tooManyVifes()
{
    {
        MBUS_DECODE_OK(d, "04 93 BBBBBBBBBBBBBBBBBB 3B 01000000  02 FD C8 BBBBBBBBBBBBBBBB 3B 0109");
        QCOMPARE(d.count(), 2);
        QCOMPARE(int(d.record(0).qualifierCount), MaxVifes);
        QCOMPARE(int(d.record(1).qualifierCount), MaxVifes - 1);
        QCOMPARE(d.value(1), QStringLiteral("230.5"));
    }
    {
        const test::Decoded d = test::decodeHex("02 5A 7902  04 93 BBBBBBBBBBBBBBBBBBBB 3B 01000000");
        QVERIFY(d.framed);
        QCOMPARE(d.error.code, ErrorCode::TooManyVifes);
        QCOMPARE(d.error.offset, test::recordByte(4 + 2 + 10)); // the eleventh VIFE
        QCOMPARE(d.error.expected, MaxVifes);
        QCOMPARE(d.count(), 1);
    }
    {
        const test::Decoded d = test::decodeHex("02 FD C8 BBBBBBBBBBBBBBBBBB 3B 0109");
        QVERIFY(d.framed);
        QCOMPARE(d.error.code, ErrorCode::TooManyVifes);
        QCOMPARE(d.error.offset, test::recordByte(2 + 10));
        QCOMPARE(d.count(), 0);
    }
}

void TestCombinableVife::vifChainTruncated_data()
{
    QTest::addColumn<QByteArray>("records");

    QTest::newRow("VIFE chain off the end") << hex("02 5A 7902  04 93 BB");
    QTest::newRow("VIF extends, no VIFE") << hex("02 5A 7902  04 93");
    QTest::newRow("DIF without VIF") << hex("02 5A 7902  04");
    QTest::newRow("FD without code") << hex("02 5A 7902  04 FD");
    QTest::newRow("FD FD without code") << hex("02 5A 7902  04 FD FD");
    QTest::newRow("FB code extends, no VIFE") << hex("02 5A 7902  04 FB 9A");
}

void TestCombinableVife::vifChainTruncated()
{
    QFETCH(QByteArray, records);

    const test::Decoded d = test::decodeRecords(records);
    QVERIFY(d.framed);
    QCOMPARE(d.error.code, ErrorCode::VifTruncated);
    // The records end where the checksum starts.
    QCOMPARE(d.error.offset, test::recordByte(int(records.size())));
    QCOMPARE(d.count(), 1);
    QCOMPARE(d.value(0), QStringLiteral("63.3"));
}

QTEST_GUILESS_MAIN(TestCombinableVife)
#include "tst_combinable_vife.moc"
