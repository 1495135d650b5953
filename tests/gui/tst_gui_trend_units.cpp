// The trend as a person reads it: values in engineering units (kWh for a binding delivering Wh,
// the binding's display unit when chosen, one unit per tag for good), plain tick labels in the
// locale, the legend beside the data rather than over it, a readable default height, and the CSV
// in local time with the offset and the values as the axis shows them.
#include "trend/TrendView.h"

#include "trend/CustomPlot.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <time.h>

using namespace mbus;
using namespace mbus::ui;

namespace {

engine::TagValue tagValue(const QString &tag, double value, const QDateTime &time)
{
    engine::TagValue v;
    v.tag = tag;
    v.value = value;
    v.unit = QStringLiteral("Wh");
    v.timestamp = time;
    v.quality = engine::Quality::Good;
    return v;
}

TrendTag energy(const QString &tag, const QString &displayUnit = {})
{
    return TrendTag{tag, QStringLiteral("Energy"), QStringLiteral("Wh"), displayUnit, QStringLiteral("Energy")};
}

// The tick labels of axis after a replot of a shown view.
QStringList tickLabels(TrendView &view, QCPAxis *axis)
{
    view.refresh();
    view.plot()->replot();
    return QStringList(axis->tickVectorLabels().cbegin(), axis->tickVectorLabels().cend());
}

} // namespace

class TestTrendUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void energyAxisInKilowattHours();
    void displayUnitIsHonoured();
    void firstValueChoosesTheUnitOnce();
    void displayUnitChangeRetunesTheLine();
    void tickLabelsInTheLocale();
    void timeTicksInOneLine();
    void legendIsOutsideTheData();
    void readableDefaultHeight();
    void csvInLocalTimeAndShownUnits();
};

void TestTrendUnits::energyAxisInKilowattHours()
{
    TrendView view;
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QDateTime t = QDateTime::currentDateTimeUtc();
    // The engine's latest value comes with the tag: drawn at once, converted.
    QCOMPARE(view.addTags({energy(QStringLiteral("e"))}, {tagValue(QStringLiteral("e"), 12345000.0, t)}), 1);
    QCOMPARE(view.unitOf(QStringLiteral("e")), QStringLiteral("kWh"));
    QCPAxis *axis = view.valueAxis(QStringLiteral("kWh"));
    QVERIFY(axis);
    QCOMPARE(axis->label(), QStringLiteral("kWh"));
    QCOMPARE(view.graph(QStringLiteral("e"))->data()->size(), 1);
    QCOMPARE(view.graph(QStringLiteral("e"))->data()->at(0)->value, 12345.0);
    QCOMPARE(view.graph(QStringLiteral("e"))->name(), QStringLiteral("Energy [kWh]"));
    view.appendValues({tagValue(QStringLiteral("e"), 12400000.0, t.addSecs(10))});
    const QStringList labels = tickLabels(view, axis);
    QVERIFY(!labels.isEmpty());
    for (const QString &label : labels) {
        QVERIFY2(!label.contains(u'·') && !label.contains(QLatin1String("10^")) && !label.contains(u'e'), qPrintable(label));
        const double value = QString(label).remove(u',').toDouble(); // kWh, not Wh
        QVERIFY2(value > 12000 && value < 12500, qPrintable(label));
    }
}

void TestTrendUnits::displayUnitIsHonoured()
{
    TrendView view;
    const QDateTime t = QDateTime::currentDateTimeUtc();
    const TrendTag volume{QStringLiteral("v"), QStringLiteral("Volume"), QStringLiteral("m^3"), QString(), QStringLiteral("Volume")};
    QCOMPARE(view.addTags({energy(QStringLiteral("e"), QStringLiteral("MWh")), energy(QStringLiteral("f"), QStringLiteral("MWh")), volume},
                          {tagValue(QStringLiteral("e"), 12345000.0, t)}),
             3);
    QCOMPARE(view.unitOf(QStringLiteral("e")), QStringLiteral("MWh"));
    QCOMPARE(view.graph(QStringLiteral("e"))->data()->at(0)->value, 12.345);
    // Graphs of the same shown unit share an axis; the label is the unit's symbol.
    QCOMPARE(view.valueAxisCount(), 2);
    QCOMPARE(view.graph(QStringLiteral("f"))->valueAxis(), view.graph(QStringLiteral("e"))->valueAxis());
    QCOMPARE(view.valueAxis(QStringLiteral("m^3"))->label(), QStringLiteral("m³"));
    QCOMPARE(view.graph(QStringLiteral("v"))->name(), QStringLiteral("Volume [m³]"));
}

