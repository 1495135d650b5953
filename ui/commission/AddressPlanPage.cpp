#include "AddressPlanPage.h"

#include "commission/CommissioningSession.h"
#include "project/ProjectDocument.h"
#include "commission/SurveyTableModel.h"
#include "commission/SurveyToProject.h"
#include "commission/TagRenameQuestion.h"
#include "commission/BusSurvey.h"
#include "commission/PlanRunner.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mbus::ui {

using commission::SurveyedMeter;

AddressPlanPage::AddressPlanPage(CommissioningSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Meters and addresses"));
    setSubTitle(tr("Find every meter by its secondary address, see which share a primary address, and give each "
                   "its own. Each change is asked for before it is made."));

    m_survey = new QPushButton(tr("Survey the bus"));
    m_survey->setObjectName(QStringLiteral("surveyButton"));
    m_stop = new QPushButton(tr("Stop"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_keepKnown = new QCheckBox(tr("Keep the meters the project knows at their address"));
    m_keepKnown->setObjectName(QStringLiteral("keepKnownBox"));
    m_keepKnown->setChecked(true);
    m_keepKnown->setToolTip(tr("Of meters sharing an address, the one in the project keeps it; the addresses of project "
                               "meters not found on the bus are not handed out."));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_view = new QTableView;
    m_view->setModel(session->model());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_planText = new QLabel;
    m_planText->setWordWrap(true);
    m_apply = new QPushButton(tr("Apply next change…"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_add = new QPushButton(tr("Add to project"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setToolTip(tr("The meters found join the connection; meters of the project that moved take their new "
                         "address, and their bindings with them."));

    auto *run = new QHBoxLayout;
    run->addWidget(m_survey);
    run->addWidget(m_stop);
    run->addWidget(m_keepKnown, 1);
    auto *act = new QHBoxLayout;
    act->addWidget(m_planText, 1);
    act->addWidget(m_apply);
    act->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(run);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(act);

    connect(m_survey, &QPushButton::clicked, this, &AddressPlanPage::survey);
    connect(m_stop, &QPushButton::clicked, this, &AddressPlanPage::cancelJob);
    connect(m_apply, &QPushButton::clicked, this, &AddressPlanPage::applyChanges);
    connect(m_add, &QPushButton::clicked, this, &AddressPlanPage::addToProject);
    connect(m_keepKnown, &QCheckBox::toggled, this, [this] {
        if (!m_session->meters().isEmpty() && m_firstOpenMove == 0)
            makePlan();
    });
    connect(session, &CommissioningSession::busyChanged, this, &AddressPlanPage::completeChanged);
    connect(session, &CommissioningSession::busyChanged, this, &AddressPlanPage::updateButtons);
    updateButtons();
}

AddressPlanPage::~AddressPlanPage()
{
    cancelJob();
}

bool AddressPlanPage::isComplete() const
{
    return !m_session->isBusy();
}

void AddressPlanPage::cancelJob()
{
    if (m_busSurvey && m_busSurvey->isRunning())
        m_busSurvey->cancel(); // finished() follows and unlocks
    if (m_runner && m_runner->isBusy()) {
        m_runner->cancel();
        m_status->setText(tr("Stopped."));
        setRunning(false);
    }
}

void AddressPlanPage::survey()
{
    bus::RequestPort *port = m_session->port();
    if (!port || m_session->isBusy()) {
        if (!port)
            m_status->setText(tr("The connection is disabled: enable it in the project to survey its bus."));
        return;
    }
    m_runner.reset();
    m_plan = {};
    m_firstOpenMove = 0;
    m_verified = false;
    m_session->model()->clear();
    m_busSurvey = std::make_unique<commission::BusSurvey>(*port, m_session->baud());
    connect(m_busSurvey.get(), &commission::BusSurvey::progress, m_status, &QLabel::setText);
    connect(m_busSurvey.get(), &commission::BusSurvey::meterFound, m_session->model(), &SurveyTableModel::addMeter);
    connect(m_busSurvey.get(), &commission::BusSurvey::finished, this, &AddressPlanPage::onSurveyFinished);
    m_status->setText(tr("Searching the bus by secondary address…"));
    setRunning(true);
    m_busSurvey->start();
}

void AddressPlanPage::onSurveyFinished(bool cancelled)
{
    setRunning(false);
    m_session->setMeters(m_busSurvey->meters());
    QStringList notes;
    for (const link::SecondaryAddress &mask : m_busSurvey->unresolved())
        notes << tr("%1: meters alike in every field, cannot be told apart").arg(mask.toString());
    m_session->setSurveyNotes(notes);
    const int found = int(m_session->meters().size());
    const int selections = m_busSurvey->selections();
    if (cancelled)
        m_status->setText(tr("Survey stopped; meters found so far: %1").arg(found));
    else if (found == 0 && notes.isEmpty())
        m_status->setText(tr("No meter answered the secondary search: check the line settings."));
    else
        m_status->setText(tr("Meters found: %1 (selections: %2)").arg(found).arg(selections));
    makePlan();
    Q_EMIT surveyFinished(cancelled);
}

void AddressPlanPage::makePlan()
{
    const QList<SurveyedMeter> &meters = m_session->meters();
    commission::PlanSettings settings;
    if (m_keepKnown->isChecked()) {
        QSet<QString> onBus;
        QSet<int> answered;
        for (const SurveyedMeter &m : meters) {
            onBus.insert(m.secondary.toString().toUpper());
            answered.insert(m.primaryBefore);
        }
        for (const project::Meter &known : m_session->connection().allMeters()) {
            const QString secondary = known.secondary.toUpper();
            if (onBus.contains(secondary))
                settings.keepFirst.insert(secondary);
            else if (!secondary.isEmpty() || !answered.contains(known.address))
                settings.reserved.insert(known.address);
        }
    }
    m_plan = commission::planAddresses(meters, settings);
    m_firstOpenMove = 0;
    m_runner.reset();
    m_session->model()->setPlan(m_plan.moves);
    m_session->setPlanNotes(m_plan.problems);
    m_planText->setText(planSummary());
    updateButtons();
}

QString AddressPlanPage::planSummary() const
{
    if (m_session->meters().isEmpty())
        return QString();
    QString text;
    const int open = int(m_plan.moves.size()) - m_firstOpenMove;
    if (m_plan.isEmpty())
        text = tr("Every address is unique already.");
    else if (open > 0)
        text = tr("Changes planned: %1, still to apply: %2").arg(m_plan.moves.size()).arg(open);
    else
        text = tr("Every planned change was applied or skipped.");
    for (const QString &problem : m_plan.problems)
        text += QLatin1Char('\n') + problem;
    return text;
}

bool AddressPlanPage::ensureRunner()
{
    if (m_runner)
        return true;
    bus::RequestPort *port = m_session->port();
    if (!port)
        return false;
    m_runner = std::make_unique<commission::PlanRunner>(*port, m_session->meters(), m_plan.moves.mid(m_firstOpenMove));
    const int offset = m_firstOpenMove;
    connect(m_runner.get(), &commission::PlanRunner::moveFinished, this,
            [this, offset](int move, bool ok, const QString &text) { onMoveFinished(offset + move, ok, text); });
    connect(m_runner.get(), &commission::PlanRunner::verified, this, &AddressPlanPage::onVerified);
    connect(m_runner.get(), &commission::PlanRunner::finished, this, &AddressPlanPage::onRunnerFinished);
    return true;
}

void AddressPlanPage::applyChanges()
{
    if (m_session->isBusy() || !ensureRunner())
        return;
    askNext();
}

void AddressPlanPage::askNext()
{
    if (!m_runner)
        return;
    if (!m_runner->hasMoreMoves()) {
        m_status->setText(tr("Reading every meter at its address…"));
        setRunning(true);
        m_runner->verifyAll();
        return;
    }
    // Copies: the dialog below runs an event loop in which the plan and the table may change.
    const commission::AddressMove move = m_runner->moves().at(m_runner->nextMove());
    const SurveyedMeter m = m_session->meters().at(move.meter);
    QMessageBox box(QMessageBox::Question, tr("Change a primary address"),
                    tr("Set %1 %2 from address %3 to %4?").arg(m.manufacturer, m.secondary.toString()).arg(move.from).arg(move.to),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, this);
    box.setInformativeText(move.reason);
    box.button(QMessageBox::No)->setText(tr("Skip"));
    box.setDefaultButton(QMessageBox::Yes);
    const int answer = box.exec();
    if (answer == QMessageBox::Yes) {
        m_status->setText(tr("Setting %1 to address %2…").arg(m.secondary.toString()).arg(move.to));
        setRunning(true);
        m_runner->applyNext();
    } else if (answer == QMessageBox::No) {
        m_runner->skipNext(); // moveFinished() comes at once and asks for the next
    } else {
        m_status->setText(tr("Stopped before the change of %1; the rest of the plan waits.").arg(m.secondary.toString()));
    }
}

void AddressPlanPage::onMoveFinished(int move, bool ok, const QString &text)
{
    Q_UNUSED(ok)
    const int meter = m_plan.moves.at(move).meter;
    m_session->model()->updateMeter(meter, m_runner->meters().at(meter));
    m_firstOpenMove = move + 1;
    m_status->setText(text);
    m_planText->setText(planSummary());
    setRunning(false);
    // The next question comes after this slot: the runner is done with the signal by then.
    QTimer::singleShot(0, this, &AddressPlanPage::askNext);
}

void AddressPlanPage::onVerified(int meter, bool ok, const QString &text)
{
    Q_UNUSED(ok)
    Q_UNUSED(text)
    m_session->model()->updateMeter(meter, m_runner->meters().at(meter));
}

void AddressPlanPage::onRunnerFinished(bool allOk)
{
    m_session->setMeters(m_runner->meters());
    m_verified = true;
    setRunning(false);
    const QList<int> shared = commission::sharedAddresses(m_session->meters());
    if (allOk) {
        m_status->setText(tr("Every meter reads at its own address."));
    } else if (!shared.isEmpty()) {
        QStringList list;
        for (const int a : shared)
            list << QString::number(a);
        m_status->setText(tr("Not every meter reads at its address; shared addresses remain: %1").arg(list.join(QStringLiteral(", "))));
    } else {
        m_status->setText(tr("Not every meter reads at its address: see the outcome column."));
    }
    Q_EMIT planApplied(allOk);
}

void AddressPlanPage::addToProject()
{
    const int index = m_session->connectionIndex();
    if (index < 0 || m_session->meters().isEmpty() || m_session->isBusy())
        return;
    project::Project edited = m_session->document()->project();
    const project::Connection updated = commission::withSurveyedMeters(edited.connections.at(index), m_session->meters());
    if (updated == edited.connections.at(index)) {
        m_status->setText(tr("The project knows these meters already."));
        return;
    }
    // Tags that name a moved meter's old address ("water0.volume") would name the wrong meter now.
    const QList<commission::TagRename> renames = commission::tagRenamesForMovedMeters(edited.connections.at(index), updated, edited);
    edited.connections[index] = updated;
    if (TagRenameQuestion::ask(this, renames))
        commission::applyTagRenames(edited.connections[index], renames);
    m_session->document()->apply(edited, tr("Take the surveyed meters into \"%1\"").arg(m_session->connectionName()));
    m_status->setText(tr("The meters are in the project."));
}

void AddressPlanPage::setRunning(bool running)
{
    m_session->setBusy(running);
    updateButtons();
}

void AddressPlanPage::updateButtons()
{
    const bool busy = m_session->isBusy();
    const bool jobHere = (m_busSurvey && m_busSurvey->isRunning()) || (m_runner && m_runner->isBusy());
    m_survey->setEnabled(!busy);
    m_stop->setEnabled(jobHere);
    m_keepKnown->setEnabled(!busy);
    m_apply->setEnabled(!busy && m_firstOpenMove < m_plan.moves.size());
    m_add->setEnabled(!busy && !m_session->meters().isEmpty());
}

} // namespace mbus::ui
