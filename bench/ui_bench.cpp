// ui_bench: what the widgets cost on the GUI thread, one line per figure.
//
//   trend-replot   a 1600x900 TrendView with 20 tags x 1 M points each, the whole history in view:
//                  median and p90 of 20 forced replots (goal < 50 ms), and the histories' memory
//                  (RSS growth while they were filled)
//
// Each figure is a function that prints its line; add one to figures() to add a figure.
//
//   gui-stall, edit-stall, first-window: see ui_bench_window.cpp
//   traffic-append: see ui_bench_traffic.cpp
//
//   QT_QPA_PLATFORM=offscreen build/bin/ui_bench [--only NAME] [--list] [--points N] [--replots N]
//                                                [--seconds N] [--starts N]
#include "UiBench.h"

#include "trend/TrendView.h"

#include "trend/CustomPlot.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace mbus;

namespace {

using bench::Options;

struct Figure
{
    const char *name;
    std::function<void(const Options &)> run;
};

// Resident memory of this process, from /proc (Linux); -1 where there is none.
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}


// 20 tags of a heat-meter bus in four units (four value axes), one sample a second each, through
// appendValues() as the engine feeds it, replayed; one read in 5000 fails (a gap).
void fillTrend(ui::TrendView &view, int points)
{
    static const char *const units[] = {"kWh", "m^3", "°C", "W"};
    QList<engine::TagValue> cycle;
    for (int t = 0; t < 20; ++t) {
        engine::TagValue v;
        v.tag = QStringLiteral("bench.tag%1").arg(t);
        v.unit = QString::fromUtf8(units[t % 4]);
        v.quality = engine::Quality::Good;
        view.addTag(v.tag, QStringLiteral("Tag %1").arg(t), v.unit);
        cycle.append(v);
    }
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(points) * 1000;
    for (int i = 0; i < points; ++i) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(start + qint64(i) * 1000, Qt::UTC);
        for (int t = 0; t < 20; ++t) {
            engine::TagValue &v = cycle[t];
            const double phase = double(i) / (600.0 + 37.0 * t);
            const double value = t % 4 == 0 ? 1e5 + i * 0.01 * (t + 1) : 50.0 + 10.0 * t + 20.0 * std::sin(phase) + (i * 7919 % 13) * 0.1;
            v.value = value;
            v.timestamp = time;
            v.quality = (i + 131 * t) % 5000 == 0 ? engine::Quality::Bad : engine::Quality::Good;
        }
        view.appendValuesAt(cycle, time);
    }
}

void trendReplot(const Options &options)
{
    const double rssBefore = residentMegabytes();
    ui::TrendView view;
    view.resize(1600, 900);
    view.show();
    QCoreApplication::processEvents(); // lays the window out at its size
    view.setWindowSeconds(0); // the whole history in view: every point goes through the sampler

    QElapsedTimer fill;
    fill.start();
    fillTrend(view, options.points);
    const double fillSeconds = double(fill.elapsed()) / 1000.0;
    const double rssAfter = residentMegabytes();
    view.refresh();
    QCoreApplication::processEvents();

    QCustomPlot *plot = view.plot();
    std::vector<double> ms;
    for (int i = 0; i < options.replots; ++i) {
        QElapsedTimer timer;
        timer.start();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("trend-replot: 20 tags x %d points, %dx%d, whole history in view: replot median %.1f ms, p90 %.1f ms"
                " (goal < 50 ms); histories %.0f MB RSS (%.1f bytes/point); filled at %.2f M values/s\n",
                options.points, plot->width(), plot->height(), bench::percentile(ms, 0.5), bench::percentile(ms, 0.9), rssAfter - rssBefore,
                (rssAfter - rssBefore) * 1024.0 * 1024.0 / (20.0 * options.points), 20.0 * options.points / fillSeconds / 1e6);
    std::fflush(stdout);
}

const std::vector<Figure> &figures()
{
    static const std::vector<Figure> list{
        {"trend-replot", trendReplot},
        {"gui-stall", bench::guiStall},
        {"edit-stall", bench::editStall},
        {"first-window", bench::firstWindow},
        {"traffic-append", bench::trafficAppend},
    };
    return list;
}

} // namespace

double bench::percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i = std::size_t(std::lround(p * double(values.size() - 1)));
    return values.at(i);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Options options;
    QStringList only;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--only") && hasValue) {
            only.append(args.at(++i));
        } else if (a == QLatin1String("--points") && hasValue) {
            options.points = qMax(1, args.at(++i).toInt());
        } else if (a == QLatin1String("--replots") && hasValue) {
            options.replots = qMax(1, args.at(++i).toInt());
        } else if (a == QLatin1String("--seconds") && hasValue) {
            options.stallSeconds = qMax(1, args.at(++i).toInt());
        } else if (a == QLatin1String("--starts") && hasValue) {
            options.starts = qMax(1, args.at(++i).toInt());
        } else if (a == QLatin1String("--list")) {
            for (const Figure &f : figures())
                std::printf("%s\n", f.name);
            return 0;
        } else {
            std::fprintf(stderr, "usage: ui_bench [--only NAME]... [--list] [--points N] [--replots N] [--seconds N] [--starts N]\n");
            return 2;
        }
    }
    for (const QString &name : only) {
        if (std::none_of(figures().begin(), figures().end(), [&](const Figure &f) { return name == QLatin1String(f.name); })) {
            std::fprintf(stderr, "ui_bench: no figure named %s (--list shows them)\n", qPrintable(name));
            return 2;
        }
    }
    for (const Figure &f : figures()) {
        if (only.isEmpty() || only.contains(QLatin1String(f.name)))
            f.run(options);
    }
    return 0;
}
