#pragma once

#include "bus/Transport.h"
#include "link/LineSettings.h"

class QSerialPort;

namespace mbus::bus {

struct SerialSettings
{
    QString portName;     // "/dev/ttyUSB0", "COM3", or a pty path
    link::LineSettings line;
    int latencyMarginMs = 15; // USB serial adapters deliver in 1..16 ms slices
};

// A serial level converter through QSerialPort. Line settings are applied before open(): a
// pseudo-terminal refuses Even parity once it is open.
class SerialTransport : public Transport
{
    Q_OBJECT

public:
    explicit SerialTransport(const SerialSettings &settings, QObject *parent = nullptr);
    ~SerialTransport() override;

    void open() override;
    void close() override;
    bool isOpen() const override;
    void write(const QByteArray &bytes) override;
    void discardInput() override;
    int baud() const override { return m_settings.line.baud; }
    int latencyMarginMs() const override { return m_settings.latencyMarginMs; }
    bool setBaud(int baud) override;
    QString description() const override;

private:
    void onReadyRead();
    void onError(int error);

    SerialSettings m_settings;
    QSerialPort *m_port = nullptr;
};

} // namespace mbus::bus
