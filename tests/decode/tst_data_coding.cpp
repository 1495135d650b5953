// Codings of the data field (MBUS_FACTS 2.6): two's complement integers of 8..64 bits, the 32-bit
// real, BCD of 2..12 digits with the negative sign nibble and invalid nibbles, LVAR text, BCD and
// binary, the reserved LVAR lengths and truncation, and mode 2 (CI 0x76) MSB-first values.
#include "TelegramBuilder.h"

#include "decode/DataCoding.h"

#include <QTest>

#include <limits>

using namespace mbus;
using namespace mbus::decode;
using mbus::test::hex;

class TestDataCoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataFieldSizes();
    void signedIntegers_data();
    void signedIntegers();
    void integerHelpers();
    void real32_data();
    void real32();
    void bcd_data();
    void bcd();
    void invalidBcd_data();
    void invalidBcd();
    void noData();
    void lvarLengths();
    void lvarText();
    void lvarBcdAndBinary();
    void exactIntegersAndBitFields();
    void negativeLvarBcdWithSignNibble();
    void lvarLongBinary();
    void lvarReserved_data();
    void lvarReserved();
    void dataTruncated_data();
    void dataTruncated();
    void modeTwoMsbFirst();
};

void TestDataCoding::dataFieldSizes()
{
    const int sizes[16] = {0, 1, 2, 3, 4, 4, 6, 8, 0, 1, 2, 3, 4, -1, 6, -1};
    for (int field = 0; field < 16; ++field)
        QCOMPARE(dataFieldSize(std::uint8_t(field)), sizes[field]);
}

void TestDataCoding::signedIntegers_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<qlonglong>("raw");
    QTest::addColumn<QString>("value");

    // VIF 0x03: energy in Wh, no scaling, so the value reads as the raw integer.
    QTest::newRow("8 bit 127") << hex("01 03 7F") << 127LL << "127";
    QTest::newRow("8 bit -128") << hex("01 03 80") << -128LL << "-128";
    QTest::newRow("8 bit -1") << hex("01 03 FF") << -1LL << "-1";
    QTest::newRow("16 bit 32767") << hex("02 03 FF7F") << 32767LL << "32767";
    QTest::newRow("16 bit -32768") << hex("02 03 0080") << -32768LL << "-32768";
    QTest::newRow("16 bit -2") << hex("02 03 FEFF") << -2LL << "-2";
    QTest::newRow("24 bit max") << hex("03 03 FFFF7F") << 8388607LL << "8388607";
    QTest::newRow("24 bit min") << hex("03 03 000080") << -8388608LL << "-8388608";
    QTest::newRow("32 bit max") << hex("04 03 FFFFFF7F") << 2147483647LL << "2147483647";
    QTest::newRow("32 bit min") << hex("04 03 00000080") << -2147483648LL << "-2147483648";
    QTest::newRow("32 bit -1234") << hex("04 03 2EFBFFFF") << -1234LL << "-1234";
    QTest::newRow("48 bit max") << hex("06 03 FFFFFFFFFF7F") << 140737488355327LL << "140737488355327";
    QTest::newRow("48 bit min") << hex("06 03 000000000080") << -140737488355328LL << "-140737488355328";
    QTest::newRow("48 bit -2") << hex("06 03 FEFFFFFFFFFF") << -2LL << "-2";
    QTest::newRow("64 bit 2^40") << hex("07 03 0000000000010000") << 1099511627776LL << "1099511627776";
    // jMBus 0704FFFFFFFFFFFFFFFF: -1 with VIF 0x04 (10^1 Wh).
    QTest::newRow("jMBus 64 bit -1") << hex("07 04 FFFFFFFFFFFFFFFF") << -1LL << "-10";
}

void TestDataCoding::signedIntegers()
{
    QFETCH(QByteArray, records);
    QFETCH(qlonglong, raw);
    QFETCH(QString, value);

    const test::Decoded d = test::decodeRecords(records);
    QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
    QCOMPARE(d.count(), 1);
    QCOMPARE(int(d.record(0).kind), int(ValueKind::Number));
    QVERIFY(d.record(0).hasRawInteger);
    QCOMPARE(qlonglong(d.record(0).rawInteger), raw);
    QCOMPARE(d.value(0), value);
    QCOMPARE(int(d.record(0).dataSize), records.size() - 2);
}

