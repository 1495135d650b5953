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
    };

    void startNext();
    void plan();
    void runStep();
    void onExchangeFinished(const ExchangeResult &result);
    bool retryable(const BusError &error) const;
    void finishCurrent(const BusError &error);
    bool &fcbFor(std::uint8_t address);

    Transport &m_transport;
    MasterSettings m_settings;
    Exchange m_exchange;
    std::deque<Outcome> m_queue; // waiting requests, outcome prepared with id and request
    Outcome m_current;
    std::deque<Step> m_steps;
    int m_attempt = 0;
    int m_telegrams = 0;
    bool m_busy = false;
    QElapsedTimer m_clock;
    QHash<std::uint8_t, bool> m_fcb; // next FCB per address
};

} // namespace mbus::bus