void TestTrendUnits::firstValueChoosesTheUnitOnce()
{
    TrendView view;
    QCOMPARE(view.addTags({energy(QStringLiteral("big")), energy(QStringLiteral("small"))}), 2); // no value known yet
    const QDateTime t = QDateTime::currentDateTimeUtc();
    view.appendValues({tagValue(QStringLiteral("big"), 2.5e9, t), tagValue(QStringLiteral("small"), 999.0e6, t)});
    QCOMPARE(view.unitOf(QStringLiteral("big")), QStringLiteral("MWh"));
    QCOMPARE(view.unitOf(QStringLiteral("small")), QStringLiteral("kWh"));
    QCOMPARE(view.graph(QStringLiteral("big"))->valueAxis(), view.valueAxis(QStringLiteral("MWh")));
    QCOMPARE(view.graph(QStringLiteral("big"))->data()->at(0)->value, 2500.0);
    QCOMPARE(view.valueAxisCount(), 2);
    // The counter grows past 10^9 Wh: it stays in kWh, its line does not jump.
    view.appendValues({tagValue(QStringLiteral("small"), 1.001e9, t.addSecs(10))});
    QCOMPARE(view.unitOf(QStringLiteral("small")), QStringLiteral("kWh"));
    QCOMPARE(view.graph(QStringLiteral("small"))->data()->at(1)->value, 1001000.0);
}

void TestTrendUnits::displayUnitChangeRetunesTheLine()
{
    TrendView view;
    const QDateTime t = QDateTime::currentDateTimeUtc();
    QCOMPARE(view.addTags({energy(QStringLiteral("e"))}, {tagValue(QStringLiteral("e"), 12345000.0, t)}), 1);
    view.appendValues({tagValue(QStringLiteral("e"), 12400000.0, t.addSecs(10))});
    QCOMPARE(view.unitOf(QStringLiteral("e")), QStringLiteral("kWh"));
    // The user picks MWh in the binding form: the line so far is redrawn in MWh, on a MWh axis.
    view.setDisplayUnit(QStringLiteral("e"), QStringLiteral("MWh"));
    QCOMPARE(view.unitOf(QStringLiteral("e")), QStringLiteral("MWh"));
    QCOMPARE(view.graph(QStringLiteral("e"))->valueAxis(), view.valueAxis(QStringLiteral("MWh")));
    QVERIFY(!view.valueAxis(QStringLiteral("kWh")));
    QCOMPARE(view.graph(QStringLiteral("e"))->name(), QStringLiteral("Energy [MWh]"));
    QCOMPARE(view.history(QStringLiteral("e"))->values()->at(0)->value, 12.345);
    QCOMPARE(view.history(QStringLiteral("e"))->values()->at(1)->value, 12.4);
    view.appendValues({tagValue(QStringLiteral("e"), 12500000.0, t.addSecs(20))});
    QCOMPARE(view.history(QStringLiteral("e"))->values()->at(2)->value, 12.5);
    // Back to readable: the latest value's size chooses kWh again.
    view.setDisplayUnit(QStringLiteral("e"), QString());
    QCOMPARE(view.unitOf(QStringLiteral("e")), QStringLiteral("kWh"));
    QCOMPARE(view.history(QStringLiteral("e"))->values()->at(2)->value, 12500.0);
}

void TestTrendUnits::timeTicksInOneLine()
{
    TrendView view;
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Ten minutes of one day: times in one line, the day in the axis label.
    const QDateTime noon(QDate(2026, 12, 4), QTime(12, 0), Qt::LocalTime);
    view.setFollowing(false);
    view.plot()->xAxis->setRange(double(noon.toSecsSinceEpoch()), double(noon.addSecs(600).toSecsSinceEpoch()));
    QStringList labels = tickLabels(view, view.plot()->xAxis);
    QVERIFY(!labels.isEmpty());
    for (const QString &label : labels)
        QVERIFY2(!label.contains(u'\n') && label.startsWith(QLatin1String("12:")), qPrintable(label));
    QVERIFY2(view.plot()->xAxis->label().contains(QLocale().toString(noon.date(), QLocale::ShortFormat)),
             qPrintable(view.plot()->xAxis->label()));
    // Across midnight each tick names its day; the label no single date.
    view.plot()->xAxis->setRange(double(noon.toSecsSinceEpoch()), double(noon.addDays(2).toSecsSinceEpoch()));
    labels = tickLabels(view, view.plot()->xAxis);
    QVERIFY(!labels.isEmpty());
    for (const QString &label : labels)
        QVERIFY2(!label.contains(u'\n') && label.contains(QLatin1String("Dec")), qPrintable(label));
    QVERIFY(!view.plot()->xAxis->label().contains(QLocale().toString(noon.date(), QLocale::ShortFormat)));
}

