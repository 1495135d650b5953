// Traffic log annotations: frames named in M-Bus words, chunks cut into frames (an answer split
// over several reads, several frames in one read), noise, broken and cut-short frames, echoes.
#include "TelegramBuilder.h"
#include "link/MasterRequests.h"
#include "frametext/TrafficAnnotation.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mbus;
using namespace mbus::frametext;
using Kind = TrafficItem::Kind;

namespace {

// RSP_UD from address 5: header ID 12345678, PAD, version 1, heat, access 0x2A; one record
// (DIF 04 VIF 06: energy, 4-byte integer).
QByteArray response()
{
    return test::responseFrame(test::hex("0406 39300000"));
}

} // namespace

class TestTrafficAnnotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesMasterRequests()
    {
        TrafficAnnotator a;
        const auto fcb1 = a.feed(true, link::MasterRequests::reqUd2(5, true));
        QCOMPARE(fcb1.size(), 1);
        QCOMPARE(fcb1[0].annotation, QStringLiteral("REQ_UD2 FCB=1 → 5"));
        QCOMPARE(fcb1[0].address, 5);
        QVERIFY(fcb1[0].outgoing);
        QCOMPARE(a.feed(true, test::hex("10 5B 05 60 16"))[0].annotation, QStringLiteral("REQ_UD2 FCB=0 → 5"));
        QCOMPARE(a.feed(true, link::MasterRequests::sndNke(254))[0].annotation, QStringLiteral("SND_NKE → 254"));
        QCOMPARE(a.feed(true, link::encodeShortFrame(0x4B, 7))[0].annotation, QStringLiteral("REQ_UD2 FCV=0 → 7"));
    }

    void namesSelectionAndBaudRateSwitch()
    {
        link::SecondaryAddress mask;
        mask.identification = 0x12345678;
        const auto select = TrafficAnnotator().feed(true, link::MasterRequests::selectSecondary(mask));
        QCOMPARE(select[0].annotation, QStringLiteral("SND_UD FCB=0 → 253 CI 52 select 12345678FFFFFFFF"));
        const auto baud = TrafficAnnotator().feed(true, link::MasterRequests::switchBaudRate(3, 9600));
        QCOMPARE(baud[0].annotation, QStringLiteral("SND_UD FCB=0 → 3 CI BD switch to 9600 Bd"));
    }

    void namesAResponseWithItsHeader()
    {
        TrafficAnnotator a;
        a.feed(true, link::MasterRequests::reqUd2(5, true));
        const auto items = a.feed(false, response());
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].kind, Kind::Frame);
        QVERIFY(!items[0].outgoing);
        QCOMPARE(items[0].address, 5);
        QVERIFY(!items[0].addressFromRequest);
        QCOMPARE(items[0].annotation, QStringLiteral("RSP_UD 5 CI 72 id 12345678 PAD v1 Heat (outlet), access 42, 1 record"));
    }

    void acknowledgeBelongsToTheRequest()
    {
        TrafficAnnotator a;
        a.feed(true, link::MasterRequests::sndNke(9));
        const auto items = a.feed(false, test::hex("E5"));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].annotation, QStringLiteral("E5 (ACK)"));
        QCOMPARE(items[0].address, 9);
        QVERIFY(items[0].addressFromRequest);
    }

    void reassemblesAnAnswerSplitOverReads()
    {
        TrafficAnnotator a;
        a.feed(true, link::MasterRequests::reqUd2(5, true));
        const QByteArray frame = response();
        QVERIFY(a.feed(false, frame.left(3)).isEmpty());
        QVERIFY(a.feed(false, frame.mid(3, 10)).isEmpty());
        QCOMPARE(a.pendingBytes(), 13);
        const auto items = a.feed(false, frame.mid(13));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].bytes, frame);
        QCOMPARE(a.pendingBytes(), 0);
    }

    void cutsSeveralFramesAndNoiseOutOfOneRead()
    {
        TrafficAnnotator a;
        a.feed(true, link::MasterRequests::sndNke(254));
        const auto items = a.feed(false, test::hex("FF FF E5 E5"));
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].kind, Kind::Garbage);
        QCOMPARE(items[0].bytes, test::hex("FFFF"));
        QCOMPARE(items[0].annotation, QStringLiteral("garbled 2 bytes"));
        QCOMPARE(items[1].annotation, QStringLiteral("E5 (ACK)"));
        QCOMPARE(items[2].annotation, QStringLiteral("E5 (ACK)"));
    }

    void reportsABrokenFrameWhole()
    {
        QByteArray frame = response();
        frame[frame.size() - 2] = char(frame.at(frame.size() - 2) + 1);
        const auto items = TrafficAnnotator().feed(false, frame);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].kind, Kind::Broken);
        QCOMPARE(items[0].bytes, frame);
        QVERIFY2(items[0].annotation.startsWith(QStringLiteral("broken frame: ")), qPrintable(items[0].annotation));
    }

    void nextRequestEndsACutShortAnswer()
    {
        TrafficAnnotator a;
        a.feed(true, link::MasterRequests::reqUd2(5, true));
        const QByteArray frame = response();
        QVERIFY(a.feed(false, frame.left(20)).isEmpty());
        const auto items = a.feed(true, link::MasterRequests::reqUd2(5, true));
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].kind, Kind::Incomplete);
        QVERIFY(!items[0].outgoing);
        QCOMPARE(items[0].address, 5);
        QCOMPARE(items[0].annotation, QStringLiteral("incomplete frame: 20 of %1 bytes").arg(frame.size()));
        QVERIFY(items[1].outgoing);
    }

    void strayStartByteBeforeAnAcknowledgeIsNoise()
    {
        TrafficAnnotator a;
        QVERIFY(a.feed(false, test::hex("68E5")).isEmpty()); // could be the start of a long frame
        const auto items = a.flush();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].kind, Kind::Garbage);
        QCOMPARE(items[1].annotation, QStringLiteral("E5 (ACK)"));
    }

    void recognisesTheEchoOfTheRequest()
    {
        TrafficAnnotator a;
        const QByteArray request = link::MasterRequests::reqUd2(5, false);
        a.feed(true, request);
        const auto items = a.feed(false, request + response());
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].kind, Kind::Echo);
        QCOMPARE(items[0].annotation, QStringLiteral("echo of REQ_UD2 FCB=0 → 5"));
        QCOMPARE(items[1].kind, Kind::Frame);
    }

    void everyByteEndsUpInExactlyOneItem()
    {
        // Random chunks of frames, noise and cut-short frames: nothing lost, nothing doubled.
        QRandomGenerator random(7);
        const QList<QByteArray> pieces = {response(), test::hex("E5"), test::hex("FF 68 10"), response().left(30),
                                          link::MasterRequests::reqUd2(5, true), test::hex("68 05 05 68")};
        for (int round = 0; round < 200; ++round) {
            TrafficAnnotator a;
            QByteArray sent;
            QByteArray seen;
            for (int i = 0; i < 20; ++i) {
                QByteArray chunk = pieces.at(random.bounded(int(pieces.size())));
                chunk = chunk.mid(random.bounded(int(chunk.size())));
                sent += chunk;
                for (const TrafficItem &item : a.feed(false, chunk))
                    seen += item.bytes;
            }
            for (const TrafficItem &item : a.flush())
                seen += item.bytes;
            QCOMPARE(seen, sent);
        }
    }

    void namesAnApplicationError()
    {
        const QByteArray frame = link::encodeLongFrame(0x08, 3, link::CiField::ApplicationError, test::hex("01"));
        const auto items = TrafficAnnotator().feed(false, frame);
        QVERIFY2(items[0].annotation.startsWith(QStringLiteral("RSP_UD 3 CI 70 application error: ")), qPrintable(items[0].annotation));
    }
};

QTEST_GUILESS_MAIN(TestTrafficAnnotation)
#include "tst_traffic_annotation.moc"
