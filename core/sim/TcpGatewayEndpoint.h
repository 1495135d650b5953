#pragma once

#include "sim/PacedWriter.h"
#include "sim/SimulatedBus.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

#include <memory>
#include <vector>

class QTcpSocket;

// The simulated bus behind a transparent Ethernet gateway: bytes from a TCP client go onto the
// bus as they are, answers come back at the pace of the bus's serial side. With a restart
// period the gateway drops its TCP side now and then, as some gateways do.
namespace mbus::sim {

class TcpGatewayEndpoint : public QObject
{
    Q_OBJECT

public:
    TcpGatewayEndpoint(SimulatedBus &bus, const QElapsedTimer &clock, QObject *parent = nullptr);
    ~TcpGatewayEndpoint() override;

    bool listen(const QHostAddress &address, quint16 port, QString *errorText);
    quint16 port() const { return m_server.serverPort(); }
    // Closes every client connection every `seconds` and refuses new ones for a moment.
    void setRestartPeriod(int seconds);

Q_SIGNALS:
    void traffic(const QString &direction, const QByteArray &bytes);

private:
    struct Client
    {
        QTcpSocket *socket = nullptr;
        std::unique_ptr<PacedWriter> writer;
    };

    void accept();
    void read(QTcpSocket *socket);
    void restart();

    SimulatedBus &m_bus;
    const QElapsedTimer &m_clock;
    QTcpServer m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    std::vector<Client> m_clients;
    QTimer m_restartTimer;
};

} // namespace mbus::sim
