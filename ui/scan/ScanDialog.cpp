#include "ScanDialog.h"

#include "common/NumberField.h"

#include "scan/ScanResultsModel.h"
#include "bus/PrimaryScanner.h"
#include "bus/SecondarySearch.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mbus::ui {

namespace {

QString durationText(const QLocale &locale, qint64 ms)
{
    if (ms < 60000)
        return ScanDialog::tr("%1 s").arg(locale.toString(double(ms) / 1000, 'f', 1));
    const qint64 s = (ms + 500) / 1000;
    return ScanDialog::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ScanDialog::ScanDialog(bus::RequestPort *port, const QString &connectionName, const QList<project::Meter> &known,
                       QWidget *parent)
    : QDialog(parent)
    , m_port(port)
    , m_connection(connectionName)
    , m_model(new ScanResultsModel(this))
{
    setWindowTitle(tr("Scan the bus of \"%1\"").arg(connectionName));
    m_model->setKnown(known);

    m_modes = new QTabWidget;
    m_modes->addTab(buildPrimaryPage(), tr("Primary scan"));
    m_modes->addTab(buildSecondaryPage(), tr("Secondary search"));

    QHBoxLayout *run = buildRunRow();
    m_times = new QLabel;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    buildResultsView();

    m_add = new QPushButton(tr("Add to project"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_addHint = new QLabel;
    m_addHint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_addHint, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_modes);
    layout->addLayout(run);
    layout->addWidget(m_times);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &ScanDialog::updateTimes);
    connect(m_start, &QPushButton::clicked, this, &ScanDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ScanDialog::cancel);
    connect(m_clear, &QPushButton::clicked, m_model, &ScanResultsModel::clear);
    connect(m_add, &QPushButton::clicked, this, &ScanDialog::addChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_modes, &QTabWidget::currentChanged, this, &ScanDialog::updateStartable);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ScanDialog::updateAddable);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ScanDialog::updateAddable);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScanDialog::updateAddable);

    if (m_port)
        connect(m_port, &QObject::destroyed, this, &ScanDialog::onPortGone);
    else
        m_status->setText(tr("The connection \"%1\" is disabled: enable it in the project to scan its bus.").arg(connectionName));
    updateStartable();
    updateAddable();
    resize(900, 640);
}

ScanDialog::~ScanDialog()
{
    cancel();
}

