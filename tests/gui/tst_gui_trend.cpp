// The live trend: values land in their tag's graph, one value axis per unit, a failed read is a
// gap, following slides the time axis and pausing holds it, CSV and PNG exports, and end to end the
// trend fed by an EngineHost polling the embedded demo bus.
#include "window/EngineHost.h"
#include "trend/TrendAxes.h"
#include "trend/TrendCsv.h"
#include "trend/TrendHistory.h"
#include "trend/TrendView.h"

#include "project/ProjectFile.h"
#include "sim/MeterProfile.h"

#include "trend/CustomPlot.h"

#include <QApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <time.h>

using namespace mbus;
using namespace mbus::ui;

namespace {

engine::TagValue tagValue(const QString &tag, const QVariant &value, const QDateTime &time,
                          engine::Quality quality = engine::Quality::Good)
{
    engine::TagValue v;
    v.tag = tag;
    v.value = value;
    v.timestamp = time;
    v.quality = quality;
    return v;
}

double keyOf(const QDateTime &time)
{
    return double(time.toMSecsSinceEpoch()) / 1000.0;
}

// The value axes the plot shows (the rect's hidden right axis is not one).
int visibleValueAxes(QCustomPlot *plot)
{
    int n = 0;
    for (QCPAxis *axis : plot->axisRect()->axes(QCPAxis::atLeft | QCPAxis::atRight))
        n += axis->visible() && !axis->label().isEmpty() ? 1 : 0;
    return n;
}

} // namespace

class TestGuiTrend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesLandInTheirGraph();
    void oneValueAxisPerUnit();
    void badValueMakesAGap();
    void historyIsCapped();
    void overviewKeepsEachBlocksExtremes();
    void longHistoryDrawsTheOverview();
    void followingSlidesPausedHolds();
    void csvExportIsExact();
    void pngExportIsAnImage();
    void trendReceivesEngineValues();
};

void TestGuiTrend::valuesLandInTheirGraph()
{
    TrendView view;
    view.addTag(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("kWh"));
    view.addTag(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("°C"));
    QVERIFY(!view.addTag(QStringLiteral("a"), QStringLiteral("A again"), QStringLiteral("kWh")));
    QCOMPARE(view.tags(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));

    const QDateTime t = QDateTime::currentDateTimeUtc();
    view.appendValues({tagValue(QStringLiteral("a"), 12.5, t), tagValue(QStringLiteral("b"), 40.0, t),
                       tagValue(QStringLiteral("c"), 99.0, t), // not on the trend
                       tagValue(QStringLiteral("b"), QStringLiteral("2024-01-01"), t.addSecs(1))}); // a date: not drawn
    QCOMPARE(view.graph(QStringLiteral("a"))->data()->size(), 1);
    QCOMPARE(view.graph(QStringLiteral("a"))->data()->at(0)->value, 12.5);
    QCOMPARE(view.graph(QStringLiteral("a"))->data()->at(0)->key, keyOf(t));
    QCOMPARE(view.graph(QStringLiteral("b"))->data()->size(), 1);
    QCOMPARE(view.graph(QStringLiteral("b"))->data()->at(0)->value, 40.0);
    QVERIFY(!view.graph(QStringLiteral("c")));
    QCOMPARE(view.plot()->legend->itemCount(), 2);
    QCOMPARE(view.graph(QStringLiteral("b"))->name(), QStringLiteral("B [°C]"));
    QVERIFY(view.graph(QStringLiteral("a"))->pen().color() != view.graph(QStringLiteral("b"))->pen().color());
}

