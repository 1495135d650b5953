#include "TrafficLogView.h"

#include "common/NumberField.h"
#include "common/SavePathDialog.h"

#include "window/EngineHost.h"
#include "traffic/TrafficLogFile.h"
#include "traffic/TrafficLogModel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mbus::ui {

TrafficLogView::TrafficLogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TrafficLogModel(this))
    , m_table(new QTableView(this))
    , m_connection(new QComboBox(this))
    , m_address(new NumberField(NumberField::Kind::Integer, this))
    , m_pause(new QCheckBox(tr("Pause"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_save(new QPushButton(tr("Save…"), this))
    , m_count(new QLabel(this))
{
    m_pause->setObjectName(QStringLiteral("pauseBox"));
    m_table->setObjectName(QStringLiteral("table"));
    m_connection->addItem(tr("All connections"), QString());
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Typed as typed (a spin box made 300 into 30 and showed another meter's frames); empty: all.
    m_address->setObjectName(QStringLiteral("addressFilter"));
    m_address->setEmptyAllowed(true);
    m_address->setPlaceholderText(tr("all"));
    m_address->setMaximumWidth(m_address->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16);
    m_address->setToolTip(tr("Primary address of the frames to show (0..255); empty: all"));
    m_pause->setToolTip(tr("Stop recording; what was recorded stays"));
    m_copy->setToolTip(tr("Copy the selected frames, or all shown, as text"));
    m_save->setObjectName(QStringLiteral("saveTrafficButton"));
    m_save->setToolTip(tr("Save every frame the log holds (the last %1, whatever the filter shows) to a text file for support")
                           .arg(TrafficLogModel::DefaultCapacity));
    m_clear->setObjectName(QStringLiteral("clearTrafficButton"));
    m_clear->setToolTip(tr("Remove every recorded frame"));

    setUpTable();
    auto *copyAction = new QAction(tr("Copy"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(copyAction);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Connection"), this));
    bar->addWidget(m_connection);
    bar->addWidget(new QLabel(tr("Address"), this));
    bar->addWidget(m_address);
    bar->addWidget(m_pause);
    bar->addStretch();
    bar->addWidget(m_count);
    bar->addWidget(m_copy);
    bar->addWidget(m_save);
    bar->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_connection, &QComboBox::currentIndexChanged, this, &TrafficLogView::applyFilter);
    connect(m_address, &QLineEdit::textChanged, this, &TrafficLogView::applyFilter);
    connect(m_pause, &QCheckBox::toggled, m_model, &TrafficLogModel::setPaused);
    connect(m_clear, &QPushButton::clicked, this, &TrafficLogView::clear);
    connect(m_copy, &QPushButton::clicked, this, &TrafficLogView::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &TrafficLogView::chooseAndSave);
    connect(copyAction, &QAction::triggered, this, &TrafficLogView::copyToClipboard);
    connect(m_model, &TrafficLogModel::connectionSeen, this, &TrafficLogView::addConnection);

    updateCount();
}

void TrafficLogView::setUpTable()
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Fixed row heights and column widths: measuring 10 000 rows would cost more than the bus.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(TrafficLogModel::TimeColumn, 14 * digit);
    header->resizeSection(TrafficLogModel::ConnectionColumn, 14 * digit);
    header->resizeSection(TrafficLogModel::DirectionColumn, 4 * digit);
    header->resizeSection(TrafficLogModel::AddressColumn, 8 * digit);
    header->resizeSection(TrafficLogModel::AnnotationColumn, 50 * digit);
    header->setStretchLastSection(true);

    // Follow the newest row only while the user is at the bottom; scrolling up stops it.
    QScrollBar *scroll = m_table->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this, [this, scroll](int value) { m_follow = value >= scroll->maximum(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_table->scrollToBottom();
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrafficLogView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_follow = true;
        m_table->scrollToBottom();
        updateCount();
    });
}

void TrafficLogView::setEngineHost(EngineHost *host)
{
    if (m_host)
        disconnect(m_host, nullptr, m_model, nullptr);
    m_host = host;
    if (!host)
        return;
    connect(host, &EngineHost::traffic, m_model, &TrafficLogModel::appendChunks);
    host->setTrafficEnabled(true);
}

void TrafficLogView::setProject(const project::Project &project)
{
    for (const project::Connection &c : project.connections)
        addConnection(c.name);
}

void TrafficLogView::addConnection(const QString &name)
{
    if (m_connection->findData(name) < 0)
        m_connection->addItem(name, name);
}

void TrafficLogView::applyFilter()
{
    m_model->setConnectionFilter(m_connection->currentData().toString());
    // A text that is no address (marked red by the field) shows nothing rather than everything.
    const std::optional<int> address = m_address->integer();
    m_model->setAddressFilter(m_address->isEmptyText() ? -1 : address && *address >= 0 && *address <= 255 ? *address : 1000);
}

void TrafficLogView::updateCount()
{
    m_count->setText(tr("%1 of %2 frames").arg(m_model->rowCount()).arg(m_model->frameCount()));
}

void TrafficLogView::copyToClipboard()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows.append(row);
    }
    QStringList lines;
    lines.reserve(rows.size());
    for (int row : rows)
        lines.append(m_model->lineText(row));
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + (lines.isEmpty() ? QString() : QStringLiteral("\n")));
}

void TrafficLogView::clear()
{
    m_model->clear();
}

bool TrafficLogView::saveTo(const QString &path, QString *errorText)
{
    m_model->flushPending(); // what arrived since the last batch belongs in the file too
    return writeTrafficLog(*m_model, path, errorText);
}

void TrafficLogView::chooseAndSave()
{
    const QString path = askSavePath(this, tr("Save traffic log"), tr("Text files (*.txt)"), QStringLiteral("txt"),
                                     proposedTrafficLogName(QDateTime::currentDateTime()), &m_saveDir);
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save traffic log"), error);
}

} // namespace mbus::ui
