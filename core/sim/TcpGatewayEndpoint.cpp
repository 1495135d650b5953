#include "TcpGatewayEndpoint.h"

#include "sim/AnswerScheduling.h"

#include <QTcpSocket>

#include <algorithm>

namespace mbus::sim {

namespace {
constexpr int RestartPauseMs = 500;
}

TcpGatewayEndpoint::TcpGatewayEndpoint(SimulatedBus &bus, const QElapsedTimer &clock, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_clock(clock)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpGatewayEndpoint::accept);
    connect(&m_restartTimer, &QTimer::timeout, this, &TcpGatewayEndpoint::restart);
}

TcpGatewayEndpoint::~TcpGatewayEndpoint()
{
    for (Client &client : m_clients)
        client.socket->abort();
}

bool TcpGatewayEndpoint::listen(const QHostAddress &address, quint16 port, QString *errorText)
{
    m_address = address;
    if (!m_server.listen(address, port)) {
        *errorText = m_server.errorString();
        return false;
    }
    m_port = m_server.serverPort();
    return true;
}

void TcpGatewayEndpoint::setRestartPeriod(int seconds)
{
    if (seconds > 0)
        m_restartTimer.start(seconds * 1000);
    else
        m_restartTimer.stop();
}

void TcpGatewayEndpoint::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        Client client;
        client.socket = socket;
        client.writer = std::make_unique<PacedWriter>([this, socket](const QByteArray &bytes) {
            Q_EMIT traffic(QStringLiteral("out"), bytes);
            socket->write(bytes);
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_clients.erase(std::remove_if(m_clients.begin(), m_clients.end(),
                                           [socket](const Client &c) { return c.socket == socket; }),
                            m_clients.end());
            socket->deleteLater();
        });
        m_clients.push_back(std::move(client));
    }
}

void TcpGatewayEndpoint::read(QTcpSocket *socket)
{
    const QByteArray bytes = socket->readAll();
    Q_EMIT traffic(QStringLiteral("in"), bytes);
    const auto client = std::find_if(m_clients.begin(), m_clients.end(), [socket](const Client &c) { return c.socket == socket; });
    if (client == m_clients.end())
        return;
    // The gateway's serial side is set up for the bus: the master's line is the bus's line.
    const LineSettings master = m_bus.line();
    const QList<BusAnswer> answers = m_bus.receive(bytes, master, double(m_clock.nsecsElapsed()) / 1e9);
    scheduleAnswers(*client->writer, answers, bytes.size(), master.baud);
}

void TcpGatewayEndpoint::restart()
{
    m_server.close();
    std::vector<QTcpSocket *> sockets;
    for (Client &client : m_clients)
        sockets.push_back(client.socket);
    for (QTcpSocket *socket : sockets)
        socket->abort();
    QTimer::singleShot(RestartPauseMs, this, [this] { m_server.listen(m_address, m_port); });
}

} // namespace mbus::sim
