#pragma once

#include "engine/TagValue.h"
#include "trend/TrendCsv.h"
#include "trend/TrendHistory.h"
#include "trend/TrendUnits.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QCPAxis;
class QCPGraph;
class QCustomPlot;
class QWheelEvent;

// The live trend: chosen tags against time, one value axis per unit (engineering units: kWh, not
// Wh; see TrendUnits.h), a legend in a row above the plot, follow or pause,
// zoom and pan with the mouse (the wheel zooms time, Ctrl+wheel the values), PNG and CSV export.
// It takes the engine's values as they come and ignores tags it does not show. Replots are
// throttled, so a busy bus does not keep the GUI thread drawing; a graph showing many samples per
// pixel column draws its history's min/max overview, so millions of points replot quickly.
namespace mbus::ui {

class TrendAxes;
class TrendToolbar;

class TrendView : public QWidget
{
    Q_OBJECT

public:
    explicit TrendView(QWidget *parent = nullptr);
    ~TrendView() override;

    // Puts tags on the trend in one go (one layout, one replot); latest holds values known now,
    // drawn at once instead of a poll period later. Returns how many were added (not those there
    // already).
    int addTags(const QList<TrendTag> &tags, const QList<mbus::engine::TagValue> &latest = {});
    // A tag whose values arrive in unit and are shown so; false when it is there already.
    bool addTag(const QString &tag, const QString &displayName, const QString &unit);
    void removeTag(const QString &tag);
    // The tag's binding was renamed: the line, its history and colour stay.
    void renameTag(const QString &from, const QString &to, const QString &displayName);
    // The binding's display unit changed ("": readable): the line and its history are shown in the
    // new unit from now on.
    void setDisplayUnit(const QString &tag, const QString &displayUnit);
    // The unit the tag is shown in ("" for a tag not on the trend).
    QString unitOf(const QString &tag) const;
    QStringList tags() const; // in the legend's order
    // Records the numeric values of the tags on the trend. Connect EngineHost::cycleFinished here.
    void appendValues(const QList<mbus::engine::TagValue> &values);
    // The same for values that arrived at another moment (a replay): a bad value carries the time
    // of its last good read, so its gap is placed at arrival.
    void appendValuesAt(const QList<mbus::engine::TagValue> &values, const QDateTime &arrival);

    // Following, the time axis slides to keep the newest samples in view; paused, samples are still
    // recorded but the view stays where it is. Dragging or zooming pauses.
    bool isFollowing() const { return m_following; }
    void setFollowing(bool following);
    // The span shown while following, in seconds; 0 shows the whole history.
    double windowSeconds() const { return m_windowSeconds; }
    void setWindowSeconds(double seconds);
    // For tags added from now on; the default keeps memory bounded at 32 MB a tag.
    void setHistoryCapacity(int samples) { m_capacity = samples; }

    bool exportPng(const QString &path, QString *errorText);
    // Blocks while it writes; the toolbar's export runs the same writer on a worker thread.
    bool exportCsv(const QString &path, QString *errorText) const;

    // Applies what arrived since the last replot now, instead of when the throttle fires.
    void refresh();

    QCustomPlot *plot() const { return m_plot; }
    QCPGraph *graph(const QString &tag) const;
    const TrendHistory *history(const QString &tag) const;
    QCPAxis *valueAxis(const QString &unit) const; // unit as projects write it ("m^3")
    int valueAxisCount() const;

    // Room for a readable plot (the dock takes the hint on a first start).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void followingChanged(bool following);
    // The toolbar's CSV export, which runs in the background, is done.
    void csvExportFinished(bool ok, const QString &errorText);

private:
    struct Series
    {
        QString tag;
        QString name;
        TrendTag source;  // units and quantity as asked, for the unit chosen at the first value
        TrendUnit unit;   // what the axis shows; histories hold values in it
        int colour = 0;
        std::unique_ptr<TrendHistory> history;
        QCPGraph *line = nullptr;
        QCPGraph *uncertain = nullptr; // markers on the uncertain samples, not in the legend
    };

    void setUpPlot();
    void addSeries(const TrendTag &tag, const TrendUnit &unit);
    void showIn(Series *series, const TrendUnit &unit);
    void layoutChanged();
    void scheduleReplot();
    void followNewest();
    void chooseDetail();
    void rescaleValueAxes();
    void updateInteractionAxes();
    void onWheel(QWheelEvent *event);
    void chooseAndExportPng();
    void chooseAndExportCsv();
    QList<TrendCsvSeries> snapshot() const;
    Series *find(const QString &tag) const;
    int freeColour() const;

    TrendToolbar *m_toolbar;
    QCustomPlot *m_plot;
    std::unique_ptr<TrendAxes> m_axes;
    std::vector<std::unique_ptr<Series>> m_series;
    QHash<QString, Series *> m_byTag;
    QTimer m_replotTimer;
    bool m_following = true;
    double m_windowSeconds = 600;
    int m_capacity = TrendHistory::DefaultCapacity;
};

} // namespace mbus::ui
