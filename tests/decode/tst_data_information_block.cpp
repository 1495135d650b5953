// DIF and DIFE (MBUS_FACTS 2.6): function bits, storage number LSB, the composition of storage
// number, tariff and subunit over up to ten DIFEs, and the errors of a DIB that runs too long or
// ends early. Every record sits in a hand-built RSP_UD and goes through the whole decoder.
#include "TelegramBuilder.h"

#include "decode/DataInformationBlock.h"

#include <QTest>

using namespace mbus;
using namespace mbus::decode;
using mbus::test::hex;

class TestDataInformationBlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void functionField_data();
    void functionField();
    void storageLsb();
    void difeComposition_data();
    void difeComposition();
    void tenDifesFillEveryBit();
    void elevenDifesAreTooMany();
    void difeMissingAtEnd_data();
    void difeMissingAtEnd();
    void recordPosition();
    void specialDifs();
    void reservedSpecialDif();
};

// DIF bits 5..4: 00 instantaneous, 01 maximum, 10 minimum, 11 value during error state.
void TestDataInformationBlock::functionField_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<int>("function");
    QTest::addColumn<QString>("name");

    // VIF 0x13: volume in litres; 12345 l = 12.345 m^3.
    QTest::newRow("instantaneous 0x04") << hex("04 13 39300000") << int(RecordFunction::Instantaneous)
                                        << "instantaneous";
    QTest::newRow("maximum 0x14") << hex("14 13 39300000") << int(RecordFunction::Maximum) << "maximum";
    QTest::newRow("minimum 0x24") << hex("24 13 39300000") << int(RecordFunction::Minimum) << "minimum";
    QTest::newRow("error state 0x34") << hex("34 13 39300000") << int(RecordFunction::Error) << "error";
}

void TestDataInformationBlock::functionField()
{
    QFETCH(QByteArray, records);
    QFETCH(int, function);
    QFETCH(QString, name);

    const test::Decoded d = test::decodeRecords(records);
    QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
    QCOMPARE(d.count(), 1);
    const Record &r = d.record(0);
    QCOMPARE(int(r.function), function);
    QCOMPARE(QString::fromLatin1(functionName(r.function)), name);
    QVERIFY(r.isDataRecord());
    // The function bits change nothing else: same data field, value and storage 0.
    QCOMPARE(int(r.dataField), 0x4);
    QCOMPARE(r.storage, std::uint64_t(0));
    QCOMPARE(r.difeCount, std::uint8_t(0));
    QCOMPARE(d.value(0), QStringLiteral("12.345"));
    QCOMPARE(d.unit(0), QStringLiteral("m^3"));
}

// DIF bit 6 is the least significant bit of the storage number.
void TestDataInformationBlock::storageLsb()
{
    MBUS_DECODE_OK(d, "04 13 01000000  44 13 02000000  54 13 03000000");
    QCOMPARE(d.count(), 3);
    QCOMPARE(d.record(0).storage, std::uint64_t(0));
    QCOMPARE(d.record(1).storage, std::uint64_t(1));
    QCOMPARE(int(d.record(1).function), int(RecordFunction::Instantaneous));
    QCOMPARE(d.record(2).storage, std::uint64_t(1));
    QCOMPARE(int(d.record(2).function), int(RecordFunction::Maximum));
    QCOMPARE(d.value(1), QStringLiteral("0.002"));
}

