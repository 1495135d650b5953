#include "TrendTimeAxis.h"

#include "trend/CustomPlot.h"

#include <QCoreApplication>
#include <QLocale>

namespace mbus::ui {

void setUpTimeAxis(QCPAxis *axis)
{
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::LocalTime);
    axis->setTicker(ticker);
    labelTimeAxis(axis);
}

void labelTimeAxis(QCPAxis *axis)
{
    auto ticker = axis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    if (!ticker)
        return;
    const QCPRange range = axis->range();
    const QDateTime from = QCPAxisTickerDateTime::keyToDateTime(range.lower).toLocalTime();
    const QDateTime to = QCPAxisTickerDateTime::keyToDateTime(range.upper).toLocalTime();
    const bool oneDay = from.date() == to.date();
    // Seconds only while they tell ticks apart (a view of up to half an hour).
    const QString time = range.size() <= 30 * 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    const QString format = oneDay ? time : QStringLiteral("d MMM ") + time;
    const QString label = oneDay ? QCoreApplication::translate("mbus::ui::TrendView", "Local time, %1")
                                       .arg(QLocale().toString(from.date(), QLocale::ShortFormat))
                                 : QCoreApplication::translate("mbus::ui::TrendView", "Local time");
    if (ticker->dateTimeFormat() != format)
        ticker->setDateTimeFormat(format);
    if (axis->label() != label)
        axis->setLabel(label);
}

} // namespace mbus::ui
