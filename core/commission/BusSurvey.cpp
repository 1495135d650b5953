#include "BusSurvey.h"

#include "bus/SecondarySearch.h"
#include "commission/MeterIdentity.h"
#include "decode/DataHeader.h"

#include <algorithm>

namespace mbus::commission {

BusSurvey::BusSurvey(bus::RequestPort &port, int baud, QObject *parent)
    : QObject(parent)
    , m_port(&port)
    , m_baud(baud)
{
}

void BusSurvey::send(const bus::Request &request)
{
    m_pending = bus::sendRequest(m_port, request, this, [this](const bus::Outcome &outcome) { onRead(outcome); });
}

void BusSurvey::dropPending()
{
    if (!m_pending)
        return;
    m_pending->disconnect(this);
    m_pending->abort();
    m_pending = nullptr;
}

BusSurvey::~BusSurvey()
{
    if (m_running)
        cancel();
}

int BusSurvey::selections() const
{
    return m_search ? m_search->stats().selections : 0;
}

void BusSurvey::start(const link::SecondaryAddress &mask)
{
    m_found.clear();
    m_meters.clear();
    m_unresolved.clear();
    m_next = 0;
    dropPending();
    m_deselecting = false;
    m_running = true;
    m_clock.start();
    if (!m_port) {
        Q_EMIT progress(tr("The connection is closed"));
        QMetaObject::invokeMethod(this, [this] { finish(true); }, Qt::QueuedConnection);
        return;
    }
    m_search = std::make_unique<bus::SecondarySearch>(*m_port);
    connect(m_search.get(), &bus::SecondarySearch::hit, this, &BusSurvey::onHit);
    connect(m_search.get(), &bus::SecondarySearch::progress, this, [this](const QString &probing, int selections) {
        Q_EMIT progress(tr("Searching %1 (%n selection(s))", nullptr, selections).arg(probing));
    });
    connect(m_search.get(), &bus::SecondarySearch::finished, this,
            [this](bool cancelled, qint64) { onSearchFinished(cancelled); });
    Q_EMIT progress(tr("Searching by secondary address"));
    m_search->start(mask);
}

void BusSurvey::cancel()
{
    if (!m_running)
        return;
    if (m_search)
        m_search->cancel();
    dropPending();
    finish(true);
}

void BusSurvey::onHit(const bus::ScanHit &hit)
{
    if (hit.kind == bus::ScanHit::Kind::Found)
        m_found.append(hit);
    else if (hit.kind == bus::ScanHit::Kind::Collision)
        m_unresolved.append(hit.secondary);
}

void BusSurvey::onSearchFinished(bool cancelled)
{
    if (!m_running)
        return;
    if (cancelled) {
        finish(true);
        return;
    }
    std::sort(m_found.begin(), m_found.end(), [](const bus::ScanHit &a, const bus::ScanHit &b) {
        return a.secondary.toString() < b.secondary.toString();
    });
    readNext();
}

void BusSurvey::readNext()
{
    if (m_next >= m_found.size()) {
        // The last read left its meter selected; a later primary request does not care, but a
        // clean bus is what the next tool expects.
        bus::Request deselect;
        deselect.kind = bus::Request::Kind::Deselect;
        deselect.retries = 0;
        m_deselecting = true;
        send(deselect);
        return;
    }
    const bus::ScanHit &hit = m_found.at(m_next);
    Q_EMIT progress(tr("Reading %1 (%2 of %3)").arg(hit.secondary.toString()).arg(m_next + 1).arg(m_found.size()));
    bus::Request read = bus::Request::readSecondary(hit.secondary);
    read.maxTelegrams = 1;
    send(read);
}

void BusSurvey::onRead(const bus::Outcome &outcome)
{
    if (!m_running)
        return;
    m_pending = nullptr;
    if (m_deselecting) {
        m_deselecting = false;
        finish(false);
        return;
    }
    const bus::ScanHit &hit = m_found.at(m_next);
    SurveyedMeter meter;
    meter.secondary = hit.secondary;
    meter.baudBefore = m_baud;
    if (!outcome.ok() || !describeFromAnswer(outcome, &meter)) {
        // Found by the search, so it is there: keep what the search learnt.
        meter.primaryBefore = hit.primaryAddress;
        describeFromSecondary(&meter);
        meter.outcome = outcome.ok() ? tr("no data header in its answer") : tr("read failed: %1").arg(outcome.error.text());
    }
    m_meters.append(meter);
    Q_EMIT meterFound(meter);
    ++m_next;
    readNext();
}

void BusSurvey::finish(bool cancelled)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(cancelled, m_clock.elapsed());
}

} // namespace mbus::commission
