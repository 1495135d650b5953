#pragma once

#include "decode/Telegram.h"

#include <QList>
#include <QString>

// The parts of a decoded frame byte by byte, for views that annotate the hex of a frame: the
// link layer around it, the data header, each record and the manufacturer data.
namespace mbus::frametext {

struct FrameSegment
{
    enum class Kind : std::uint8_t { Start, Control, Address, Ci, DataHeader, Record, ManufacturerData, Checksum, Stop };
    Kind kind = Kind::Start;
    int offset = 0; // into Telegram::frame.raw
    int size = 0;
    int record = -1; // Record: its index in Telegram::records
};

// In order of offset; bytes no segment covers (after a decode error) are left out.
QList<FrameSegment> frameSegments(const decode::Telegram &telegram);

} // namespace mbus::frametext
