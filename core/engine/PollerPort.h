#pragma once

#include "bus/RequestPort.h"

#include <atomic>

// The request port of a connection whose port a poller owns: requests go to the poller's thread
// and are sent between its reads; outcomes come back as signals in this object's thread.
namespace mbus::engine {

class ConnectionPoller;

class PollerPort : public bus::RequestPort
{
    Q_OBJECT

public:
    explicit PollerPort(ConnectionPoller *poller, QObject *parent = nullptr);

    quint64 submit(const bus::Request &request) override;
    void cancelAll() override;

private:
    ConnectionPoller *m_poller;
    static std::atomic<quint64> s_nextId; // ids unique across ports: scanners filter on them
};

} // namespace mbus::engine