void TestDataCoding::integerHelpers()
{
    const std::uint8_t bytes[8] = {0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F};
    QCOMPARE(decodeSignedInteger(bytes, 1, false), std::int64_t(-2));
    QCOMPARE(decodeSignedInteger(bytes, 8, false), std::numeric_limits<std::int64_t>::max() - 1);
    QCOMPARE(decodeUnsignedInteger(bytes, 2, false), std::uint64_t(0xFFFE));
    QCOMPARE(decodeUnsignedInteger(bytes, 2, true), std::uint64_t(0xFEFF));
    const std::uint8_t min64[8] = {0, 0, 0, 0, 0, 0, 0, 0x80};
    QCOMPARE(decodeSignedInteger(min64, 8, false), std::numeric_limits<std::int64_t>::min());
    QCOMPARE(decodeSignedInteger(min64 + 6, 2, false), std::int64_t(-32768));
    QCOMPARE(decodeSignedInteger(min64 + 6, 2, true), std::int64_t(0x0080));
}

void TestDataCoding::real32_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<double>("number");
    QTest::addColumn<QString>("value");

    QTest::newRow("1.5") << hex("05 03 0000C03F") << 1.5 << "1.5";
    QTest::newRow("-21.5 °C") << hex("05 5B 0000ACC1") << -21.5 << "-21.5";
    // Shown with the digits a float holds, not the double's tail.
    QTest::newRow("21.536703") << hex("05 5B 2B4BAC41") << double(21.536703f) << "21.536703";
    // The VIF scale applies to a real as to an integer: 215.0 * 10^-1 °C.
    QTest::newRow("scaled by VIF 5A") << hex("05 5A 00005743") << 21.5 << "21.5";
}

void TestDataCoding::real32()
{
    QFETCH(QByteArray, records);
    QFETCH(double, number);
    QFETCH(QString, value);

    const test::Decoded d = test::decodeRecords(records);
    QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
    QCOMPARE(d.count(), 1);
    QCOMPARE(int(d.record(0).kind), int(ValueKind::Number));
    QVERIFY(d.record(0).singlePrecision);
    QVERIFY(!d.record(0).hasRawInteger);
    QCOMPARE(d.record(0).number, number);
    QCOMPARE(d.value(0), value);
}

void TestDataCoding::bcd_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<qlonglong>("raw");
    QTest::addColumn<QString>("value");

    QTest::newRow("2 digits") << hex("09 03 42") << 42LL << "42";
    QTest::newRow("4 digits") << hex("0A 03 3412") << 1234LL << "1234";
    QTest::newRow("6 digits") << hex("0B 03 563412") << 123456LL << "123456";
    QTest::newRow("8 digits") << hex("0C 03 78563412") << 12345678LL << "12345678";
    QTest::newRow("12 digits") << hex("0E 03 214365870921") << 210987654321LL << "210987654321";
    QTest::newRow("8 digits, VIF 13 litres") << hex("0C 13 78563412") << 12345678LL << "12345.678";
    // A top nibble F is the minus sign (jMBus 44 44 44 F4 = -4444444).
    QTest::newRow("jMBus negative 8 digits") << hex("0C 03 444444F4") << -4444444LL << "-4444444";
    QTest::newRow("negative 4 digits") << hex("0A 03 23F1") << -123LL << "-123";
    QTest::newRow("negative 2 digits") << hex("09 03 F5") << -5LL << "-5";
}

void TestDataCoding::bcd()
{
    QFETCH(QByteArray, records);
    QFETCH(qlonglong, raw);
    QFETCH(QString, value);

    const test::Decoded d = test::decodeRecords(records);
    QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
    QCOMPARE(d.count(), 1);
    QCOMPARE(int(d.record(0).kind), int(ValueKind::Number));
    QVERIFY(d.record(0).hasRawInteger);
    QCOMPARE(qlonglong(d.record(0).rawInteger), raw);
    QCOMPARE(d.value(0), value);
}

void TestDataCoding::invalidBcd_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<QString>("digits");

    QTest::newRow("A in the middle") << hex("0C 03 78563A12") << "123A5678";
    QTest::newRow("all E (error display)") << hex("0A 03 EEEE") << "EEEE";
    QTest::newRow("F below the top nibble") << hex("0A 03 F012") << "12F0";
    QTest::newRow("2 digits B0") << hex("09 03 B0") << "B0";
}

// Nibbles A..E are no digits; the record says so and shows the nibbles as sent, most significant
// first, instead of a made-up number.
void TestDataCoding::invalidBcd()
{
    QFETCH(QByteArray, records);
    QFETCH(QString, digits);

    const test::Decoded d = test::decodeRecords(records + hex("02 5A 7902"));
    QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
    QCOMPARE(d.count(), 2);
    QCOMPARE(int(d.record(0).kind), int(ValueKind::InvalidBcd));
    QVERIFY(!d.record(0).hasRawInteger);
    QCOMPARE(d.value(0), digits);
    QCOMPARE(d.value(1), QStringLiteral("63.3"));
    QVERIFY(!decodeBcd(reinterpret_cast<const std::uint8_t *>(records.constData()) + 2, int(records.size()) - 2,
                       false)
                 .valid);
}

