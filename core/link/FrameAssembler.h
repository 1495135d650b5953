#pragma once

#include "link/Frame.h"

#include <QByteArray>
#include <QByteArrayView>

// Cuts frames out of a byte stream as it arrives from a port. Bytes before a start byte (noise,
// 0xFF runs from a damaged slave, the tail of a garbled answer) are skipped and counted. A
// candidate that fails a frame check is reported once: when its extent is certain (bad checksum
// with the stop byte in place, or the reverse) it is dropped whole, since its data could hold an
// E5 or 68 that is no frame; otherwise only its start byte is dropped and the search resumes at
// the next byte, so one broken frame never hides the good one after it. A complete echo of a
// request is a valid frame and is returned as one: the bus layer knows the request and drops it.
namespace mbus::link {

class FrameAssembler
{
public:
    enum class Status : std::uint8_t {
        NeedMore,   // no complete frame buffered; feed more bytes (or give up on a timeout)
        FrameReady, // frame() holds the next frame
        Broken,     // a candidate frame failed a check; error() says which and where
    };

    void append(QByteArrayView chunk);
    // Takes the next event out of the buffered bytes.
    Status next();

    const Frame &frame() const { return m_frame; }
    // For Broken: the failed check, offset counted from the first byte ever appended.
    const Error &error() const { return m_error; }

    // Bytes skipped because they could not start a frame, and the bytes of broken frames.
    qint64 skippedBytes() const { return m_skipped; }
    qint64 brokenFrames() const { return m_broken; }
    // Bytes held back while waiting for the rest of a frame.
    qsizetype pendingBytes() const { return m_buffer.size() - m_pos; }
    // Total length the pending candidate needs, as far as its header tells (0 when none).
    qsizetype pendingFrameLength() const;
    // Gives up on the candidate frame that is waiting for more bytes (the line went quiet): its
    // start byte counts as skipped and next() looks at the bytes after it, so a stray 0x10 or 0x68
    // before an E5 does not hide the E5. False when nothing is pending.
    bool abandonPending();
    // Drops buffered bytes (e.g. before a new request); counters stay.
    void clear();
    void resetCounters();

private:
    void compact();

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_streamOffset = 0; // stream position of m_buffer[0]
    Frame m_frame;
    Error m_error;
    qint64 m_skipped = 0;
    qint64 m_broken = 0;
};

} // namespace mbus::link
