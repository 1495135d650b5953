#pragma once

#include "bus/Reply.h"
#include "bus/Request.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

// Where bus requests go: a connection's master, on whatever thread it lives. Scanners, the meter
// view, the assistant and the commands send through this and get a Reply per request; a
// BusClient is one, and so is a connection session (engine/SessionPort), which keeps a serial
// port for itself. A port that goes away finishes its replies with Cancelled.
namespace mbus::bus {

class RequestPort : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~RequestPort() override;

    // Queues a request; the reply is finished in the calling thread (this port's thread).
    Reply *send(const Request &request);
    Reply *read(std::uint8_t address) { return send(Request::read(address)); }
    Reply *select(const link::SecondaryAddress &mask) { return send(Request::select(mask)); }
    Reply *setPrimaryAddress(std::uint8_t address, std::uint8_t newAddress);
    Reply *switchBaud(std::uint8_t address, int baud);
    // Aborts every reply of this port that has not finished.
    void abortAll();
    int pendingCount() const { return int(m_pending.size()); }

protected:
    // Hands the request to the master; the outcome comes back through complete() with
    // outcome.id == token, in this object's thread.
    virtual void dispatch(quint64 token, const Request &request) = 0;
    // Stops one dispatched request (queued or under way): its outcome, Cancelled, follows.
    virtual void cancel(quint64 token) = 0;
    void complete(const Outcome &outcome);
    // The master behind the port is gone for good: the request is answered with PortError, queued
    // like an outcome (after send() has returned the reply).
    void completeClosed(quint64 token, const Request &request);
    // The master behind the port is gone: every reply finishes with error.
    void failPending(const BusError &error);

private:
    friend class Reply;
    QHash<quint64, QPointer<Reply>> m_pending;
    quint64 m_nextToken = 0; // per port: the outcome comes back to the port that sent it
};

// Sends request through port and calls onOutcome with its outcome in context's thread (not after
// context is gone). A port that no longer exists answers with PortError, queued like an answer.
// The returned reply (null then) is for abort().
Reply *sendRequest(RequestPort *port, const Request &request, QObject *context,
                   std::function<void(const Outcome &)> onOutcome);

} // namespace mbus::bus
