#include "PacedWriter.h"

#include <cmath>

namespace mbus::sim {

PacedWriter::PacedWriter(Sink sink, QObject *parent)
    : QObject(parent)
    , m_sink(std::move(sink))
{
    m_clock.start();
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &PacedWriter::tick);
}

void PacedWriter::send(const QByteArray &bytes, int delayMs, int baud)
{
    if (bytes.isEmpty())
        return;
    m_queue.push_back(Chunk{bytes, m_clock.elapsed() + qMax(0, delayMs), baud, 0, -1});
    if (!m_timer.isActive())
        m_timer.start();
}

void PacedWriter::clear()
{
    m_queue.clear();
    m_timer.stop();
}

void PacedWriter::tick()
{
    const double now = double(m_clock.nsecsElapsed()) / 1e6;
    while (!m_queue.empty()) {
        Chunk &chunk = m_queue.front();
        if (chunk.startMs < 0) {
            if (now < double(chunk.notBeforeMs))
                return;
            chunk.startMs = now;
        }
        // A character has arrived once its 11 bits have been sent.
        const auto due = qMin<qsizetype>(chunk.bytes.size(),
                                         qsizetype(std::floor((now - chunk.startMs) / link::characterMs(chunk.baud))));
        if (due > chunk.written) {
            m_sink(chunk.bytes.mid(chunk.written, due - chunk.written));
            chunk.written = due;
        }
        if (chunk.written < chunk.bytes.size())
            return;
        const double endMs = chunk.startMs + double(chunk.bytes.size()) * link::characterMs(chunk.baud);
        m_queue.pop_front();
        if (!m_queue.empty() && double(m_queue.front().notBeforeMs) < endMs)
            m_queue.front().notBeforeMs = qint64(std::ceil(endMs)); // no overlap on one line
    }
    m_timer.stop();
}

} // namespace mbus::sim
