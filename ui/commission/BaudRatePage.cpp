#include "BaudRatePage.h"

#include "commission/CommissioningSession.h"
#include "project/ProjectDocument.h"
#include "commission/SurveyTableModel.h"
#include "commission/BusSurvey.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mbus::ui {

namespace {

// The rates EN 13757-3 has a baud-rate-switch CI field for (0xB8..0xBF).
const QList<int> Rates{300, 600, 1200, 2400, 4800, 9600, 19200, 38400};

} // namespace

BaudRatePage::BaudRatePage(CommissioningSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Baud rate"));
    setSubTitle(tr("Switch one meter or the whole bus to another baud rate. Each meter acknowledges at the old "
                   "rate and is read at the new one; for the whole bus, if one meter fails, all go back."));
    m_baud = new QComboBox;
    for (const int rate : Rates)
        m_baud->addItem(tr("%1 Bd").arg(rate), rate);
    setNewBaud(9600);
    m_selected = new QRadioButton(tr("The meter selected in the table"));
    m_wholeBus = new QRadioButton(tr("Every meter on the bus (the connection follows)"));
    m_wholeBus->setChecked(true);
    auto *scope = new QButtonGroup(this);
    scope->addButton(m_selected);
    scope->addButton(m_wholeBus);
    m_view = new QTableView;
    m_view->setModel(session->model());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_switch = new QPushButton(tr("Switch"));
    m_switch->setObjectName(QStringLiteral("switchButton"));
    m_stop = new QPushButton(tr("Stop"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_results = new QListWidget;

    auto *form = new QFormLayout;
    form->addRow(tr("New baud rate:"), m_baud);
    form->addRow(tr("Switch:"), m_wholeBus);
    form->addRow(QString(), m_selected);
    auto *run = new QHBoxLayout;
    run->addWidget(m_switch);
    run->addWidget(m_stop);
    run->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_view, 2);
    layout->addLayout(run);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    connect(m_switch, &QPushButton::clicked, this, &BaudRatePage::switchBaud);
    connect(m_stop, &QPushButton::clicked, this, &BaudRatePage::cancelJob);
    connect(m_selected, &QRadioButton::toggled, this, &BaudRatePage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BaudRatePage::updateButtons);
    connect(session, &CommissioningSession::busyChanged, this, &BaudRatePage::completeChanged);
    connect(session, &CommissioningSession::busyChanged, this, &BaudRatePage::updateButtons);
    updateButtons();
}

BaudRatePage::~BaudRatePage()
{
    cancelJob();
}

void BaudRatePage::initializePage()
{
    if (m_session->isTcp())
        m_status->setText(tr("A TCP gateway's serial rate is set in the gateway: the meters can switch, the link cannot follow."));
    else
        m_status->setText(tr("The bus runs at %1 Bd now.").arg(m_session->baud()));
    updateButtons();
}

bool BaudRatePage::isComplete() const
{
    return !m_session->isBusy();
}

void BaudRatePage::setNewBaud(int baud)
{
    const int i = m_baud->findData(baud);
    if (i >= 0)
        m_baud->setCurrentIndex(i);
}

void BaudRatePage::setWholeBus(bool wholeBus)
{
    (wholeBus ? m_wholeBus : m_selected)->setChecked(true);
}

void BaudRatePage::cancelJob()
{
    if (m_busSurvey && m_busSurvey->isRunning())
        m_busSurvey->cancel();
    if (m_switcher && m_switcher->isRunning())
        m_switcher->cancel(); // finished() follows at once and unlocks
}

void BaudRatePage::switchBaud()
{
    if (m_session->isBusy() || !m_session->port())
        return;
    m_results->clear();
    m_failures.clear();
    m_switchWholeBus = m_wholeBus->isChecked();
    // Like mbus-cli change-baud --all: the whole bus is every meter the secondary search finds.
    if (m_switchWholeBus && m_session->meters().isEmpty())
        surveyFirst();
    else
        startSwitch();
}

void BaudRatePage::surveyFirst()
{
    bus::RequestPort *port = m_session->port();
    if (!port) {
        m_status->setText(tr("The connection is disabled: enable it in the project to survey its bus."));
        return;
    }
    m_busSurvey = std::make_unique<commission::BusSurvey>(*port, m_session->baud());
    connect(m_busSurvey.get(), &commission::BusSurvey::progress, m_status, &QLabel::setText);
    connect(m_busSurvey.get(), &commission::BusSurvey::meterFound, m_session->model(), &SurveyTableModel::addMeter);
    connect(m_busSurvey.get(), &commission::BusSurvey::finished, this, [this](bool cancelled) {
        m_session->setMeters(m_busSurvey->meters());
        setRunning(false);
        if (cancelled) {
            m_status->setText(tr("Stopped."));
        } else if (m_session->meters().isEmpty()) {
            m_status->setText(tr("No meter answered the secondary search at %1 Bd.").arg(m_session->baud()));
            Q_EMIT switchFinished(false, m_session->baud());
        } else {
            // After the survey's signal has returned: the switch asks first, in an event loop.
            QTimer::singleShot(0, this, &BaudRatePage::startSwitch);
        }
    });
    m_status->setText(tr("Finding the meters on the bus first…"));
    setRunning(true);
    m_busSurvey->start();
}

void BaudRatePage::startSwitch()
{
    const QList<commission::SurveyedMeter> &meters = m_session->meters();
    m_targetRows.clear();
    if (m_switchWholeBus) {
        for (int row = 0; row < meters.size(); ++row)
            m_targetRows << row;
    } else {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        m_targetRows << rows.first().row();
    }
    QList<commission::BaudTarget> targets;
    for (const int row : std::as_const(m_targetRows)) {
        const commission::SurveyedMeter &m = meters.at(row);
        commission::BaudTarget target;
        target.secondary = m.secondary;
        target.label = QStringLiteral("%1 %2").arg(m.manufacturer, m.secondary.toString());
        targets << target;
    }
    const int newBaud = m_baud->currentData().toInt();
    if (m_switchWholeBus && !confirmWholeBus(int(targets.size()), newBaud)) {
        m_status->setText(tr("Not switched: the bus stays at %1 Bd.").arg(m_session->baud()));
        Q_EMIT switchFinished(false, m_session->baud());
        return;
    }
    bus::RequestPort *port = m_session->port();
    if (!port) {
        m_status->setText(tr("The connection is disabled: enable it in the project to switch its meters."));
        return;
    }
    m_switcher = std::make_unique<commission::BaudSwitcher>(*port, m_session->baud(), newBaud, m_switchWholeBus);
    connect(m_switcher.get(), &commission::BaudSwitcher::progress, m_status, &QLabel::setText);
    connect(m_switcher.get(), &commission::BaudSwitcher::refused, this, [this](const QString &text) {
        m_results->addItem(tr("Refused: %1").arg(text));
        m_failures << tr("Baud rate not switched: %1").arg(text);
    });
    connect(m_switcher.get(), &commission::BaudSwitcher::meterDone, this, &BaudRatePage::onMeterDone);
    connect(m_switcher.get(), &commission::BaudSwitcher::finished, this, &BaudRatePage::onFinished);
    m_status->setText(tr("Switching to %1 Bd…").arg(newBaud));
    setRunning(true);
    m_switcher->start(targets);
}

bool BaudRatePage::confirmWholeBus(int meters, int newBaud)
{
    // Every meter of the bus changes its rate: a meter left behind is lost to the connection until
    // someone finds its rate, so the user says yes first.
    QMessageBox box(QMessageBox::Question, tr("Switch the whole bus"),
                    tr("Switch every meter of \"%1\" from %2 Bd to %3 Bd? Meters on the bus: %4.")
                        .arg(m_session->connectionName())
                        .arg(m_session->baud())
                        .arg(newBaud)
                        .arg(meters),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(tr("Each meter is told to switch and is read at the new rate. If one does not follow, the "
                              "others are switched back to %1 Bd; if all follow, the connection is set to %2 Bd.")
                               .arg(m_session->baud())
                               .arg(newBaud));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void BaudRatePage::onMeterDone(int target, bool switched, const QString &text)
{
    m_results->addItem(text);
    if (!switched)
        m_failures << text;
    Q_UNUSED(target)
}

void BaudRatePage::onFinished(bool allSwitched, int lineBaud)
{
    const QList<int> rates = m_switcher->ratesNow();
    const int oldBaud = m_session->baud();
    for (int i = 0; i < m_targetRows.size() && i < rates.size(); ++i) {
        commission::SurveyedMeter m = m_session->meters().at(m_targetRows.at(i));
        m.baudBefore = m.baudBefore > 0 ? m.baudBefore : oldBaud;
        m.baudAfter = rates.at(i) != m.baudBefore ? rates.at(i) : 0;
        m_session->model()->updateMeter(m_targetRows.at(i), m);
    }
    if (m_switchWholeBus && !allSwitched)
        m_failures << tr("The bus stays at %1 Bd: not every meter switched.").arg(lineBaud);
    m_session->setBaudNotes(m_failures);
    setRunning(false);
    const int index = m_session->connectionIndex();
    if (m_switchWholeBus && allSwitched && index >= 0 && lineBaud != oldBaud) {
        project::Project edited = m_session->document()->project();
        edited.connections[index].channel.line.baud = lineBaud;
        m_session->document()->apply(edited, tr("Set the baud rate of \"%1\" to %2").arg(m_session->connectionName()).arg(lineBaud));
        m_status->setText(tr("Every meter answers at %1 Bd; the connection is set to it.").arg(lineBaud));
    } else if (allSwitched) {
        m_status->setText(tr("Switched to %1 Bd.").arg(m_baud->currentData().toInt()));
    } else {
        m_status->setText(tr("Not switched: the bus runs at %1 Bd.").arg(lineBaud));
    }
    Q_EMIT switchFinished(allSwitched, lineBaud);
}

void BaudRatePage::setRunning(bool running)
{
    m_session->setBusy(running);
    updateButtons();
}

void BaudRatePage::updateButtons()
{
    const bool busy = m_session->isBusy();
    const bool jobHere = (m_busSurvey && m_busSurvey->isRunning()) || (m_switcher && m_switcher->isRunning());
    const bool scopeOk = m_wholeBus->isChecked() || m_view->selectionModel()->hasSelection();
    m_switch->setEnabled(!busy && scopeOk);
    m_stop->setEnabled(jobHere);
    m_baud->setEnabled(!busy);
    m_wholeBus->setEnabled(!busy);
    m_selected->setEnabled(!busy);
}

} // namespace mbus::ui
