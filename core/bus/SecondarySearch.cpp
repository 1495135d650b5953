#include "SecondarySearch.h"

#include "link/ControlField.h"

namespace mbus::bus {

SecondarySearch::SecondarySearch(RequestPort &port, QObject *parent)
    : QObject(parent)
    , m_port(&port)
{
}

void SecondarySearch::send(const Request &request)
{
    m_pending = sendRequest(m_port, request, this, [this](const Outcome &outcome) { onFinished(outcome); });
}

void SecondarySearch::start(const link::SecondaryAddress &mask)
{
    if (m_pending) { // a search started anew: the old one's answer is nobody's
        m_pending->disconnect(this);
        m_pending->abort();
    }
    m_stack.clear();
    m_stats = {};
    m_cancelled = false;
    m_noisy = false;
    m_running = true;
    m_clock.start();
    m_probing = mask;
    // A meter another tool left selected would answer every read at 253.
    m_phase = Phase::Prepare;
    submitDeselect();
}

void SecondarySearch::submitDeselect()
{
    Request request;
    request.kind = Request::Kind::Deselect;
    request.retries = 0;
    request.retryCollisions = false;
    request.answerWindowOnly = true;
    ++m_stats.deselects;
    send(request);
}

void SecondarySearch::cancel()
{
    if (!m_running)
        return;
    // Nothing more goes out: a meter the cancelled probe selected stays so until the next search
    // or request by secondary address, each of which deselects first or after.
    m_cancelled = true;
    if (m_pending)
        m_pending->abort();
}

link::SecondaryAddress SecondarySearch::child(const Level &level, int value) const
{
    link::SecondaryAddress mask = level.mask;
    if (level.position < 8)
        mask.setDigit(level.position, value);
    else if (level.position == 8)
        mask.medium = std::uint8_t(value);
    else
        mask.version = std::uint8_t(value);
    return mask;
}

void SecondarySearch::select(const link::SecondaryAddress &mask)
{
    m_probing = mask;
    m_phase = Phase::Select;
    Q_EMIT progress(mask.toString(), m_stats.selections);
    Request request = Request::select(mask);
    request.retries = m_noisy ? 1 : 0;
    request.retryCollisions = false;
    request.answerWindowOnly = true;
    send(request);
}

void SecondarySearch::read(bool resetFirst)
{
    m_phase = Phase::Read;
    m_readWithReset = resetFirst;
    ++m_stats.reads;
    Request request = Request::read(link::Address::NetworkLayer);
    request.resetBeforeRead = resetFirst;
    request.maxTelegrams = 1;
    request.retryCollisions = false;
    request.answerWindowOnly = true;
    request.retries = m_noisy ? 1 : 0;
    send(request);
}

void SecondarySearch::deselect(bool answered, bool collision)
{
    m_phase = Phase::Deselect;
    m_resultAnswered = answered;
    m_resultCollision = collision;
    submitDeselect();
}

void SecondarySearch::noteBusHealth(const Outcome &outcome)
{
    // Garbage is what a collision looks like (selected meters answering alike garble into broken
    // frames; a late meter's clean answer may follow the garble of the others). Only garbage
    // around the E5 that deselects a meter just read alone says the line itself is poor.
    if (m_phase == Phase::Deselect && m_resultAnswered && !m_resultCollision && outcome.garbageBytes > 0)
        m_noisy = true;
}

void SecondarySearch::onFinished(const Outcome &outcome)
{
    if (!m_running)
        return;
    if (m_cancelled || outcome.error.code == BusErrorCode::Cancelled) {
        finish();
        return;
    }
    if (outcome.error.code == BusErrorCode::PortError || outcome.error.code == BusErrorCode::ConnectionLost) {
        ScanHit h;
        h.kind = ScanHit::Kind::Error;
        h.error = outcome.error;
        Q_EMIT hit(h);
        finish();
        return;
    }
    noteBusHealth(outcome);
    const bool answered = outcome.error.code != BusErrorCode::Timeout;
    switch (m_phase) {
    case Phase::Prepare:
        select(m_probing); // the root: the whole mask
        return;
    case Phase::Deselect:
        onProbeResult(m_resultAnswered, m_resultCollision);
        return;
    case Phase::Select:
        m_stats.selections += outcome.exchanges;
        if (outcome.ok())
            read(false); // one E5: read the selected meter to learn who it is (and whether it is only one)
        else if (answered)
            deselect(true, true);
        else
            onProbeResult(false, false);
        return;
    case Phase::Read:
        break;
    }
    // One meter only when its answer came alone: garbage before or after a good frame may be the
    // others of a collision, one of which answered late, and must not hide them.
    ScanHit h;
    if (outcome.ok() && outcome.garbageBytes == 0 && identityFromAnswer(outcome, &h) && h.secondary.matches(m_probing)) {
        Q_EMIT hit(h);
        deselect(true, false);
    } else if (outcome.ok() && outcome.garbageBytes == 0 && !identityFromAnswer(outcome, &h)) {
        // One clean answer without a data header: one meter, only the mask is known of it.
        h = ScanHit{};
        h.secondary = m_probing;
        h.error = BusError::of(BusErrorCode::UnexpectedFrame, QStringLiteral("no data header in its answer"));
        Q_EMIT hit(h);
        deselect(true, false);
    } else if (answered) {
        deselect(true, true);
    } else if (!m_readWithReset) {
        read(true); // silent after its E5: some meters answer only after a reset (at 253 the application reset)
    } else {
        // It acknowledged the selection but gives no data, even after an application reset:
        // a meter is there; the mask is all that is known of it.
        h.secondary = m_probing;
        h.error = outcome.error;
        Q_EMIT hit(h);
        deselect(true, false);
    }
}

void SecondarySearch::onProbeResult(bool answered, bool collision)
{
    // An empty stack is the root (the user's mask): nothing above it to count on.
    if (m_stack.empty()) {
        if (answered && collision)
            descend(m_probing, 0);
    } else {
        Level &parent = m_stack.back();
        if (answered)
            ++parent.nonEmpty;
        if (answered && collision)
            descend(m_probing, parent.position + 1);
    }
    step();
}

int SecondarySearch::openPosition(const link::SecondaryAddress &mask, int from)
{
    for (int position = from; position < 8; ++position) {
        if (mask.digit(position) == 0xF)
            return position;
    }
    if (from <= 8 && mask.medium == 0xFF)
        return 8;
    if (from <= 9 && mask.version == 0xFF)
        return 9;
    return 10;
}

void SecondarySearch::descend(const link::SecondaryAddress &mask, int from)
{
    const int position = openPosition(mask, from);
    if (position <= 9) {
        m_stack.push_back(Level{mask, position, 0, 0});
        return;
    }
    ScanHit h; // meters that agree in every field a selection can tell apart
    h.kind = ScanHit::Kind::Collision;
    h.secondary = mask;
    Q_EMIT hit(h);
}

void SecondarySearch::step()
{
    while (!m_stack.empty()) {
        Level &level = m_stack.back();
        if (m_cancelled || level.next > lastValue(level.position)) {
            m_stack.pop_back();
            continue;
        }
        const int value = level.next++;
        // Everything below a collision sits under the last value when all others were silent:
        // expand it without selecting it.
        const int below = openPosition(level.mask, level.position + 1);
        if (value == lastValue(level.position) && level.nonEmpty == 0 && below <= 9) {
            const link::SecondaryAddress mask = child(level, value);
            m_stack.push_back(Level{mask, below, 0, 0});
            continue;
        }
        select(child(level, value));
        return;
    }
    finish();
}

void SecondarySearch::finish()
{
    m_running = false;
    m_pending = nullptr;
    Q_EMIT finished(m_cancelled, m_clock.elapsed());
}

} // namespace mbus::bus
