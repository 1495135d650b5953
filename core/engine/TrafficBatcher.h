#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QTimer>

// The frames of a connection handed to the GUI thread in batches: one queued event per frame
// chunk cost the GUI thread a fifth of its time on a busy bus once the traffic log records
// always. Frames keep their order and their own time; a batch leaves at most 100 ms after its
// first frame.
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
