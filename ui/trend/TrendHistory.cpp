#include "TrendHistory.h"

#include <algorithm>
#include <limits>

namespace mbus::ui {

std::optional<TrendSample> trendSampleOf(const engine::TagValue &value, const QDateTime &arrival)
{
    if (value.quality == engine::Quality::Bad) {
        if (!arrival.isValid())
            return std::nullopt;
        return TrendSample{double(arrival.toMSecsSinceEpoch()) / 1000.0, std::numeric_limits<double>::quiet_NaN(),
                           engine::Quality::Bad};
    }
    if (value.value.typeId() != QMetaType::Double || !value.timestamp.isValid())
        return std::nullopt;
    const double number = value.value.toDouble();
    if (!std::isfinite(number))
        return std::nullopt;
    return TrendSample{double(value.timestamp.toMSecsSinceEpoch()) / 1000.0, number, value.quality};
}

TrendHistory::TrendHistory(int capacity)
    : m_capacity(qMax(1, capacity))
    , m_values(QSharedPointer<QCPGraphDataContainer>::create())
    , m_uncertain(QSharedPointer<QCPGraphDataContainer>::create())
    , m_overview(QSharedPointer<QCPGraphDataContainer>::create())
{
}

bool TrendHistory::append(const TrendSample &sample)
{
    if (!m_values->isEmpty() && sample.key <= lastKey())
        return false;
    m_values->add(QCPGraphData(sample.key, sample.value));
    if (sample.quality == engine::Quality::Uncertain)
        m_uncertain->add(QCPGraphData(sample.key, sample.value));
    addToOverview(sample);
    if (m_values->size() > m_capacity) {
        // removeBefore() only moves the container's start (it squeezes now and then), so dropping
        // one sample per append stays cheap. The overview's oldest block goes piece by piece.
        const double oldestKept = (m_values->constEnd() - m_capacity)->key;
        m_values->removeBefore(oldestKept);
        m_uncertain->removeBefore(oldestKept);
        m_overview->removeBefore(oldestKept);
    }
    return true;
}

void TrendHistory::addToOverview(const TrendSample &sample)
{
    Block &b = m_block;
    if (b.count == OverviewBlock)
        b = Block{};
    const bool opens = b.count++ == 0;
    const QCPGraphData point(sample.key, sample.value);
    bool changed = opens;
    if (std::isnan(sample.value)) {
        changed = changed || !b.hasGap;
        if (!b.hasGap)
            b.gap = point;
        b.hasGap = true;
    } else {
        const bool lower = !b.hasValue || sample.value < b.lowest.value;
        const bool higher = !b.hasValue || sample.value > b.highest.value;
        if (lower)
            b.lowest = point;
        if (higher)
            b.highest = point;
        b.hasValue = true;
        changed = changed || lower || higher;
    }
    if (!changed)
        return; // neither an extreme nor the block's first gap: the overview stays as it is
    if (opens)
        b.firstKey = sample.key;
    else
        m_overview->remove(b.firstKey, std::numeric_limits<double>::max()); // the block's points so far
    QCPGraphData points[3];
    int n = 0;
    if (b.hasValue) {
        points[n++] = b.lowest;
        if (b.highest.key != b.lowest.key)
            points[n++] = b.highest;
    }
    if (b.hasGap)
        points[n++] = b.gap;
    std::sort(points, points + n, qcpLessThanSortKey<QCPGraphData>);
    for (int i = 0; i < n; ++i)
        m_overview->add(points[i]);
}

const QSharedPointer<QCPGraphDataContainer> &TrendHistory::drawnData(const QCPRange &keys, double pixels) const
{
    const auto begin = m_values->findBegin(keys.lower);
    const auto end = m_values->findEnd(keys.upper);
    return (end - begin) >= 2.0 * OverviewBlock * qMax(1.0, pixels) ? m_overview : m_values;
}

void TrendHistory::clear()
{
    m_values->clear();
    m_uncertain->clear();
    m_overview->clear();
    m_block = Block{};
}

void TrendHistory::scale(double factor)
{
    // A positive factor keeps lowest and highest where they are: the overview stays valid.
    for (const auto &container : {m_values, m_uncertain, m_overview}) {
        for (auto it = container->begin(); it != container->end(); ++it)
            it->value *= factor; // NaN, a gap, stays NaN
    }
    m_block.lowest.value *= factor;
    m_block.highest.value *= factor;
}

double TrendHistory::firstKey() const
{
    return m_values->isEmpty() ? 0.0 : m_values->constBegin()->key;
}

double TrendHistory::lastKey() const
{
    return m_values->isEmpty() ? 0.0 : (m_values->constEnd() - 1)->key;
}

} // namespace mbus::ui