// Data fields 0x0 and 0x8 carry no value bytes.
void TestDataCoding::noData()
{
    MBUS_DECODE_OK(d, "00 03  08 13  02 5A 7902");
    QCOMPARE(d.count(), 3);
    QCOMPARE(int(d.record(0).kind), int(ValueKind::None));
    QCOMPARE(int(d.record(1).kind), int(ValueKind::None));
    QCOMPARE(d.value(0), QString());
    QCOMPARE(int(d.record(0).size), 2);
    QCOMPARE(d.value(2), QStringLiteral("63.3"));
}

void TestDataCoding::lvarLengths()
{
    using Kind = LvarInfo::Kind;
    const struct
    {
        int lvar;
        Kind kind;
        int size;
    } cases[] = {
        {0x00, Kind::Text, 0},         {0x05, Kind::Text, 5},         {0xBF, Kind::Text, 0xBF},
        {0xC0, Kind::PositiveBcd, 0},  {0xC3, Kind::PositiveBcd, 3},  {0xD2, Kind::NegativeBcd, 2},
        {0xE0, Kind::Binary, 0},       {0xE8, Kind::Binary, 8},       {0xEF, Kind::Binary, 15},
        {0xF0, Kind::Binary, 16},      {0xF7, Kind::Reserved, 0},     {0xFF, Kind::Reserved, 0},
    };
    for (const auto &c : cases) {
        const LvarInfo info = decodeLvarLength(std::uint8_t(c.lvar));
        QCOMPARE(int(info.kind), int(c.kind));
        QCOMPARE(info.size, c.size);
    }
}

// LVAR text is sent last character first: 33 2E 36 2E 31 reads "1.6.3" (MBUS_FACTS 2.6).
void TestDataCoding::lvarText()
{
    MBUS_DECODE_OK(d, "0D FD 0E 05 332E362E31  0D 7A 00  02 5A 7902");
    QCOMPARE(d.count(), 3);
    QCOMPARE(int(d.record(0).kind), int(ValueKind::Text));
    QVERIFY(d.record(0).textReversed);
    QCOMPARE(int(d.record(0).dataSize), 5);
    QCOMPARE(int(d.record(0).dataOffset), test::recordByte(4));
    QCOMPARE(d.telegram.textOf(d.record(0)), QStringLiteral("1.6.3"));
    QCOMPARE(d.value(0), QStringLiteral("1.6.3"));
    QCOMPARE(d.quantity(0), QStringLiteral("Firmware version"));
    QCOMPARE(int(d.record(1).kind), int(ValueKind::Text));
    QCOMPARE(d.value(1), QString());
    QCOMPARE(d.value(2), QStringLiteral("63.3"));
}

// Numbers the record holds exactly are shown with every digit; bit fields are unsigned.
void TestDataCoding::exactIntegersAndBitFields()
{
    MBUS_DECODE_OK(d, "07 03 0100000000002000  0D 78 C9 999999999999999999  02 FD 17 0080");
    QCOMPARE(d.value(0), QStringLiteral("9007199254740993")); // 2^53 + 1 does not survive a double
    QCOMPARE(d.value(1), QStringLiteral("999999999999999999"));
    QCOMPARE(d.value(2), QStringLiteral("32768"));
}

// LVAR 0xD0..: negative BCD, whether or not the top nibble repeats the sign.
void TestDataCoding::negativeLvarBcdWithSignNibble()
{
    MBUS_DECODE_OK(d, "0D 13 D2 34F2  0D 13 D2 3412");
    QCOMPARE(d.value(0), QStringLiteral("-0.234"));
    QCOMPARE(d.value(1), QStringLiteral("-1.234"));
}

void TestDataCoding::lvarBcdAndBinary()
{
    MBUS_DECODE_OK(d, "0D 03 C3 563412  0D 03 D2 3412  0D 03 E2 3412  0D 13 C2 3412");
    QCOMPARE(d.count(), 4);
    QCOMPARE(qlonglong(d.record(0).rawInteger), 123456LL);
    QCOMPARE(d.value(0), QStringLiteral("123456"));
    QCOMPARE(qlonglong(d.record(1).rawInteger), -1234LL);
    QCOMPARE(d.value(1), QStringLiteral("-1234"));
    QCOMPARE(int(d.record(2).kind), int(ValueKind::Number));
    QCOMPARE(qlonglong(d.record(2).rawInteger), 0x1234LL);
    QCOMPARE(int(d.record(2).dataSize), 2);
    // The VIF scale applies to LVAR numbers too.
    QCOMPARE(d.value(3), QStringLiteral("1.234"));
}

