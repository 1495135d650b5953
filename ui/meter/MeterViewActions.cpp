// MeterView's actions on what it shows: the records' context menu (bind, trend, copy), the saved
// readout, and the meter's primary address and baud rate.
#include "MeterView.h"

#include "common/SavePathDialog.h"

#include "meter/MeterSettingsActions.h"
#include "meter/ReadoutFile.h"
#include "meter/RecordTableModel.h"
#include "project/ProjectDocument.h"

#include <QAction>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

namespace mbus::ui {

void MeterView::createActions()
{
    m_bindAction = new QAction(tr("Create binding…"), this);
    m_bindAction->setObjectName(QStringLiteral("createBindingAction"));
    connect(m_bindAction, &QAction::triggered, this, [this] {
        Q_EMIT createBindingsRequested(m_connection, m_meter.address, selectedRecords());
    });
    m_trendAction = new QAction(tr("Add to trend"), this);
    m_trendAction->setObjectName(QStringLiteral("addToTrendAction"));
    m_trendAction->setToolTip(tr("Records already bound: their tags join the live trend"));
    connect(m_trendAction, &QAction::triggered, this, [this] {
        const QStringList tags = selectedTags();
        if (!tags.isEmpty())
            Q_EMIT trendRequested(tags);
    });
    m_copyAction = new QAction(tr("Copy"), this);
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut); // Ctrl+C in the table, not in the hex view
    connect(m_copyAction, &QAction::triggered, this, &MeterView::copySelection);
    m_table->addAction(m_copyAction);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MeterView::showRecordMenu);
}

void MeterView::showRecordMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    updateButtons();
    QMenu menu(this);
    menu.addAction(m_bindAction);
    menu.addAction(m_trendAction);
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

QString MeterView::selectionText() const
{
    QList<int> rows;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        rows << row.row();
    std::sort(rows.begin(), rows.end());
    return m_model->rowsText(rows);
}

QStringList MeterView::selectedTags() const
{
    QStringList tags;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        const QString tag = m_model->index(row.row(), RecordTableModel::BindingColumn).data().toString();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

void MeterView::copySelection()
{
    const QString text = selectionText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

QString MeterView::secondaryAddress() const
{
    // The meter's own answer first: the project's note may be older than the meter.
    const QList<decode::Telegram> &telegrams = m_model->telegrams();
    if (!telegrams.isEmpty() && telegrams.first().header.hasManufacturerAndVersion())
        return telegrams.first().header.secondaryAddressText();
    return m_meter.secondary;
}

QString MeterView::meterIdentity() const
{
    const QString secondary = secondaryAddress();
    return secondary.isEmpty() ? QStringLiteral("address-%1").arg(m_meter.address) : secondary;
}

bool MeterView::saveReadout(const QString &csvPath, QString *errorText) const
{
    return writeReadout(m_model->telegrams(), meterIdentity(), csvPath, errorText);
}

void MeterView::saveReadoutWithDialog()
{
    if (m_model->telegrams().isEmpty())
        return;
    const QString path = askSavePath(this, tr("Save readout"), tr("Records as CSV, telegrams as hex beside it (*.csv)"),
                                     QStringLiteral("csv"), proposedReadoutName(meterIdentity(), QDateTime::currentDateTime()), &m_saveDir);
    if (path.isEmpty())
        return;
    QString error;
    if (saveReadout(path, &error))
        m_status->setText(tr("Readout saved: %1 and %2.").arg(QFileInfo(path).fileName(), QFileInfo(readoutHexPath(path)).fileName()));
    else
        QMessageBox::warning(this, tr("Save readout"), tr("The readout was not saved: %1").arg(error));
}

const project::Connection *MeterView::projectConnection() const
{
    if (!m_document)
        return nullptr;
    for (const project::Connection &c : m_document->project().connections) {
        if (c.name == m_connection)
            return &c;
    }
    return nullptr;
}

void MeterView::setPrimaryAddress()
{
    if (m_connection.isEmpty() || m_pending)
        return;
    QMap<int, QString> used;
    if (const project::Connection *c = projectConnection()) {
        for (const project::Meter &m : c->allMeters()) {
            if (m.address != m_meter.address)
                used.insert(m.address, m.name);
        }
    }
    m_settings->setAddress(m_connection, MeterNaming{m_meter.name, m_meter.address, secondaryAddress()}, used);
    updateButtons();
}

void MeterView::setBaudRate()
{
    if (m_connection.isEmpty() || m_pending)
        return;
    const project::Connection *c = projectConnection();
    const int lineBaud = c ? c->channel.line.baud : 2400;
    m_settings->setBaud(m_connection, MeterNaming{m_meter.name, m_meter.address, secondaryAddress()}, lineBaud);
    updateButtons();
}

} // namespace mbus::ui
