#pragma once

#include "bus/Transport.h"
#include "link/LineSettings.h"

class QSerialPort;

namespace mbus::bus {

struct SerialSettings
{
    QString portName;     // "/dev/ttyUSB0", "COM3", or a pty path
    link::LineSettings line;
    int latencyMarginMs = -1; // -1: from the adapter and the baud rate (AdapterLatency.h)
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
    int latencyMarginMs() const override;
    bool setBaud(int baud) override;
    QString description() const override;

private:
    void onReadyRead();
    void onError(int error);

    SerialSettings m_settings;
    QSerialPort *m_port = nullptr;
    int m_adapterMarginMs = -1; // the adapter's margin at the current rate, found when opened
};

} // namespace mbus::bus
