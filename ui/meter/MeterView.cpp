#include "MeterView.h"

#include "window/EngineHost.h"
#include "meter/HexView.h"
#include "meter/MeterSettingsActions.h"
#include "meter/RecordTableModel.h"

#include "engine/WakeUpRequest.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mbus::ui {

namespace {
const QString ColumnsKey = QStringLiteral("meterView/recordColumns");
}

MeterView::MeterView(EngineHost *host, QWidget *parent)
    : QWidget(parent)
    , m_host(host)
    , m_title(new QLabel(this))
    , m_header(new QLabel(this))
    , m_status(new QLabel(this))
    , m_read(new QPushButton(tr("&Read meter"), this))
    , m_cancel(new QPushButton(tr("&Cancel read"), this))
    , m_createBindings(new QPushButton(tr("Create &bindings…"), this))
    , m_saveReadout(new QPushButton(tr("Save readout…"), this))
    , m_setAddress(new QPushButton(tr("Set address…"), this))
    , m_setBaud(new QPushButton(tr("Set baud rate…"), this))
    , m_settings(new MeterSettingsActions(host, this))
    , m_model(new RecordTableModel(this))
    , m_table(new QTableView(this))
    , m_hex(new HexView(this))
{
    m_createBindings->setObjectName(QStringLiteral("createBindingsButton"));
    m_read->setObjectName(QStringLiteral("readButton"));
    m_cancel->setObjectName(QStringLiteral("cancelReadButton"));
    m_saveReadout->setObjectName(QStringLiteral("saveReadoutButton"));
    m_setAddress->setObjectName(QStringLiteral("setAddressButton"));
    m_setBaud->setObjectName(QStringLiteral("setBaudButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_hex->setObjectName(QStringLiteral("hexView"));
    m_table->setObjectName(QStringLiteral("table"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_status->setWordWrap(true);
    m_read->setToolTip(tr("REQ_UD2 to the meter's primary address, all telegrams"));
    m_cancel->setToolTip(tr("Stop waiting for the meter's answer"));
    m_cancel->hide(); // in the Read button's place while a read runs
    m_createBindings->setToolTip(tr("Bind the selected records: Address, Telegram and Index are filled in"));
    m_saveReadout->setToolTip(tr("Save the records as CSV and the telegrams as hex (for support; mbus-cli decode reads the hex)"));
    m_setAddress->setToolTip(tr("Give the meter another primary address (selected by its secondary address, then read back)"));
    m_setBaud->setToolTip(tr("Switch the meter to another baud rate (then read at the new rate)"));
    m_progress.setInterval(1000);
    connect(&m_progress, &QTimer::timeout, this, &MeterView::showProgress);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight); // long quantities end in "…", the tooltip has them whole
    // Column widths the user set are kept across reads and sessions.
    const QByteArray columns = QSettings().value(ColumnsKey).toByteArray();
    m_columnsRestored = !columns.isEmpty() && m_table->horizontalHeader()->restoreState(columns);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_sizingColumns)
            QSettings().setValue(ColumnsKey, m_table->horizontalHeader()->saveState());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_read);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_createBindings);
    buttons->addWidget(m_saveReadout);
    buttons->addWidget(m_setAddress);
    buttons->addWidget(m_setBaud);
    buttons->addStretch(1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_hex);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_header);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_read, &QPushButton::clicked, this, &MeterView::read);
    connect(m_cancel, &QPushButton::clicked, this, &MeterView::cancelRead);
    connect(m_saveReadout, &QPushButton::clicked, this, &MeterView::saveReadoutWithDialog);
    connect(m_setAddress, &QPushButton::clicked, this, &MeterView::setPrimaryAddress);
    connect(m_setBaud, &QPushButton::clicked, this, &MeterView::setBaudRate);
    connect(m_settings, &MeterSettingsActions::progress, m_status, &QLabel::setText);
    connect(m_settings, &MeterSettingsActions::finished, this, [this](bool, const QString &text) {
        m_status->setText(text);
        updateButtons();
    });
    connect(m_settings, &MeterSettingsActions::readdressed, this,
            [this](const QString &connection, int from, int to, const QString &secondary) {
                // The last read belongs to the meter, wherever it is now.
                const QString key = connection + QLatin1Char('/');
                if (m_lastRead.contains(key + QString::number(from)))
                    m_lastRead.insert(key + QString::number(to), m_lastRead.take(key + QString::number(from)));
                Q_EMIT meterReaddressed(connection, from, to, secondary);
            });
    connect(m_settings, &MeterSettingsActions::lineBaudRequested, this, &MeterView::lineBaudRequested);
    createActions();
    connect(m_createBindings, &QPushButton::clicked, this, [this] {
        Q_EMIT createBindingsRequested(m_connection, m_meter.address, selectedRecords());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MeterView::updateButtons);
    connect(m_hex, &HexView::recordClicked, this, [this](int record) {
        if (m_shownTelegram >= 0)
            selectRecord(engine::boundTelegramNumber(m_model->telegrams(), m_shownTelegram), record);
    });
    updateButtons();
}

