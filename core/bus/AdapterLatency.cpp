#include "AdapterLatency.h"

#include "link/LineSettings.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace mbus::bus {

namespace {

constexpr int UsualUsbLatencyMs = 16; // FTDI's and most bridges' default latency timer

// FTDI adapters publish their latency timer; other bridges have none to read.
int usbLatencyTimerMs(const QString &device)
{
    QFile file(QStringLiteral("/sys/bus/usb-serial/devices/%1/latency_timer").arg(QFileInfo(device).fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return UsualUsbLatencyMs;
    bool ok = false;
    const int ms = file.readAll().trimmed().toInt(&ok);
    return ok && ms >= 0 && ms <= 255 ? ms : UsualUsbLatencyMs;
}

QString deviceNode(const QString &portName)
{
    const QString path = portName.startsWith(QLatin1Char('/')) ? portName : QStringLiteral("/dev/") + portName;
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? path : canonical;
}

} // namespace

SerialAdapterKind serialAdapterKind(const QString &portName)
{
    const QString device = deviceNode(portName);
    if (device.startsWith(QLatin1String("/dev/pts/")) || device == QLatin1String("/dev/ptmx"))
        return SerialAdapterKind::PseudoTerminal;
    const QString name = QFileInfo(device).fileName();
    if (name.startsWith(QLatin1String("ttyUSB")) || name.startsWith(QLatin1String("ttyACM")))
        return SerialAdapterKind::UsbSerial;
    if (name.startsWith(QLatin1String("ttyS")) || name.startsWith(QLatin1String("ttyAMA")))
        return SerialAdapterKind::NativeUart;
    return SerialAdapterKind::Unknown;
}

int serialLatencyMarginMs(const QString &portName, int baud)
{
    const double character = link::characterMs(baud);
    switch (serialAdapterKind(portName)) {
    case SerialAdapterKind::PseudoTerminal:
        return int(std::ceil(character + 4));
    case SerialAdapterKind::NativeUart:
        return int(std::ceil(5 * character + 2));
    case SerialAdapterKind::UsbSerial:
        return int(std::ceil(usbLatencyTimerMs(deviceNode(portName)) + character + 2));
    case SerialAdapterKind::Unknown:
        break;
    }
    return int(std::ceil(UsualUsbLatencyMs + character + 2));
}

} // namespace mbus::bus
