#pragma once

#include "bus/BusError.h"

#include <QByteArray>
#include <QObject>
#include <QString>

// A byte pipe to the bus: a serial level converter or a transparent TCP gateway. Asynchronous
// only (signals, never waitFor...); an instance lives on its connection's worker thread and is
// used only from there.
namespace mbus::bus {

class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts opening; emits opened() or failed().
    virtual void open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual void write(const QByteArray &bytes) = 0;
    // Drops bytes received and not yet delivered (stale answers, noise) before a new request.
    virtual void discardInput() = 0;
    // The bus's baud rate, for the EN timing (behind a gateway: the rate of its serial side).
    virtual int baud() const = 0;
    // Extra milliseconds this kind of link adds to an answer (USB latency, gateway buffering).
    virtual int latencyMarginMs() const = 0;
    // Changes the rate of the master's side (after the meters switched theirs). False when this
    // link cannot: a gateway's serial rate is set in the gateway.
    virtual bool setBaud(int baud)
    {
        Q_UNUSED(baud);
        return false;
    }
    // "/dev/ttyUSB0 2400 8E1", "tcp 192.168.1.50:1001"
    virtual QString description() const = 0;
    // Called before each poll cycle: a closed serial port (adapter unplugged and back) is opened
    // again; a TCP transport reconnects by itself and ignores this.
    virtual void reopenIfClosed()
    {
        if (!isOpen())
            open();
    }
    // True when the link, once wanted, keeps trying to come up by itself (a gateway connection):
    // a failed attempt is then not the end of opening.
    virtual bool reconnectsByItself() const { return false; }
    // How long a request may wait for a link that is coming back by itself (a gateway that dropped
    // the connection and is being reconnected); 0: a closed link is an error at once.
    virtual int reconnectWaitMs() const { return 0; }
    // What a request meets while the link is down: a port error, or a lost gateway connection.
    virtual BusError notOpenError() const
    {
        return BusError::of(BusErrorCode::PortError, QStringLiteral("%1 is not open").arg(description()));
    }

Q_SIGNALS:
    void opened();
    void received(const QByteArray &bytes);
    // PortError or ConnectionLost; a TCP transport reconnects by itself afterwards.
    void failed(const mbus::bus::BusError &error);
};

} // namespace mbus::bus
