#include "FrameLayout.h"

namespace mbus::frametext {

QList<FrameSegment> frameSegments(const decode::Telegram &telegram)
{
    using Kind = FrameSegment::Kind;
    QList<FrameSegment> segments;
    const link::Frame &frame = telegram.frame;
    const int size = int(frame.raw.size());
    switch (frame.type) {
    case link::FrameType::Ack:
        return {FrameSegment{Kind::Control, 0, qMin(size, 1), -1}};
    case link::FrameType::Short:
        if (size < link::ShortFrameSize)
            return {};
        return {FrameSegment{Kind::Start, 0, 1, -1}, FrameSegment{Kind::Control, 1, 1, -1}, FrameSegment{Kind::Address, 2, 1, -1},
                FrameSegment{Kind::Checksum, 3, 1, -1}, FrameSegment{Kind::Stop, 4, 1, -1}};
    case link::FrameType::Control:
    case link::FrameType::Long:
        break;
    }
    if (size < link::UserDataOffset + 2)
        return {};
    // 68 L L 68 C A CI: the three link bytes after the start block.
    segments << FrameSegment{Kind::Start, 0, 4, -1} << FrameSegment{Kind::Control, 4, 1, -1}
             << FrameSegment{Kind::Address, 5, 1, -1} << FrameSegment{Kind::Ci, 6, 1, -1};
    const int end = size - 2; // checksum and stop
    int next = link::UserDataOffset;
    if (!telegram.records.empty())
        next = qMax(next, int(telegram.records.front().offset));
    else if (telegram.manufacturerDataOffset > 0)
        next = qMax(next, telegram.manufacturerDataOffset - 1);
    else
        next = end;
    if (next > link::UserDataOffset)
        segments << FrameSegment{Kind::DataHeader, link::UserDataOffset, next - link::UserDataOffset, -1};
    int covered = next;
    for (std::size_t i = 0; i < telegram.records.size(); ++i) {
        const decode::Record &r = telegram.records[i];
        segments << FrameSegment{Kind::Record, r.offset, r.size, int(i)};
        covered = r.offset + r.size;
    }
    // The block after DIF 0x0F/0x1F, when the records list did not already cover it.
    if (telegram.manufacturerDataOffset > 0 && telegram.manufacturerDataOffset >= covered && telegram.manufacturerDataOffset < end)
        segments << FrameSegment{Kind::ManufacturerData, telegram.manufacturerDataOffset, end - telegram.manufacturerDataOffset, -1};
    segments << FrameSegment{Kind::Checksum, end, 1, -1} << FrameSegment{Kind::Stop, end + 1, 1, -1};
    return segments;
}

} // namespace mbus::frametext