void TestGuiTrend::oneValueAxisPerUnit()
{
    TrendView view;
    QCustomPlot *plot = view.plot();
    view.addTag(QStringLiteral("e1"), QStringLiteral("Energy 1"), QStringLiteral("kWh"));
    view.addTag(QStringLiteral("e2"), QStringLiteral("Energy 2"), QStringLiteral("kWh"));
    QCOMPARE(view.valueAxisCount(), 1);
    QCOMPARE(view.graph(QStringLiteral("e1"))->valueAxis(), plot->yAxis); // the first unit on the left axis
    QCOMPARE(view.graph(QStringLiteral("e2"))->valueAxis(), plot->yAxis);

    view.addTag(QStringLiteral("t"), QStringLiteral("Flow temperature"), QStringLiteral("°C"));
    QCOMPARE(view.valueAxisCount(), 2);
    QCPAxis *celsius = view.valueAxis(QStringLiteral("°C"));
    QVERIFY(celsius && celsius != plot->yAxis);
    QCOMPARE(view.graph(QStringLiteral("t"))->valueAxis(), celsius);
    QCOMPARE(celsius->label(), QStringLiteral("°C"));
    QCOMPARE(plot->yAxis->label(), QStringLiteral("kWh"));
    QCOMPARE(visibleValueAxes(plot), 2);

    view.removeTag(QStringLiteral("t"));
    QCOMPARE(view.valueAxisCount(), 1);
    QVERIFY(!view.valueAxis(QStringLiteral("°C")));
    QCOMPARE(visibleValueAxes(plot), 1);
    QCOMPARE(plot->axisRect()->axes(QCPAxis::atLeft | QCPAxis::atRight).size(), 2); // yAxis and the hidden yAxis2

    view.removeTag(QStringLiteral("e1"));
    QCOMPARE(view.valueAxisCount(), 1); // e2 still uses kWh
    view.removeTag(QStringLiteral("e2"));
    QCOMPARE(view.valueAxisCount(), 0);
    QVERIFY(view.tags().isEmpty());
    QCOMPARE(plot->graphCount(), 0);

    // The freed left axis goes to the next unit; a later unit gets an axis of its own again.
    view.addTag(QStringLiteral("p"), QStringLiteral("Power"), QStringLiteral("W"));
    view.addTag(QStringLiteral("v"), QStringLiteral("Volume"), QStringLiteral("m^3"));
    QCOMPARE(view.valueAxis(QStringLiteral("W")), plot->yAxis);
    QVERIFY(view.valueAxis(QStringLiteral("m^3")) != plot->yAxis);
    QCOMPARE(visibleValueAxes(plot), 2);
}

void TestGuiTrend::badValueMakesAGap()
{
    TrendView view;
    view.addTag(QStringLiteral("p"), QStringLiteral("Power"), QStringLiteral("W"));
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-60);
    view.appendValues({tagValue(QStringLiteral("p"), 100.0, t0)});
    // A failed read carries the last good value and its time; the gap goes where it arrived.
    view.appendValues({tagValue(QStringLiteral("p"), 100.0, t0, engine::Quality::Bad)});
    view.appendValues({tagValue(QStringLiteral("p"), 120.0, QDateTime::currentDateTimeUtc().addSecs(1))});
    // The stale copy a stopping connection sends repeats a sample already drawn.
    view.appendValues({tagValue(QStringLiteral("p"), 120.0, t0.addSecs(5), engine::Quality::Uncertain)});

    const auto data = view.graph(QStringLiteral("p"))->data();
    QCOMPARE(data->size(), 3);
    QCOMPARE(data->at(0)->value, 100.0);
    QVERIFY(std::isnan(data->at(1)->value)); // a gap, not a line to zero
    QVERIFY(data->at(1)->key > keyOf(t0));
    QCOMPARE(data->at(2)->value, 120.0);

    // An uncertain sample is drawn and marked.
    const QDateTime t3 = QDateTime::currentDateTimeUtc().addSecs(2);
    view.appendValues({tagValue(QStringLiteral("p"), 130.0, t3, engine::Quality::Uncertain)});
    QCOMPARE(data->size(), 4);
    QCOMPARE(view.history(QStringLiteral("p"))->uncertain()->size(), 1);
    QCOMPARE(view.history(QStringLiteral("p"))->uncertain()->at(0)->key, keyOf(t3));
}

void TestGuiTrend::historyIsCapped()
{
    TrendHistory history(3);
    for (int i = 1; i <= 5; ++i)
        history.append(TrendSample{double(i), double(i * 10), i == 2 || i == 4 ? engine::Quality::Uncertain : engine::Quality::Good});
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.firstKey(), 3.0);
    QCOMPARE(history.lastKey(), 5.0);
    QCOMPARE(history.uncertain()->size(), 1); // the sample at 2 went with the oldest
    QCOMPARE(history.uncertain()->at(0)->key, 4.0);
}

