// What an answer amounts to (MBUS_FACTS 1.6): timeout, checksum error, framing error, collision
// (garbage, E5 followed by bytes, several frames), unexpected frame; echo and noise tolerated.
#include "bus/AnswerCollector.h"
#include "link/MasterRequests.h"

#include <QTest>

using namespace mbus;
using namespace mbus::bus;
namespace Requests = mbus::link::MasterRequests;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

const QByteArray answerFrom5 = link::encodeLongFrame(0x08, 5, 0x72, hex("78563412 2D2C 01 04 2A 00 0000 0413 01000000"));

BusErrorCode verdict(const QByteArray &request, const QList<QByteArray> &chunks, Expect expect, std::uint8_t address)
{
    AnswerCollector collector(request);
    for (const QByteArray &chunk : chunks)
        collector.feed(chunk);
    collector.endOfInput();
    return collector.classify(expect, address).code;
}

} // namespace

class TestAnswerCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<int>("expect");
        QTest::addColumn<int>("code");
        const int ack = int(Expect::Ack);
        const int data = int(Expect::UserData);
        QByteArray corrupt = answerFrom5;
        corrupt[corrupt.size() - 2] = char(corrupt[corrupt.size() - 2] ^ 0x10);
        QTest::newRow("nothing") << QList<QByteArray>{} << data << int(BusErrorCode::Timeout);
        QTest::newRow("answer in pieces") << QList<QByteArray>{answerFrom5.left(7), answerFrom5.mid(7)} << data
                                          << int(BusErrorCode::None);
        QTest::newRow("noise around answer") << QList<QByteArray>{hex("FF FF") + answerFrom5 + hex("00")} << data
                                             << int(BusErrorCode::None);
        QTest::newRow("checksum") << QList<QByteArray>{corrupt} << data << int(BusErrorCode::ChecksumError);
        QTest::newRow("cut short") << QList<QByteArray>{answerFrom5.left(20)} << data << int(BusErrorCode::FramingError);
        QTest::newRow("garbage only") << QList<QByteArray>{hex("FF 3C 00 7E")} << data << int(BusErrorCode::Collision);
        QTest::newRow("two answers") << QList<QByteArray>{answerFrom5 + answerFrom5} << data << int(BusErrorCode::Collision);
        QTest::newRow("E5 then bytes") << QList<QByteArray>{hex("E5 3C 7E")} << ack << int(BusErrorCode::Collision);
        QTest::newRow("two E5") << QList<QByteArray>{hex("E5"), hex("E5")} << ack << int(BusErrorCode::Collision);
        QTest::newRow("stray start byte, then E5") << QList<QByteArray>{hex("10 E5")} << ack << int(BusErrorCode::None);
        QTest::newRow("E5 for REQ_UD2") << QList<QByteArray>{hex("E5")} << data << int(BusErrorCode::UnexpectedFrame);
        QTest::newRow("RSP_UD for SND_NKE") << QList<QByteArray>{answerFrom5} << ack << int(BusErrorCode::UnexpectedFrame);
    }

    void classifies()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(int, expect);
        QFETCH(int, code);
        QCOMPARE(int(verdict(Requests::reqUd2(5, true), chunks, Expect(expect), 5)), code);
    }

    void dropsTheEchoOfTheRequest()
    {
        const QByteArray request = Requests::reqUd2(5, true);
        AnswerCollector collector(request);
        collector.feed(request + answerFrom5);
        QCOMPARE(collector.echoes(), 1);
        QCOMPARE(collector.frames().size(), 1);
        QVERIFY(!collector.classify(Expect::UserData, 5).isError());
    }

    void answersFromAnotherAddressAreUnexpected()
    {
        QCOMPARE(verdict(Requests::reqUd2(6, true), {answerFrom5}, Expect::UserData, 6), BusErrorCode::UnexpectedFrame);
        // 253 and 254: the slave answers with its own primary address.
        QCOMPARE(verdict(Requests::reqUd2(253, true), {answerFrom5}, Expect::UserData, 253), BusErrorCode::None);
    }

    void namesErrorsAsTheUserReadsThem()
    {
        QCOMPARE(BusError::of(BusErrorCode::Timeout).text(), QStringLiteral("Timeout"));
        QCOMPARE(BusError::of(BusErrorCode::ChecksumError).text(), QStringLiteral("Checksum error"));
        QCOMPARE(BusError::of(BusErrorCode::PortError, QStringLiteral("/dev/ttyUSB0: No such file")).text(),
                 QStringLiteral("Port error: /dev/ttyUSB0: No such file"));
        QCOMPARE(QByteArray(errorCodeName(BusErrorCode::ConnectionLost)), QByteArray("connection_lost"));
    }
};

QTEST_APPLESS_MAIN(TestAnswerCollector)
#include "tst_answer_collector.moc"
