#include "BaudSwitcher.h"

#include "bus/ScanResult.h"
#include "link/ControlField.h"

#include <algorithm>

namespace mbus::commission {

BaudSwitcher::BaudSwitcher(bus::RequestPort &port, int oldBaud, int newBaud, bool wholeBus, QObject *parent)
    : QObject(parent)
    , m_port(&port)
    , m_oldBaud(oldBaud)
    , m_newBaud(newBaud)
    , m_wholeBus(wholeBus)
    , m_lineBaud(oldBaud)
{
}

void BaudSwitcher::start(const QList<BaudTarget> &targets)
{
    if (m_running)
        return;
    m_targets = targets;
    m_rates = QList<int>(targets.size(), m_oldBaud);
    m_work.clear();
    for (int i = 0; i < targets.size(); ++i)
        m_work.append(Work{i, m_oldBaud, m_newBaud});
    m_reverting = false;
    m_running = true;
    m_lineBaud = m_oldBaud;
    // Before any meter moves: can this link follow it at all?
    send(Step::Probe, lineRequest(m_oldBaud));
}

void BaudSwitcher::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    for (bus::Reply *reply : {m_pending.data(), m_lineChange.data()}) {
        if (reply)
            reply->abort();
    }
    m_pending = nullptr;
    // The line is left where the meters under way may be; say where that is.
    Q_EMIT finished(false, m_lineBaud);
}

bus::Request BaudSwitcher::addressed(int target, bus::Request request) const
{
    const BaudTarget &t = m_targets.at(target);
    if (t.address >= 0) {
        request.address = std::uint8_t(t.address);
    } else {
        request.secondary = t.secondary;
        request.address = link::Address::NetworkLayer;
    }
    return request;
}

bus::Request BaudSwitcher::lineRequest(int baud)
{
    bus::Request r;
    r.kind = bus::Request::Kind::SetLinkBaud;
    r.baud = baud;
    return r;
}

bool BaudSwitcher::isTheMeter(int target, const bus::Outcome &outcome) const
{
    if (!outcome.ok())
        return false;
    const BaudTarget &t = m_targets.at(target);
    return !t.secondary || bus::answeredBy(outcome, *t.secondary);
}

void BaudSwitcher::send(Step step, const bus::Request &request)
{
    m_step = step;
    m_pending = bus::sendRequest(m_port, request, this, [this](const bus::Outcome &outcome) { onFinished(outcome); });
}

void BaudSwitcher::beginWork()
{
    if (m_work.isEmpty()) {
        endOfWork();
        return;
    }
    m_now = m_work.takeFirst();
    m_switchError.clear();
    Q_EMIT progress(tr("Switching %1 from %2 to %3 Bd").arg(m_targets.at(m_now.target).label).arg(m_now.from).arg(m_now.to));
    if (m_lineBaud != m_now.from) {
        m_lineBaud = m_now.from;
        // Its outcome needs no answer: the queue keeps the order.
        m_lineChange = m_port ? m_port->send(lineRequest(m_now.from)) : nullptr;
    }
    bus::Request sw;
    sw.kind = bus::Request::Kind::SwitchBaud;
    sw.baud = m_now.to;
    send(Step::Switch, addressed(m_now.target, sw));
}

void BaudSwitcher::onFinished(const bus::Outcome &outcome)
{
    if (!m_running)
        return;
    m_pending = nullptr;
    const bool fatal = outcome.error.code == bus::BusErrorCode::PortError
                       || outcome.error.code == bus::BusErrorCode::ConnectionLost
                       || outcome.error.code == bus::BusErrorCode::InvalidRequest;
    if (m_step == Step::Probe) {
        if (outcome.ok()) {
            beginWork();
        } else {
            m_running = false;
            Q_EMIT refused(outcome.error.text());
            Q_EMIT finished(false, m_lineBaud);
        }
        return;
    }
    if (fatal && m_step != Step::ReadTo && m_step != Step::ReadFrom) {
        workDone(false, tr("failed: %1").arg(outcome.error.text()));
        m_work.clear();
        endOfWork();
        return;
    }
    bus::Request read = bus::Request::read(0);
    read.maxTelegrams = 1;
    switch (m_step) {
    case Step::Switch:
        // A lost E5 does not prove the meter stayed: the read at the new rate decides.
        m_switchError = outcome.ok() ? QString() : outcome.error.text();
        m_lineBaud = m_now.to;
        send(Step::LineTo, lineRequest(m_now.to));
        break;
    case Step::LineTo:
        send(Step::ReadTo, addressed(m_now.target, read));
        break;
    case Step::ReadTo:
        if (isTheMeter(m_now.target, outcome)) {
            m_rates[m_now.target] = m_now.to;
            workDone(true, tr("answers at %1 Bd").arg(m_now.to));
            beginWork();
            return;
        }
        m_lineBaud = m_now.from;
        send(Step::LineFrom, lineRequest(m_now.from));
        break;
    case Step::LineFrom:
        send(Step::ReadFrom, addressed(m_now.target, read));
        break;
    case Step::ReadFrom:
        if (isTheMeter(m_now.target, outcome)) {
            m_rates[m_now.target] = m_now.from;
            QString text = tr("did not switch: still answers at %1 Bd, not at %2 Bd").arg(m_now.from).arg(m_now.to);
            if (!m_switchError.isEmpty())
                text += tr(" (the switch command: %1)").arg(m_switchError);
            workDone(false, text);
        } else {
            m_rates[m_now.target] = 0;
            workDone(false, tr("answers at neither %1 nor %2 Bd: %3").arg(m_now.to).arg(m_now.from).arg(outcome.error.text()));
        }
        beginWork();
        break;
    case Step::Probe:
        break;
    case Step::LineEnd:
        m_running = false;
        Q_EMIT finished(!m_reverting && std::all_of(m_rates.cbegin(), m_rates.cend(), [this](int r) { return r == m_newBaud; }),
                        m_lineBaud);
        break;
    }
}

void BaudSwitcher::workDone(bool switched, const QString &text)
{
    const QString label = m_targets.at(m_now.target).label;
    Q_EMIT meterDone(m_now.target, switched, m_reverting ? tr("%1: switched back, %2").arg(label, text) : tr("%1: %2").arg(label, text));
}

void BaudSwitcher::endOfWork()
{
    if (!m_running)
        return;
    const bool allSwitched = std::all_of(m_rates.cbegin(), m_rates.cend(), [this](int r) { return r == m_newBaud; });
    if (m_wholeBus && !allSwitched && !m_reverting) {
        // One meter stayed behind: a bus on two rates serves nobody. Back with the others.
        m_reverting = true;
        for (int i = 0; i < m_rates.size(); ++i) {
            if (m_rates.at(i) == m_newBaud)
                m_work.append(Work{i, m_newBaud, m_oldBaud});
        }
        if (!m_work.isEmpty()) {
            Q_EMIT progress(tr("Not every meter switched: switching the others back to %1 Bd").arg(m_oldBaud));
            beginWork();
            return;
        }
    }
    const int end = (m_wholeBus && allSwitched && !m_reverting) ? m_newBaud : m_oldBaud;
    m_lineBaud = end;
    send(Step::LineEnd, lineRequest(end));
}

} // namespace mbus::commission
