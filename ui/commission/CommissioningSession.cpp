#include "CommissioningSession.h"

#include "window/EngineHost.h"
#include "project/ProjectDocument.h"
#include "commission/SurveyTableModel.h"
#include "commission/AddressPlan.h"

#include <QDateTime>

namespace mbus::ui {

CommissioningSession::CommissioningSession(ProjectDocument *document, EngineHost *host, const QString &connection, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_host(host)
    , m_model(new SurveyTableModel(this))
{
    // Known by id from here on: a rename while the assistant runs does not lose the connection.
    for (const project::Connection &c : m_document->project().connections) {
        if (c.name == connection)
            m_connectionId = c.id;
    }
}

QString CommissioningSession::connectionName() const
{
    return connection().name;
}

int CommissioningSession::connectionIndex() const
{
    return m_document->project().indexOfConnection(m_connectionId);
}

project::Connection CommissioningSession::connection() const
{
    const int i = connectionIndex();
    return i >= 0 ? m_document->project().connections.at(i) : project::Connection{};
}

bus::RequestPort *CommissioningSession::port() const
{
    return m_host->port(m_connectionId);
}

bool CommissioningSession::isSimulated() const
{
    return m_host->isSimulated();
}

bool CommissioningSession::isTcp() const
{
    return !isSimulated() && connection().channel.type == project::ChannelType::Tcp;
}

int CommissioningSession::baud() const
{
    return connection().channel.line.baud;
}

void CommissioningSession::pausePolling()
{
    m_wasPolling = m_host->isRunning(m_connectionId);
    m_host->stop(m_connectionId);
}

void CommissioningSession::resumePolling()
{
    if (m_wasPolling)
        m_host->start(m_connectionId);
    m_wasPolling = false;
}

void CommissioningSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

const QList<commission::SurveyedMeter> &CommissioningSession::meters() const
{
    return m_model->meters();
}

void CommissioningSession::setMeters(const QList<commission::SurveyedMeter> &meters)
{
    m_model->setMeters(meters);
}

commission::CommissioningReport CommissioningSession::report() const
{
    const project::Connection c = connection();
    commission::CommissioningReport report;
    report.title = m_document->project().name;
    report.connection = c.name;
    report.link = isSimulated() ? tr("simulated bus") : c.channel.description();
    report.line = c.channel.line;
    report.when = QDateTime::currentDateTime();
    report.meters = meters();
    report.notes = m_planNotes + m_surveyNotes;
    for (const int address : commission::sharedAddresses(report.meters))
        report.notes << tr("Meters still share address %1: their answers collide there.").arg(address);
    report.notes += m_baudNotes;
    return report;
}

} // namespace mbus::ui
