#pragma once

#include "commission/BaudSwitcher.h"

#include <QWizardPage>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;

namespace mbus::commission {
class BusSurvey;
}

// Page 3 of the commissioning assistant: moves one meter, or the whole bus, to another baud rate
// and proves each switch by reading the meter at the new rate. A whole-bus switch that succeeds
// becomes the connection's baud rate in the project.
namespace mbus::ui {

class CommissioningSession;

class BaudRatePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit BaudRatePage(CommissioningSession *session, QWidget *parent = nullptr);
    ~BaudRatePage() override;

    void initializePage() override;
    bool isComplete() const override;
    void cancelJob();
    void setNewBaud(int baud);
    void setWholeBus(bool wholeBus);

    QComboBox *baudBox() const { return m_baud; }
    QRadioButton *wholeBusButton() const { return m_wholeBus; }
    QRadioButton *selectedMeterButton() const { return m_selected; }
    QTableView *view() const { return m_view; }
    QListWidget *results() const { return m_results; }

public Q_SLOTS:
    void switchBaud();

Q_SIGNALS:
    // allSwitched: every meter asked for answers at the new rate; lineBaud: the connection's rate now.
    void switchFinished(bool allSwitched, int lineBaud);

private:
    void surveyFirst();
    void startSwitch();
    // Asks before a whole-bus switch (default No).
    bool confirmWholeBus(int meters, int newBaud);
    void onMeterDone(int target, bool switched, const QString &text);
    void onFinished(bool allSwitched, int lineBaud);
    void setRunning(bool running);
    void updateButtons();

    CommissioningSession *m_session;
    std::unique_ptr<commission::BusSurvey> m_busSurvey;
    std::unique_ptr<commission::BaudSwitcher> m_switcher;
    QList<int> m_targetRows; // the survey table's row of each target
    QStringList m_failures;
    bool m_switchWholeBus = false;

    QComboBox *m_baud;
    QRadioButton *m_selected;
    QRadioButton *m_wholeBus;
    QTableView *m_view;
    QPushButton *m_switch;
    QPushButton *m_stop;
    QLabel *m_status;
    QListWidget *m_results;
};

} // namespace mbus::ui
