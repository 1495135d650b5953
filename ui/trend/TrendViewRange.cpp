// What the trend shows of time and values: following the newest samples or paused, the span
// in view, the wheel's zoom, the detail drawn for the range and the value axes fitted to it. The
// tags and their samples are in TrendView.cpp.
#include "TrendView.h"

#include "trend/TrendAxes.h"
#include "trend/TrendToolbar.h"

#include "trend/CustomPlot.h"

#include <QWheelEvent>

namespace mbus::ui {

void TrendView::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    m_toolbar->setFollowing(following);
    if (following)
        refresh();
    Q_EMIT followingChanged(following);
}

void TrendView::setWindowSeconds(double seconds)
{
    m_windowSeconds = qMax(0.0, seconds);
    m_toolbar->setWindowSeconds(m_windowSeconds);
    if (m_following)
        refresh();
}

void TrendView::refresh()
{
    m_replotTimer.stop();
    if (m_following)
        followNewest();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrendView::scheduleReplot()
{
    if (!m_replotTimer.isActive())
        m_replotTimer.start();
}

void TrendView::followNewest()
{
    bool any = false;
    double oldest = 0;
    double newest = 0;
    for (const auto &s : m_series) {
        if (s->history->isEmpty())
            continue;
        oldest = any ? qMin(oldest, s->history->firstKey()) : s->history->firstKey();
        newest = any ? qMax(newest, s->history->lastKey()) : s->history->lastKey();
        any = true;
    }
    if (!any)
        return;
    const double lower = m_windowSeconds > 0 ? newest - m_windowSeconds : qMin(oldest, newest - 1.0);
    m_plot->xAxis->setRange(lower, newest);
    rescaleValueAxes();
}

void TrendView::chooseDetail()
{
    const QCPRange keys = m_plot->xAxis->range();
    const int pixels = m_plot->axisRect()->width() > 0 ? m_plot->axisRect()->width() : m_plot->width();
    for (const auto &s : m_series) {
        const auto &data = s->history->drawnData(keys, pixels);
        if (s->line->data() != data)
            s->line->setData(data);
    }
}

void TrendView::rescaleValueAxes()
{
    chooseDetail(); // the overview holds each block's extremes: the same range, read faster
    const QCPRange keys = m_plot->xAxis->range();
    for (QCPAxis *axis : m_axes->axes()) {
        bool any = false;
        QCPRange values;
        for (const auto &s : m_series) {
            if (s->line->valueAxis() != axis)
                continue;
            bool found = false;
            const QCPRange r = s->line->getValueRange(found, QCP::sdBoth, keys);
            if (found) {
                values = any ? QCPRange(qMin(values.lower, r.lower), qMax(values.upper, r.upper)) : r;
                any = true;
            }
        }
        if (!any)
            continue;
        // A margin so that the line does not run along the frame; a flat line gets a span.
        const double span = values.size() > 0 ? values.size() : qMax(1.0, qAbs(values.center()) * 0.1);
        axis->setRange(values.lower - span * 0.05, values.upper + span * 0.05);
    }
}

void TrendView::updateInteractionAxes()
{
    const QList<QCPAxis *> time{m_plot->xAxis};
    const QList<QCPAxis *> values = m_axes->count() > 0 ? m_axes->axes() : QList<QCPAxis *>{m_plot->yAxis};
    m_plot->axisRect()->setRangeDragAxes(time, values);
    m_plot->axisRect()->setRangeZoomAxes(time, values);
}

void TrendView::onWheel(QWheelEvent *event)
{
    // The plot zooms after this signal: choose the orientation before it does.
    m_plot->axisRect()->setRangeZoom(event->modifiers() & Qt::ControlModifier ? Qt::Vertical : Qt::Horizontal);
    setFollowing(false);
}

} // namespace mbus::ui
