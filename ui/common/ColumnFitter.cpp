#include "ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace mbus::ui {

ColumnFitter::ColumnFitter(QTableView *view, QList<int> skipped)
    : QObject(view)
    , m_view(view)
    , m_skipped(std::move(skipped))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(FitIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ColumnFitter::fitNow);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
    view->installEventFilter(this);
}

void ColumnFitter::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void ColumnFitter::fitNow()
{
    if (!m_view->isVisible())
        return; // fitted when shown
    QHeaderView *header = m_view->horizontalHeader();
    const int columns = m_view->model()->columnCount();
    for (int column = 0; column < columns; ++column) {
        if (m_skipped.contains(column) || header->isSectionHidden(column)
            || (header->stretchLastSection() && header->visualIndex(column) == columns - 1))
            continue;
        const QAbstractItemView *view = m_view; // public there, protected in QTableView
        const int wanted = qMax(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        if (wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show)
        fitNow();
    return false;
}

} // namespace mbus::ui
