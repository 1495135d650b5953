#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QTimer>

// The frames of a connection handed to the GUI thread in batches: one queued event per frame
// chunk cost the GUI thread a fifth of its time on a busy bus once the traffic log records
// always. A batch leaves at most 100 ms after its first chunk, in order. Bytes that follow bytes of
// the same direction within MergeGapMs join their chunk and give it their time: a UART at 2400 Bd
// delivers an answer a byte at a time (200 chunks a second a line), and the log stamps a frame
// with the time its last byte came, which the joined chunk keeps.
namespace mbus::engine {

struct TrafficChunk
{
    bool outgoing = false;
    QByteArray bytes;
    qint64 msecsSinceEpoch = 0;
};

class TrafficBatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int BatchIntervalMs = 100;
    // Longer than a character at 300 Bd (37 ms), shorter than a turnaround worth telling apart.
    static constexpr qint64 MergeGapMs = 50;

    explicit TrafficBatcher(QObject *parent = nullptr);
    void add(bool outgoing, const QByteArray &bytes, qint64 msecsSinceEpoch);
    void flush();

Q_SIGNALS:
    void batch(const QList<mbus::engine::TrafficChunk> &chunks);

private:
    QList<TrafficChunk> m_pending;
    QTimer m_timer{this};
};

} // namespace mbus::engine

Q_DECLARE_METATYPE(mbus::engine::TrafficChunk)
