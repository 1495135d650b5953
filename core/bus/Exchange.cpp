#include "Exchange.h"

#include "link/LineSettings.h"

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
    t.gapMs = 2 * t.characterMs + margin;
    t.settleMs = 3 * t.characterMs + margin;
    return t;
}

Exchange::Exchange(Transport &transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(); });
    connect(&m_transport, &Transport::received, this, &Exchange::onReceived);
    connect(&m_transport, &Transport::failed, this, &Exchange::onTransportFailed);
}

void Exchange::start(const QByteArray &request, Expect expect, std::uint8_t address, const ExchangeTiming &timing)
{
    m_collector = AnswerCollector(request);
    m_expect = expect;
    m_address = address;
    m_timing = timing;
    m_running = true;
    m_clock.start();
    if (!m_transport.isOpen()) {
        finish(m_transport.notOpenError());
        return;
    }
    m_transport.discardInput();
    Q_EMIT traffic(true, request);
    m_transport.write(request);
    rearm(m_timing.windowMs);
}

void Exchange::cancel()
{
    if (m_running)
        finish(BusError::of(BusErrorCode::Cancelled));
}

void Exchange::rearm(double ms)
{
    m_deadline.start(int(std::ceil(qMax(0.0, ms))));
}

void Exchange::onReceived(const QByteArray &bytes)
{
    if (!m_running)
        return;
    Q_EMIT traffic(false, bytes);
    m_collector.feed(bytes);
    const double elapsed = double(m_clock.nsecsElapsed()) / 1e6;
    const double windowLeft = m_timing.windowMs - elapsed;
    if (const qsizetype total = m_collector.pendingFrameLength()) {
        // A frame has begun: wait for its remaining characters, whatever the window says.
        const double needed = double(total - m_collector.pendingBytes()) * m_timing.characterMs * 1.05;
        rearm(needed + m_timing.gapMs);
    } else if (m_collector.hasAnswer()) {
        rearm(m_timing.settleMs);
    } else {
        rearm(qMax(windowLeft, m_timing.gapMs)); // noise: the answer may still come
    }
}

void Exchange::onTransportFailed(const BusError &error)
{
    if (m_running)
        finish(error);
}

void Exchange::finish(const BusError &overrideError)
{
    if (!m_running)
        return;
    m_running = false;
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
    Q_EMIT finished(result);
}

} // namespace mbus::bus
