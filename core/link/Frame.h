#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

// EN 13757-2 frames (MBUS_FACTS 1.2): the single character E5, the short frame
// 10 C A CS 16, the control frame (a long frame with L = 3) and the long frame
// 68 L L 68 C A CI data CS 16.
namespace mbus::link {

enum class FrameType : std::uint8_t { Ack, Short, Control, Long };

namespace FrameByte {
constexpr std::uint8_t Ack = 0xE5;
constexpr std::uint8_t ShortStart = 0x10;
constexpr std::uint8_t LongStart = 0x68;
constexpr std::uint8_t Stop = 0x16;
} // namespace FrameByte

constexpr int ShortFrameSize = 5;
constexpr int LongFrameOverhead = 6;  // 68 L L 68 ... CS 16 around the L counted bytes
constexpr int UserDataOffset = 7;     // first byte after C, A, CI in a long frame
constexpr int MaxUserDataSize = 252;  // L = 255 minus C, A, CI

struct Frame
{
    FrameType type = FrameType::Ack;
    std::uint8_t c = 0;
    std::uint8_t a = 0;
    std::uint8_t ci = 0;
    QByteArray raw; // every byte of the frame, start byte to stop byte

    bool hasCi() const { return type == FrameType::Control || type == FrameType::Long; }
    // The bytes after CI (empty for everything but a long frame).
    QByteArrayView userData() const;
};

// 8-bit arithmetic sum, the checksum of EN 13757-2.
std::uint8_t checksum(const std::uint8_t *bytes, qsizetype size);

// Encoders: the exact bytes to put on the wire.
QByteArray encodeAck();
QByteArray encodeShortFrame(std::uint8_t c, std::uint8_t a);
// A control frame when userData is empty, a long frame otherwise. More than 252 bytes of user
// data do not fit a frame: the result is empty, and callers refuse the request.
QByteArray encodeLongFrame(std::uint8_t c, std::uint8_t a, std::uint8_t ci, QByteArrayView userData = {});

// What the bytes at the start of a buffer amount to. bytes[0] must be the first byte of a
// candidate frame; nothing past size is read.
struct FrameScan
{
    enum class Status : std::uint8_t { Complete, NeedMore, Invalid };
    Status status = Status::NeedMore;
    qsizetype length = 0; // Complete: frame length; NeedMore: bytes known to be needed so far;
                          // Invalid: the whole frame when its extent is certain (a checksum
                          // mismatch with the stop byte in place, or the other way round), else 0
    Error error;          // Invalid: which check failed, offset relative to bytes[0]
};
FrameScan scanFrame(const std::uint8_t *bytes, qsizetype size);

// Builds a Frame from bytes that scanFrame() reported Complete.
Frame frameFromScanned(const std::uint8_t *bytes, qsizetype length);

// Parses exactly one frame that must fill the buffer.
Result<Frame> parseFrame(QByteArrayView bytes);

} // namespace mbus::link
