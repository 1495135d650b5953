#include "TrendView.h"

#include "trend/TrendAxes.h"
#include "trend/TrendLegend.h"
#include "trend/TrendTimeAxis.h"
#include "trend/TrendToolbar.h"

#include "decode/EngineeringUnits.h"

#include "trend/CustomPlot.h"

#include <QVBoxLayout>

#include <chrono>
#include <cmath>

using namespace std::chrono_literals;

namespace mbus::ui {

namespace {

// At most four replots a second: the engine delivers a cycle's values at once, and a user reads a
// trend no faster.
constexpr auto ReplotInterval = 250ms;
// Plot heights (without the toolbar): below the minimum, a value axis has room for two ticks.
constexpr int MinimumPlotHeight = 160;
constexpr int PreferredPlotHeight = 260;

QColor colourAt(int index)
{
    // Tableau 10: tell apart on screen and in print; beyond ten, hues spread by the golden ratio.
    static const QRgb palette[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                   0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    constexpr int PaletteSize = int(sizeof(palette) / sizeof(palette[0]));
    if (index < PaletteSize)
        return QColor(palette[index]);
    return QColor::fromHsvF(std::fmod(0.618034 * index, 1.0), 0.75, 0.8);
}

} // namespace

TrendView::TrendView(QWidget *parent)
    : QWidget(parent)
    , m_toolbar(new TrendToolbar(this))
    , m_plot(new QCustomPlot(this))
    , m_axes(std::make_unique<TrendAxes>(m_plot->axisRect()))
{
    setUpPlot();
    m_toolbar->setFollowing(m_following);
    m_toolbar->setWindowSeconds(m_windowSeconds);
    connect(m_toolbar, &TrendToolbar::followToggled, this, &TrendView::setFollowing);
    connect(m_toolbar, &TrendToolbar::windowChosen, this, &TrendView::setWindowSeconds);
    connect(m_toolbar, &TrendToolbar::exportPngRequested, this, &TrendView::chooseAndExportPng);
    connect(m_toolbar, &TrendToolbar::exportCsvRequested, this, &TrendView::chooseAndExportCsv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_plot, 1);
    m_plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(ReplotInterval);
    connect(&m_replotTimer, &QTimer::timeout, this, &TrendView::refresh);
}

TrendView::~TrendView() = default;

void TrendView::setUpPlot()
{
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    m_plot->xAxis->setRange(now - m_windowSeconds, now);
    setUpTimeAxis(m_plot->xAxis);

    placeLegendAbovePlot(m_plot);
    // No top axis is shown: its automatic margin would leave a blank band between legend and data.
    m_plot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    m_plot->axisRect()->setMargins(QMargins(0, 8, 0, 0));

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    // Speed over polish: no antialiasing while dragging. (phFastPolylines would draw every
    // segment with its own drawLine(): slower for the 1 px cosmetic pens used here.)
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setPlottingHints(QCP::phCacheLabels);
    updateInteractionAxes();

    // Every replot, whoever asks for it (a drag, a zoom, a resize, new data), draws the detail the
    // visible range needs.
    connect(m_plot, &QCustomPlot::beforeReplot, this, &TrendView::chooseDetail);
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] {
        arrangeLegend(m_plot); // for the width now
        labelTimeAxis(m_plot->xAxis); // for the range now
    });
    connect(m_plot, &QCustomPlot::mouseWheel, this, &TrendView::onWheel);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        if (event->buttons() & Qt::LeftButton)
            setFollowing(false); // the user drags the view away from the newest samples
    });
}

int TrendView::addTags(const QList<TrendTag> &tags, const QList<engine::TagValue> &latest)
{
    QList<engine::TagValue> known;
    int added = 0;
    for (const TrendTag &tag : tags) {
        if (m_byTag.contains(tag.tag))
            continue;
        // The latest value, if any, sets the unit now: a tag is drawn in one unit from its start.
        std::optional<double> magnitude;
        for (const engine::TagValue &value : latest) {
            if (value.tag != tag.tag)
                continue;
            known.append(value);
            if (value.quality != engine::Quality::Bad && value.value.typeId() == QMetaType::Double)
                magnitude = value.value.toDouble();
        }
        addSeries(tag, trendUnitFor(tag, magnitude));
        ++added;
    }
    if (added == 0)
        return 0;
    layoutChanged();
    appendValues(known);
    refresh(); // at once: the user just asked for these
    return added;
}

bool TrendView::addTag(const QString &tag, const QString &displayName, const QString &unit)
{
    return addTags({TrendTag{tag, displayName, unit, unit, QString()}}) == 1;
}

void TrendView::addSeries(const TrendTag &tag, const TrendUnit &unit)
{
    auto series = std::make_unique<Series>();
    series->tag = tag.tag;
    series->name = tag.name;
    series->source = tag;
    series->unit = unit;
    series->colour = freeColour();
    series->history = std::make_unique<TrendHistory>(m_capacity);

    QCPAxis *axis = m_axes->acquire(unit.unit);
    const QColor colour = colourAt(series->colour);
    series->line = m_plot->addGraph(m_plot->xAxis, axis);
    series->line->setData(series->history->values());
    series->line->setPen(QPen(colour, 1));
    series->line->setAntialiased(false);
    series->line->setAdaptiveSampling(true);

    series->uncertain = m_plot->addGraph(m_plot->xAxis, axis);
    series->uncertain->setData(series->history->uncertain());
    series->uncertain->setLineStyle(QCPGraph::lsNone);
    series->uncertain->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, 5));
    series->uncertain->removeFromLegend();

    m_byTag.insert(tag.tag, series.get());
    m_series.push_back(std::move(series));
    showIn(m_series.back().get(), unit); // names the legend entry
}

