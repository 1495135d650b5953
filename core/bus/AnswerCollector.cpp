#include "AnswerCollector.h"

#include "link/ControlField.h"

namespace mbus::bus {

AnswerCollector::AnswerCollector(const QByteArray &request)
    : m_request(request)
{
}

void AnswerCollector::feed(const QByteArray &bytes)
{
    m_received += bytes.size();
    if (!m_frames.isEmpty())
        m_bytesAfterFirstAnswer += bytes.size();
    m_assembler.append(bytes);
    drain();
}

void AnswerCollector::endOfInput()
{
    // The line is quiet: a candidate still waiting for bytes never completes. Give up on its start
    // byte and look again, so "10 E5" still yields the E5.
    if (m_assembler.pendingBytes() == 0)
        return;
    const bool clean = m_frames.isEmpty() && brokenFrames() == 0 && garbageBytes() == 0;
    while (m_assembler.pendingBytes() > 0 && m_assembler.abandonPending())
        drain();
    // A frame that began cleanly and stopped is an answer cut short, not a collision.
    m_cutShort = clean && m_frames.isEmpty();
}

void AnswerCollector::drain()
{
    for (;;) {
        const qint64 skippedBefore = m_assembler.skippedBytes();
        const auto status = m_assembler.next();
        if (status == link::FrameAssembler::Status::NeedMore)
            return;
        if (status == link::FrameAssembler::Status::Broken) {
            m_brokenBytes += m_assembler.skippedBytes() - skippedBefore;
            if (m_assembler.brokenFrames() == 1)
                m_firstBroken = m_assembler.error();
            continue;
        }
        const link::Frame &frame = m_assembler.frame();
        if (!m_request.isEmpty() && frame.raw == m_request && m_frames.isEmpty()) {
            ++m_echoes; // an echoing level converter returns the request first
            continue;
        }
        if (m_frames.isEmpty())
            m_bytesAfterFirstAnswer = m_assembler.pendingBytes(); // what followed in the same chunk
        m_frames.append(frame);
    }
}

namespace {

bool isUserData(const link::Frame &frame)
{
    return frame.hasCi() && !link::ControlField::fromMaster(frame.c) && link::ControlField::isRspUd(frame.c);
}

bool fromAddress(const link::Frame &frame, std::uint8_t address)
{
    // Answers to 253 (selected slave) and 254 (broadcast) carry the slave's own primary address.
    return address >= link::Address::NetworkLayer || frame.a == address;
}

} // namespace

BusError AnswerCollector::classify(Expect expect, std::uint8_t address) const
{
    const qint64 garbage = garbageBytes();
    const int broken = brokenFrames();
    if (expect == Expect::Anything || expect == Expect::Nothing)
        return {};
    if (m_frames.isEmpty()) {
        if (broken == 0 && garbage == 0 && pendingBytes() == 0)
            return BusError::of(BusErrorCode::Timeout);
        if (m_cutShort || (broken == 0 && garbage == 0))
            return BusError::of(BusErrorCode::FramingError, QStringLiteral("answer cut short"));
        if (broken == 1 && garbage == 0 && m_firstBroken.code == ErrorCode::ChecksumMismatch)
            return BusError::of(BusErrorCode::ChecksumError);
        if (broken == 1 && garbage == 0)
            return BusError::of(BusErrorCode::FramingError, m_firstBroken.message());
        // Bytes that make no frame: the superimposed answers of several slaves (libmbus' rule).
        return BusError::of(BusErrorCode::Collision);
    }
    if (m_frames.size() > 1)
        return BusError::of(BusErrorCode::Collision, QStringLiteral("%1 answers").arg(m_frames.size()));
    const link::Frame &answer = m_frames.first();
    const bool ack = answer.type == link::FrameType::Ack;
    if (broken > 0)
        return BusError::of(BusErrorCode::Collision, QStringLiteral("an answer and a broken frame"));
    if (ack && m_bytesAfterFirstAnswer > 0)
        return BusError::of(BusErrorCode::Collision, QStringLiteral("E5 followed by more bytes"));
    switch (expect) {
    case Expect::Ack:
        if (!ack)
            return BusError::of(BusErrorCode::UnexpectedFrame, QStringLiteral("expected E5"));
        break;
    case Expect::UserData:
        if (!isUserData(answer))
            return BusError::of(BusErrorCode::UnexpectedFrame, QStringLiteral("expected RSP_UD"));
        break;
    case Expect::AckOrUserData:
        if (!ack && !isUserData(answer))
            return BusError::of(BusErrorCode::UnexpectedFrame, QStringLiteral("expected E5 or RSP_UD"));
        break;
    case Expect::Anything:
    case Expect::Nothing:
        break;
    }
    if (!ack && !fromAddress(answer, address))
        return BusError::of(BusErrorCode::UnexpectedFrame, QStringLiteral("answer from address %1").arg(answer.a));
    return {};
}

} // namespace mbus::bus
