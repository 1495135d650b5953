#include "TrendAxes.h"

#include "trend/CustomPlot.h"

#include <algorithm>

namespace mbus::ui {

TrendAxes::TrendAxes(QCPAxisRect *rect)
    : m_rect(rect)
    , m_left(rect->axis(QCPAxis::atLeft))
{
}

QCPAxis *TrendAxes::acquire(const QString &unit)
{
    for (Entry &e : m_units) {
        if (e.unit == unit) {
            ++e.graphs;
            return e.axis;
        }
    }
    QCPAxis *axis = newAxis();
    axis->setLabel(labelFor(unit));
    axis->setVisible(true);
    axis->setRange(0, 1);
    m_units.append(Entry{unit, axis, 1});
    return axis;
}

void TrendAxes::release(const QString &unit)
{
    for (qsizetype i = 0; i < m_units.size(); ++i) {
        Entry &e = m_units[i];
        if (e.unit != unit || --e.graphs > 0)
            continue;
        QCPAxis *axis = e.axis;
        m_units.removeAt(i);
        if (axis == m_left)
            axis->setLabel(QString()); // stays as the empty plot's scale
        else
            m_rect->removeAxis(axis);
        return;
    }
}

QCPAxis *TrendAxes::axisFor(const QString &unit) const
{
    for (const Entry &e : m_units) {
        if (e.unit == unit)
            return e.axis;
    }
    return nullptr;
}

QList<QCPAxis *> TrendAxes::axes() const
{
    QList<QCPAxis *> list;
    for (const Entry &e : m_units)
        list.append(e.axis);
    return list;
}

QCPAxis *TrendAxes::newAxis()
{
    if (std::none_of(m_units.cbegin(), m_units.cend(), [this](const Entry &e) { return e.axis == m_left; }))
        return m_left;
    // Sides are balanced so that the plot area keeps its width; the rect's hidden right axis
    // (yAxis2) is not counted.
    int left = 0;
    int right = 0;
    for (const Entry &e : m_units)
        (e.axis->axisType() == QCPAxis::atLeft ? left : right) += 1;
    QCPAxis *axis = m_rect->addAxis(right < left ? QCPAxis::atRight : QCPAxis::atLeft);
    axis->grid()->setVisible(false); // one grid, the left axis's, is enough to read by
    return axis;
}

QString TrendAxes::labelFor(const QString &unit)
{
    return unit.isEmpty() ? tr("(no unit)") : unit;
}

} // namespace mbus::ui