// DIFE: bit 6 subunit, bits 5..4 tariff, bits 3..0 storage. Storage = DIF bit 6 + 4 bits per DIFE
// above it, tariff 2 bits and subunit 1 bit per DIFE, the first DIFE the least significant.
void TestDataInformationBlock::difeComposition_data()
{
    QTest::addColumn<QByteArray>("dib");
    QTest::addColumn<int>("difeCount");
    QTest::addColumn<qulonglong>("storage");
    QTest::addColumn<uint>("tariff");
    QTest::addColumn<uint>("subunit");

    QTest::newRow("1 DIFE storage") << hex("84 01") << 1 << 2ULL << 0U << 0U;
    QTest::newRow("1 DIFE storage + DIF lsb") << hex("C4 01") << 1 << 3ULL << 0U << 0U;
    QTest::newRow("1 DIFE tariff 1") << hex("84 10") << 1 << 0ULL << 1U << 0U;
    QTest::newRow("1 DIFE tariff 2") << hex("84 20") << 1 << 0ULL << 2U << 0U;
    QTest::newRow("1 DIFE subunit") << hex("84 40") << 1 << 0ULL << 0U << 1U;
    QTest::newRow("1 DIFE all bits") << hex("C4 7F") << 1 << 31ULL << 3U << 1U;
    // 1 + 3<<1 + 2<<5; tariff 1<<2; subunit 1<<1.
    QTest::newRow("2 DIFEs") << hex("C4 83 52") << 2 << 71ULL << 4U << 2U;
    // The first DIFE only extends: everything sits in the second one.
    QTest::newRow("2 DIFEs, first empty") << hex("84 80 7F") << 2 << 480ULL << 12U << 2U;
    QTest::newRow("2 DIFEs, second empty") << hex("84 FF 00") << 2 << 30ULL << 3U << 1U;
}

void TestDataInformationBlock::difeComposition()
{
    QFETCH(QByteArray, dib);
    QFETCH(int, difeCount);
    QFETCH(qulonglong, storage);
    QFETCH(uint, tariff);
    QFETCH(uint, subunit);

    // VIF 0x03 (energy, Wh), 4-byte integer 1000.
    const test::Decoded d = test::decodeRecords(dib + hex("03 E8030000"));
    QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
    QCOMPARE(d.count(), 1);
    const Record &r = d.record(0);
    QCOMPARE(int(r.difeCount), difeCount);
    QCOMPARE(qulonglong(r.storage), storage);
    QCOMPARE(uint(r.tariff), tariff);
    QCOMPARE(uint(r.subunit), subunit);
    QCOMPARE(int(r.dataField), 0x4);
    QCOMPARE(int(r.vibOffset), test::recordByte(1 + difeCount));
    QCOMPARE(d.value(0), QStringLiteral("1000"));
    QCOMPARE(d.unit(0), QStringLiteral("Wh"));
}

// pyMeterBus dib10 (MBUS_FACTS 2.6): DA FF x9 7F -> storage 2^41-1, tariff 2^20-1, subunit 2^10-1.
void TestDataInformationBlock::tenDifesFillEveryBit()
{
    // DIF 0xDA: extension, storage LSB, maximum, 4-digit BCD; VIF 0x13; BCD 1234.
    MBUS_DECODE_OK(d, "DA FFFFFFFFFFFFFFFFFF 7F 13 3412  01 FD 17 00");
    QCOMPARE(d.count(), 2);
    const Record &r = d.record(0);
    QCOMPARE(int(r.difeCount), MaxDifes);
    QCOMPARE(qulonglong(r.storage), (1ULL << 41) - 1);
    QCOMPARE(uint(r.tariff), (1U << 20) - 1);
    QCOMPARE(uint(r.subunit), (1U << 10) - 1);
    QCOMPARE(int(r.function), int(RecordFunction::Maximum));
    QCOMPARE(int(r.dataField), 0xA);
    QCOMPARE(d.value(0), QStringLiteral("1.234"));
    // The record after it starts where the DIB, VIF and two BCD bytes end.
    QCOMPARE(int(d.record(1).offset), test::recordByte(1 + 10 + 1 + 2));
    QCOMPARE(QString::fromUtf8(d.record(1).quantity), QStringLiteral("Error flags"));
}

// EN 13757-3 allows ten DIFEs; an eleventh is an error at its own offset (CI 0x70 code 05 says the
// same from the slave side, MBUS_FACTS 2.7.4).
void TestDataInformationBlock::elevenDifesAreTooMany()
{
    const test::Decoded d = test::decodeHex("04 13 01000000  DA FFFFFFFFFFFFFFFFFFFF 7F 13 3412");
    QVERIFY(d.framed);
    QCOMPARE(d.error.code, ErrorCode::TooManyDifes);
    // Record 1 starts at byte 6 of the records; its eleventh DIFE is 1 + 10 bytes further.
    QCOMPARE(d.error.offset, test::recordByte(6 + 1 + 10));
    QCOMPARE(d.error.expected, MaxDifes);
    // What came before the failing record is kept; the half-read record is not.
    QCOMPARE(d.count(), 1);
    QCOMPARE(d.value(0), QStringLiteral("0.001"));
}

