// The traffic of a connection as the poller hands it to the GUI thread: in batches, in order, cut
// into frames and annotated there; an answer that arrives a byte at a time (a UART at 2400 Bd)
// joined into one chunk, its frame stamped with its last byte's time, while a change of direction
// or a pause keeps chunks apart. Off, nothing is kept.
#include "engine/TrafficBatcher.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace mbus::engine;

class TestTrafficBatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesOfOneAnswerJoin()
    {
        TrafficBatcher batcher;
        batcher.setEnabled(true);
        QSignalSpy batches(&batcher, &TrafficBatcher::batch);
        const qint64 t = 1'000'000;
        batcher.add(true, QByteArray::fromHex("105BFE5916"), t);
        const QByteArray answer = QByteArray::fromHex("6803036808FE727816");
        for (int i = 0; i < answer.size(); ++i) // 4.6 ms a character at 2400 Bd
            batcher.add(false, answer.mid(i, 1), t + 60 + i * 5);
        batcher.add(true, QByteArray::fromHex("107BFE7916"), t + 200);
        batcher.flush();
        QCOMPARE(batches.size(), 1);
        const auto chunks = batches.first().first().value<QList<TrafficChunk>>();
        QCOMPARE(chunks.size(), 3);
        QVERIFY(chunks.at(0).outgoing);
        QCOMPARE(chunks.at(1).bytes, answer);
        QVERIFY(!chunks.at(1).outgoing);
        QCOMPARE(chunks.at(1).msecsSinceEpoch, t + 60 + (answer.size() - 1) * 5); // the last byte's time
        QCOMPARE(chunks.at(2).msecsSinceEpoch, t + 200);
        // One frame each, cut and annotated: the answer whole, at the time its last byte came.
        QCOMPARE(chunks.at(0).frames.size(), 1);
        QVERIFY(chunks.at(0).frames.first().item.annotation.contains(QStringLiteral("REQ_UD2")));
        QCOMPARE(chunks.at(1).frames.size(), 1);
        QCOMPARE(chunks.at(1).frames.first().item.bytes, answer);
        QCOMPARE(chunks.at(1).frames.first().item.address, 254);
        QCOMPARE(chunks.at(1).frames.first().msecsSinceEpoch, chunks.at(1).msecsSinceEpoch);
        QCOMPARE(chunks.at(2).frames.size(), 1);
    }

    void twoFramesInOneChunkKeepTheirOwnTimes()
    {
        TrafficBatcher batcher;
        batcher.setEnabled(true);
        QSignalSpy batches(&batcher, &TrafficBatcher::batch);
        // An echoing level converter: the request's copy, then the answer 20 ms later.
        batcher.add(true, QByteArray::fromHex("107B017C16"), 1000);
        batcher.add(false, QByteArray::fromHex("107B017C16"), 1005);
        batcher.add(false, QByteArray::fromHex("E5"), 1025);
        batcher.flush();
        const auto chunks = batches.first().first().value<QList<TrafficChunk>>();
        QCOMPARE(chunks.size(), 2);
        QCOMPARE(chunks.at(1).frames.size(), 2);
        QCOMPARE(chunks.at(1).frames.at(0).item.kind, mbus::frametext::TrafficItem::Kind::Echo);
        QCOMPARE(chunks.at(1).frames.at(0).msecsSinceEpoch, 1005);
        QCOMPARE(chunks.at(1).frames.at(1).item.bytes, QByteArray::fromHex("E5"));
        QCOMPARE(chunks.at(1).frames.at(1).msecsSinceEpoch, 1025);
    }

    void offDropsEverything()
    {
        TrafficBatcher batcher;
        QSignalSpy batches(&batcher, &TrafficBatcher::batch);
        QVERIFY(!batcher.isEnabled());
        batcher.add(false, QByteArray::fromHex("E5"), 1000);
        batcher.flush();
        QVERIFY(batches.isEmpty());
    }

    void aPauseKeepsChunksApart()
    {
        TrafficBatcher batcher;
        batcher.setEnabled(true);
        QSignalSpy batches(&batcher, &TrafficBatcher::batch);
        batcher.add(false, QByteArray::fromHex("E5"), 1000);
        batcher.add(false, QByteArray::fromHex("E5"), 1000 + TrafficBatcher::MergeGapMs + 1); // a second meter's late answer
        batcher.flush();
        const auto chunks = batches.first().first().value<QList<TrafficChunk>>();
        QCOMPARE(chunks.size(), 2);
        QCOMPARE(chunks.at(0).msecsSinceEpoch, 1000);
    }

    void aBatchLeavesWithinItsInterval()
    {
        TrafficBatcher batcher;
        batcher.setEnabled(true);
        QSignalSpy batches(&batcher, &TrafficBatcher::batch);
        batcher.add(false, QByteArray::fromHex("E5"), QDateTime::currentMSecsSinceEpoch());
        QVERIFY(batches.isEmpty()); // batched, not one event per chunk
        // Its timer (a coarse one, which may fire up to 5 % early) sends it on its own.
        QVERIFY(batches.wait(5000));
        QCOMPARE(batches.first().first().value<QList<TrafficChunk>>().size(), 1);
        batcher.flush(); // nothing pending: no empty batch
        QCOMPARE(batches.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTrafficBatcher)
#include "tst_traffic_batcher.moc"
