#pragma once

#include "frametext/TrafficAnnotation.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QTimer>

// The frames of a connection handed on in batches, cut and annotated on the poller's thread: one
// queued event per chunk, and annotating every frame on the GUI thread, cost the GUI thread on a
// busy bus once the traffic log records always. A batch leaves at most BatchIntervalMs after its
// first chunk, in order. Bytes that follow bytes of the same direction within MergeGapMs join their
// chunk (a UART at 2400 Bd delivers an answer a byte at a time, 200 chunks a second a line); each
// frame keeps the time its last byte came.
namespace mbus::engine {

struct TrafficFrame
{
    qint64 msecsSinceEpoch = 0; // when its last byte came
    frametext::TrafficItem item;
};

struct TrafficChunk
{
    bool outgoing = false;
    QByteArray bytes;
    qint64 msecsSinceEpoch = 0; // of its last bytes
    QList<TrafficFrame> frames; // the frames (and garbage, echoes) these bytes completed
};

class TrafficBatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int BatchIntervalMs = 250;
    // Longer than a character at 300 Bd (37 ms), shorter than a turnaround worth telling apart.
    static constexpr qint64 MergeGapMs = 50;

    explicit TrafficBatcher(QObject *parent = nullptr);
    // Off (the default), traffic is dropped unseen: nobody asked for it, and annotating costs.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void add(bool outgoing, const QByteArray &bytes, qint64 msecsSinceEpoch);
    void flush();

Q_SIGNALS:
    void batch(const QList<mbus::engine::TrafficChunk> &chunks);

private:
    QList<TrafficChunk> m_pending;
    frametext::TrafficAnnotator m_annotator;
    QTimer m_timer{this};
    bool m_enabled = false;
};

} // namespace mbus::engine

Q_DECLARE_METATYPE(mbus::engine::TrafficChunk)