// 0xF0: 16 bytes of binary, too long for a number; shown as hex, most significant byte first.
void TestDataCoding::lvarLongBinary()
{
    MBUS_DECODE_OK(d, "0D FD 3A F0 000102030405060708090A0B0C0D0E0F  02 5A 7902");
    QCOMPARE(d.count(), 2);
    const Record &r = d.record(0);
    QCOMPARE(int(r.kind), int(ValueKind::Bytes));
    QCOMPARE(int(r.dataSize), 16);
    QCOMPARE(int(r.dataOffset), test::recordByte(4));
    QCOMPARE(d.telegram.dataOf(r).toByteArray(), hex("000102030405060708090A0B0C0D0E0F"));
    QCOMPARE(d.value(0), QStringLiteral("0F 0E 0D 0C 0B 0A 09 08 07 06 05 04 03 02 01 00"));
    QCOMPARE(d.value(1), QStringLiteral("63.3"));
}

void TestDataCoding::lvarReserved_data()
{
    QTest::addColumn<int>("lvar");
    QTest::newRow("F7") << 0xF7;
    QTest::newRow("F8") << 0xF8;
    QTest::newRow("FA") << 0xFA;
    QTest::newRow("FB") << 0xFB;
    QTest::newRow("FF") << 0xFF;
}

void TestDataCoding::lvarReserved()
{
    QFETCH(int, lvar);

    QByteArray records = hex("02 5A 7902  0D 03");
    records.append(char(lvar));
    records.append(hex("0102030405060708"));
    const test::Decoded d = test::decodeRecords(records);
    QVERIFY(d.framed);
    QCOMPARE(d.error.code, ErrorCode::LvarReserved);
    QCOMPARE(d.error.offset, test::recordByte(6));
    QCOMPARE(d.error.actual, lvar);
    QCOMPARE(d.count(), 1);
}

void TestDataCoding::dataTruncated_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<int>("errorAt");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("actual");

    QTest::newRow("32 bit, 2 bytes left") << hex("02 5A 7902  04 03 0102") << 6 << 4 << 2;
    QTest::newRow("64 bit, none left") << hex("02 5A 7902  07 03") << 6 << 8 << 0;
    QTest::newRow("LVAR text longer than the frame") << hex("02 5A 7902  0D 03 08 4142") << 7 << 8 << 2;
    QTest::newRow("LVAR BCD longer than the frame") << hex("02 5A 7902  0D 03 C4 3412") << 7 << 4 << 2;
    QTest::newRow("LVAR length byte missing") << hex("02 5A 7902  0D 03") << 6 << 1 << 0;
}

void TestDataCoding::dataTruncated()
{
    QFETCH(QByteArray, records);
    QFETCH(int, errorAt);
    QFETCH(int, expected);
    QFETCH(int, actual);

    const test::Decoded d = test::decodeRecords(records);
    QVERIFY(d.framed);
    QCOMPARE(d.error.code, ErrorCode::DataTruncated);
    QCOMPARE(d.error.offset, test::recordByte(errorAt));
    QCOMPARE(d.error.expected, expected);
    QCOMPARE(d.error.actual, actual);
    QCOMPARE(d.count(), 1);
}

// CI 0x76: the header and every multi-byte value are sent MSB first (MBUS_FACTS 2.1, pyMeterBus
// date 23 12 = 2016-03-18).
void TestDataCoding::modeTwoMsbFirst()
{
    const test::Decoded d = test::decodeHex("04 03 0001E240  02 03 FFFE  0C 03 12345678  05 03 3FC00000  "
                                            "02 6C 2312  06 03 FFFFFFFFFFFE  02 5A 0279",
                                            link::CiField::VariableDataMsbFirst);
    QVERIFY(d.framed);
    QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
    QVERIFY(d.telegram.msbFirst);
    QCOMPARE(d.telegram.header.identificationText(), QStringLiteral("12345678"));
    QCOMPARE(manufacturerCode(d.telegram.header.manufacturer), QStringLiteral("PAD"));
    QCOMPARE(d.count(), 7);
    QCOMPARE(d.value(0), QStringLiteral("123456"));
    QCOMPARE(d.value(1), QStringLiteral("-2"));
    QCOMPARE(d.value(2), QStringLiteral("12345678"));
    QCOMPARE(d.value(3), QStringLiteral("1.5"));
    QCOMPARE(int(d.record(4).kind), int(ValueKind::DateTime));
    QCOMPARE(d.value(4), QStringLiteral("2016-03-18"));
    QCOMPARE(d.value(5), QStringLiteral("-2"));
    QCOMPARE(d.value(6), QStringLiteral("63.3"));
}

QTEST_GUILESS_MAIN(TestDataCoding)
#include "tst_data_coding.moc"
