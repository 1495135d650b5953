#include "TrafficBatcher.h"

namespace mbus::engine {

TrafficBatcher::TrafficBatcher(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<mbus::engine::TrafficChunk>>();
    m_timer.setSingleShot(true);
    m_timer.setInterval(BatchIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TrafficBatcher::flush);
}

void TrafficBatcher::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    flush();
    m_enabled = enabled;
    m_annotator = {}; // bytes held back for an unfinished frame would join traffic much later
}

void TrafficBatcher::add(bool outgoing, const QByteArray &bytes, qint64 msecsSinceEpoch)
{
    if (!m_enabled || bytes.isEmpty())
        return;
    QList<TrafficFrame> frames;
    for (frametext::TrafficItem &item : m_annotator.feed(outgoing, bytes))
        frames.append(TrafficFrame{msecsSinceEpoch, std::move(item)});
    if (!m_pending.isEmpty()) {
        TrafficChunk &last = m_pending.last();
        if (last.outgoing == outgoing && msecsSinceEpoch - last.msecsSinceEpoch <= MergeGapMs) {
            last.bytes += bytes;
            last.msecsSinceEpoch = msecsSinceEpoch;
            last.frames += frames;
            return;
        }
    }
    m_pending.append(TrafficChunk{outgoing, bytes, msecsSinceEpoch, frames});
    if (!m_timer.isActive())
        m_timer.start();
}

void TrafficBatcher::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<TrafficChunk> chunks = std::exchange(m_pending, {});
    Q_EMIT batch(chunks);
}

} // namespace mbus::engine
