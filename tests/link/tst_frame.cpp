// EN 13757-2 frames: encoding, checksum and every validity check with its byte offset.
#include "link/CiField.h"
#include "link/ControlField.h"
#include "link/Frame.h"

#include <QTest>

using namespace mbus;
using namespace mbus::link;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

} // namespace

class TestFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesShortFrames()
    {
        // REQ_UD2 with FCB to address 5 and SND_NKE to 255 as printed in public manuals.
        QCOMPARE(encodeShortFrame(ControlField::ReqUd2Fcb, 5), hex("10 7B 05 80 16"));
        QCOMPARE(encodeShortFrame(ControlField::SndNke, 0xFF), hex("10 40 FF 3F 16"));
    }

    void encodesLongAndControlFrames()
    {
        // m-bus.com example: set primary address to 8 through broadcast 254.
        QCOMPARE(encodeLongFrame(ControlField::SndUd, 0xFE, CiField::DataSend, hex("01 7A 08")),
                 hex("68 06 06 68 53 FE 51 01 7A 08 25 16"));
        QCOMPARE(encodeLongFrame(ControlField::SndUd, 1, CiField::BaudRate9600), hex("68 03 03 68 53 01 BD 11 16"));
        QCOMPARE(encodeAck(), hex("E5"));
    }

    void encodesAtMostTheLargestUserData()
    {
        const QByteArray frame = encodeLongFrame(0x08, 1, 0x72, QByteArray(252, '\x01'));
        QCOMPARE(frame.size(), 255 + LongFrameOverhead);
        QCOMPARE(std::uint8_t(frame[1]), std::uint8_t(255));
        QVERIFY(parseFrame(frame).ok());
        QVERIFY(encodeLongFrame(0x08, 1, 0x72, QByteArray(253, '\x01')).isEmpty()); // never cut silently
    }

    void checksumIsEightBitSum()
    {
        const std::uint8_t bytes[] = {0xFF, 0x02, 0x10};
        QCOMPARE(checksum(bytes, 3), std::uint8_t(0x11));
    }

    void parsesEveryFrameType_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("c");
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("ci");
        QTest::newRow("ack") << hex("E5") << int(FrameType::Ack) << 0 << 0 << 0;
        QTest::newRow("short") << hex("10 5B 01 5C 16") << int(FrameType::Short) << 0x5B << 1 << 0;
        QTest::newRow("control") << hex("68 03 03 68 53 01 BD 11 16") << int(FrameType::Control) << 0x53 << 1 << 0xBD;
        QTest::newRow("long") << hex("68 04 04 68 08 01 70 08 81 16") << int(FrameType::Long) << 0x08 << 1 << 0x70;
    }

    void parsesEveryFrameType()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, type);
        QFETCH(int, c);
        QFETCH(int, a);
        QFETCH(int, ci);
        const Result<Frame> frame = parseFrame(bytes);
        QVERIFY2(frame.ok(), qPrintable(frame.error().message()));
        QCOMPARE(int(frame.value().type), type);
        QCOMPARE(int(frame.value().c), c);
        QCOMPARE(int(frame.value().a), a);
        QCOMPARE(int(frame.value().ci), ci);
        QCOMPARE(frame.value().raw, bytes);
    }

    void userDataIsWhatFollowsCi()
    {
        const Result<Frame> frame = parseFrame(hex("68 06 06 68 53 FE 51 01 7A 08 25 16"));
        QVERIFY(frame.ok());
        QCOMPARE(frame.value().userData().toByteArray(), hex("01 7A 08"));
        QVERIFY(parseFrame(hex("10 5B 01 5C 16")).value().userData().isEmpty());
    }

    // Each check of EN 13757-2 is its own error value and names the byte where it failed.
    void reportsEachCheckWithItsOffset_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("offset");
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::EmptyInput) << 0;
        QTest::newRow("start byte") << hex("FF 10 5B") << int(ErrorCode::UnknownStartByte) << 0;
        QTest::newRow("L below 3") << hex("68 02 02 68 08 01 09 16") << int(ErrorCode::LengthOutOfRange) << 1;
        QTest::newRow("L repeated differs") << hex("68 04 05 68 08 01 70 08 81 16") << int(ErrorCode::LengthMismatch) << 2;
        QTest::newRow("second 68") << hex("68 04 04 69 08 01 70 08 81 16") << int(ErrorCode::SecondStartByteMissing) << 3;
        QTest::newRow("shorter than L+6") << hex("68 04 04 68 08 01 70 08 81") << int(ErrorCode::Truncated) << 9;
        QTest::newRow("longer than L+6") << hex("68 04 04 68 08 01 70 08 81 16 00") << int(ErrorCode::TrailingBytes) << 10;
        QTest::newRow("long checksum") << hex("68 04 04 68 08 01 70 08 82 16") << int(ErrorCode::ChecksumMismatch) << 8;
        QTest::newRow("long stop") << hex("68 04 04 68 08 01 70 08 81 17") << int(ErrorCode::StopByteMissing) << 9;
        QTest::newRow("short checksum") << hex("10 5B 01 5D 16") << int(ErrorCode::ChecksumMismatch) << 3;
        QTest::newRow("short stop") << hex("10 5B 01 5C 00") << int(ErrorCode::StopByteMissing) << 4;
        QTest::newRow("short truncated") << hex("10 5B 01") << int(ErrorCode::Truncated) << 3;
    }

    void reportsEachCheckWithItsOffset()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(int, offset);
        const Result<Frame> frame = parseFrame(bytes);
        QVERIFY(!frame.ok());
        QCOMPARE(int(frame.error().code), code);
        QCOMPARE(frame.error().offset, offset);
        QVERIFY(!frame.error().message().isEmpty());
    }

    void checksumMessageNamesBothBytes()
    {
        const Error error = parseFrame(hex("68 04 04 68 08 01 70 08 82 16")).error();
        QCOMPARE(error.message(), QStringLiteral("Checksum error: expected 0x81, found 0x82 (at byte 8)"));
        QCOMPARE(QByteArray(error.codeName()), QByteArray("checksum_mismatch"));
    }

    void controlFieldHelpers()
    {
        QCOMPARE(QByteArray(ControlField::functionName(0x7B)), QByteArray("REQ_UD2"));
        QCOMPARE(QByteArray(ControlField::functionName(0x40)), QByteArray("SND_NKE"));
        QCOMPARE(QByteArray(ControlField::functionName(0x73)), QByteArray("SND_UD"));
        QCOMPARE(QByteArray(ControlField::functionName(0x5A)), QByteArray("REQ_UD1"));
        QCOMPARE(QByteArray(ControlField::functionName(0x38)), QByteArray("RSP_UD"));
        QVERIFY(!ControlField::functionName(0x4F));
        QVERIFY(ControlField::fcb(0x7B) && ControlField::fcv(0x7B));
        QVERIFY(!ControlField::fcb(0x5B) && ControlField::fcv(0x5B));
        QVERIFY(!ControlField::fcv(0x40));
        QVERIFY(ControlField::acd(0x28) && !ControlField::dfc(0x28));
        QVERIFY(ControlField::dfc(0x18) && !ControlField::acd(0x18));
        QVERIFY(ControlField::isRspUd(0x08) && ControlField::isRspUd(0x38) && !ControlField::isRspUd(0x5B));
        QCOMPARE(ControlField::withFcb(ControlField::ReqUd2, true), ControlField::ReqUd2Fcb);
        QCOMPARE(ControlField::withFcb(ControlField::ReqUd2Fcb, false), ControlField::ReqUd2);
        QVERIFY(Address::isPrimary(0) && Address::isPrimary(250) && !Address::isPrimary(251));
        QVERIFY(Address::isConfiguredPrimary(1) && !Address::isConfiguredPrimary(0));
    }

    void ciFieldHelpers()
    {
        QCOMPARE(CiField::baudRateOf(0xB8), 300);
        QCOMPARE(CiField::baudRateOf(0xBB), 2400);
        QCOMPARE(CiField::baudRateOf(0xBF), 38400);
        QCOMPARE(CiField::baudRateOf(0x72), 0);
        QCOMPARE(CiField::baudRateSwitchFor(9600), std::uint8_t(0xBD));
        QCOMPARE(CiField::baudRateSwitchFor(1234), std::uint8_t(0));
        QCOMPARE(QByteArray(CiField::name(0x72)), QByteArray("variable data response"));
        QVERIFY(!CiField::name(0x99));
    }
};

QTEST_APPLESS_MAIN(TestFrame)
#include "tst_frame.moc"
