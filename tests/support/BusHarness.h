#pragma once

#include "bus/BusClient.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// A BusClient (its own worker thread, as in the application) and helpers that wait for its
// results with a bounded QSignalSpy::wait on the test's event loop.
namespace mbus::test {

inline bus::ConnectionSettings serialSettings(const QString &port, int baud, int timeoutMs = 0)
{
    bus::ConnectionSettings s;
    s.type = link::ChannelType::Serial;
    s.serial.portName = port;
    s.serial.line.baud = baud;
    s.master.timeoutMs = timeoutMs;
    return s;
}

inline bus::ConnectionSettings tcpSettings(quint16 port, int busBaud, int timeoutMs = 0)
{
    bus::ConnectionSettings s;
    s.type = link::ChannelType::Tcp;
    s.tcp.host = QStringLiteral("127.0.0.1");
    s.tcp.port = port;
    s.tcp.busBaud = busBaud;
    s.tcp.connectTimeoutMs = 2000;
    s.master.timeoutMs = timeoutMs;
    return s;
}

// Runs the event loop until condition() holds or timeoutMs passed; true when it holds.
template<typename Condition>
bool waitUntil(Condition condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition() && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
    return condition();
}

inline std::unique_ptr<bus::BusClient> openClient(const bus::ConnectionSettings &settings)
{
    auto client = std::make_unique<bus::BusClient>(settings);
    QSignalSpy opened(client.get(), &bus::BusClient::opened);
    QSignalSpy failed(client.get(), &bus::BusClient::failed);
    client->open();
    for (int i = 0; i < 50 && opened.isEmpty() && failed.isEmpty(); ++i)
        QTest::qWait(100);
    return opened.isEmpty() ? nullptr : std::move(client);
}

// Waits (at most timeoutMs) for the reply's outcome.
inline bus::Outcome awaitReply(bus::Reply *reply, int timeoutMs = 30000)
{
    QPointer<bus::Reply> guard(reply);
    bus::Outcome result;
    bool done = false;
    QObject::connect(reply, &bus::Reply::finished, reply, [&] {
        result = reply->outcome();
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (!done) {
        if (guard)
            guard->disconnect();
        result.error = bus::BusError::of(bus::BusErrorCode::Cancelled, QStringLiteral("test waited too long"));
    }
    return result;
}

// Sends and waits (at most timeoutMs) for the outcome.
inline bus::Outcome runRequest(bus::RequestPort &port, const bus::Request &request, int timeoutMs = 30000)
{
    return awaitReply(port.send(request), timeoutMs);
}

} // namespace mbus::test
