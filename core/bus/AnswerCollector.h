#pragma once

#include "bus/BusError.h"
#include "link/Frame.h"
#include "link/FrameAssembler.h"

#include <QList>

// What came back for one request, and what it amounts to (MBUS_FACTS 1.6). Pure logic: the
// exchange feeds it the bytes as they arrive and asks for the verdict when the time is up.
namespace mbus::bus {

enum class Expect : std::uint8_t {
    Ack,          // E5 (SND_NKE, SND_UD, selection)
    UserData,     // RSP_UD (REQ_UD2)
    AckOrUserData, // REQ_UD1: E5 or RSP_UD
    Anything,     // raw requests and broadcasts: whatever arrives is the answer
    Nothing,      // a wake-up preamble: no slave answers it; what arrives (an echo) is dropped
};

class AnswerCollector
{
public:
    explicit AnswerCollector(const QByteArray &request = {});

    void feed(const QByteArray &bytes);
    // No more bytes will come: resolve what is still waiting to become a frame.
    void endOfInput();

    const QList<link::Frame> &frames() const { return m_frames; } // answers, echo removed
    int echoes() const { return m_echoes; }
    qint64 garbageBytes() const { return m_assembler.skippedBytes() - m_brokenBytes; }
    int brokenFrames() const { return int(m_assembler.brokenFrames()); }
    qint64 receivedBytes() const { return m_received; }
    // A frame has begun and needs this many bytes in all (0 when none is pending).
    qsizetype pendingFrameLength() const { return m_assembler.pendingFrameLength(); }
    qsizetype pendingBytes() const { return m_assembler.pendingBytes(); }
    bool hasAnswer() const { return !m_frames.isEmpty(); }

    // The verdict: None when exactly the expected answer arrived (noise around it is counted,
    // not fatal); otherwise Timeout, Checksum error, Framing error, Collision or Unexpected frame.
    // address: the request's A field; answers from another primary address are unexpected.
    BusError classify(Expect expect, std::uint8_t address) const;

private:
    void drain();

    QByteArray m_request;
    link::FrameAssembler m_assembler;
    QList<link::Frame> m_frames;
    int m_echoes = 0;
    qint64 m_received = 0;
    qint64 m_brokenBytes = 0;
    qint64 m_bytesAfterFirstAnswer = 0; // anything after the first answer frame
    bool m_cutShort = false;            // an answer began and stopped before its end
    Error m_firstBroken;
};

} // namespace mbus::bus
