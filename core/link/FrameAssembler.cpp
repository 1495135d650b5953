#include "FrameAssembler.h"

#include <limits>

namespace mbus::link {

namespace {

bool isStartByte(std::uint8_t b)
{
    return b == FrameByte::Ack || b == FrameByte::ShortStart || b == FrameByte::LongStart;
}

} // namespace

void FrameAssembler::append(QByteArrayView chunk)
{
    compact();
    m_buffer.append(chunk);
}

FrameAssembler::Status FrameAssembler::next()
{
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(m_buffer.constData());
    const qsizetype size = m_buffer.size();
    while (m_pos < size && !isStartByte(bytes[m_pos])) {
        ++m_pos;
        ++m_skipped;
    }
    if (m_pos >= size)
        return Status::NeedMore;

    const FrameScan scan = scanFrame(bytes + m_pos, size - m_pos);
    switch (scan.status) {
    case FrameScan::Status::NeedMore:
        return Status::NeedMore;
    case FrameScan::Status::Complete:
        m_frame = frameFromScanned(bytes + m_pos, scan.length);
        m_pos += scan.length;
        return Status::FrameReady;
    case FrameScan::Status::Invalid:
        break;
    }
    m_error = scan.error;
    // Offsets count from the first byte ever appended; a link that runs for weeks saturates them.
    m_error.offset = int(qMin<qint64>(m_streamOffset + m_pos + scan.error.offset, std::numeric_limits<int>::max()));
    const qsizetype dropped = scan.length > 0 ? scan.length : 1;
    m_pos += dropped;
    m_skipped += dropped;
    ++m_broken;
    return Status::Broken;
}

qsizetype FrameAssembler::pendingFrameLength() const
{
    if (m_pos >= m_buffer.size())
        return 0;
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(m_buffer.constData()) + m_pos;
    const FrameScan scan = scanFrame(bytes, m_buffer.size() - m_pos);
    return scan.status == FrameScan::Status::NeedMore ? scan.length : 0;
}

bool FrameAssembler::abandonPending()
{
    if (m_pos >= m_buffer.size())
        return false;
    ++m_pos;
    ++m_skipped;
    return true;
}

void FrameAssembler::clear()
{
    m_streamOffset += m_buffer.size();
    m_buffer.clear();
    m_pos = 0;
}

void FrameAssembler::resetCounters()
{
    m_skipped = 0;
    m_broken = 0;
}

void FrameAssembler::compact()
{
    if (m_pos == 0)
        return;
    m_buffer.remove(0, m_pos);
    m_streamOffset += m_pos;
    m_pos = 0;
}

} // namespace mbus::link
