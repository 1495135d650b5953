#include "CommissioningWizard.h"

#include "commission/AddressPlanPage.h"
#include "commission/BaudRatePage.h"
#include "commission/CommissioningSession.h"
#include "commission/LineSettingsPage.h"
#include "commission/ReportPage.h"

#include <QAbstractButton>

namespace mbus::ui {

CommissioningWizard::CommissioningWizard(ProjectDocument *document, EngineHost *host, const QString &connection, QWidget *parent)
    : QWizard(parent)
    , m_session(new CommissioningSession(document, host, connection, this))
{
    setWindowTitle(tr("Commissioning assistant: %1").arg(connection));
    setOption(QWizard::NoBackButtonOnStartPage);
    m_session->pausePolling();
    m_line = new LineSettingsPage(m_session);
    m_addresses = new AddressPlanPage(m_session);
    m_baud = new BaudRatePage(m_session);
    m_report = new ReportPage(m_session);
    setPage(LinePageId, m_line);
    setPage(AddressPageId, m_addresses);
    setPage(BaudPageId, m_baud);
    setPage(ReportPageId, m_report);
    // After the pages' own completeChanged(): QWizard re-enables Back whenever it updates.
    connect(m_session, &CommissioningSession::busyChanged, this, &CommissioningWizard::lockNavigation);
    resize(960, 680);
}

CommissioningWizard::~CommissioningWizard()
{
    cancelJobs();
    if (!m_closed)
        m_session->resumePolling();
}

void CommissioningWizard::lockNavigation(bool busy)
{
    if (QAbstractButton *back = button(QWizard::BackButton))
        back->setEnabled(!busy);
}

void CommissioningWizard::cancelJobs()
{
    m_line->cancelJob();
    m_addresses->cancelJob();
    m_baud->cancelJob();
}

void CommissioningWizard::done(int result)
{
    cancelJobs();
    if (!m_closed) {
        m_closed = true;
        m_session->resumePolling();
    }
    QWizard::done(result);
}

} // namespace mbus::ui
