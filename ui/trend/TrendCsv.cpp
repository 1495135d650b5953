#include "TrendCsv.h"

#include "project/CsvExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

namespace mbus::ui {

namespace {

// A field as csvLine() quotes it, without the line end.
QByteArray csvField(const QString &text)
{
    return project::csvLine({text}).chopped(2);
}

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
    for (const TrendCsvSeries &s : series) {
        const QByteArray tag = ',' + csvField(s.tag) + ',';
        const QByteArray unit = ',' + csvField(s.unit) + ',';
        auto uncertain = s.uncertain.constBegin();
        for (auto it = s.values.constBegin(); it != s.values.constEnd() && written; ++it) {
            while (uncertain != s.uncertain.constEnd() && uncertain->key < it->key)
                ++uncertain;
            const bool isUncertain = uncertain != s.uncertain.constEnd() && uncertain->key == it->key;
            const bool isBad = std::isnan(it->value);
            chunk += QDateTime::fromMSecsSinceEpoch(qRound64(it->key * 1000.0), Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
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
