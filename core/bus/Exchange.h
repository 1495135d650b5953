#pragma once

#include "bus/AnswerCollector.h"
#include "bus/BusError.h"
#include "bus/Transport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// One request and its answer on a transport, timed as EN 13757-2 says: the answer must begin
// inside the window (330 bit times + 50 ms after the request, plus the link's margin); a frame
// that has begun gets the time its remaining characters need; after a complete answer the line
// is watched a little longer, because a second slave answering makes it a collision. A cancelled
// exchange reports at once, but the next request waits until the cancelled answer has passed.
namespace mbus::bus {

struct ExchangeTiming
{
    double windowMs = 0;   // from the start of sending until the answer must have begun
    double settleMs = 0;   // quiet time after a complete answer
    double gapMs = 0;      // longest pause allowed inside an answer
    double brokenQuietMs = 0; // after a broken frame: the quiet that ends the exchange (0: gapMs)
    double characterMs = 0;
    bool watchWholeWindow = false; // after a complete answer, watch the line to the window's end
    // After a timeout, the line must be quiet this long before the next request goes out; what
    // arrives meanwhile (the late answer to this request) is dropped, not taken for the answer
    // to the next one. 0: none (the probes of a scan, whose silence is the usual result).
    double quietAfterTimeoutMs = 0;

    // The EN window for the transport's baud rate and this request, plus its latency margin
    // (or the user's timeout when given, never less than the EN window).
    static ExchangeTiming forRequest(const Transport &transport, int requestBytes, int timeoutOverrideMs = 0,
                                     int extraMarginMs = 0);
    // A wake-up preamble of this many bytes: nothing is awaited but its own wire time and the
    // pause after it, in which the woken meter gets ready for the request.
    static ExchangeTiming forPreamble(const Transport &transport, int preambleBytes);
};

struct ExchangeResult
{
    BusError error;
    QList<link::Frame> frames;
    int echoes = 0;
    qint64 garbageBytes = 0;
    int brokenFrames = 0;
    qint64 elapsedMs = 0;
    qint64 lastByteAtMs = 0; // ms since the epoch when the last byte came, 0 when none did
};

class Exchange : public QObject
{
    Q_OBJECT

public:
    explicit Exchange(Transport &transport, QObject *parent = nullptr);

    void start(const QByteArray &request, Expect expect, std::uint8_t address, const ExchangeTiming &timing);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const mbus::bus::ExchangeResult &result);
    // Every chunk that goes out or comes in, for the traffic log.
    void traffic(bool outgoing, const QByteArray &bytes);

private:
    void send(const QByteArray &request);
    void endDrain();
    void onReceived(const QByteArray &bytes);
    void onTransportFailed(const BusError &error);
    void onLinkOpened();
    void finish(const BusError &overrideError = {});
    void rearm(double ms);
    // How long the line may still carry this answer: its frame's remaining characters, the quiet
    // after it, or the rest of the answer window.
    static double waitMs(const AnswerCollector &collector, const ExchangeTiming &timing, const QElapsedTimer &clock);

    Transport &m_transport;
    AnswerCollector m_collector;
    Expect m_expect = Expect::Anything;
    std::uint8_t m_address = 0;
    ExchangeTiming m_timing;
    QTimer m_deadline{this};
    QElapsedTimer m_clock;
    qint64 m_lastByteAtMs = 0;
    bool m_running = false;
    // After a cancel: the line still carries (or is about to carry) the cancelled answer.
    bool m_draining = false;
    AnswerCollector m_drain;
    ExchangeTiming m_drainTiming;
    QElapsedTimer m_drainClock;
    QByteArray m_waiting; // the request started while draining
    // The link was down when the request came and is being reconnected: it goes out once open.
    bool m_awaitingLink = false;
    QByteArray m_linkRequest;
    QTimer m_linkWait{this};
};

} // namespace mbus::bus

Q_DECLARE_METATYPE(mbus::bus::ExchangeResult)
