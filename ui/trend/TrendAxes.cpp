#include "TrendAxes.h"

#include "trend/CustomPlot.h"

#include "decode/EngineeringUnits.h"

#include <algorithm>
#include <cmath>

namespace mbus::ui {

namespace {

// Value ticks as a person reads them: 12 345,5 in the plot's locale, with the decimals the tick
// step needs, instead of QCustomPlot's "1.23·10^4". Only beyond ordinary magnitudes (10^15, or
// steps below 10^-9) the exponent comes back.
class ValueTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override
    {
        m_step = QCPAxisTicker::getTickStep(range);
        return m_step;
    }

    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override
    {
        if (!(m_step > 1e-9) || std::fabs(tick) >= 1e15)
            return QCPAxisTicker::getTickLabel(tick, locale, formatChar, precision);
        if (std::fabs(tick) < m_step * 1e-6)
            tick = 0; // -1.7e-17 from the tick arithmetic is 0, not "-0"
        return locale.toString(tick, 'f', decimalsOf(m_step));
    }

private:
    // The fewest decimals that write every multiple of step exactly: 0 for 500, 1 for 2.5.
    static int decimalsOf(double step)
    {
        int decimals = std::max(0, int(-std::floor(std::log10(step))));
        for (; decimals < 9; ++decimals) {
            const double scaled = step * std::pow(10.0, decimals);
            if (std::fabs(scaled - std::round(scaled)) < 1e-6 * scaled)
                break;
        }
        return decimals;
    }

    double m_step = 1;
};

} // namespace

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
    axis->setTicker(QSharedPointer<ValueTicker>::create());
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
    return unit.isEmpty() ? tr("(no unit)") : decode::unitSymbol(unit);
}

} // namespace mbus::ui
