#pragma once

#include "link/LineSettings.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

// Puts bytes on a line at the pace of a baud rate (11 bits per character, no gaps), after a
// quiet time. A pty or a socket delivers instantly; this is what makes the simulator's timing
// measurable, e.g. for the scanner's answer window.
namespace mbus::sim {

class PacedWriter : public QObject
{
    Q_OBJECT

public:
    using Sink = std::function<void(const QByteArray &)>;
    explicit PacedWriter(Sink sink, QObject *parent = nullptr);

    // Queues bytes to start no earlier than delayMs from now, sent at baud.
    void send(const QByteArray &bytes, int delayMs, int baud);
    void clear();
    bool isIdle() const { return m_queue.empty(); }


private:
    void tick();

    struct Chunk
    {
        QByteArray bytes;
        qint64 notBeforeMs = 0;
        int baud = 2400;
        qsizetype written = 0;
        double startMs = -1;
    };

    Sink m_sink;
    std::deque<Chunk> m_queue;
    QElapsedTimer m_clock;
    QTimer m_timer{this};
};

} // namespace mbus::sim