QHBoxLayout *ScanDialog::buildRunRow()
{
    m_start = new QPushButton(tr("Start"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Stop"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_clear = new QPushButton(tr("Clear results"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    auto *row = new QHBoxLayout;
    row->addWidget(m_start);
    row->addWidget(m_cancel);
    row->addWidget(m_progress, 1);
    row->addWidget(m_clear);
    return row;
}

void ScanDialog::buildResultsView()
{
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("resultsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
}

QWidget *ScanDialog::buildPrimaryPage()
{
    auto *page = new QWidget;
    // Typed addresses stay as typed (a spin box would turn 300 into 30 and scan less than asked).
    m_first = new NumberField(NumberField::Kind::Integer);
    m_first->setObjectName(QStringLiteral("firstAddressBox"));
    m_first->setInteger(0);
    m_last = new NumberField(NumberField::Kind::Integer);
    m_last->setObjectName(QStringLiteral("lastAddressBox"));
    m_last->setInteger(250);
    m_rangeHint = new QLabel;
    m_rangeHint->setObjectName(QStringLiteral("rangeHint"));
    m_rangeHint->setStyleSheet(QStringLiteral("color: #c02020"));
    m_rangeHint->hide();
    m_retries = new QSpinBox;
    m_retries->setRange(0, 5);
    m_retries->setToolTip(tr("Repeats per address after a timeout or a checksum error. 1 helps on a noisy line; "
                             "every empty address then costs twice the time."));
    m_broadcast = new QCheckBox(tr("Also ask the broadcast address 254"));
    m_broadcast->setToolTip(tr("Every meter answers 254: one answer names the only meter on the bus, "
                               "several answers collide."));
    connect(m_first, &QLineEdit::textChanged, this, &ScanDialog::updateStartable);
    connect(m_last, &QLineEdit::textChanged, this, &ScanDialog::updateStartable);

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("First address:"), m_first);
    form->addRow(tr("Last address:"), m_last);
    form->addRow(QString(), m_rangeHint);
    form->addRow(tr("Retries:"), m_retries);
    form->addRow(QString(), m_broadcast);
    return page;
}

QWidget *ScanDialog::buildSecondaryPage()
{
    auto *page = new QWidget;
    m_mask = new QLineEdit(link::SecondaryAddress::wildcard().toString());
    m_mask->setObjectName(QStringLiteral("maskEdit"));
    m_mask->setMaxLength(16);
    m_mask->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_mask->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Fa-f]{0,16}")), m_mask));
    auto *help = new QLabel(tr("16 hex digits: identification (8), manufacturer (4), version (2), medium (2). "
                               "F is a wildcard digit; FFFF, FF and FF leave manufacturer, version and medium open. "
                               "6700FFFFFFFFFFFF finds the meters whose identification starts with 6700."));
    help->setWordWrap(true);
    m_maskHint = new QLabel;
    m_maskHint->setStyleSheet(QStringLiteral("color: #c02020"));
    m_maskHint->hide();
    connect(m_mask, &QLineEdit::textChanged, this, &ScanDialog::updateStartable);

    auto *form = new QFormLayout(page);
    form->addRow(tr("Mask:"), m_mask);
    form->addRow(QString(), m_maskHint);
    form->addRow(QString(), help);
    return page;
}

ScanDialog::Mode ScanDialog::mode() const
{
    return m_modes->currentIndex() == 1 ? Mode::Secondary : Mode::Primary;
}

void ScanDialog::setMode(Mode mode)
{
    m_modes->setCurrentIndex(mode == Mode::Secondary ? 1 : 0);
}

void ScanDialog::start()
{
    if (!m_port || m_running)
        return;
    m_linkError.clear();
    if (mode() == Mode::Primary)
        startPrimary();
    else
        startSecondary();
}

void ScanDialog::startPrimary()
{
    bus::PrimaryScanSettings settings;
    settings.first = m_first->integer().value_or(0);
    settings.last = m_last->integer().value_or(250);
    settings.includeBroadcast = m_broadcast->isChecked();
    settings.retries = m_retries->value();
    m_secondary.reset();
    m_primary = std::make_unique<bus::PrimaryScanner>(*m_port, settings);
    connect(m_primary.get(), &bus::PrimaryScanner::hit, this, &ScanDialog::onHit);
    connect(m_primary.get(), &bus::PrimaryScanner::progress, this, &ScanDialog::onPrimaryProgress);
    connect(m_primary.get(), &bus::PrimaryScanner::finished, this, &ScanDialog::onFinished);
    m_done = 0;
    m_total = m_primary->total();
    m_progress->setRange(0, m_total);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m addresses"));
    m_status->setText(tr("Scanning addresses %1 to %2...").arg(settings.first).arg(settings.last));
    setRunning(true);
    m_primary->start();
}

void ScanDialog::startSecondary()
{
    const auto mask = link::SecondaryAddress::fromString(m_mask->text());
    if (!mask)
        return;
    m_primary.reset();
    m_secondary = std::make_unique<bus::SecondarySearch>(*m_port);
    connect(m_secondary.get(), &bus::SecondarySearch::hit, this, &ScanDialog::onHit);
    connect(m_secondary.get(), &bus::SecondarySearch::progress, this, &ScanDialog::onSecondaryProgress);
    connect(m_secondary.get(), &bus::SecondarySearch::finished, this, &ScanDialog::onFinished);
    // A search's length depends on how many meters answer: no fraction to show, only that it runs.
    m_progress->setRange(0, 0);
    m_status->setText(tr("Searching %1...").arg(mask->toString()));
    setRunning(true);
    m_secondary->start(*mask);
}

void ScanDialog::cancel()
{
    if (!m_running)
        return;
    m_status->setText(tr("Stopping..."));
    if (m_primary)
        m_primary->cancel();
    if (m_secondary)
        m_secondary->cancel();
}

void ScanDialog::done(int result)
{
    cancel();
    QDialog::done(result);
}

void ScanDialog::onHit(const bus::ScanHit &hit)
{
    m_model->addHit(hit);
    if (hit.kind == bus::ScanHit::Kind::Error
        && (hit.error.code == bus::BusErrorCode::PortError || hit.error.code == bus::BusErrorCode::ConnectionLost))
        m_linkError = hit.error.text();
}

void ScanDialog::onPrimaryProgress(int done, int total, int address)
{
    m_done = done;
    m_total = total;
    m_progress->setValue(done);
    m_status->setText(tr("Address %1 asked; %2").arg(address).arg(summary()));
    updateTimes();
}

void ScanDialog::onSecondaryProgress(const QString &mask, int selections)
{
    m_status->setText(tr("Selecting %1 (selections so far: %2); %3").arg(mask).arg(selections).arg(summary()));
}

void ScanDialog::onFinished(bool cancelled, qint64 elapsedMs)
{
    setRunning(false);
    if (m_secondary) {
        m_progress->setRange(0, 1);
        m_progress->setValue(cancelled ? 0 : 1);
        m_progress->setFormat(cancelled ? tr("Stopped") : tr("Done"));
    }
    const QString time = durationText(locale(), elapsedMs);
    QString text;
    if (!m_linkError.isEmpty())
        text = tr("Stopped after %1, the link failed: %2").arg(time, m_linkError);
    else if (cancelled)
        text = tr("Stopped after %1").arg(time);
    else
        text = tr("Done in %1").arg(time);
    if (m_secondary)
        text += tr(", selections: %1").arg(m_secondary->stats().selections);
    m_status->setText(text + QStringLiteral("; ") + summary());
    m_times->setText(tr("Elapsed: %1").arg(time));
    Q_EMIT scanFinished(cancelled);
}

void ScanDialog::onPortGone()
{
    // The connection was removed or disabled: its session, the scanners' port, went with it.
    const bool wasRunning = m_running;
    m_primary.reset();
    m_secondary.reset();
    m_port = nullptr;
    if (wasRunning)
        setRunning(false);
    m_status->setText(tr("The connection \"%1\" was removed or disabled: the scan ended.").arg(m_connection));
    updateStartable();
    if (wasRunning)
        Q_EMIT scanFinished(true);
}

void ScanDialog::setRunning(bool running)
{
    m_running = running;
    m_modes->setEnabled(!running);
    m_clear->setEnabled(!running);
    if (running) {
        m_clock.start();
        m_times->setText(tr("Elapsed: %1").arg(durationText(locale(), 0)));
        m_tick.start();
    } else {
        m_tick.stop();
    }
    updateStartable();
    updateAddable();
}

void ScanDialog::updateTimes()
{
    if (!m_running)
        return;
    const qint64 elapsed = m_clock.elapsed();
    QString text = tr("Elapsed: %1").arg(durationText(locale(), elapsed));
    // Empty addresses all cost the answer window and answers cost more: a rough but honest guess.
    if (m_primary && m_done > 0 && m_done < m_total)
        text += tr(", about %1 left").arg(durationText(locale(), elapsed * (m_total - m_done) / m_done));
    m_times->setText(text);
}

QString ScanDialog::primaryRangeProblem() const
{
    for (const NumberField *field : {m_first, m_last}) {
        if (!field->problem().isEmpty())
            return field->problem();
        if (*field->integer() < 0 || *field->integer() > 250)
            return tr("%1 is not a primary address (0..250)").arg(*field->integer());
    }
    if (*m_first->integer() > *m_last->integer())
        return tr("The first address is above the last.");
    return {};
}

void ScanDialog::updateStartable()
{
    const bool maskOk = link::SecondaryAddress::fromString(m_mask->text()).has_value();
    m_maskHint->setText(tr("The mask needs all 16 hex digits (it has %1).").arg(m_mask->text().size()));
    m_maskHint->setVisible(!maskOk);
    const QString rangeProblem = primaryRangeProblem();
    m_rangeHint->setText(rangeProblem);
    m_rangeHint->setVisible(!rangeProblem.isEmpty());
    const bool settingsOk = mode() == Mode::Primary ? rangeProblem.isEmpty() : maskOk;
    m_start->setEnabled(m_port && !m_running && settingsOk);
    m_cancel->setEnabled(m_running);
}

QList<project::Meter> ScanDialog::selectedMeters(int *sharedAddress) const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    return m_model->addableMeters(rows, sharedAddress);
}

