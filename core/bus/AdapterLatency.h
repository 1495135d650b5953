#pragma once

#include <QString>

// How late a serial adapter may hand over a character that has arrived: the margin added to the
// EN answer window, so that an answer begun at the window's end is still seen, without making
// every empty address of a scan wait longer than it must.
namespace mbus::bus {

enum class SerialAdapterKind { PseudoTerminal, NativeUart, UsbSerial, Unknown };

// By the device node the port name leads to (a symlink is followed): /dev/pts/N, /dev/ttyS*,
// /dev/ttyUSB* and /dev/ttyACM*.
SerialAdapterKind serialAdapterKind(const QString &portName);

// The margin in milliseconds at baud:
// - USB adapters: the chip's latency timer (FTDI's latency_timer in sysfs when readable, else the
//   usual 16 ms) plus one character and 2 ms of USB scheduling;
// - a native UART: its receive FIFO hands over after about 4 quiet character times, so 5
//   characters plus 2 ms;
// - a pseudo-terminal (mbus-sim, socat): no hardware at all, one character plus 4 ms of process
//   scheduling.
// Unknown ports get the USB value: laptops reach M-Bus through USB level converters.
int serialLatencyMarginMs(const QString &portName, int baud);

} // namespace mbus::bus