// Moves the series' graphs to the axis of unit (its values are still empty when this changes it).
void TrendView::showIn(Series *series, const TrendUnit &unit)
{
    if (series->unit.unit != unit.unit) {
        QCPAxis *axis = m_axes->acquire(unit.unit);
        series->line->setValueAxis(axis);
        series->uncertain->setValueAxis(axis);
        m_axes->release(series->unit.unit); // after the move: the old axis may go with it
    }
    series->unit = unit;
    const QString symbol = decode::unitSymbol(unit.unit);
    series->line->setName(symbol.isEmpty() ? series->name : tr("%1 [%2]").arg(series->name, symbol));
}

void TrendView::layoutChanged()
{
    updateInteractionAxes();
    arrangeLegend(m_plot);
    scheduleReplot();
}

void TrendView::renameTag(const QString &from, const QString &to, const QString &displayName)
{
    Series *series = find(from);
    if (!series || (from != to && m_byTag.contains(to)) || (from == to && series->name == displayName))
        return;
    m_byTag.remove(from);
    series->tag = to;
    series->source.tag = to;
    series->name = displayName;
    m_byTag.insert(to, series);
    showIn(series, series->unit);
    scheduleReplot();
}

void TrendView::setDisplayUnit(const QString &tag, const QString &displayUnit)
{
    Series *series = find(tag);
    if (!series || series->source.displayUnit == displayUnit)
        return;
    series->source.displayUnit = displayUnit;
    std::optional<double> magnitude; // in base units: a readable unit fits the latest value
    for (auto it = series->history->values()->constEnd(); it != series->history->values()->constBegin();) {
        --it;
        if (!std::isnan(it->value)) {
            magnitude = it->value / series->unit.factor;
            break;
        }
    }
    const TrendUnit unit = trendUnitFor(series->source, magnitude);
    series->history->scale(unit.factor / series->unit.factor);
    showIn(series, unit);
    layoutChanged();
    rescaleValueAxes();
}

QString TrendView::unitOf(const QString &tag) const
{
    const Series *series = find(tag);
    return series ? series->unit.unit : QString();
}

void TrendView::removeTag(const QString &tag)
{
    Series *series = m_byTag.take(tag);
    if (!series)
        return;
    // Graphs first: the unit's axis may go with them.
    m_plot->removeGraph(series->line);
    m_plot->removeGraph(series->uncertain);
    m_axes->release(series->unit.unit);
    m_series.erase(std::find_if(m_series.begin(), m_series.end(), [series](const auto &s) { return s.get() == series; }));
    layoutChanged();
}

QStringList TrendView::tags() const
{
    QStringList list;
    for (const auto &s : m_series)
        list.append(s->tag);
    return list;
}

void TrendView::appendValues(const QList<engine::TagValue> &values)
{
    appendValuesAt(values, QDateTime::currentDateTimeUtc());
}

void TrendView::appendValuesAt(const QList<engine::TagValue> &values, const QDateTime &arrival)
{
    bool added = false;
    for (const engine::TagValue &value : values) {
        Series *series = find(value.tag);
        if (!series)
            continue;
        auto sample = trendSampleOf(value, arrival);
        if (!sample)
            continue;
        if (!series->unit.chosen && !std::isnan(sample->value)) {
            showIn(series, trendUnitFor(series->source, sample->value)); // the first value sets the unit
            layoutChanged();
        }
        sample->value *= series->unit.factor; // NaN, a gap, stays NaN
        added = series->history->append(*sample) || added;
    }
    if (added)
        scheduleReplot();
}

QCPGraph *TrendView::graph(const QString &tag) const
{
    const Series *series = find(tag);
    return series ? series->line : nullptr;
}

const TrendHistory *TrendView::history(const QString &tag) const
{
    const Series *series = find(tag);
    return series ? series->history.get() : nullptr;
}

QCPAxis *TrendView::valueAxis(const QString &unit) const
{
    return m_axes->axisFor(unit);
}

int TrendView::valueAxisCount() const
{
    return m_axes->count();
}

QSize TrendView::sizeHint() const
{
    return QSize(640, m_toolbar->sizeHint().height() + PreferredPlotHeight);
}

QSize TrendView::minimumSizeHint() const
{
    return QSize(320, m_toolbar->minimumSizeHint().height() + MinimumPlotHeight);
}

TrendView::Series *TrendView::find(const QString &tag) const
{
    return m_byTag.value(tag, nullptr);
}

int TrendView::freeColour() const
{
    int colour = 0;
    while (std::any_of(m_series.cbegin(), m_series.cend(), [colour](const auto &s) { return s->colour == colour; }))
        ++colour;
    return colour;
}

} // namespace mbus::ui