void ScanDialog::updateAddable()
{
    int shared = -1;
    const QList<project::Meter> meters = selectedMeters(&shared);
    const bool anySelected = m_view->selectionModel()->hasSelection();
    m_add->setEnabled(!m_running && !meters.isEmpty() && shared < 0);
    if (shared >= 0)
        m_addHint->setText(tr("Two chosen meters share address %1: add one, give the other its own address, and scan again.").arg(shared));
    else if (anySelected && meters.isEmpty())
        m_addHint->setText(tr("Collisions, errors and meters already in the project cannot be added."));
    else if (!meters.isEmpty())
        m_addHint->setText(tr("Meters to add: %1").arg(meters.size()));
    else
        m_addHint->setText(m_model->rowCount() > 0 ? tr("Choose the meters to add to the project.") : QString());
}

void ScanDialog::addChosen()
{
    int shared = -1;
    const QList<project::Meter> meters = selectedMeters(&shared);
    if (m_running || meters.isEmpty() || shared >= 0)
        return;
    m_chosen = meters;
    accept();
}

QString ScanDialog::summary() const
{
    // Counts after a colon read right for any number without plural forms in every language.
    QString text = tr("meters found: %1").arg(m_model->countOf(bus::ScanHit::Kind::Found));
    if (const int collisions = m_model->countOf(bus::ScanHit::Kind::Collision))
        text += tr(", collisions: %1").arg(collisions);
    if (const int errors = m_model->countOf(bus::ScanHit::Kind::Error))
        text += tr(", errors: %1").arg(errors);
    return text;
}

} // namespace mbus::ui
