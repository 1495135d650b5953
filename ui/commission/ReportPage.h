#pragma once

#include "commission/SurveyedMeter.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

// Page 4 of the commissioning assistant: what was done, and the commissioning report of it
// (every meter with its addresses before and after, the line settings, the notes) to save as
// CSV, HTML or PDF or to print.
namespace mbus::ui {

class CommissioningSession;

class ReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReportPage(CommissioningSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    commission::CommissioningReport report() const;

    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *printButton() const { return m_print; }

public Q_SLOTS:
    void updateSummary();

private:
    CommissioningSession *m_session;
    QLabel *m_summary;
    QPushButton *m_save;
    QPushButton *m_print;
};

} // namespace mbus::ui
