#include "Exchange.h"

#include "link/LineSettings.h"

#include <QDateTime>

#include <cmath>

namespace mbus::bus {

ExchangeTiming ExchangeTiming::forRequest(const Transport &transport, int requestBytes, int timeoutOverrideMs,
                                          int extraMarginMs)
{
    ExchangeTiming t;
    const int baud = transport.baud();
    const int margin = transport.latencyMarginMs() + extraMarginMs;
    const double en = link::answerWindowMs(baud, requestBytes);
    t.windowMs = timeoutOverrideMs > 0 ? qMax(double(timeoutOverrideMs), en) : en + margin;
    t.characterMs = link::characterMs(baud);
    // Inside an answer and after it the allowance never drops below what a busy machine's
    // scheduling needs (a small adapter margin is for the window's start, not for jitter): a
    // frame cut short by a late chunk would be a false error, and these waits cost time only
    // where something answered.
    constexpr int JitterFloorMs = 15;
    const int jitter = qMax(margin, JitterFloorMs);
    t.gapMs = 2 * t.characterMs + jitter;
    t.settleMs = 3 * t.characterMs + jitter;
    // After a whole frame that failed its checks nothing of it is still due: three characters and
    // the scheduling floor show whether more follows, without the link's start-of-answer margin.
    t.brokenQuietMs = 3 * t.characterMs + JitterFloorMs;
    return t;
}

ExchangeTiming ExchangeTiming::forPreamble(const Transport &transport, int preambleBytes)
{
    // The pause after the preamble: long enough for the meter to see the line idle (many
    // characters of silence), plus the link's latency so a gateway's buffering cannot run the
    // preamble and the request together.
    constexpr double PauseMs = 50;
    ExchangeTiming t;
    t.characterMs = link::characterMs(transport.baud());
    t.windowMs = preambleBytes * t.characterMs + PauseMs + transport.latencyMarginMs();
    t.gapMs = t.windowMs;
    t.settleMs = t.windowMs;
    return t;
}

Exchange::Exchange(Transport &transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_draining)
            endDrain();
        else
            finish();
    });
    connect(&m_transport, &Transport::received, this, &Exchange::onReceived);
    connect(&m_transport, &Transport::failed, this, &Exchange::onTransportFailed);
    connect(&m_transport, &Transport::opened, this, &Exchange::onLinkOpened);
    m_linkWait.setSingleShot(true);
    connect(&m_linkWait, &QTimer::timeout, this, [this] {
        m_awaitingLink = false;
        finish(m_transport.notOpenError());
    });
}

void Exchange::start(const QByteArray &request, Expect expect, std::uint8_t address, const ExchangeTiming &timing)
{
    m_collector = AnswerCollector(request);
    m_expect = expect;
    m_address = address;
    m_timing = timing;
    m_running = true;
    m_clock.start();
    m_lastByteAtMs = 0;
    if (!m_transport.isOpen()) {
        // A gateway that dropped the link is being reconnected: wait for it rather than fail a
        // whole cycle of meters in no time, but no longer than an answer would be awaited (a
        // gateway that stays away costs each request its timeout, as a missing meter does).
        const int waitMs = qMin(m_transport.reconnectWaitMs(), int(std::ceil(timing.windowMs)));
        if (waitMs <= 0) {
            finish(m_transport.notOpenError());
            return;
        }
        m_awaitingLink = true;
        m_linkRequest = request;
        m_linkWait.start(waitMs);
        return;
    }
    if (m_draining) {
        m_waiting = request; // sent by endDrain(), once the cancelled answer is over
        return;
    }
    send(request);
}

void Exchange::send(const QByteArray &request)
{
    m_clock.start();
    // The port may fail inside either call and finish this exchange through failed().
    m_transport.discardInput();
    if (!m_running)
        return;
    Q_EMIT traffic(true, request);
    m_transport.write(request);
    if (!m_running)
        return;
    rearm(m_timing.windowMs);
}

void Exchange::onLinkOpened()
{
    if (!m_awaitingLink)
        return;
    m_awaitingLink = false;
    m_linkWait.stop();
    // A new connection: nothing of a cancelled answer is on it.
    m_draining = false;
    m_waiting.clear();
    if (m_running)
        send(m_linkRequest);
}