void MeterView::setMeter(const QString &connection, const project::Meter &meter, const QList<project::Binding> &bindings)
{
    const bool same = connection == m_connection && meter.address == m_meter.address;
    m_connection = connection;
    m_meter = meter;
    QList<project::Binding> own;
    for (const project::Binding &b : bindings) {
        if (b.address == meter.address)
            own << b;
    }
    m_model->setBindings(own);
    m_title->setText(meter.name.isEmpty() ? tr("Meter at address %1").arg(meter.address)
                                          : tr("%1 — address %2").arg(meter.name).arg(meter.address));
    if (same)
        return;
    if (m_pending) { // the read of the meter shown before: its answer is nobody's now
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending = nullptr;
        m_progress.stop();
    }
    const auto cached = m_lastRead.constFind(cacheKey());
    showTelegrams(cached != m_lastRead.cend() ? *cached : QList<decode::Telegram>{});
    updateButtons();
    // A meter the user looks at for the first time is read at once: one exchange, and the
    // record table is what they came for.
    if (cached != m_lastRead.cend())
        m_status->setText(tr("Last read shown. Read again for fresh values."));
    else
        read();
}

const QList<decode::Telegram> &MeterView::telegrams() const
{
    return m_model->telegrams();
}

QList<engine::RecordPick> MeterView::selectedRecords() const
{
    QList<engine::RecordPick> picks;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        picks << m_model->pickAt(row.row());
    std::sort(picks.begin(), picks.end(), [](const engine::RecordPick &a, const engine::RecordPick &b) {
        return a.telegram != b.telegram ? a.telegram < b.telegram : a.index < b.index;
    });
    return picks;
}

