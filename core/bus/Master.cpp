#include "Master.h"

#include "decode/TelegramDecoder.h"
#include "link/ControlField.h"
#include "link/MasterRequests.h"

#include <QDateTime>

namespace mbus::bus {

namespace Requests = link::MasterRequests;

namespace {

// The wake-up character: 0x55 sent LSB first is a square wave of alternating bits, which a
// sleeping meter's (or an optical head's) receiver detects.
constexpr std::uint8_t WakeUpCharacter = 0x55;

} // namespace

Master::Master(Transport &transport, const MasterSettings &settings, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_settings(settings)
    , m_exchange(transport, this)
{
    qRegisterMetaType<mbus::bus::Request>();
    qRegisterMetaType<mbus::bus::Outcome>();
    qRegisterMetaType<mbus::bus::ExchangeResult>();
    qRegisterMetaType<mbus::bus::BusError>();
    // Queued: an exchange that fails at once must not re-enter runStep() from inside start().
    connect(&m_exchange, &Exchange::finished, this, &Master::onExchangeFinished, Qt::QueuedConnection);
    connect(&m_exchange, &Exchange::traffic, this, [this](bool outgoing, const QByteArray &bytes) {
        Q_EMIT traffic(outgoing, bytes, QDateTime::currentMSecsSinceEpoch());
    });
}

void Master::submit(quint64 id, const Request &request)
{
    Outcome outcome;
    outcome.id = id;
    outcome.request = request;
    m_queue.push_back(outcome);
    if (!m_busy)
        startNext();
}

void Master::cancelAll()
{
    std::deque<Outcome> waiting;
    waiting.swap(m_queue);
    for (Outcome &outcome : waiting) {
        outcome.error = BusError::of(BusErrorCode::Cancelled);
        Q_EMIT finished(outcome);
    }
    if (m_busy) {
        m_cancelCurrent = true;
        m_exchange.cancel();
    }
}

void Master::cancel(quint64 id)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->id != id)
            continue;
        Outcome outcome = *it;
        m_queue.erase(it);
        outcome.error = BusError::of(BusErrorCode::Cancelled);
        Q_EMIT finished(outcome);
        return;
    }
    if (m_busy && m_current.id == id) {
        m_cancelCurrent = true;
        m_exchange.cancel();
    }
}

bool &Master::fcbFor(std::uint8_t address)
{
    auto it = m_fcb.find(address);
    if (it == m_fcb.end())
        it = m_fcb.insert(address, false); // 0x5B first, as after a link reset
    return *it;
}

