#pragma once

#include <QWizard>

// The commissioning assistant for one connection: line settings, meters and their addresses,
// baud rate, report. Every page is optional. While a page runs a bus job the navigation is
// locked; closing the assistant stops the job (nothing of it stays queued on the port) and starts
// the connection's polling again if it ran before.
namespace mbus::ui {

class AddressPlanPage;
class BaudRatePage;
class CommissioningSession;
class EngineHost;
class LineSettingsPage;
class ProjectDocument;
class ReportPage;

class CommissioningWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId : std::uint8_t { LinePageId, AddressPageId, BaudPageId, ReportPageId };

    CommissioningWizard(ProjectDocument *document, EngineHost *host, const QString &connection, QWidget *parent = nullptr);
    ~CommissioningWizard() override;

    CommissioningSession *session() const { return m_session; }
    LineSettingsPage *linePage() const { return m_line; }
    AddressPlanPage *addressPage() const { return m_addresses; }
    BaudRatePage *baudPage() const { return m_baud; }
    ReportPage *reportPage() const { return m_report; }

public Q_SLOTS:
    void done(int result) override;

private:
    void lockNavigation(bool busy);
    void cancelJobs();

    CommissioningSession *m_session;
    LineSettingsPage *m_line;
    AddressPlanPage *m_addresses;
    BaudRatePage *m_baud;
    ReportPage *m_report;
    bool m_closed = false;
};

} // namespace mbus::ui