void Exchange::cancel()
{
    if (!m_running)
        return;
    if (m_awaitingLink) {
        m_awaitingLink = false;
        m_linkWait.stop();
        finish(BusError::of(BusErrorCode::Cancelled));
        return;
    }
    if (!m_draining && m_deadline.isActive()) {
        // A meter hears no cancel: its answer, begun or still due, runs on the line. A request
        // sent into it would be garbled and its answer read as a collision, so the next one waits
        // for the line to fall quiet, timed as this exchange would have been.
        m_draining = true;
        m_drain = m_collector;
        m_drainTiming = m_timing;
        m_drainClock = m_clock;
    }
    m_waiting.clear();
    finish(BusError::of(BusErrorCode::Cancelled));
}

void Exchange::endDrain()
{
    m_draining = false;
    if (m_running && !m_waiting.isEmpty()) {
        const QByteArray request = m_waiting;
        m_waiting.clear();
        send(request);
    }
}

void Exchange::rearm(double ms)
{
    m_deadline.start(int(std::ceil(qMax(0.0, ms))));
}

double Exchange::waitMs(const AnswerCollector &collector, const ExchangeTiming &timing, const QElapsedTimer &clock)
{
    if (const qsizetype total = collector.pendingFrameLength()) {
        // A frame has begun: wait for its remaining characters, whatever the window says.
        const double needed = double(total - collector.pendingBytes()) * timing.characterMs * 1.05;
        return needed + timing.gapMs;
    }
    const double windowLeft = timing.windowMs - double(clock.nsecsElapsed()) / 1e6;
    if (collector.hasAnswer())
        return timing.watchWholeWindow ? qMax(timing.settleMs, windowLeft) : timing.settleMs;
    // A whole frame that failed its checksum or stop byte is known bad when its last byte came:
    // once the line is quiet the exchange ends (and is retried), not at the timeout. A probe still
    // watches its window (a second meter's frame makes it a collision).
    if (collector.brokenFrames() > 0 && !timing.watchWholeWindow)
        return timing.brokenQuietMs > 0 ? timing.brokenQuietMs : timing.gapMs;
    return qMax(windowLeft, timing.gapMs); // noise: the answer may still come
}

void Exchange::onReceived(const QByteArray &bytes)
{
    if (m_draining) {
        Q_EMIT traffic(false, bytes);
        m_drain.feed(bytes);
        rearm(waitMs(m_drain, m_drainTiming, m_drainClock));
        return;
    }
    if (!m_running)
        return;
    Q_EMIT traffic(false, bytes);
    if (m_expect == Expect::Nothing)
        return; // a preamble's echo: its time is fixed, nothing it brings counts
    m_collector.feed(bytes);
    m_lastByteAtMs = QDateTime::currentMSecsSinceEpoch();
    rearm(waitMs(m_collector, m_timing, m_clock));
}

void Exchange::onTransportFailed(const BusError &error)
{
    if (m_awaitingLink)
        return; // one reconnect attempt failed; the transport tries again within the wait
    if (m_draining) {
        m_draining = false;
        m_waiting.clear();
        m_deadline.stop();
    }
    if (m_running)
        finish(error);
}

void Exchange::finish(const BusError &overrideError)
{
    if (!m_running)
        return;
    m_running = false;
    if (!m_draining) // the deadline times the drain of a cancelled answer
        m_deadline.stop();
    if (!overrideError.isError())
        m_collector.endOfInput();
    ExchangeResult result;
    result.error = overrideError.isError() ? overrideError : m_collector.classify(m_expect, m_address);
    result.frames = m_collector.frames();
    result.echoes = m_collector.echoes();
    result.garbageBytes = m_collector.garbageBytes();
    result.brokenFrames = m_collector.brokenFrames();
    result.elapsedMs = m_clock.elapsed();
    result.lastByteAtMs = m_collector.receivedBytes() > 0 ? m_lastByteAtMs : 0;
    if (result.error.code == BusErrorCode::Timeout && m_timing.quietAfterTimeoutMs > 0 && !m_draining) {
        // The meter may still answer, late: its answer must not land in the next request's
        // window and pass for that one's (a value seconds old delivered as fresh). The next
        // request waits until the line has been quiet this long; what comes meanwhile is dropped.
        m_draining = true;
        m_drain = AnswerCollector();
        m_drainTiming = m_timing;
        m_drainTiming.windowMs = m_timing.quietAfterTimeoutMs;
        m_drainTiming.watchWholeWindow = false;
        m_drainClock.start();
        rearm(m_drainTiming.windowMs);
    }
    Q_EMIT finished(result);
}

} // namespace mbus::bus
