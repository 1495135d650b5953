#include "TcpTransport.h"

#include <QTcpSocket>

namespace mbus::bus {

TcpTransport::TcpTransport(const TcpSettings &settings, QObject *parent)
    : Transport(parent)
    , m_settings(settings)
{
    m_connectTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &TcpTransport::onConnectTimeout);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &TcpTransport::connectSocket);
}

TcpTransport::~TcpTransport()
{
    close();
}

QString TcpTransport::description() const
{
    return QStringLiteral("tcp %1:%2").arg(m_settings.host).arg(m_settings.port);
}

BusError TcpTransport::notOpenError() const
{
    if (!m_everOpened)
        return Transport::notOpenError();
    return BusError::of(BusErrorCode::ConnectionLost, QStringLiteral("%1, reconnecting").arg(description()));
}

int TcpTransport::reconnectWaitMs() const
{
    if (!m_wanted || !m_everOpened)
        return 0; // never connected: a wrong address or a gateway that is off, say so at once
    const int pause = m_reconnectTimer.isActive() ? m_reconnectTimer.remainingTime() : 0;
    return pause + m_settings.connectTimeoutMs;
}

void TcpTransport::open()
{
    m_wanted = true;
    m_backoffMs = 500;
    connectSocket();
}

void TcpTransport::connectSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    // A new socket per connection: nothing buffered for the old one can leak into the new one.
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &TcpTransport::onConnected);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpTransport::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        const QByteArray bytes = m_socket->readAll();
        if (!bytes.isEmpty())
            Q_EMIT received(bytes);
    });
    m_connectTimer.start(m_settings.connectTimeoutMs);
    m_socket->connectToHost(m_settings.host, m_settings.port);
}

void TcpTransport::onConnected()
{
    m_connectTimer.stop();
    m_backoffMs = 500;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_everOpened = true;
    Q_EMIT opened();
}

void TcpTransport::onDisconnected()
{
    m_connectTimer.stop();
    if (!m_wanted || m_reconnectTimer.isActive())
        return;
    const QString reason = m_socket ? m_socket->errorString() : QString();
    Q_EMIT failed(BusError::of(m_everOpened ? BusErrorCode::ConnectionLost : BusErrorCode::PortError,
                               QStringLiteral("%1 (%2)").arg(description(), reason)));
    scheduleReconnect();
}

void TcpTransport::onConnectTimeout()
{
    if (m_socket)
        m_socket->abort(); // reports through onDisconnected
    if (m_wanted && !m_reconnectTimer.isActive()) {
        Q_EMIT failed(BusError::of(m_everOpened ? BusErrorCode::ConnectionLost : BusErrorCode::PortError,
                                   QStringLiteral("%1: connect timeout").arg(description())));
        scheduleReconnect();
    }
}

void TcpTransport::scheduleReconnect()
{
    if (!m_wanted)
        return;
    m_reconnectTimer.start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, m_settings.maxBackoffMs);
}

void TcpTransport::close()
{
    m_wanted = false;
    m_connectTimer.stop();
    m_reconnectTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

bool TcpTransport::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void TcpTransport::write(const QByteArray &bytes)
{
    if (isOpen())
        m_socket->write(bytes);
}

void TcpTransport::discardInput()
{
    if (m_socket)
        m_socket->readAll();
}

} // namespace mbus::bus
