#pragma once

#include "bus/Master.h"
#include "bus/RequestPort.h"
#include "bus/SerialTransport.h"
#include "bus/TcpTransport.h"
#include "link/ChannelType.h"

#include <QObject>
#include <QThread>

// One connection's worker thread with its transport and master. Everything else talks to it
// through queued calls and signals: requests as replies (RequestPort), finished in the thread
// that owns the client. Nothing here blocks the caller.
namespace mbus::bus {

using link::ChannelType;

struct ConnectionSettings
{
    ChannelType type = ChannelType::Serial;
    SerialSettings serial;
    TcpSettings tcp;
    MasterSettings master;

    QString description() const;
};

class BusClient : public RequestPort
{
    Q_OBJECT

public:
    explicit BusClient(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~BusClient() override;

    const ConnectionSettings &settings() const { return m_settings; }
    void open();
    // Closes the port and ends the worker thread without waiting for it: replies still open
    // finish as Cancelled now, closed() follows once the port is closed, and the client then
    // deletes itself. For a GUI thread, which must not join a worker.
    void shutDown();

Q_SIGNALS:
    void opened();
    void closed();
    void failed(const mbus::bus::BusError &error);
    void traffic(bool outgoing, const QByteArray &bytes, qint64 msecsSinceEpoch);

protected:
    void dispatch(quint64 token, const Request &request) override;
    void cancel(quint64 token) override;

private:
    ConnectionSettings m_settings;
    QThread m_thread;
    Transport *m_transport = nullptr; // lives on m_thread
    Master *m_master = nullptr;       // lives on m_thread
    bool m_shutDown = false;
};

} // namespace mbus::bus
