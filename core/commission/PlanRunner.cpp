#include "PlanRunner.h"

#include "bus/ScanResult.h"

namespace mbus::commission {

PlanRunner::PlanRunner(bus::RequestPort &port, QList<SurveyedMeter> meters, QList<AddressMove> moves, QObject *parent)
    : QObject(parent)
    , m_port(&port)
    , m_meters(std::move(meters))
    , m_moves(std::move(moves))
{
}

QString PlanRunner::label(int meter) const
{
    const SurveyedMeter &m = m_meters.at(meter);
    return QStringLiteral("%1 %2").arg(m.manufacturer, m.secondary.toString());
}

void PlanRunner::submit(const bus::Request &request)
{
    m_pending = bus::sendRequest(m_port, request, this, [this](const bus::Outcome &outcome) { onFinished(outcome); });
}

void PlanRunner::applyNext()
{
    if (isBusy() || !hasMoreMoves())
        return;
    const AddressMove &move = m_moves.at(m_next);
    Q_EMIT moveStarted(m_next, tr("Setting %1 from address %2 to %3").arg(label(move.meter)).arg(move.from).arg(move.to));
    bus::Request set;
    set.kind = bus::Request::Kind::SetPrimaryAddress;
    set.secondary = m_meters.at(move.meter).secondary;
    set.newAddress = std::uint8_t(move.to);
    m_stage = Stage::Setting;
    submit(set);
}

void PlanRunner::skipNext()
{
    if (isBusy() || !hasMoreMoves())
        return;
    const AddressMove &move = m_moves.at(m_next);
    m_meters[move.meter].outcome = tr("kept at %1 (move to %2 skipped)").arg(move.from).arg(move.to);
    m_allOk = false;
    Q_EMIT moveFinished(m_next++, false, m_meters.at(move.meter).outcome);
}

void PlanRunner::applyAll()
{
    m_all = true;
    if (hasMoreMoves())
        applyNext();
    else
        verifyAll();
}

void PlanRunner::verifyAll()
{
    if (isBusy())
        return;
    m_verifying = 0;
    m_stage = Stage::Verifying;
    verifyNext();
}

void PlanRunner::cancel()
{
    if (!isBusy())
        return;
    m_stage = Stage::Idle;
    m_all = false;
    if (m_pending) {
        m_pending->disconnect(this); // its Cancelled outcome is nobody's now
        m_pending->abort();
    }
    m_pending = nullptr;
}

void PlanRunner::onFinished(const bus::Outcome &outcome)
{
    if (m_stage == Stage::Idle)
        return;
    m_pending = nullptr;
    switch (m_stage) {
    case Stage::Setting:
        onSet(outcome);
        break;
    case Stage::Checking:
        onChecked(outcome);
        break;
    case Stage::Verifying:
        onVerified(outcome);
        break;
    case Stage::Idle:
        break;
    }
}

void PlanRunner::onSet(const bus::Outcome &outcome)
{
    const bool fatal = outcome.error.code == bus::BusErrorCode::PortError || outcome.error.code == bus::BusErrorCode::ConnectionLost
                       || outcome.error.code == bus::BusErrorCode::Cancelled;
    const AddressMove &move = m_moves.at(m_next);
    if (fatal) {
        m_stage = Stage::Idle;
        m_allOk = false;
        m_meters[move.meter].outcome = tr("failed: %1").arg(outcome.error.text());
        Q_EMIT moveFinished(m_next++, false, m_meters.at(move.meter).outcome);
        if (m_all) {
            m_all = false;
            Q_EMIT finished(false);
        }
        return;
    }
    m_setError = outcome.ok() ? QString() : outcome.error.text();
    bus::Request check = bus::Request::read(std::uint8_t(move.to));
    check.maxTelegrams = 1;
    m_stage = Stage::Checking;
    submit(check);
}

void PlanRunner::onChecked(const bus::Outcome &outcome)
{
    m_stage = Stage::Idle;
    const AddressMove &move = m_moves.at(m_next);
    SurveyedMeter &meter = m_meters[move.meter];
    const bool found = outcome.ok() && bus::answeredBy(outcome, meter.secondary);
    if (found) {
        meter.primaryAfter = move.to;
        meter.outcome = tr("moved from %1 to %2, verified").arg(move.from).arg(move.to);
    } else {
        m_allOk = false;
        QString why = outcome.ok() ? tr("another meter answers at %1").arg(move.to) : outcome.error.text();
        if (!m_setError.isEmpty())
            why = tr("%1; the set command: %2").arg(why, m_setError);
        meter.outcome = tr("failed: not found at %1 after setting it (%2)").arg(move.to).arg(why);
    }
    Q_EMIT moveFinished(m_next++, found, meter.outcome);
    if (m_all) {
        if (hasMoreMoves())
            applyNext();
        else
            verifyAll();
    }
}

void PlanRunner::verifyNext()
{
    while (m_verifying < m_meters.size() && m_meters.at(m_verifying).primaryNow() < 0)
        ++m_verifying;
    if (m_verifying >= m_meters.size()) {
        m_stage = Stage::Idle;
        m_all = false;
        Q_EMIT finished(m_allOk);
        return;
    }
    bus::Request read = bus::Request::read(std::uint8_t(m_meters.at(m_verifying).primaryNow()));
    read.maxTelegrams = 1;
    submit(read);
}

void PlanRunner::onVerified(const bus::Outcome &outcome)
{
    SurveyedMeter &meter = m_meters[m_verifying];
    const bool ok = outcome.ok() && bus::answeredBy(outcome, meter.secondary);
    QString text;
    if (ok) {
        text = tr("reads at %1").arg(meter.primaryNow());
        if (meter.outcome.isEmpty())
            meter.outcome = tr("kept at %1, verified").arg(meter.primaryNow());
    } else {
        m_allOk = false;
        text = outcome.ok() ? tr("another meter answers at %1").arg(meter.primaryNow())
                            : tr("does not read at %1: %2").arg(meter.primaryNow()).arg(outcome.error.text());
        meter.outcome = meter.outcome.isEmpty() ? text : tr("%1; %2").arg(meter.outcome, text);
    }
    Q_EMIT verified(m_verifying, ok, text);
    ++m_verifying;
    verifyNext();
}

} // namespace mbus::commission