void TestTrendUnits::tickLabelsInTheLocale()
{
    TrendView view;
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.plot()->setLocale(QLocale(QLocale::German, QLocale::Germany));
    const QDateTime t = QDateTime::currentDateTimeUtc();
    view.addTags({energy(QStringLiteral("e"))}, {tagValue(QStringLiteral("e"), 12300.0, t)});
    view.appendValues({tagValue(QStringLiteral("e"), 12400.0, t.addSecs(10))}); // 12,3 .. 12,4 kWh
    const QStringList labels = tickLabels(view, view.valueAxis(QStringLiteral("kWh")));
    QVERIFY(!labels.isEmpty());
    QVERIFY2(std::any_of(labels.cbegin(), labels.cend(), [](const QString &l) { return l.contains(u','); }), qPrintable(labels.join(u' ')));
    for (const QString &label : labels)
        QVERIFY2(!label.contains(u'.') && label.startsWith(QLatin1String("12")), qPrintable(label));
}

void TestTrendUnits::legendIsOutsideTheData()
{
    TrendView view;
    view.resize(700, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QDateTime t = QDateTime::currentDateTimeUtc();
    QList<TrendTag> tags;
    for (int i = 0; i < 6; ++i)
        tags.append(TrendTag{QStringLiteral("t%1").arg(i), QStringLiteral("Temperature number %1").arg(i), QStringLiteral("°C"), QString(), QString()});
    view.addTags(tags);
    for (int i = 0; i < 6; ++i)
        view.appendValues({tagValue(QStringLiteral("t%1").arg(i), 20.0 + i, t)});
    view.refresh();
    view.plot()->replot();
    QCPLegend *legend = view.plot()->legend;
    const QRect data = view.plot()->axisRect()->rect();
    QVERIFY(legend->visible());
    QVERIFY(legend->outerRect().isValid() && data.isValid());
    QVERIFY2(!legend->outerRect().intersects(data), qPrintable(QStringLiteral("legend %1,%2 %3x%4, data %5,%6 %7x%8")
                                                                   .arg(legend->outerRect().x()).arg(legend->outerRect().y())
                                                                   .arg(legend->outerRect().width()).arg(legend->outerRect().height())
                                                                   .arg(data.x()).arg(data.y()).arg(data.width()).arg(data.height())));
    // Every entry inside the plot's width, in more than one column.
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (QCPAbstractLegendItem *item = legend->item(i))
            QVERIFY(view.plot()->rect().contains(item->outerRect()));
    }
    QVERIFY(legend->columnCount() > 1);
    QVERIFY(data.height() > 100);
}

void TestTrendUnits::readableDefaultHeight()
{
    TrendView view;
    QVERIFY(view.minimumSizeHint().height() >= 160);
    QVERIFY(view.sizeHint().height() >= 260);
    QCOMPARE(view.plot()->sizePolicy().verticalPolicy(), QSizePolicy::Expanding);
}

void TestTrendUnits::csvInLocalTimeAndShownUnits()
{
    TrendView view;
    const QDateTime winter(QDate(2026, 12, 4), QTime(10, 15, 2, 123), Qt::UTC);
    const QDateTime summer(QDate(2027, 7, 1), QTime(22, 30), Qt::UTC); // the next local day
    view.addTags({energy(QStringLiteral("e"))}, {tagValue(QStringLiteral("e"), 12345600.0, winter)});
    view.appendValues({tagValue(QStringLiteral("e"), 12500000.0, summer)});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trend.csv"));
    QString error;
    QVERIFY2(view.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("timestamp,tag,value,unit,quality\r\n"
                                        "2026-12-04T11:15:02.123+01:00,e,12345.6,kWh,good\r\n"
                                        "2027-07-02T00:30:00.000+02:00,e,12500,kWh,good\r\n"));
}

// Local times are checked in a zone with an offset and daylight saving time.
int main(int argc, char *argv[])
{
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QApplication app(argc, argv);
    TestTrendUnits test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_trend_units.moc"
