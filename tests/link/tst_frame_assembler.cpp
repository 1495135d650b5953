// The stream assembler: frames cut out of bytes as a port delivers them, garbage counted.
#include "link/FrameAssembler.h"

#include <QTest>

using namespace mbus;
using namespace mbus::link;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

const QByteArray longFrame = hex("68 04 04 68 08 01 70 08 81 16");

QList<QByteArray> drain(FrameAssembler &assembler, int *broken = nullptr)
{
    QList<QByteArray> frames;
    for (;;) {
        const auto status = assembler.next();
        if (status == FrameAssembler::Status::NeedMore)
            return frames;
        if (status == FrameAssembler::Status::FrameReady)
            frames.append(assembler.frame().raw);
        else if (broken)
            ++*broken;
    }
}

} // namespace

class TestFrameAssembler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assemblesAFrameFedByteByByte()
    {
        FrameAssembler assembler;
        for (qsizetype i = 0; i < longFrame.size() - 1; ++i) {
            assembler.append(longFrame.mid(i, 1));
            QCOMPARE(assembler.next(), FrameAssembler::Status::NeedMore);
        }
        QCOMPARE(assembler.pendingFrameLength(), longFrame.size());
        assembler.append(longFrame.right(1));
        QCOMPARE(assembler.next(), FrameAssembler::Status::FrameReady);
        QCOMPARE(assembler.frame().raw, longFrame);
        QCOMPARE(assembler.next(), FrameAssembler::Status::NeedMore);
        QCOMPARE(assembler.pendingBytes(), 0);
        QCOMPARE(assembler.skippedBytes(), 0);
    }

    void skipsAndCountsGarbageBeforeAFrame()
    {
        FrameAssembler assembler;
        assembler.append(hex("FF FF FF 00 7E") + longFrame);
        const QList<QByteArray> frames = drain(assembler);
        QCOMPARE(frames, QList<QByteArray>{longFrame});
        QCOMPARE(assembler.skippedBytes(), 5);
        QCOMPARE(assembler.brokenFrames(), 0);
    }

    void emitsEchoAckAndAnswerInOrder()
    {
        // An echoing converter returns the request before the slave's answer.
        const QByteArray request = hex("10 7B 05 80 16");
        FrameAssembler assembler;
        assembler.append(request + hex("E5") + longFrame);
        const QList<QByteArray> frames = drain(assembler);
        QCOMPARE(frames, (QList<QByteArray>{request, hex("E5"), longFrame}));
    }

    void reportsABrokenFrameAndFindsTheNextOne()
    {
        QByteArray corrupt = longFrame;
        corrupt[8] = char(0x99); // checksum
        FrameAssembler assembler;
        assembler.append(hex("00") + corrupt + longFrame);
        QCOMPARE(assembler.next(), FrameAssembler::Status::Broken);
        QCOMPARE(assembler.error().code, ErrorCode::ChecksumMismatch);
        QCOMPARE(assembler.error().offset, 1 + 8); // counted from the first byte ever appended
        int broken = 0;
        const QList<QByteArray> frames = drain(assembler, &broken);
        QCOMPARE(frames, QList<QByteArray>{longFrame});
        QCOMPARE(assembler.brokenFrames(), 1 + broken);
    }

    void saysNeedMoreForAnIncompleteLongFrame()
    {
        FrameAssembler assembler;
        assembler.append(hex("68 20 20 68 08 01 72"));
        QCOMPARE(assembler.next(), FrameAssembler::Status::NeedMore);
        QCOMPARE(assembler.pendingBytes(), 7);
        QCOMPARE(assembler.pendingFrameLength(), 0x20 + 6);
    }

    void rejectsAMismatchedLengthAtOnce()
    {
        FrameAssembler assembler;
        assembler.append(hex("68 20 21"));
        QCOMPARE(assembler.next(), FrameAssembler::Status::Broken);
        QCOMPARE(assembler.error().code, ErrorCode::LengthMismatch);
    }

    void offsetsStayStreamRelativeAcrossChunks()
    {
        FrameAssembler assembler;
        assembler.append(longFrame);
        QCOMPARE(assembler.next(), FrameAssembler::Status::FrameReady);
        assembler.append(hex("10 5B 01 00 16")); // bad short-frame checksum at stream byte 13
        QCOMPARE(assembler.next(), FrameAssembler::Status::Broken);
        QCOMPARE(assembler.error().offset, int(longFrame.size()) + 3);
    }

    void clearDropsPendingBytes()
    {
        FrameAssembler assembler;
        assembler.append(hex("68 20 20 68"));
        QCOMPARE(assembler.next(), FrameAssembler::Status::NeedMore);
        assembler.clear();
        QCOMPARE(assembler.pendingBytes(), 0);
        assembler.append(longFrame);
        QCOMPARE(assembler.next(), FrameAssembler::Status::FrameReady);
        QCOMPARE(assembler.frame().raw, longFrame);
    }

    // Bytes inside a frame whose extent is certain are never taken for frames of their own.
    void dropsAWellFormedBrokenFrameWhole_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // Bad checksum, the data holds E5 and a whole short frame.
        QTest::newRow("checksum") << hex("68 09 09 68 08 01 72 E5 10 5B 01 5C 16 3F 16");
        // Right checksum, wrong stop byte.
        QTest::newRow("stop byte") << hex("68 09 09 68 08 01 72 E5 10 5B 01 5C 16 3E 17");
    }

    void dropsAWellFormedBrokenFrameWhole()
    {
        QFETCH(QByteArray, bytes);
        FrameAssembler assembler;
        assembler.append(bytes);
        int broken = 0;
        QVERIFY(drain(assembler, &broken).isEmpty());
        QCOMPARE(broken, 1);
        QCOMPARE(assembler.skippedBytes(), bytes.size());
    }

    void abandonsAStrayStartByteBeforeAnAck()
    {
        FrameAssembler assembler;
        assembler.append(hex("10 E5"));
        QCOMPARE(assembler.next(), FrameAssembler::Status::NeedMore); // could be a short frame
        QVERIFY(assembler.abandonPending());
        QCOMPARE(assembler.next(), FrameAssembler::Status::FrameReady);
        QCOMPARE(assembler.frame().raw, hex("E5"));
        QCOMPARE(assembler.skippedBytes(), 1);
        QVERIFY(!assembler.abandonPending());
    }

    void survivesLongNoiseRuns()
    {
        FrameAssembler assembler;
        for (int i = 0; i < 1000; ++i)
            assembler.append(QByteArray(64, char(0xFF)));
        QCOMPARE(assembler.next(), FrameAssembler::Status::NeedMore);
        QCOMPARE(assembler.skippedBytes(), 64000);
        QCOMPARE(assembler.pendingBytes(), 0);
    }
};

QTEST_APPLESS_MAIN(TestFrameAssembler)
#include "tst_frame_assembler.moc"
