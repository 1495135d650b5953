#pragma once

#include "bus/Transport.h"

#include <QTimer>

class QTcpSocket;

namespace mbus::bus {

struct TcpSettings
{
    QString host;
    quint16 port = 0;
    int busBaud = 2400;          // the gateway's serial side, for the EN timing
    int connectTimeoutMs = 5000;
    int latencyMarginMs = 150;   // gateways buffer and forward in packets
    int maxBackoffMs = 30000;
};

// A transparent Ethernet-to-M-Bus gateway through QTcpSocket. When the gateway drops the link it
// reports ConnectionLost and reconnects with growing pauses (0.5 s doubling up to maxBackoffMs);
// bytes of the old connection never reach the new one.
class TcpTransport : public Transport
{
    Q_OBJECT

public:
    explicit TcpTransport(const TcpSettings &settings, QObject *parent = nullptr);
    ~TcpTransport() override;

    void open() override;
    void close() override;
    bool isOpen() const override;
    void write(const QByteArray &bytes) override;
    void discardInput() override;
    int baud() const override { return m_settings.busBaud; }
    int latencyMarginMs() const override { return m_settings.latencyMarginMs; }
    QString description() const override;
    BusError notOpenError() const override;
    // Reconnects by itself while wanted; after close() (polling stopped) it opens again.
    void reopenIfClosed() override
    {
        if (!m_wanted)
            open();
    }
    bool reconnectsByItself() const override { return m_wanted; }
    // A dropped gateway is reconnected by itself: a request waits for that, at most one connect
    // attempt plus the pause before it.
    int reconnectWaitMs() const override;

private:
    void connectSocket();
    void onConnected();
    void onDisconnected();
    void onConnectTimeout();
    void scheduleReconnect();

    TcpSettings m_settings;
    QTcpSocket *m_socket = nullptr;
    QTimer m_connectTimer{this}; // children, so they move to the worker thread with us
    QTimer m_reconnectTimer{this};
    int m_backoffMs = 500;
    bool m_wanted = false;   // open() was called and close() was not
    bool m_everOpened = false;
};

} // namespace mbus::bus
