#include "RequestPort.h"

namespace mbus::bus {

Reply::Reply(RequestPort *port, quint64 token, const Request &request)
    : m_port(port)
    , m_token(token)
{
    m_outcome.request = request;
}

void Reply::abort()
{
    if (!m_finished && m_port)
        m_port->cancel(m_token);
}

void Reply::finish(const Outcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome = outcome;
    m_outcome.id = 0; // the port's token means nothing to the reader
    Q_EMIT finished();
    deleteLater();
}

RequestPort::~RequestPort()
{
    // Subclasses call failPending() while their master still exists; this is the last word.
    failPending(BusError::of(BusErrorCode::Cancelled));
}

Reply *RequestPort::send(const Request &request)
{
    const quint64 token = ++m_nextToken;
    auto *reply = new Reply(this, token, request);
    m_pending.insert(token, reply);
    dispatch(token, request);
    return reply;
}

Reply *RequestPort::setPrimaryAddress(std::uint8_t address, std::uint8_t newAddress)
{
    Request r;
    r.kind = Request::Kind::SetPrimaryAddress;
    r.address = address;
    r.newAddress = newAddress;
    return send(r);
}

Reply *RequestPort::switchBaud(std::uint8_t address, int baud)
{
    Request r;
    r.kind = Request::Kind::SwitchBaud;
    r.address = address;
    r.baud = baud;
    return send(r);
}

void RequestPort::abortAll()
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        cancel(it.key());
}

void RequestPort::complete(const Outcome &outcome)
{
    const QPointer<Reply> reply = m_pending.take(outcome.id);
    if (reply)
        reply->finish(outcome);
}

void RequestPort::completeClosed(quint64 token, const Request &request)
{
    Outcome closed;
    closed.id = token;
    closed.request = request;
    closed.error = BusError::of(BusErrorCode::PortError, QStringLiteral("the connection is closed"));
    QMetaObject::invokeMethod(this, [this, closed] { complete(closed); }, Qt::QueuedConnection);
}

void RequestPort::failPending(const BusError &error)
{
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<Reply> &reply : pending) {
        if (!reply)
            continue;
        Outcome outcome;
        outcome.request = reply->request();
        outcome.error = error;
        reply->finish(outcome);
    }
}

Reply *sendRequest(RequestPort *port, const Request &request, QObject *context,
                   std::function<void(const Outcome &)> onOutcome)
{
    if (!port) {
        Outcome outcome;
        outcome.request = request;
        outcome.error = BusError::of(BusErrorCode::PortError, QStringLiteral("the connection is closed"));
        QMetaObject::invokeMethod(context, [outcome, onOutcome] { onOutcome(outcome); }, Qt::QueuedConnection);
        return nullptr;
    }
    Reply *reply = port->send(request);
    QObject::connect(reply, &Reply::finished, context, [reply, onOutcome] { onOutcome(reply->outcome()); });
    return reply;
}

} // namespace mbus::bus