void Master::startNext()
{
    if (m_queue.empty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    m_current = m_queue.front();
    m_queue.pop_front();
    m_steps.clear();
    m_attempt = 0;
    m_telegrams = 0;
    m_failure = {};
    m_linkWasReset = false;
    m_meterAnswered = false;
    m_resetRetried = false;
    m_cancelCurrent = false;
    m_clock.start();
    if (m_current.request.kind == Request::Kind::SetLinkBaud) {
        // In the queue like any request, so it happens between the switch and the next read.
        const bool ok = m_current.request.baud > 0 && m_transport.setBaud(m_current.request.baud);
        finishCurrent(ok ? BusError{}
                         : BusError::of(BusErrorCode::InvalidRequest,
                                        QStringLiteral("%1 cannot change its rate: a gateway's serial rate is set in the gateway")
                                            .arg(m_transport.description())));
        return;
    }
    plan();
    if (m_steps.empty())
        finishCurrent(BusError::of(BusErrorCode::InvalidRequest));
    else
        runStep();
}

void Master::plan()
{
    const Request &r = m_current.request;
    std::uint8_t target = r.address;
    const auto invalid = [this] { m_steps.clear(); }; // nothing goes out, not even the selection
    const auto add = [this](std::function<QByteArray(bool)> build, Expect expect, std::uint8_t address) -> Step & {
        Step s;
        s.build = std::move(build);
        s.expect = expect;
        s.address = address;
        m_steps.push_back(s);
        return m_steps.back();
    };
    // The wake-up goes first, before a selection too: a sleeping meter hears nothing else.
    if (r.kind == Request::Kind::Read && r.wakeUpCharacters > 0) {
        const QByteArray preamble(r.wakeUpCharacters, char(WakeUpCharacter));
        add([preamble](bool) { return preamble; }, Expect::Nothing, target);
    }
    const bool bySecondary = r.secondary && r.kind != Request::Kind::Select;
    if (bySecondary) {
        const link::SecondaryAddress mask = *r.secondary;
        add([mask](bool) { return Requests::selectSecondary(mask); }, Expect::Ack, link::Address::NetworkLayer).resetsFcb = true;
        target = link::Address::NetworkLayer;
    }
    // Broadcast 255 is never answered: whatever arrives in the window is reported, no error.
    const bool silent = target == link::Address::BroadcastNoReply;
    const Expect ack = silent ? Expect::Anything : Expect::Ack;
    switch (r.kind) {
    case Request::Kind::Ping: {
        Step &s = add([target](bool) { return Requests::sndNke(target); }, ack, target);
        s.isAnswer = s.resetsFcb = s.linkReset = true;
        break;
    }
    case Request::Kind::Read: {
        // SND_NKE first makes the meter start at its first telegram; not to 253, where it
        // would end the selection.
        if (r.linkReset && target != link::Address::NetworkLayer) {
            Step &s = add([target](bool) { return Requests::sndNke(target); }, Expect::Ack, target);
            s.optional = s.resetsFcb = s.linkReset = true;
        }
        if (r.resetBeforeRead && !silent) {
            // FCB = 1 (0x73), as the first FCV frame after a link reset; the REQ_UD2 after it
            // starts again at 0x5B, which meters that know only 0x5B need.
            Step &s = add([target](bool) { return Requests::applicationReset(target, std::nullopt, true); }, Expect::Ack,
                          target);
            s.resetsFcb = s.linkReset = true;
        }
        Step &s = add([target](bool fcb) { return Requests::reqUd2(target, fcb); },
                      silent ? Expect::Anything : Expect::UserData, target);
        s.usesFcb = s.isAnswer = true;
        break;
    }
    case Request::Kind::ReadAlarm: {
        Step &s = add([target](bool fcb) { return Requests::reqUd1(target, fcb); }, Expect::AckOrUserData, target);
        s.usesFcb = s.isAnswer = true;
        break;
    }
    case Request::Kind::Select: {
        const link::SecondaryAddress mask = r.secondary.value_or(link::SecondaryAddress::wildcard());
        Step &s = add([mask](bool) { return Requests::selectSecondary(mask); }, Expect::Ack, link::Address::NetworkLayer);
        s.isAnswer = s.resetsFcb = true;
        break;
    }
    case Request::Kind::Deselect:
        add([](bool) { return Requests::sndNke(link::Address::NetworkLayer); }, Expect::Ack, link::Address::NetworkLayer)
            .isAnswer = true;
        break;
    case Request::Kind::SetPrimaryAddress: {
        if (r.newAddress > link::Address::LastPrimary)
            return invalid();
        const std::uint8_t newAddress = r.newAddress;
        Step &s = add([target, newAddress](bool fcb) { return Requests::setPrimaryAddress(target, newAddress, fcb); }, ack,
                      target);
        s.usesFcb = s.isAnswer = true;
        break;
    }
    case Request::Kind::Reset: {
        const auto subcode = r.subcode;
        Step &s = add([target, subcode](bool fcb) { return Requests::applicationReset(target, subcode, fcb); }, ack, target);
        s.usesFcb = s.isAnswer = s.linkReset = true;
        break;
    }
    case Request::Kind::SwitchBaud: {
        const int baud = r.baud;
        if (Requests::switchBaudRate(target, baud).isEmpty())
            return invalid();
        Step &s = add([target, baud](bool fcb) { return Requests::switchBaudRate(target, baud, fcb); }, ack, target);
        s.usesFcb = s.isAnswer = true;
        break;
    }
    case Request::Kind::SendUserData: {
        if (r.data.size() > link::MaxUserDataSize)
            return invalid();
        const std::uint8_t ci = r.ci;
        const QByteArray data = r.data;
        Step &s = add([target, ci, data](bool fcb) { return Requests::sndUd(target, ci, data, fcb); }, ack, target);
        s.usesFcb = s.isAnswer = true;
        break;
    }
    case Request::Kind::SetLinkBaud:
        break; // handled in startNext()
    case Request::Kind::Raw: {
        if (r.raw.isEmpty())
            return invalid();
        const QByteArray raw = r.raw;
        add([raw](bool) { return raw; }, Expect::Anything, target).isAnswer = true;
        break;
    }
    }
    // A baud-rate switch answers at the old rate and then listens at the new one: a deselect
    // would go out at the wrong rate. Every other request by secondary address ends deselected,
    // so that a meter that ignores other meters' selections cannot answer for them later.
    if (bySecondary && r.kind != Request::Kind::SwitchBaud && r.kind != Request::Kind::Ping
        && r.kind != Request::Kind::Deselect) { // SND_NKE to 253 has ended the selection already
        Step &s = add([](bool) { return Requests::sndNke(link::Address::NetworkLayer); }, Expect::Ack,
                      link::Address::NetworkLayer);
        s.optional = s.cleanup = true;
    }
}

void Master::runStep()
{
    const Step &step = m_steps.front();
    const bool fcb = step.usesFcb ? fcbFor(step.address) : false;
    const QByteArray bytes = step.build(fcb);
    ++m_current.exchanges;
    if (step.expect == Expect::Nothing) {
        m_exchange.start(bytes, step.expect, step.address, ExchangeTiming::forPreamble(m_transport, int(bytes.size())));
        return;
    }
    const int timeoutMs = m_current.request.answerWindowOnly ? 0 : m_settings.timeoutMs;
    ExchangeTiming timing = ExchangeTiming::forRequest(m_transport, int(bytes.size()), timeoutMs, m_settings.extraMarginMs);
    timing.windowMs += qMax(0, m_current.request.extraMarginMs);
    // An E5 is watched: "E5 followed by more bytes" is how a collision shows there. A poller that
    // knows its meters (watchAfterAnswer off) watches its link reset's E5 only for the slave's
    // turnaround (three characters), not the link's latency margin: a collision shows in the
    // RSP_UD that follows, and the margin cost every read of every cycle.
    if (!m_current.request.watchAfterAnswer && step.expect == Expect::UserData)
        timing.settleMs = 0;
    else if (!m_current.request.watchAfterAnswer && step.linkReset && step.expect == Expect::Ack)
        timing.settleMs = 3 * timing.characterMs;
    // A probe (scan, search) watches the line until its answer window has passed: a second meter
    // may begin as late as the window allows, after the first one has finished.
    timing.watchWholeWindow = m_current.request.answerWindowOnly && m_current.request.watchAfterAnswer;
    // After a timeout the line is given a quarter of the window (at least the inter-character gap,
    // at most 1 s) to fall quiet: a late answer is then dropped, not read as the retry's answer.
    if (!m_current.request.answerWindowOnly)
        timing.quietAfterTimeoutMs = qBound(timing.gapMs, timing.windowMs / 4, 1000.0);
    m_exchange.start(bytes, step.expect, step.address, timing);
}

bool Master::retryable(const BusError &error) const
{
    switch (error.code) {
    case BusErrorCode::Timeout:
    case BusErrorCode::ChecksumError:
    case BusErrorCode::FramingError:
    case BusErrorCode::UnexpectedFrame:
        return true;
    case BusErrorCode::ConnectionLost:
        return true; // the gateway dropped the link: the exchange waits for the reconnect
    case BusErrorCode::Collision:
        return m_current.request.retryCollisions;
    default:
        return false;
    }
}

void Master::onExchangeFinished(const ExchangeResult &exchanged)
{
    ExchangeResult result = exchanged;
    if (m_cancelCurrent) // cancelled between two steps: the exchange had already ended
        result.error = BusError::of(BusErrorCode::Cancelled);
    m_current.echoes += result.echoes;
    m_current.garbageBytes += result.garbageBytes;
    const Step step = m_steps.front();
    const int retries = m_current.request.retries >= 0 ? m_current.request.retries : m_settings.retries;
    if (m_failure.isError()) { // a cleanup step after the failure: its own result does not count
        m_steps.pop_front();
        failCurrent(result.error.code == BusErrorCode::Cancelled ? result.error : m_failure);
        return;
    }
    // Decoded here, once: the DIF 0x1F check needs it, and every user of the outcome reuses it.
    Decoded decoded;
    if (!result.error.isError() && step.isAnswer) {
        decoded = decodeAnswers(result.frames);
        // A read by secondary address is answered by the selected meter, or it is not this
        // meter's data (another one stayed selected, or answered in its place).
        const auto &secondary = m_current.request.secondary;
        if (secondary && !decoded.telegrams.isEmpty()) {
            const decode::DataHeader &h = decoded.telegrams.first().header;
            link::SecondaryAddress from;
            from.identification = h.identification;
            from.manufacturer = h.manufacturer;
            from.version = h.version;
            from.medium = h.medium;
            if (h.form == decode::DataHeader::Form::Long && !from.matches(*secondary))
                result.error = BusError::of(BusErrorCode::UnexpectedFrame,
                                            QStringLiteral("answer from another meter (%1)").arg(from.toString()));
        }
    }
    if (result.error.isError()) {
        const bool fatal = result.error.code == BusErrorCode::PortError || result.error.code == BusErrorCode::ConnectionLost
                           || result.error.code == BusErrorCode::Cancelled;
        if (!fatal && result.error.code == BusErrorCode::Timeout && queueResetBeforeRetry(step)) {
            ++m_current.retries;
            runStep();
            return;
        }
        if (retryable(result.error) && m_attempt < retries) {
            ++m_attempt;
            ++m_current.retries;
            runStep(); // same FCB: the slave repeats its last answer
            return;
        }
        if (fatal) {
            finishCurrent(result.error);
            return;
        }
        if (!step.optional) {
            m_steps.pop_front();
            failCurrent(result.error);
            return;
        }
    } else {
        if (step.usesFcb)
            fcbFor(step.address) = !fcbFor(step.address);
        if (step.resetsFcb)
            fcbFor(step.address) = false; // the first REQ_UD2 after a link reset is 0x5B
        if (step.linkReset)
            m_linkWasReset = true;
        if (step.expect != Expect::Nothing) // a wake-up preamble is answered by nobody
            m_meterAnswered = true;
        if (step.isAnswer) {
            m_current.frames += result.frames;
            m_current.answeredAtMs = result.lastByteAtMs;
            m_current.telegrams += decoded.telegrams;
            m_current.decodeErrors += decoded.errors;
            for (qsizetype i = 0; i < decoded.telegrams.size(); ++i)
                m_current.telegramArrivedAtMs.append(result.lastByteAtMs);
        }
    }
    m_attempt = 0;
    m_steps.pop_front();

    // A read continues while the meter says more records follow.
    if (!result.error.isError() && m_current.request.kind == Request::Kind::Read && step.isAnswer
        && !result.frames.isEmpty() && !m_current.telegrams.isEmpty() && m_current.telegrams.last().moreRecordsFollow) {
        const int cap = m_current.request.maxTelegrams > 0 ? m_current.request.maxTelegrams : m_settings.maxTelegrams;
        if (++m_telegrams < cap)
            m_steps.insert(m_steps.begin() + firstCleanupStep(), step);
        else
            m_current.moreTelegramsPending = true;
    }
    if (m_steps.empty())
        finishCurrent({});
    else
        runStep();
}

Master::Decoded Master::decodeAnswers(const QList<link::Frame> &frames) const
{
    Decoded decoded;
    const auto kind = m_current.request.kind;
    if (kind != Request::Kind::Read && kind != Request::Kind::ReadAlarm)
        return decoded;
    for (const link::Frame &frame : frames) {
        if (frame.type != link::FrameType::Long)
            continue;
        decode::Telegram telegram;
        decoded.errors.append(decode::decodeTelegram(frame, telegram)); // records before an error still count
        decoded.telegrams.append(std::move(telegram));
    }
    return decoded;
}

std::size_t Master::firstCleanupStep() const
{
    std::size_t i = 0;
    while (i < m_steps.size() && !m_steps[i].cleanup)
        ++i;
    return i;
}

bool Master::queueResetBeforeRetry(const Step &step)
{
    const Request &r = m_current.request;
    if (r.kind != Request::Kind::Read || !step.isAnswer || m_telegrams > 0 || m_resetRetried || m_linkWasReset
        || !m_meterAnswered || step.address == link::Address::BroadcastNoReply)
        return false;
    m_resetRetried = true;
    const std::uint8_t target = step.address;
    // SND_NKE would end a selection: at 253 the application reset does the same for such meters.
    // Optional: a meter that knows no application reset still gets its REQ_UD2 retried. Either
    // reset starts the FCB procedure anew, so the REQ_UD2 after it is 0x5B again; the application
    // reset goes with FCB = 1 (0x73), unlike the silent 0x5B, so no meter takes it for a repeat.
    Step reset;
    reset.address = target;
    reset.expect = Expect::Ack;
    reset.linkReset = reset.resetsFcb = reset.optional = true;
    if (target == link::Address::NetworkLayer)
        reset.build = [target](bool) { return Requests::applicationReset(target, std::nullopt, true); };
    else
        reset.build = [target](bool) { return Requests::sndNke(target); };
    m_steps.push_front(reset);
    return true;
}

void Master::failCurrent(const BusError &error)
{
    m_failure = error;
    while (!m_steps.empty() && !m_steps.front().cleanup)
        m_steps.pop_front();
    if (m_steps.empty())
        finishCurrent(error);
    else
        runStep();
}

void Master::finishCurrent(const BusError &error)
{
    m_failure = {};
    m_current.error = error;
    m_current.elapsedMs = m_clock.elapsed();
    const Outcome outcome = m_current;
    Q_EMIT finished(outcome);
    startNext();
}

} // namespace mbus::bus
