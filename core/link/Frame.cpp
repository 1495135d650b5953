#include "Frame.h"

namespace mbus::link {

QByteArrayView Frame::userData() const
{
    if (type != FrameType::Long || raw.size() < UserDataOffset + 2)
        return {};
    return QByteArrayView(raw).sliced(UserDataOffset, raw.size() - UserDataOffset - 2);
}

std::uint8_t checksum(const std::uint8_t *bytes, qsizetype size)
{
    unsigned sum = 0;
    for (qsizetype i = 0; i < size; ++i)
        sum += bytes[i];
    return static_cast<std::uint8_t>(sum);
}

QByteArray encodeAck()
{
    return QByteArray(1, static_cast<char>(FrameByte::Ack));
}

QByteArray encodeShortFrame(std::uint8_t c, std::uint8_t a)
{
    const std::uint8_t frame[ShortFrameSize] = {FrameByte::ShortStart, c, a,
                                                static_cast<std::uint8_t>(c + a), FrameByte::Stop};
    return QByteArray(reinterpret_cast<const char *>(frame), ShortFrameSize);
}

QByteArray encodeLongFrame(std::uint8_t c, std::uint8_t a, std::uint8_t ci, QByteArrayView userData)
{
    if (userData.size() > MaxUserDataSize)
        return {};
    const qsizetype dataSize = userData.size();
    const auto l = static_cast<std::uint8_t>(dataSize + 3);
    QByteArray frame;
    frame.reserve(l + LongFrameOverhead);
    frame.append(char(FrameByte::LongStart)).append(char(l)).append(char(l)).append(char(FrameByte::LongStart));
    frame.append(char(c)).append(char(a)).append(char(ci));
    frame.append(userData.first(dataSize));
    const auto *body = reinterpret_cast<const std::uint8_t *>(frame.constData()) + 4;
    frame.append(char(checksum(body, l)));
    frame.append(char(FrameByte::Stop));
    return frame;
}

namespace {

FrameScan complete(qsizetype length)
{
    return {FrameScan::Status::Complete, length, {}};
}

FrameScan needMore(qsizetype length)
{
    return {FrameScan::Status::NeedMore, length, {}};
}

FrameScan invalid(ErrorCode code, int offset, int expected, int actual)
{
    return {FrameScan::Status::Invalid, 0, Error::at(code, offset, expected, actual)};
}

FrameScan scanShortFrame(const std::uint8_t *p, qsizetype n)
{
    if (n < ShortFrameSize)
        return needMore(ShortFrameSize);
    const std::uint8_t cs = checksum(p + 1, 2);
    if (p[4] != FrameByte::Stop) {
        FrameScan scan = invalid(ErrorCode::StopByteMissing, 4, FrameByte::Stop, p[4]);
        if (p[3] == cs)
            scan.length = ShortFrameSize;
        return scan;
    }
    if (p[3] != cs) {
        FrameScan scan = invalid(ErrorCode::ChecksumMismatch, 3, cs, p[3]);
        scan.length = ShortFrameSize;
        return scan;
    }
    return complete(ShortFrameSize);
}

FrameScan scanLongFrame(const std::uint8_t *p, qsizetype n)
{
    if (n < 2)
        return needMore(2);
    const int l = p[1];
    if (l < 3)
        return invalid(ErrorCode::LengthOutOfRange, 1, 3, l);
    if (n < 3)
        return needMore(3);
    if (p[2] != l)
        return invalid(ErrorCode::LengthMismatch, 2, l, p[2]);
    if (n < 4)
        return needMore(4);
    if (p[3] != FrameByte::LongStart)
        return invalid(ErrorCode::SecondStartByteMissing, 3, FrameByte::LongStart, p[3]);
    const qsizetype total = l + LongFrameOverhead;
    if (n < total)
        return needMore(total);
    const std::uint8_t cs = checksum(p + 4, l);
    if (p[total - 1] != FrameByte::Stop) {
        FrameScan scan = invalid(ErrorCode::StopByteMissing, int(total - 1), FrameByte::Stop, p[total - 1]);
        if (p[total - 2] == cs)
            scan.length = total; // the checksum confirms where the frame ends
        return scan;
    }
    if (p[total - 2] != cs) {
        FrameScan scan = invalid(ErrorCode::ChecksumMismatch, int(total - 2), cs, p[total - 2]);
        scan.length = total; // the frame is well formed: its extent is known
        return scan;
    }
    return complete(total);
}

} // namespace

FrameScan scanFrame(const std::uint8_t *bytes, qsizetype size)
{
    if (size <= 0)
        return needMore(1);
    switch (bytes[0]) {
    case FrameByte::Ack: return complete(1);
    case FrameByte::ShortStart: return scanShortFrame(bytes, size);
    case FrameByte::LongStart: return scanLongFrame(bytes, size);
    default: return invalid(ErrorCode::UnknownStartByte, 0, -1, bytes[0]);
    }
}

Frame frameFromScanned(const std::uint8_t *bytes, qsizetype length)
{
    Frame frame;
    frame.raw = QByteArray(reinterpret_cast<const char *>(bytes), length);
    if (length == 1) {
        frame.type = FrameType::Ack;
    } else if (length == ShortFrameSize && bytes[0] == FrameByte::ShortStart) {
        frame.type = FrameType::Short;
        frame.c = bytes[1];
        frame.a = bytes[2];
    } else {
        frame.type = length == 3 + LongFrameOverhead ? FrameType::Control : FrameType::Long;
        frame.c = bytes[4];
        frame.a = bytes[5];
        frame.ci = bytes[6];
    }
    return frame;
}

Result<Frame> parseFrame(QByteArrayView input)
{
    if (input.isEmpty())
        return Error::at(ErrorCode::EmptyInput, 0);
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(input.data());
    const FrameScan scan = scanFrame(bytes, input.size());
    switch (scan.status) {
    case FrameScan::Status::Invalid:
        return scan.error;
    case FrameScan::Status::NeedMore:
        return Error::at(ErrorCode::Truncated, int(input.size()), int(scan.length), int(input.size()));
    case FrameScan::Status::Complete:
        break;
    }
    if (scan.length != input.size())
        return Error::at(ErrorCode::TrailingBytes, int(scan.length), 0, int(input.size() - scan.length));
    return frameFromScanned(bytes, scan.length);
}

} // namespace mbus::link
