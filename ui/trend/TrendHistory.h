#pragma once

#include "engine/TagValue.h"

#include "trend/CustomPlot.h"

#include <QSharedPointer>

#include <optional>

// The samples of one tag on the trend, held in the containers its graphs draw from (shared, not
// copied). A failed read is a NaN sample, which QCPGraph draws as a gap rather than a line to
// zero; uncertain samples are kept a second time so that they can be marked. The history is capped
// (oldest samples dropped) so that a trend left running for weeks keeps its memory bounded.
//
// Beside the samples, an overview: the lowest and highest sample (and the first gap) of every
// block of OverviewBlock samples, at their own times. A graph showing many samples per pixel
// column draws the overview instead: QCPGraph's adaptive sampling keeps a column's lowest and
// highest point, which the overview keeps too, but reading 16 bytes of every sample on every replot
// is what makes millions of points slow (20 x 1 M points is 320 MB per replot).
namespace mbus::ui {

struct TrendSample
{
    double key = 0;   // seconds since the epoch, as QCPAxisTickerDateTime counts
    double value = 0; // NaN for a failed read
    engine::Quality quality = engine::Quality::Good;
};

// The sample a tag value makes on a trend, or none for values a trend cannot draw (texts, dates,
// hex). A bad value carries the time of its last good read, so its gap is placed at arrival.
std::optional<TrendSample> trendSampleOf(const engine::TagValue &value, const QDateTime &arrival);

class TrendHistory
{
public:
    // 2 M points of 16 bytes: 32 MB a tag, about three weeks of one-second polling.
    static constexpr int DefaultCapacity = 2'000'000;
    static constexpr int OverviewBlock = 64;

    explicit TrendHistory(int capacity = DefaultCapacity);

    // Appends a sample later than the last one. An earlier or equal time is a repeat of what the
    // trend already holds (the stale copies a stopping connection sends) and is dropped.
    bool append(const TrendSample &sample);
    void clear();
    // Every value times factor (> 0): the tag is shown in another unit from now on.
    void scale(double factor);

    const QSharedPointer<QCPGraphDataContainer> &values() const { return m_values; }
    const QSharedPointer<QCPGraphDataContainer> &uncertain() const { return m_uncertain; }
    const QSharedPointer<QCPGraphDataContainer> &overview() const { return m_overview; }
    // What a graph should draw for keys spread over pixels columns: the overview once there are
    // at least two of its blocks a column, else the samples.
    const QSharedPointer<QCPGraphDataContainer> &drawnData(const QCPRange &keys, double pixels) const;
    int size() const { return m_values->size(); }
    int capacity() const { return m_capacity; }
    bool isEmpty() const { return m_values->isEmpty(); }
    double firstKey() const;
    double lastKey() const;

private:
    // The block being filled: its points in the overview are replaced as it grows.
    struct Block
    {
        int count = 0;
        double firstKey = 0;
        bool hasValue = false;
        bool hasGap = false;
        QCPGraphData lowest, highest, gap;
    };
    void addToOverview(const TrendSample &sample);

    int m_capacity;
    QSharedPointer<QCPGraphDataContainer> m_values;
    QSharedPointer<QCPGraphDataContainer> m_uncertain;
    QSharedPointer<QCPGraphDataContainer> m_overview;
    Block m_block;
};

} // namespace mbus::ui
