#pragma once

#include <QByteArray>

#include <cstdint>

// The character format of a serial line (MBUS_FACTS 1.1: M-Bus is 8E1, usually 2400 Bd).
namespace mbus::link {

enum class Parity : std::uint8_t { None, Even, Odd };

struct LineSettings
{
    int baud = 2400;
    int dataBits = 8;
    Parity parity = Parity::Even;
    int stopBits = 1;

    friend bool operator==(const LineSettings &a, const LineSettings &b)
    {
        return a.baud == b.baud && a.dataBits == b.dataBits && a.parity == b.parity && a.stopBits == b.stopBits;
    }
    friend bool operator!=(const LineSettings &a, const LineSettings &b) { return !(a == b); }
};

// "2400 8E1"
QByteArray lineSettingsText(const LineSettings &settings);
// "none"/"n", "even"/"e", "odd"/"o" (any case).
bool parseParity(const QByteArray &text, Parity *parity);
// Milliseconds one character (start, 8 data, parity, stop = 11 bits) takes at baud.
double characterMs(int baud);

// The EN 13757-2 answer window: a slave starts answering no later than 330 bit times + 50 ms
// after the end of the request (MBUS_FACTS 1.1). Returns that limit in ms, counted from the
// start of sending a request of requestBytes, so it includes the request's own time on the wire.
double answerWindowMs(int baud, int requestBytes);

} // namespace mbus::link