void MeterView::selectRecord(int telegramNumber, int index)
{
    const int row = m_model->rowOf(telegramNumber, index);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

QString MeterView::statusText() const
{
    return m_status->text();
}

void MeterView::read()
{
    if (m_connection.isEmpty() || m_pending)
        return;
    bus::RequestPort *port = m_host->port(m_connection);
    if (!port) {
        m_status->setText(tr("The connection is disabled: enable it to read its meters."));
        return;
    }
    bus::Request request = bus::Request::read(std::uint8_t(m_meter.address));
    engine::applyWakeUp(request, m_wakeUp);
    bus::Reply *reply = port->send(request);
    m_pending = reply;
    connect(reply, &bus::Reply::finished, this, [this, reply] { onOutcome(reply->outcome()); });
    m_readClock.start();
    m_progress.start();
    showProgress();
    updateButtons();
}

void MeterView::cancelRead()
{
    if (m_pending)
        m_pending->abort(); // finished() follows with Cancelled
}

void MeterView::showProgress()
{
    if (!m_pending)
        return;
    // The reply tells no try number: the time waited, and what a silent meter costs.
    const int seconds = int(m_readClock.elapsed() / 1000);
    const project::Connection *c = projectConnection();
    if (seconds == 0 || !c)
        m_status->setText(tr("Reading address %1…").arg(m_meter.address));
    else
        m_status->setText(tr("Reading address %1… %2 s (a silent meter is asked %3 times, %4 s each)")
                              .arg(m_meter.address)
                              .arg(seconds)
                              .arg(c->channel.attempts)
                              .arg(QLocale().toString(c->channel.timeoutMs / 1000.0, 'g', 3)));
}

void MeterView::onOutcome(const bus::Outcome &outcome)
{
    m_pending = nullptr;
    m_progress.stop();
    // Decoded once, by the master; what decoded before an error is still shown.
    const QList<decode::Telegram> &telegrams = outcome.telegrams;
    QStringList problems;
    for (qsizetype i = 0; i < outcome.decodeErrors.size(); ++i) {
        if (outcome.decodeErrors.at(i).isError())
            problems << tr("telegram %1: %2").arg(i + 1).arg(outcome.decodeErrors.at(i).message());
    }
    if (!telegrams.isEmpty()) {
        m_lastRead.insert(cacheKey(), telegrams);
        showTelegrams(telegrams);
    }
    int records = 0;
    for (const decode::Telegram &t : telegrams)
        records += int(t.records.size());
    QString text;
    if (outcome.ok()) {
        text = tr("Read %n telegram(s), %1 records in %2 ms.", nullptr, int(telegrams.size())).arg(records).arg(outcome.elapsedMs);
    } else if (outcome.error.code == bus::BusErrorCode::Cancelled) {
        text = tr("Read of address %1 cancelled.").arg(m_meter.address);
    } else {
        bus::ErrorPlace place;
        place.address = m_meter.address;
        if (const project::Connection *c = projectConnection()) {
            place.tries = c->channel.attempts;
            place.baud = c->channel.line.baud;
            place.port = c->channel.type == project::ChannelType::Tcp
                             ? QStringLiteral("%1:%2").arg(c->channel.host).arg(c->channel.tcpPort)
                             : c->channel.serialPort;
        }
        text = bus::adviceFor(outcome.error, place);
    }
    if (outcome.moreTelegramsPending)
        text += QLatin1Char(' ') + tr("The meter has more telegrams than were read.");
    if (!problems.isEmpty())
        text += QLatin1Char(' ') + tr("Decode errors: %1").arg(problems.join(QStringLiteral("; ")));
    m_status->setText(text);
    updateButtons();
    Q_EMIT readFinished(outcome.ok() && problems.isEmpty());
}

void MeterView::showTelegrams(const QList<decode::Telegram> &telegrams)
{
    m_model->setTelegrams(telegrams);
    if (!m_columnsRestored && !telegrams.isEmpty()) {
        // First read on this machine: fit the columns, but a long quantity must not push Value off.
        m_sizingColumns = true;
        m_table->resizeColumnsToContents();
        const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22;
        if (m_table->columnWidth(RecordTableModel::QuantityColumn) > widest)
            m_table->setColumnWidth(RecordTableModel::QuantityColumn, widest);
        m_sizingColumns = false;
    }
    m_shownTelegram = -1;
    if (telegrams.isEmpty())
        m_hex->clearFrame();
    else {
        m_hex->setTelegram(telegrams.first());
        m_shownTelegram = 0;
    }
    showHeader(telegrams);
}

void MeterView::showHeader(const QList<decode::Telegram> &telegrams)
{
    if (telegrams.isEmpty()) {
        m_header->setText(m_meter.secondary.isEmpty() ? QString() : tr("Secondary address %1").arg(m_meter.secondary));
        return;
    }
    const decode::DataHeader &h = telegrams.first().header;
    QStringList parts;
    if (h.hasIdentification())
        parts << tr("Identification %1").arg(h.identificationText());
    if (h.hasManufacturerAndVersion())
        parts << tr("Manufacturer %1").arg(decode::manufacturerCode(h.manufacturer)) << tr("Version %1").arg(h.version)
              << tr("Secondary address %1").arg(h.secondaryAddressText());
    if (h.hasMedium())
        parts << tr("Medium %1").arg(h.mediumText());
    if (h.hasAccessAndStatus())
        parts << tr("Access number %1").arg(h.accessNumber) << tr("Status %1").arg(h.statusText());
    m_header->setText(parts.join(QStringLiteral(" · ")));
}

void MeterView::onCurrentRowChanged(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const engine::RecordPick pick = m_model->pickAt(row);
    if (pick.telegram != m_shownTelegram) {
        m_hex->setTelegram(m_model->telegrams().at(pick.telegram));
        m_shownTelegram = pick.telegram;
    }
    const decode::Record &record = m_model->recordAt(row);
    m_hex->highlight(record.offset, record.size);
}

void MeterView::updateButtons()
{
    const bool reading = m_pending;
    const bool busy = reading || m_settings->isBusy();
    m_read->setVisible(!reading);
    m_cancel->setVisible(reading);
    m_read->setEnabled(!m_connection.isEmpty() && !busy);
    const bool selected = m_table->selectionModel()->hasSelection();
    m_createBindings->setEnabled(selected);
    m_saveReadout->setEnabled(!m_model->telegrams().isEmpty());
    m_setAddress->setEnabled(!m_connection.isEmpty() && !busy && !secondaryAddress().isEmpty());
    m_setAddress->setToolTip(secondaryAddress().isEmpty()
                                 ? tr("Read the meter first: its secondary address identifies it for the change")
                                 : tr("Give the meter another primary address (selected by its secondary address, then read back)"));
    m_setBaud->setEnabled(!m_connection.isEmpty() && !busy);
    if (m_bindAction) {
        m_bindAction->setEnabled(selected);
        m_copyAction->setEnabled(selected);
        m_trendAction->setEnabled(!selectedTags().isEmpty());
    }
}

} // namespace mbus::ui
