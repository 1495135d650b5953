#pragma once

#include "bus/LineDetector.h"

#include <QWizardPage>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

// Page 1 of the commissioning assistant: which baud rate and parity the meters answer at, tried
// over the connection's serial port from its current settings on, and the recommendation taken
// into the project. A TCP gateway's serial side is set in the gateway and the embedded simulated
// bus has nothing to detect: for those the page only says so.
namespace mbus::ui {

class CommissioningSession;

class LineSettingsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LineSettingsPage(CommissioningSession *session, QWidget *parent = nullptr);
    ~LineSettingsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    void cancelJob();
    bool canDetect() const;
    std::optional<link::LineSettings> recommended() const { return m_recommended; }

    QLabel *recommendationLabel() const { return m_recommendation; }

public Q_SLOTS:
    void detect();
    void useRecommended();

Q_SIGNALS:
    void detectionFinished(bool cancelled);

private:
    void onTried(const bus::LineProbe &probe);
    void onFinished(bool cancelled);
    void setRunning(bool running);
    void updateButtons();

    CommissioningSession *m_session;
    std::unique_ptr<bus::LineDetector> m_detector;
    bool m_startPending = false; // waiting for the connection to let go of the port
    std::optional<link::LineSettings> m_recommended;

    QLabel *m_intro;
    QPushButton *m_detect;
    QPushButton *m_stop;
    QListWidget *m_tried;
    QLabel *m_recommendation;
    QPushButton *m_use;
};

} // namespace mbus::ui
