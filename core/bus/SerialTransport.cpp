#include "SerialTransport.h"

#include "bus/AdapterLatency.h"

#include <QSerialPort>

namespace mbus::bus {

namespace {

QSerialPort::Parity qtParity(link::Parity parity)
{
    switch (parity) {
    case link::Parity::None: return QSerialPort::NoParity;
    case link::Parity::Even: return QSerialPort::EvenParity;
    case link::Parity::Odd: return QSerialPort::OddParity;
    }
    return QSerialPort::EvenParity;
}

} // namespace

SerialTransport::SerialTransport(const SerialSettings &settings, QObject *parent)
    : Transport(parent)
    , m_settings(settings)
{
}

SerialTransport::~SerialTransport()
{
    close();
}

int SerialTransport::latencyMarginMs() const
{
    if (m_settings.latencyMarginMs >= 0)
        return m_settings.latencyMarginMs;
    if (m_adapterMarginMs < 0) // not opened yet: look now (a stat and perhaps one sysfs read)
        return serialLatencyMarginMs(m_settings.portName, m_settings.line.baud);
    return m_adapterMarginMs;
}

QString SerialTransport::description() const
{
    return m_settings.portName + QLatin1Char(' ') + QString::fromLatin1(link::lineSettingsText(m_settings.line));
}

void SerialTransport::open()
{
    close();
    // Created here, on the worker thread that opens it, so its notifiers belong to that thread.
    m_port = new QSerialPort(this);
    m_port->setPortName(m_settings.portName);
    m_port->setBaudRate(m_settings.line.baud);
    m_port->setDataBits(m_settings.line.dataBits == 7 ? QSerialPort::Data7 : QSerialPort::Data8);
    m_port->setParity(qtParity(m_settings.line.parity));
    m_port->setStopBits(m_settings.line.stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadWrite)) {
        const QString reason = m_port->errorString();
        delete m_port;
        m_port = nullptr;
        Q_EMIT failed(BusError::of(BusErrorCode::PortError, QStringLiteral("%1: %2").arg(m_settings.portName, reason)));
        return;
    }
    m_adapterMarginMs = serialLatencyMarginMs(m_settings.portName, m_settings.line.baud);
    connect(m_port, &QSerialPort::readyRead, this, &SerialTransport::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) { onError(int(e)); });
    Q_EMIT opened();
}

void SerialTransport::close()
{
    if (!m_port)
        return;
    m_port->disconnect(this);
    m_port->close();
    m_port->deleteLater();
    m_port = nullptr;
}

bool SerialTransport::setBaud(int baud)
{
    m_settings.line.baud = baud;
    m_adapterMarginMs = -1; // the margin counts characters of the new rate
    if (isOpen() && m_port->setBaudRate(baud) && isOpen())
        m_adapterMarginMs = serialLatencyMarginMs(m_settings.portName, baud);
    if (!isOpen() || m_adapterMarginMs >= 0)
        return true;
    // Some drivers refuse a change while open (a pty with parity does): open again with it.
    open();
    return isOpen();
}

bool SerialTransport::isOpen() const
{
    return m_port && m_port->isOpen();
}

void SerialTransport::write(const QByteArray &bytes)
{
    if (isOpen())
        m_port->write(bytes);
}

// Every call into QSerialPort may emit errorOccurred from inside it (an unplugged adapter makes
// tcflush fail with EIO), and onError closes the port: nothing after such a call may assume it
// is still there.
void SerialTransport::discardInput()
{
    if (!isOpen())
        return;
    m_port->clear(QSerialPort::Input);
    if (!isOpen())
        return;
    m_port->readAll(); // what Qt had buffered already
}

void SerialTransport::onReadyRead()
{
    if (!m_port)
        return;
    const QByteArray bytes = m_port->readAll();
    if (!bytes.isEmpty())
        Q_EMIT received(bytes);
}

void SerialTransport::onError(int error)
{
    const auto e = QSerialPort::SerialPortError(error);
    if (e == QSerialPort::NoError || e == QSerialPort::TimeoutError)
        return;
    // Parity/framing errors are reported by the data they garble; only failures of the port end it.
    if (e == QSerialPort::ResourceError || e == QSerialPort::DeviceNotFoundError || e == QSerialPort::PermissionError
        || e == QSerialPort::WriteError || e == QSerialPort::ReadError) {
        const QString reason = m_port ? m_port->errorString() : QString();
        close();
        Q_EMIT failed(BusError::of(BusErrorCode::PortError, QStringLiteral("%1: %2").arg(m_settings.portName, reason)));
    }
}

} // namespace mbus::bus
