#include "PrimaryScanner.h"

#include "link/ControlField.h"

namespace mbus::bus {

PrimaryScanner::PrimaryScanner(RequestPort &port, const PrimaryScanSettings &settings, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_settings(settings)
{
    for (int a = qMax(0, settings.first); a <= qMin(250, settings.last); ++a)
        m_addresses.append(a);
    if (settings.includeBroadcast)
        m_addresses.append(link::Address::BroadcastReply);
    connect(&m_port, &RequestPort::finished, this, &PrimaryScanner::onFinished);
}

void PrimaryScanner::start()
{
    m_next = 0;
    m_cancelled = false;
    m_clock.start();
    probeNext();
}

void PrimaryScanner::cancel()
{
    m_cancelled = true;
    m_port.cancelAll();
}

void PrimaryScanner::probeNext()
{
    if (m_cancelled || m_next >= m_addresses.size()) {
        m_pending = 0;
        Q_EMIT finished(m_cancelled, m_clock.elapsed());
        return;
    }
    Request request = Request::read(std::uint8_t(m_addresses.at(m_next)));
    request.linkReset = false;
    request.fcbProcedure = false;
    request.maxTelegrams = 1;
    request.retries = m_settings.retries;
    request.retryCollisions = false;
    request.answerWindowOnly = true;
    m_pending = m_port.submit(request);
}

void PrimaryScanner::onFinished(const Outcome &outcome)
{
    if (outcome.id != m_pending)
        return;
    const int address = m_addresses.at(m_next);
    ScanHit h;
    h.primaryAddress = address;
    if (outcome.ok()) {
        identityFromAnswer(outcome.frames, &h);
        h.primaryAddress = address == link::Address::BroadcastReply ? outcome.frames.first().a : address;
        Q_EMIT hit(h);
    } else if (outcome.error.code == BusErrorCode::Collision) {
        h.kind = ScanHit::Kind::Collision;
        Q_EMIT hit(h);
    } else if (outcome.error.code != BusErrorCode::Timeout && outcome.error.code != BusErrorCode::Cancelled) {
        h.kind = ScanHit::Kind::Error;
        h.error = outcome.error;
        Q_EMIT hit(h);
        if (outcome.error.code == BusErrorCode::PortError || outcome.error.code == BusErrorCode::ConnectionLost)
            m_cancelled = true; // nothing more to learn on a dead link
    }
    ++m_next;
    Q_EMIT progress(m_next, int(m_addresses.size()), address);
    probeNext();
}

} // namespace mbus::bus
