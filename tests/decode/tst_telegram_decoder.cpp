// CI dispatch, data headers, the record sequence (index, fillers, manufacturer block, more
// records follow), positions and signatures, and the master requests decode shows as well.
#include "TelegramBuilder.h"

#include "decode/DataHeader.h"
#include "link/ControlField.h"

#include <QTest>

using namespace mbus;
using namespace mbus::decode;
using mbus::test::hex;

namespace {

struct Plain
{
    Error error;
    Telegram telegram;
};

Plain decodeFrame(std::uint8_t c, std::uint8_t a, std::uint8_t ci, const QByteArray &data)
{
    Plain result;
    const auto frame = link::parseFrame(link::encodeLongFrame(c, a, ci, data));
    result.error = frame ? decodeTelegram(frame.value(), result.telegram) : frame.error();
    return result;
}

} // namespace

class TestTelegramDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheLongHeader()
    {
        // pyMeterBus' WEPTECH header: ID 00000021, WEP (0x5CB0), version 2, room sensor, access 0x12.
        const Plain p = decodeFrame(0x08, 1, 0x72, hex("21000000 B05C 02 1B 12 14 3412"));
        QVERIFY(!p.error.isError());
        const DataHeader &h = p.telegram.header;
        QCOMPARE(h.form, DataHeader::Form::Long);
        QCOMPARE(h.identificationText(), QStringLiteral("00000021"));
        QCOMPARE(manufacturerCode(h.manufacturer), QStringLiteral("WEP"));
        QCOMPARE(int(h.version), 2);
        QCOMPARE(QByteArray(mediumName(h.medium)), QByteArray("Room sensor"));
        QCOMPARE(int(h.accessNumber), 0x12);
        QCOMPARE(int(h.status), 0x14);
        QCOMPARE(Status::describe(h.status), QStringLiteral("power low, temporary error"));
        QCOMPARE(int(h.signature), 0x1234);
        // Printed as libmbus/node-mbus do: ID digits, manufacturer bytes in wire order, version, medium.
        QCOMPARE(h.secondaryAddressText(), QStringLiteral("00000021B05C021B"));
        QCOMPARE(p.telegram.records.size(), std::size_t(0));
    }

    void manufacturerCodesBothWays_data()
    {
        QTest::addColumn<QString>("letters");
        QTest::addColumn<int>("code");
        QTest::newRow("WEP") << QStringLiteral("WEP") << 0x5CB0;
        QTest::newRow("PAD") << QStringLiteral("PAD") << 0x4024;
        QTest::newRow("ELV") << QStringLiteral("ELV") << 0x1596;
        QTest::newRow("REL") << QStringLiteral("REL") << 0x48AC;
    }

    void manufacturerCodesBothWays()
    {
        QFETCH(QString, letters);
        QFETCH(int, code);
        QCOMPARE(manufacturerCode(std::uint16_t(code)), letters);
        QCOMPARE(manufacturerId(letters), code);
        QCOMPARE(manufacturerId(QStringLiteral("A1B")), -1);
    }

    void modeTwoReadsMultiByteFieldsMsbFirst()
    {
        const test::Decoded d = test::decodeHex("04 06 00003039 02 6C 3C3F", link::CiField::VariableDataMsbFirst);
        QVERIFY(!d.error.isError());
        QCOMPARE(d.telegram.header.identificationText(), QStringLiteral("12345678"));
        QCOMPARE(manufacturerCode(d.telegram.header.manufacturer), QStringLiteral("PAD"));
        QCOMPARE(d.value(0), QStringLiteral("12345000"));
        QCOMPARE(d.value(1), QStringLiteral("2025-12-31"));
    }

    void shortAndNoHeader()
    {
        const Plain shortHeader = decodeFrame(0x08, 1, 0x7A, hex("2A 00 0000 0413 4E460500"));
        QVERIFY(!shortHeader.error.isError());
        QCOMPARE(shortHeader.telegram.header.form, DataHeader::Form::Short);
        QCOMPARE(int(shortHeader.telegram.header.accessNumber), 0x2A);
        QCOMPARE(shortHeader.telegram.records.size(), std::size_t(1));
        QCOMPARE(shortHeader.telegram.records[0].number, 345.678);

        const Plain none = decodeFrame(0x08, 1, 0x78, hex("0413 4E460500"));
        QVERIFY(!none.error.isError());
        QCOMPARE(none.telegram.header.form, DataHeader::Form::None);
        QCOMPARE(none.telegram.records[0].offset, std::uint16_t(7));
    }

    void fixedDataStructure()
    {
        // BCD counters (status bit 7 clear); medium water from the two high bit pairs; units litre
        // and "same but historic".
        const Plain p = decodeFrame(0x08, 1, 0x73, hex("78563412 0A 00 E97E 01000000 35010000"));
        QVERIFY2(!p.error.isError(), qPrintable(p.error.message()));
        QCOMPARE(p.telegram.kind, TelegramKind::FixedData);
        QCOMPARE(p.telegram.header.identificationText(), QStringLiteral("12345678"));
        QCOMPARE(int(p.telegram.header.medium), 0x07);
        QCOMPARE(p.telegram.records.size(), std::size_t(2));
        QCOMPARE(QByteArray(p.telegram.records[0].unit), QByteArray("m^3"));
        QCOMPARE(p.telegram.records[0].number, 0.001);
        QCOMPARE(p.telegram.records[1].number, 0.135);
        QCOMPARE(p.telegram.records[1].storage, std::uint64_t(1));
        // Binary counters, energy in kWh.
        const Plain binary = decodeFrame(0x08, 1, 0x73, hex("78563412 0A 80 0569 10000000 20000000"));
        QVERIFY(!binary.error.isError());
        QCOMPARE(binary.telegram.records[0].number, 16000.0);
        QCOMPARE(QByteArray(binary.telegram.records[0].unit), QByteArray("Wh"));
        QCOMPARE(binary.telegram.records[1].number, 0.032);
        // The counter's unit code is its signature (the value must not be), and the status byte
        // means what it means in a fixed structure.
        QCOMPARE(binary.telegram.signatureOf(binary.telegram.records[0]).toByteArray(), hex("05"));
        QCOMPARE(binary.telegram.signatureOf(binary.telegram.records[1]).toByteArray(), hex("69"));
        QCOMPARE(binary.telegram.header.statusText(), QStringLiteral("binary counters, actual values"));
        QCOMPARE(binary.telegram.header.mediumText(), QStringLiteral("Heat"));
        const Plain truncated = decodeFrame(0x08, 1, 0x73, hex("78563412 0A 80 0529 1000"));
        QCOMPARE(truncated.error.code, ErrorCode::FixedDataTruncated);
    }

    void applicationErrorAndAlarm()
    {
        const Plain busy = decodeFrame(0x08, 1, 0x70, hex("08"));
        QVERIFY(!busy.error.isError());
        QCOMPARE(busy.telegram.kind, TelegramKind::ApplicationError);
        QCOMPARE(busy.telegram.applicationError, 8);
        QCOMPARE(QByteArray(applicationErrorText(8)), QByteArray("application busy"));
        QCOMPARE(decodeFrame(0x08, 1, 0x70, {}).telegram.applicationError, 0);
        const Plain alarm = decodeFrame(0x08, 1, 0x71, hex("05"));
        QCOMPARE(alarm.telegram.kind, TelegramKind::Alarm);
        QCOMPARE(alarm.telegram.alarmStatus, 5);
    }

    void indexCountsManufacturerBlockButNotFillers()
    {
        const test::Decoded d = test::decodeHex("2F 0413 01000000 2F 2F 02FD17 0000 0F 0102 03");
        QVERIFY(!d.error.isError());
        QCOMPARE(d.count(), 3);
        QCOMPARE(QByteArray(d.record(0).quantity), QByteArray("Volume"));
        QCOMPARE(QByteArray(d.record(1).quantity), QByteArray("Error flags"));
        QCOMPARE(d.record(2).function, RecordFunction::ManufacturerSpecific);
        QCOMPARE(d.value(2), QStringLiteral("01 02 03"));
        QVERIFY(!d.telegram.moreRecordsFollow);
        QCOMPARE(d.telegram.manufacturerData().toByteArray(), hex("010203"));
    }

    void moreRecordsFollow()
    {
        const test::Decoded d = test::decodeHex("0413 01000000 1F");
        QVERIFY(d.telegram.moreRecordsFollow);
        QCOMPARE(d.count(), 2);
        QCOMPARE(d.record(1).function, RecordFunction::MoreRecordsFollow);
        QCOMPARE(d.record(1).kind, ValueKind::None);
    }

    void keepsPositionsRawBytesAndSignature()
    {
        const test::Decoded d = test::decodeHex("2F 8440 FD 48 01000000 0C 13 78563412");
        QVERIFY(!d.error.isError());
        const Record &voltage = d.record(0);
        QCOMPARE(int(voltage.offset), test::FirstRecordOffset + 1);
        QCOMPARE(int(voltage.size), 8);
        QCOMPARE(int(voltage.dataOffset), test::FirstRecordOffset + 5);
        QCOMPARE(d.telegram.signatureOf(voltage).toByteArray(), hex("8440FD48"));
        QCOMPARE(d.telegram.bytes(voltage.offset, voltage.size).toByteArray(), hex("8440FD4801000000"));
        QCOMPARE(d.telegram.signatureOf(d.record(1)).toByteArray(), hex("0C13"));
    }

    void errorsKeepTheRecordsBefore()
    {
        const test::Decoded d = test::decodeHex("0413 01000000 0413 0100");
        QCOMPARE(d.error.code, ErrorCode::DataTruncated);
        QCOMPARE(d.error.offset, test::FirstRecordOffset + 8);
        QCOMPARE(d.count(), 1);
    }

    void rejectsReservedDifAndUnknownCi()
    {
        QCOMPARE(test::decodeHex("3F 0413").error.code, ErrorCode::ReservedDif);
        const Plain unknown = decodeFrame(0x08, 1, 0x99, hex("00"));
        QCOMPARE(unknown.error.code, ErrorCode::UnsupportedCi);
        QCOMPARE(unknown.error.offset, 6);
        const Plain shortHeader = decodeFrame(0x08, 1, 0x72, hex("78563412 2440"));
        QCOMPARE(shortHeader.error.code, ErrorCode::HeaderTruncated);
        QCOMPARE(shortHeader.error.expected, 12);
    }

    void decodesMasterRequests()
    {
        // F&F LE-03MB: select 12345678 with wildcards, then set primary address 1 through 253.
        const Plain select = decodeFrame(0x73, 0xFD, 0x52, hex("78563412 FFFF FF FF"));
        QVERIFY(!select.error.isError());
        QCOMPARE(select.telegram.kind, TelegramKind::Selection);
        QCOMPARE(select.telegram.header.secondaryAddressText(), QStringLiteral("12345678FFFFFFFF"));
        const Plain setAddress = decodeFrame(0x53, 0xFD, 0x51, hex("01 7A 01"));
        QCOMPARE(setAddress.telegram.kind, TelegramKind::DataSend);
        QCOMPARE(QByteArray(setAddress.telegram.records[0].quantity), QByteArray("Bus address"));
        QCOMPARE(setAddress.telegram.records[0].number, 1.0);
        const Plain reset = decodeFrame(0x53, 1, 0x50, hex("50"));
        QCOMPARE(reset.telegram.applicationResetSubcode, 0x50);
        const Plain baud = decodeFrame(0x53, 1, 0xBD, {});
        QCOMPARE(baud.telegram.kind, TelegramKind::BaudRateSwitch);
    }

    void globalReadoutIsNoErrorRecord()
    {
        const Plain p = decodeFrame(0x53, 1, 0x51, hex("7F"));
        QVERIFY(!p.error.isError());
        QCOMPARE(p.telegram.records[0].function, RecordFunction::Instantaneous);
        QCOMPARE(p.telegram.records[0].storage, std::uint64_t(0));
    }

    void escapesControlCharactersInAPlainTextUnit()
    {
        const test::Decoded d = test::decodeHex("02 7C 04 4A 32 5B 1B 05 00");
        QVERIFY(!d.error.isError());
        QCOMPARE(d.unit(0), QStringLiteral("\\x1b[2J"));
    }

    void linkFramesHaveNoUserData()
    {
        const auto frame = link::parseFrame(hex("105B015C16"));
        Telegram telegram;
        QCOMPARE(decodeTelegram(frame.value(), telegram).code, ErrorCode::NoUserData);
    }

    void reusesRecordStorage()
    {
        const auto frame = link::parseFrame(test::responseFrame(hex("0413 01000000 0413 02000000")));
        Telegram telegram;
        QVERIFY(!decodeTelegram(frame.value(), telegram).isError());
        const Record *storage = telegram.records.data();
        QVERIFY(!decodeTelegram(frame.value(), telegram).isError());
        QCOMPARE(telegram.records.data(), storage);
        QCOMPARE(telegram.records.size(), std::size_t(2));
    }
};

QTEST_APPLESS_MAIN(TestTelegramDecoder)
#include "tst_telegram_decoder.moc"