void TestDataInformationBlock::difeMissingAtEnd_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<int>("errorAt"); // index into the records

    QTest::newRow("DIF with extension bit, nothing after") << hex("04 13 01000000  84") << 7;
    QTest::newRow("DIFE with extension bit, nothing after") << hex("04 13 01000000  84 80") << 8;
    QTest::newRow("nine DIFEs, the last one extends") << hex("04 13 01000000  84 818181818181818181") << 16;
}

void TestDataInformationBlock::difeMissingAtEnd()
{
    QFETCH(QByteArray, records);
    QFETCH(int, errorAt);

    const test::Decoded d = test::decodeRecords(records);
    QVERIFY(d.framed);
    QCOMPARE(d.error.code, ErrorCode::DifeTruncated);
    QCOMPARE(d.error.offset, test::recordByte(errorAt));
    QCOMPARE(d.count(), 1);
}

// Where a record's parts sit in the frame: the binding and the hex view rely on these offsets.
void TestDataInformationBlock::recordPosition()
{
    MBUS_DECODE_OK(d, "02 5A 7902  C4 83 52 03 E8030000");
    QCOMPARE(d.count(), 2);
    const Record &r = d.record(1);
    QCOMPARE(int(r.offset), test::recordByte(4));
    QCOMPARE(int(r.vibOffset), test::recordByte(7));
    QCOMPARE(int(r.vibSize), 1);
    QCOMPARE(int(r.dataOffset), test::recordByte(8));
    QCOMPARE(int(r.dataSize), 4);
    QCOMPARE(int(r.size), 3 + 1 + 4);
    QCOMPARE(d.telegram.signatureOf(r).toByteArray(), hex("C4 83 52 03"));
    QCOMPARE(d.telegram.dataOf(r).toByteArray(), hex("E8030000"));
}

// DIF 0x2F is an idle filler; 0x0F and 0x1F end the records (MBUS_FACTS 2.6, 2.8).
void TestDataInformationBlock::specialDifs()
{
    {
        MBUS_DECODE_OK(d, "2F 2F 02 5A 7902 2F 0F 01 02 03");
        QCOMPARE(d.count(), 2);
        QCOMPARE(d.value(0), QStringLiteral("63.3"));
        QCOMPARE(int(d.record(1).function), int(RecordFunction::ManufacturerSpecific));
        QVERIFY(!d.record(1).isDataRecord());
        QVERIFY(!d.telegram.moreRecordsFollow);
        QCOMPARE(d.telegram.manufacturerDataOffset, test::recordByte(8));
        QCOMPARE(d.telegram.manufacturerData().toByteArray(), hex("01 02 03"));
    }
    {
        MBUS_DECODE_OK(d, "02 5A 7902 1F");
        QCOMPARE(d.count(), 2);
        QCOMPARE(int(d.record(1).function), int(RecordFunction::MoreRecordsFollow));
        QVERIFY(d.telegram.moreRecordsFollow);
        QVERIFY(d.telegram.manufacturerData().isEmpty());
    }
}

// Data field 0xF with function bits other than 0x0F/0x1F/0x2F/0x7F is reserved.
void TestDataInformationBlock::reservedSpecialDif()
{
    const test::Decoded d = test::decodeHex("02 5A 7902 3F 13 00");
    QVERIFY(d.framed);
    QCOMPARE(d.error.code, ErrorCode::ReservedDif);
    QCOMPARE(d.error.offset, test::recordByte(4));
    QCOMPARE(d.error.actual, 0x3F);
    QCOMPARE(d.count(), 1);
}

QTEST_GUILESS_MAIN(TestDataInformationBlock)
#include "tst_data_information_block.moc"
