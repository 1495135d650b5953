#include "PrimaryScanner.h"

#include "link/ControlField.h"

namespace mbus::bus {

PrimaryScanner::PrimaryScanner(RequestPort &port, const PrimaryScanSettings &settings, QObject *parent)
    : QObject(parent)
    , m_port(&port)
    , m_settings(settings)
{
    for (int a = qMax(0, settings.first); a <= qMin(250, settings.last); ++a)
        m_addresses.append(a);
    if (settings.includeBroadcast)
        m_addresses.append(link::Address::BroadcastReply);
}

void PrimaryScanner::start()
{
    if (m_pending) { // a scan started anew: the old one's answer is nobody's
        m_pending->disconnect(this);
        m_pending->abort();
    }
    m_next = 0;
    m_cancelled = false;
    m_clock.start();
    probeNext();
}

void PrimaryScanner::cancel()
{
    m_cancelled = true;
    if (m_pending)
        m_pending->abort();
}

void PrimaryScanner::probeNext()
{
    if (m_cancelled || m_next >= m_addresses.size()) {
        Q_EMIT finished(m_cancelled, m_clock.elapsed());
        return;
    }
    Request request = Request::ping(std::uint8_t(m_addresses.at(m_next)));
    request.retries = m_settings.retries;
    request.retryCollisions = false;
    request.answerWindowOnly = true;
    m_identifying = false;
    send(request);
}

void PrimaryScanner::identify(int address)
{
    // Right after the SND_NKE: the meter starts at its first telegram, 0x5B (FCB = 0) as the
    // simplest slave stacks want it. A meter known to be there gets one repeat.
    Request request = Request::read(std::uint8_t(address));
    request.linkReset = false;
    request.maxTelegrams = 1;
    request.retries = qMax(1, m_settings.retries);
    request.retryCollisions = false;
    request.answerWindowOnly = true;
    m_identifying = true;
    send(request);
}

void PrimaryScanner::send(const Request &request)
{
    m_pending = sendRequest(m_port, request, this, [this](const Outcome &outcome) { onFinished(outcome); });
}

void PrimaryScanner::onFinished(const Outcome &outcome)
{
    if (m_cancelled) { // an answer already on its way when the scan was cancelled
        probeNext();
        return;
    }
    const int address = m_addresses.at(m_next);
    ScanHit h;
    h.primaryAddress = address;
    const BusErrorCode code = outcome.error.code;
    if (code == BusErrorCode::PortError || code == BusErrorCode::ConnectionLost) {
        h.kind = ScanHit::Kind::Error;
        h.error = outcome.error;
        Q_EMIT hit(h);
        m_cancelled = true; // nothing more to learn on a dead link
        next(address);
        return;
    }
    if (code == BusErrorCode::Cancelled) {
        next(address);
        return;
    }
    if (!m_identifying) {
        if (outcome.ok()) {
            identify(address);
            return;
        }
        if (code == BusErrorCode::Collision) {
            h.kind = ScanHit::Kind::Collision;
            Q_EMIT hit(h);
        } else if (code != BusErrorCode::Timeout) {
            h.kind = ScanHit::Kind::Error;
            h.error = outcome.error;
            Q_EMIT hit(h);
        }
        next(address);
        return;
    }
    if (outcome.ok()) {
        if (!identityFromAnswer(outcome, &h))
            h.error = BusError::of(BusErrorCode::UnexpectedFrame, QStringLiteral("no data header in its answer"));
        h.primaryAddress = address == link::Address::BroadcastReply ? outcome.frames.first().a : address;
    } else if (code == BusErrorCode::Collision) {
        h.kind = ScanHit::Kind::Collision; // two meters acknowledged in step; their answers garble
    } else {
        h.error = outcome.error; // it acknowledged: a meter is there, only its identity is unknown
    }
    Q_EMIT hit(h);
    next(address);
}

void PrimaryScanner::next(int address)
{
    ++m_next;
    Q_EMIT progress(m_next, int(m_addresses.size()), address);
    probeNext();
}

} // namespace mbus::bus
