#pragma once

#include "bus/Request.h"

#include <QObject>
#include <QPointer>

// The answer to one request sent through a RequestPort, in the manner of QNetworkReply: it lives
// in the thread that sent the request, emits finished() once (also when aborted or when its
// connection went away) and then deletes itself later, so a finished() handler reads what it
// needs and keeps no pointer.
namespace mbus::bus {

class RequestPort;

class Reply : public QObject
{
    Q_OBJECT

public:
    const Request &request() const { return m_outcome.request; }
    bool isFinished() const { return m_finished; }
    // Valid once finished: the error (none when ok), the frames and their decoded telegrams.
    const Outcome &outcome() const { return m_outcome; }
    const BusError &error() const { return m_outcome.error; }
    bool ok() const { return m_finished && m_outcome.ok(); }
    const QList<decode::Telegram> &telegrams() const { return m_outcome.telegrams; }

    // Stops the request (queued or under way); finished() follows with Cancelled.
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class RequestPort;
    Reply(RequestPort *port, quint64 token, const Request &request);
    void finish(const Outcome &outcome);

    QPointer<RequestPort> m_port;
    quint64 m_token = 0;
    Outcome m_outcome;
    bool m_finished = false;
};

} // namespace mbus::bus
