#include "LineSettingsPage.h"

#include "commission/CommissioningSession.h"
#include "window/EngineHost.h"
#include "project/ChannelSettings.h"
#include "project/ProjectDocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mbus::ui {

namespace {

constexpr int PortReleaseMs = 200;

QString lineText(const link::LineSettings &line)
{
    return QString::fromLatin1(link::lineSettingsText(line));
}

} // namespace

LineSettingsPage::LineSettingsPage(CommissioningSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Line settings"));
    m_intro = new QLabel;
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_detect = new QPushButton(tr("Detect"));
    m_detect->setObjectName(QStringLiteral("detectButton"));
    m_stop = new QPushButton(tr("Stop"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_tried = new QListWidget;
    m_tried->setObjectName(QStringLiteral("triedList"));
    m_recommendation = new QLabel;
    m_recommendation->setWordWrap(true);
    m_use = new QPushButton(tr("Use"));
    m_use->setObjectName(QStringLiteral("useButton"));
    auto *run = new QHBoxLayout;
    run->addWidget(m_detect);
    run->addWidget(m_stop);
    run->addStretch(1);
    auto *use = new QHBoxLayout;
    use->addWidget(m_recommendation, 1);
    use->addWidget(m_use);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(run);
    layout->addWidget(m_tried, 1);
    layout->addLayout(use);

    connect(m_detect, &QPushButton::clicked, this, &LineSettingsPage::detect);
    connect(m_stop, &QPushButton::clicked, this, &LineSettingsPage::cancelJob);
    connect(m_use, &QPushButton::clicked, this, &LineSettingsPage::useRecommended);
    connect(session, &CommissioningSession::busyChanged, this, &LineSettingsPage::completeChanged);
    connect(session, &CommissioningSession::busyChanged, this, &LineSettingsPage::updateButtons);
}

LineSettingsPage::~LineSettingsPage()
{
    cancelJob();
}

bool LineSettingsPage::canDetect() const
{
    return !m_session->isSimulated() && !m_session->isTcp();
}

void LineSettingsPage::initializePage()
{
    QString text;
    if (m_session->wasPolling())
        text = tr("Polling of \"%1\" is stopped while the assistant uses its bus; it starts again when the assistant closes.")
                   .arg(m_session->connectionName());
    else
        text = tr("The assistant uses the bus of \"%1\"; it is not polled meanwhile.").arg(m_session->connectionName());
    text += QLatin1Char(' ');
    if (m_session->isSimulated())
        text += tr("The connection is on the simulated bus in this program: there are no line settings to detect.");
    else if (m_session->isTcp())
        text += tr("The connection goes through a TCP gateway: its serial settings are set in the gateway itself. "
                   "Go on to the next page.");
    else
        text += tr("Detect tries the baud rates and parities meters use, from the connection's %1 on, and stops at "
                   "the first that brings a valid answer.")
                    .arg(lineText(m_session->connection().channel.line));
    m_intro->setText(text);
    m_detect->setVisible(canDetect());
    m_stop->setVisible(canDetect());
    m_tried->setVisible(canDetect());
    m_use->setVisible(canDetect());
    updateButtons();
}

bool LineSettingsPage::isComplete() const
{
    return !m_session->isBusy();
}

void LineSettingsPage::cancelJob()
{
    if (m_detector && m_startPending) {
        m_startPending = false; // not started yet: nothing on the bus to stop
        onFinished(true);
    } else if (m_detector) {
        m_detector->cancel(); // finished() comes at once: it unlocks and lets the detector go
    }
}

void LineSettingsPage::detect()
{
    if (!canDetect() || m_session->isBusy())
        return;
    const project::Connection c = m_session->connection();
    bus::LineDetectSettings settings;
    settings.connection = project::connectionSettings(c.channel);
    settings.start = c.channel.line;
    for (const project::Meter &m : c.allMeters())
        settings.addresses << m.address;
    m_tried->clear();
    m_recommended.reset();
    m_recommendation->clear();
    m_detector = std::make_unique<bus::LineDetector>(settings);
    connect(m_detector.get(), &bus::LineDetector::trying, this, [this](const link::LineSettings &line, int index, int total) {
        m_recommendation->setText(tr("Trying %1 (%2 of %3)…").arg(lineText(line)).arg(index + 1).arg(total));
    });
    connect(m_detector.get(), &bus::LineDetector::tried, this, &LineSettingsPage::onTried);
    connect(m_detector.get(), &bus::LineDetector::finished, this, &LineSettingsPage::onFinished);
    setRunning(true);
    // A survey on the other pages left the connection's own port open, and a serial port opens
    // once only: the (paused) connection closes it on its worker thread, which the detector's
    // first open, a moment later on its own thread, must not overtake.
    m_session->host()->releasePort(m_session->connectionName());
    m_startPending = true;
    QTimer::singleShot(PortReleaseMs, m_detector.get(), [this] {
        if (!m_startPending)
            return;
        m_startPending = false;
        m_detector->start();
    });
}

void LineSettingsPage::onTried(const bus::LineProbe &probe)
{
    m_tried->addItem(tr("%1: %2").arg(lineText(probe.line), probe.summary()));
}

void LineSettingsPage::onFinished(bool cancelled)
{
    const std::optional<bus::LineProbe> best = m_detector->recommended();
    setRunning(false);
    if (best) {
        m_recommended = best->line;
        m_recommendation->setText(tr("Recommended: %1").arg(lineText(best->line)));
        m_use->setText(tr("Use %1").arg(lineText(best->line)));
    } else {
        m_use->setText(tr("Use"));
        m_recommendation->setText(cancelled ? tr("Stopped.")
                                            : tr("No meter answered at any setting: check the wiring, the converter's "
                                                 "power and the bus voltage."));
    }
    updateButtons();
    Q_EMIT detectionFinished(cancelled);
}

void LineSettingsPage::useRecommended()
{
    const int index = m_session->connectionIndex();
    if (!m_recommended || index < 0 || m_session->isBusy())
        return;
    project::Project edited = m_session->document()->project();
    edited.connections[index].channel.line = *m_recommended;
    if (edited == m_session->document()->project())
        return;
    m_session->document()->apply(edited, tr("Set the line settings of \"%1\" to %2")
                                             .arg(m_session->connectionName(), lineText(*m_recommended)));
    m_recommendation->setText(tr("The connection uses %1 now.").arg(lineText(*m_recommended)));
}

void LineSettingsPage::setRunning(bool running)
{
    m_session->setBusy(running);
    updateButtons();
}

void LineSettingsPage::updateButtons()
{
    const bool busy = m_session->isBusy();
    m_detect->setEnabled(canDetect() && !busy);
    m_stop->setEnabled(m_detector && busy);
    m_use->setEnabled(!busy && m_recommended.has_value());
}

} // namespace mbus::ui
