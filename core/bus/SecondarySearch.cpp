#include "SecondarySearch.h"

#include "link/ControlField.h"

namespace mbus::bus {

SecondarySearch::SecondarySearch(RequestPort &port, QObject *parent)
    : QObject(parent)
    , m_port(port)
{
    connect(&m_port, &RequestPort::finished, this, &SecondarySearch::onFinished);
}

void SecondarySearch::start(const link::SecondaryAddress &mask)
{
    m_stack.clear();
    m_stats = {};
    m_cancelled = false;
    m_noisy = false;
    m_running = true;
    m_clock.start();
    m_probing = mask;
    m_phase = Phase::Root;
    if (mask == link::SecondaryAddress::wildcard()) {
        // Every meter answers 254: one whole answer names the only meter, garbage means several.
        ++m_stats.reads;
        read(link::Address::BroadcastReply);
    } else {
        select(mask);
    }
}

void SecondarySearch::cancel()
{
    m_cancelled = true;
    m_port.cancelAll();
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
    if (m_phase != Phase::Root)
        m_phase = Phase::Select;
    Q_EMIT progress(mask.toString(), m_stats.selections);
    Request request = Request::select(mask);
    request.retries = m_noisy ? 1 : 0;
    request.retryCollisions = false;
    request.answerWindowOnly = true;
    m_pending = m_port.submit(request);
}

void SecondarySearch::read(std::uint8_t address)
{
    Request request = Request::read(address);
    request.linkReset = false;
    request.fcbProcedure = false;
    request.maxTelegrams = 1;
    request.retryCollisions = false;
    request.answerWindowOnly = true;
    request.retries = m_noisy ? 1 : 0;
    m_pending = m_port.submit(request);
}

void SecondarySearch::noteBusHealth(const Outcome &outcome)
{
    // Garbage and broken frames are what a collision looks like (two selected meters answering a
    // read alike garble into a frame with a bad checksum); only noise around a good answer says
    // the line itself is poor.
    if (outcome.ok() && outcome.garbageBytes > 0)
        m_noisy = true;
}

void SecondarySearch::onFinished(const Outcome &outcome)
{
    if (!m_running || outcome.id != m_pending)
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
    const bool isSelection = outcome.request.kind == Request::Kind::Select;
    if (isSelection)
        m_stats.selections += outcome.exchanges;

    if (isSelection && outcome.ok()) {
        // One E5: read the selected meter to learn who it is (and whether it is only one).
        m_phase = Phase::Read;
        ++m_stats.reads;
        read(link::Address::NetworkLayer);
        return;
    }
    if (isSelection) {
        onProbeResult(answered, answered);
        return;
    }
    // A read: of the root (254) or of the meter a selection found.
    ScanHit h;
    if (outcome.ok() && identityFromAnswer(outcome.frames, &h) && h.secondary.matches(m_probing)) {
        Q_EMIT hit(h);
        onProbeResult(true, false);
    } else {
        onProbeResult(answered, answered);
    }
}

void SecondarySearch::onProbeResult(bool answered, bool collision)
{
    // An empty stack is the root (the broadcast read, or the user's mask, whose E5 turns the
    // phase to Read): nothing above it to count on.
    if (m_stack.empty()) {
        m_phase = Phase::Select;
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
    m_pending = 0;
    Q_EMIT finished(m_cancelled, m_clock.elapsed());
}

} // namespace mbus::bus
