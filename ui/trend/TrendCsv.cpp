#include "TrendCsv.h"

#include "project/CsvExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

#include <limits>

namespace mbus::ui {

namespace {

// A field as csvLine() quotes it, without the line end.
QByteArray csvField(const QString &text)
{
    return project::csvLine({text}).chopped(2);
}

// Sample times as the chart shows them, in local time, with the offset that makes them exact:
// "2026-12-04T11:15:02.123+01:00". Offsets change only at whole or half hours (DST), so one looked
// up per half hour serves every sample in it: the time zone lookup is what costs.
class LocalTimestamps
{
public:
    QByteArray operator()(double key)
    {
        const qint64 ms = qRound64(key * 1000.0);
        const qint64 slot = ms >= 0 ? ms / SlotMs : (ms - SlotMs + 1) / SlotMs;
        if (slot != m_slot) {
            m_slot = slot;
            m_offsetSeconds = QDateTime::fromMSecsSinceEpoch(slot * SlotMs, Qt::LocalTime).offsetFromUtc();
            const int minutes = qAbs(m_offsetSeconds) / 60;
            m_offsetText = QStringLiteral("%1%2:%3")
                               .arg(QLatin1Char(m_offsetSeconds < 0 ? '-' : '+'))
                               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                               .arg(minutes % 60, 2, 10, QLatin1Char('0'))
                               .toLatin1();
        }
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms + qint64(m_offsetSeconds) * 1000, Qt::UTC);
        return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toLatin1() + m_offsetText;
    }

private:
    static constexpr qint64 SlotMs = 30 * 60 * 1000;
    qint64 m_slot = std::numeric_limits<qint64>::min();
    int m_offsetSeconds = 0;
    QByteArray m_offsetText;
};

QString cannotWrite(const QString &path, const QSaveFile &file)
{
    return QCoreApplication::translate("mbus::ui::TrendCsv", "Cannot write %1: %2").arg(path, file.errorString());
}

} // namespace

bool writeTrendCsv(const QList<TrendCsvSeries> &series, const QString &path, QString *errorText)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorText)
            *errorText = cannotWrite(path, file);
        return false;
    }
    QByteArray chunk = project::csvLine({QStringLiteral("timestamp"), QStringLiteral("tag"), QStringLiteral("value"),
                                         QStringLiteral("unit"), QStringLiteral("quality")});
    constexpr qsizetype ChunkBytes = 1 << 20;
    chunk.reserve(ChunkBytes + 4096);
    bool written = true;
    LocalTimestamps timestamp;
    for (const TrendCsvSeries &s : series) {
        const QByteArray tag = ',' + csvField(s.tag) + ',';
        const QByteArray unit = ',' + csvField(s.unit) + ',';
        auto uncertain = s.uncertain.constBegin();
        for (auto it = s.values.constBegin(); it != s.values.constEnd() && written; ++it) {
            while (uncertain != s.uncertain.constEnd() && uncertain->key < it->key)
                ++uncertain;
            const bool isUncertain = uncertain != s.uncertain.constEnd() && uncertain->key == it->key;
            const bool isBad = std::isnan(it->value);
            chunk += timestamp(it->key);
            chunk += tag;
            if (!isBad)
                chunk += QByteArray::number(it->value, 'g', 15);
            chunk += unit;
            chunk += isBad ? "bad\r\n" : isUncertain ? "uncertain\r\n" : "good\r\n";
            if (chunk.size() >= ChunkBytes) {
                written = file.write(chunk) == chunk.size();
                chunk.clear();
            }
        }
    }
    if (written)
        written = file.write(chunk) == chunk.size();
    // Flushed first: a failed write of the last chunk must not let commit() rename a short file.
    if (!written || !file.flush() || !file.commit()) {
        if (errorText)
            *errorText = cannotWrite(path, file);
        return false;
    }
    return true;
}

} // namespace mbus::ui
