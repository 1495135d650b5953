#pragma once

#include "bus/Request.h"

#include <QObject>

// Where bus requests go: a connection's master, on whatever thread it lives. Scanners, the meter
// view and the commands submit through this and hear back through finished(); a BusClient is one,
// and so is a running poller (engine/PollerPort), which keeps a serial port for itself.
namespace mbus::bus {

class RequestPort : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Queues a request; finished() reports it with the returned id.
    virtual quint64 submit(const Request &request) = 0;
    // Drops what is queued from this port and stops the request under way.
    virtual void cancelAll() = 0;

Q_SIGNALS:
    void finished(const mbus::bus::Outcome &outcome);
};

} // namespace mbus::bus
