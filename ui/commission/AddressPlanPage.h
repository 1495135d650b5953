#pragma once

#include "commission/AddressPlan.h"

#include <QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace mbus::commission {
class BusSurvey;
class PlanRunner;
} // namespace mbus::commission

// Page 2 of the commissioning assistant: survey the bus (every meter by secondary address, then
// read selected to learn the address it answers with), plan a unique addressing, apply it one
// confirmed change at a time, read every meter at its address, and take the meters into the
// project.
namespace mbus::ui {

class CommissioningSession;

class AddressPlanPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AddressPlanPage(CommissioningSession *session, QWidget *parent = nullptr);
    ~AddressPlanPage() override;

    bool isComplete() const override;
    void cancelJob();
    const commission::AddressPlan &plan() const { return m_plan; }

    QTableView *view() const { return m_view; }
    QLabel *planLabel() const { return m_planText; }

public Q_SLOTS:
    void survey();
    // Asks for the next change, runs it, and goes on with the next until the user cancels; after
    // the last, every meter is read at its address.
    void applyChanges();
    void addToProject();

Q_SIGNALS:
    void surveyFinished(bool cancelled);
    // Every move done or skipped and every meter read: allOk when each answered where it should.
    void planApplied(bool allOk);

private:
    void onSurveyFinished(bool cancelled);
    void makePlan();
    void askNext();
    void onMoveFinished(int move, bool ok, const QString &text);
    void onVerified(int meter, bool ok, const QString &text);
    void onRunnerFinished(bool allOk);
    bool ensureRunner();
    void setRunning(bool running);
    void updateButtons();
    QString planSummary() const;

    CommissioningSession *m_session;
    std::unique_ptr<commission::BusSurvey> m_busSurvey;
    std::unique_ptr<commission::PlanRunner> m_runner;
    commission::AddressPlan m_plan;
    int m_firstOpenMove = 0; // moves before this one are done or skipped
    bool m_verified = false;

    QPushButton *m_survey;
    QPushButton *m_stop;
    QCheckBox *m_keepKnown;
    QLabel *m_status;
    QTableView *m_view;
    QLabel *m_planText;
    QPushButton *m_apply;
    QPushButton *m_add;
};

} // namespace mbus::ui
