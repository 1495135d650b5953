#pragma once

#include <QMetaType>
#include <QString>

#include <cstdint>

// What went wrong on the bus, in the words the user reads in the diagnostics (and Faceplate
// shows in its Error field): "Timeout", "Checksum error", "Collision", ...
namespace mbus::bus {

enum class BusErrorCode : std::uint8_t {
    None,
    Timeout,         // no answer inside the window
    ChecksumError,   // an answer arrived with a wrong checksum
    Collision,       // several slaves answered at once (garbage, E5 followed by bytes, several frames)
    FramingError,    // bytes that are no frame: wrong length, stop byte, an answer cut short
    UnexpectedFrame, // a valid frame, but not the answer the request asks for
    PortError,       // the serial port failed (unplugged adapter, permissions)
    ConnectionLost,  // the TCP gateway dropped the connection
    Cancelled,       // the user or the program stopped the request
    InvalidRequest,  // the request itself cannot be sent (address out of range, unknown baud rate)
};

struct BusError
{
    BusErrorCode code = BusErrorCode::None;
    QString detail; // e.g. the port's own message

    bool isError() const { return code != BusErrorCode::None; }
    // "Timeout", "Port error: Permission denied", ...
    QString text() const;
    static BusError of(BusErrorCode code, const QString &detail = {}) { return BusError{code, detail}; }
};

// The short stable name ("timeout", "checksum_error") for JSON.
const char *errorCodeName(BusErrorCode code);

// Where a failed request went, for advice that names it.
struct ErrorPlace
{
    int address = -1; // the primary address asked; -1 when the request went by secondary address
    int tries = 0;    // tries per request (the connection's attempts); 0 when unknown
    int baud = 0;     // the line's rate; 0 for a TCP gateway or unknown
    QString port;     // "/dev/ttyUSB0", "192.168.1.50:1001"; empty when unknown
};

// What failed and what to check, as one sentence for the user: "No answer from address 7 after
// 3 tries: check the address, the baud rate (is the meter at 2400 Bd?) and the wiring." The
// meter view and the command line say the same; an empty string for no error.
QString adviceFor(const BusError &error, const ErrorPlace &place);

} // namespace mbus::bus

Q_DECLARE_METATYPE(mbus::bus::BusError)
