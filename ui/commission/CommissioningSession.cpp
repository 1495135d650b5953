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
    , m_connection(connection)
    , m_model(new SurveyTableModel(this))
{
    connect(m_host, &EngineHost::engineRebuilt, this, &CommissioningSession::portReplaced);
}

int CommissioningSession::connectionIndex() const
{
    const QList<project::Connection> &connections = m_document->project().connections;
    for (int i = 0; i < connections.size(); ++i) {
        if (connections.at(i).name == m_connection)
            return i;
    }
    return -1;
}

project::Connection CommissioningSession::connection() const
{
    const int i = connectionIndex();
    return i >= 0 ? m_document->project().connections.at(i) : project::Connection{};
}

bus::RequestPort *CommissioningSession::port() const
{
    return m_host->port(m_connection);
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
    m_wasPolling = m_host->isRunning(m_connection);
    m_host->stop(m_connection);
}

void CommissioningSession::resumePolling()
{
    if (m_wasPolling)
        m_host->start(m_connection);
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
    report.connection = m_connection;
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
