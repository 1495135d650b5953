#pragma once

#include "bus/Exchange.h"
#include "bus/Request.h"

#include <QHash>
#include <QObject>

#include <deque>
#include <functional>

// The EN 13757-2 link-layer master of one connection. Takes requests one at a time from its
// queue, turns each into exchanges (select, SND_NKE, REQ_UD2 with the FCB procedure, ...) and
// reports an Outcome. Lives on the connection's worker thread with its transport.
namespace mbus::bus {

struct MasterSettings
{
    int retries = 2;        // extra attempts of a failed exchange, repeated with the same FCB
    int maxTelegrams = 16;  // cap of a multi-telegram read
    int timeoutMs = 0;      // answer timeout; 0 = the EN window of the line plus the link's margin
    int extraMarginMs = 0;  // added to the EN window (slow meters, busy gateways)
};

class Master : public QObject
{
    Q_OBJECT

public:
    Master(Transport &transport, const MasterSettings &settings, QObject *parent = nullptr);

    const MasterSettings &settings() const { return m_settings; }
    void setSettings(const MasterSettings &settings) { m_settings = settings; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    // Queues a request; `finished` reports it with the same id.
    void submit(quint64 id, const mbus::bus::Request &request);
    // Drops the queue and stops the current request (reported as Cancelled).
    void cancelAll();
    // Drops one request from the queue, or stops it when it is under way (reported as Cancelled).
    void cancel(quint64 id);

Q_SIGNALS:
    void finished(const mbus::bus::Outcome &outcome);
    void traffic(bool outgoing, const QByteArray &bytes, qint64 msecsSinceEpoch);

private:
    struct Step
    {
        std::function<QByteArray(bool fcb)> build;
        Expect expect = Expect::Ack;
        std::uint8_t address = 0;
        bool usesFcb = false;
        bool optional = false;  // a failure does not fail the request (SND_NKE before a read)
        bool isAnswer = false;  // its answer frames are the request's result
        bool resetsFcb = false; // SND_NKE and selection start the FCB procedure anew
        bool cleanup = false;   // runs even after the request failed (the deselect after a selection)
        bool linkReset = false; // SND_NKE or application reset: a meter that needs one got it
    };

    void startNext();
    void plan();
    void runStep();
    void onExchangeFinished(const ExchangeResult &result);
    bool retryable(const BusError &error) const;
    void finishCurrent(const BusError &error);
    // The request failed: run what must follow anyway (the deselect), then report the error.
    void failCurrent(const BusError &error);
    // A meter silent to its first REQ_UD2 although it acknowledged this request's selection may be
    // one that answers only after a reset (MBUS_FACTS 1.7): at 253 an application reset (SND_NKE
    // would end the selection), else SND_NKE, then the REQ_UD2 once more. True when queued.
    bool queueResetBeforeRetry(const Step &step);
    std::size_t firstCleanupStep() const;
    struct Decoded
    {
        QList<decode::Telegram> telegrams;
        QList<mbus::Error> errors;
    };
    Decoded decodeAnswers(const QList<link::Frame> &frames) const;
    bool &fcbFor(std::uint8_t address);

    Transport &m_transport;
    MasterSettings m_settings;
    Exchange m_exchange;
    std::deque<Outcome> m_queue; // waiting requests, outcome prepared with id and request
    Outcome m_current;
    std::deque<Step> m_steps;
    bool m_cancelCurrent = false; // the current request was cancelled: no further step starts
    int m_attempt = 0;
    int m_telegrams = 0;
    BusError m_failure;       // the request's error while its cleanup steps run
    bool m_linkWasReset = false; // this request had an acknowledged SND_NKE or application reset
    bool m_meterAnswered = false; // an earlier step of this request was answered (the selection's E5)
    bool m_resetRetried = false; // the silent first REQ_UD2 was retried after a reset (once)
    bool m_busy = false;
    QElapsedTimer m_clock;
    QHash<std::uint8_t, bool> m_fcb; // next FCB per address
};

} // namespace mbus::bus