void TestGuiTrend::overviewKeepsEachBlocksExtremes()
{
    constexpr int N = 1000; // 15 full blocks and a growing one
    constexpr int B = TrendHistory::OverviewBlock;
    TrendHistory history;
    QList<QCPGraphData> samples;
    for (int i = 0; i < N; ++i) {
        const double value = i % 300 == 7 ? std::nan("") : std::sin(i * 0.37) * 100 + (i * 31 % 17);
        samples.append(QCPGraphData(1000.0 + i, value));
        history.append(TrendSample{1000.0 + i, value, engine::Quality::Good});
    }
    // Each block: its lowest and highest sample and its first gap, at their own times.
    QList<QCPGraphData> expected;
    for (int first = 0; first < N; first += B) {
        QList<QCPGraphData> block;
        int low = -1, high = -1, gap = -1;
        for (int i = first; i < qMin(N, first + B); ++i) {
            const double v = samples.at(i).value;
            if (std::isnan(v)) {
                gap = gap < 0 ? i : gap;
                continue;
            }
            low = low < 0 || v < samples.at(low).value ? i : low;
            high = high < 0 || v > samples.at(high).value ? i : high;
        }
        for (int i : {low, high, gap}) {
            if (i >= 0 && !std::any_of(block.cbegin(), block.cend(), [&](const QCPGraphData &d) { return d.key == samples.at(i).key; }))
                block.append(samples.at(i));
        }
        std::sort(block.begin(), block.end(), qcpLessThanSortKey<QCPGraphData>);
        expected += block;
    }
    const auto overview = history.overview();
    QCOMPARE(overview->size(), int(expected.size()));
    for (int i = 0; i < overview->size(); ++i) {
        QCOMPARE(overview->at(i)->key, expected.at(i).key);
        QVERIFY(std::isnan(expected.at(i).value) ? std::isnan(overview->at(i)->value) : overview->at(i)->value == expected.at(i).value);
    }
}

void TestGuiTrend::longHistoryDrawsTheOverview()
{
    TrendView view;
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setWindowSeconds(0); // all of it
    view.addTag(QStringLiteral("w"), QStringLiteral("Power"), QStringLiteral("W"));
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-400000);
    engine::TagValue v = tagValue(QStringLiteral("w"), 0.0, t0);
    for (int i = 0; i < 300000; ++i) {
        v.value = 1000.0 + (i % 1000) + (i == 123456 ? 5000.0 : 0.0); // one spike
        v.timestamp = t0.addSecs(i);
        view.appendValues({v});
    }
    view.refresh();
    view.plot()->replot();
    const TrendHistory *history = view.history(QStringLiteral("w"));
    QCOMPARE(view.graph(QStringLiteral("w"))->data(), history->overview()); // ~400 samples a pixel column
    QVERIFY(view.valueAxis(QStringLiteral("W"))->range().contains(6456.0)); // the spike is in view

    // Zoomed in to a few samples a column, the samples themselves.
    view.setFollowing(false);
    view.plot()->xAxis->setRange(keyOf(t0) + 1000, keyOf(t0) + 2000);
    view.plot()->replot();
    QCOMPARE(view.graph(QStringLiteral("w"))->data(), history->values());
}

void TestGuiTrend::followingSlidesPausedHolds()
{
    TrendView view;
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.addTag(QStringLiteral("f"), QStringLiteral("Flow"), QStringLiteral("m^3/h"));
    view.setWindowSeconds(60);
    QVERIFY(view.isFollowing());
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
    view.appendValues({tagValue(QStringLiteral("f"), 1.0, t0)});
    view.appendValues({tagValue(QStringLiteral("f"), 3.0, t0.addSecs(100))});
    view.refresh();
    QCOMPARE(view.plot()->xAxis->range().upper, keyOf(t0) + 100);
    QCOMPARE(view.plot()->xAxis->range().lower, keyOf(t0) + 40);
    QCPAxis *axis = view.valueAxis(QStringLiteral("m^3/h"));
    QVERIFY(axis->range().contains(3.0));

    view.setFollowing(false);
    const QCPRange held = view.plot()->xAxis->range();
    view.appendValues({tagValue(QStringLiteral("f"), 5.0, t0.addSecs(200))});
    view.refresh();
    QCOMPARE(view.plot()->xAxis->range(), held);
    QCOMPARE(view.graph(QStringLiteral("f"))->data()->size(), 3); // still recorded

    view.setFollowing(true);
    QCOMPARE(view.plot()->xAxis->range().upper, keyOf(t0) + 200);

    // The throttle applies new samples on its own.
    view.appendValues({tagValue(QStringLiteral("f"), 6.0, t0.addSecs(300))});
    QTRY_COMPARE_WITH_TIMEOUT(view.plot()->xAxis->range().upper, keyOf(t0) + 300, 2000);

    // Zooming with the wheel is the user taking over the view: following stops.
    view.plot()->replot(); // lays out the axis rect the wheel event is aimed at
    const QPointF centre(view.plot()->width() / 2.0, view.plot()->height() / 2.0);
    QWheelEvent wheel(centre, view.plot()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.plot(), &wheel);
    QVERIFY(!view.isFollowing());
    QVERIFY(view.plot()->xAxis->range().size() < 60); // zoomed in on time
}

