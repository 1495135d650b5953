#pragma once

#include "link/LineSettings.h"

#include <QByteArray>
#include <QList>

#include <vector>

// Whether characters survive the trip between two UARTs with possibly different settings. A pty
// carries no parity and no timing, so this model stands in for the wire: it decides from both
// sides' baud rate, data bits, parity and stop bits what the receiver reads. M-Bus sends the
// characters of a telegram without gaps (MBUS_FACTS 1.1), which the model assumes.
namespace mbus::sim {

using link::LineSettings;
using link::Parity;

// What a receiver makes of a byte sequence sent without gaps. A character with a parity or
// framing error reaches the program as 0x00: Linux does that when input parity checking is on
// (INPCK without IGNPAR or PARMRK), which is how QSerialPort opens a port with parity.
struct LineResult
{
    QByteArray received;
    int lost = 0;      // characters with a parity or framing error (received as 0x00)
    bool garbled = false; // baud rates differ: what arrives is noise
};

LineResult transmit(const QByteArray &bytes, const LineSettings &sender, const LineSettings &receiver);

// Several slaves answering at once, each starting bitOffsets[i] bit times after the first: what the
// master's UART reads from the superimposed line.
LineResult superimpose(const QList<QByteArray> &answers, const QList<int> &bitOffsets, const LineSettings &sender,
                       const LineSettings &receiver);

// The bits of characters sent without gaps, and what a UART reads from bits.
std::vector<int> lineBits(const QByteArray &bytes, const LineSettings &sender);
LineResult receiveBits(const std::vector<int> &stream, const LineSettings &receiver);

// Baud rates within 2 % count as equal (crystal tolerances of real UARTs).
bool sameBaud(int a, int b);

} // namespace mbus::sim