void TestGuiTrend::csvExportIsExact()
{
    TrendView view;
    view.addTag(QStringLiteral("heat.energy"), QStringLiteral("Energy"), QStringLiteral("kWh"));
    view.addTag(QStringLiteral("odd,tag"), QStringLiteral("Odd"), QString());
    const QDateTime t = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    view.appendValues({tagValue(QStringLiteral("heat.energy"), 1.5, t), tagValue(QStringLiteral("odd,tag"), -3.0, t)});
    view.appendValues({tagValue(QStringLiteral("heat.energy"), 1234567.25, t.addMSecs(1250), engine::Quality::Uncertain)});
    // A failed read: its gap goes where it arrived.
    view.appendValuesAt({tagValue(QStringLiteral("heat.energy"), 1234567.25, t.addMSecs(1250), engine::Quality::Bad)},
                        t.addMSecs(2999));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trend.csv"));
    QString error;
    QVERIFY2(view.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Local time (main() sets Berlin's) with its offset, as the chart's time axis reads.
    const QByteArray expected = "timestamp,tag,value,unit,quality\r\n"
                                "2024-03-01T13:00:00.000+01:00,heat.energy,1.5,kWh,good\r\n"
                                "2024-03-01T13:00:01.250+01:00,heat.energy,1234567.25,kWh,uncertain\r\n"
                                "2024-03-01T13:00:02.999+01:00,heat.energy,,kWh,bad\r\n"
                                "2024-03-01T13:00:00.000+01:00,\"odd,tag\",-3,,good\r\n";
    QCOMPARE(file.readAll(), expected);

    QVERIFY(!view.exportCsv(dir.filePath(QStringLiteral("missing/dir/trend.csv")), &error));
    QVERIFY(!error.isEmpty());
}

void TestGuiTrend::pngExportIsAnImage()
{
    TrendView view;
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.addTag(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("kWh"));
    view.addTag(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("°C"));
    const QDateTime t = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 50; ++i)
        view.appendValues({tagValue(QStringLiteral("a"), double(i), t.addSecs(i)), tagValue(QStringLiteral("b"), 20.0 + i % 7, t.addSecs(i))});
    view.refresh();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trend.png"));
    QString error;
    QVERIFY2(view.exportPng(path, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 0);
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), view.plot()->size());
    QVERIFY(image.width() > 100 && image.height() > 100);
}

void TestGuiTrend::trendReceivesEngineValues()
{
    sim::Profile profile;
    QVERIFY(sim::Profile::builtIn(QStringLiteral("demo"), &profile));
    QString error;
    auto project = project::loadProject(QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"), &error);
    QVERIFY2(project, qPrintable(error));
    for (project::Connection &c : project->connections) {
        c.periodMs = 500;
        c.channel.timeoutMs = 300;
    }
    const QString tag = QStringLiteral("demo.heat.flow_temperature");

    TrendView view;
    view.addTag(tag, QStringLiteral("Heat Flow temperature"), QStringLiteral("°C"));
    EngineHost host;
    connect(&host, &EngineHost::cycleFinished, &view, &TrendView::appendValues);
    host.setSimulatedProfile(profile);
    host.setProject(*project);
    host.startAll();
    // Two samples: the trend keeps receiving, not only the first cycle.
    QTRY_VERIFY_WITH_TIMEOUT(view.history(tag)->size() >= 2, 20000);
    host.stopAll();
    const auto data = view.graph(tag)->data();
    QVERIFY(!std::isnan(data->at(0)->value));
    QVERIFY(data->at(0)->value > 0 && data->at(0)->value < 150); // a flow temperature in °C
}

// The CSV's local times are checked in a zone with an offset and daylight saving time.
int main(int argc, char *argv[])
{
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QApplication app(argc, argv);
    TestGuiTrend test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gui_trend.moc"
