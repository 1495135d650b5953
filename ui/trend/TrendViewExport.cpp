// The trend's exports: the picture as shown (PNG) and every recorded sample (CSV, written on a
// worker thread). The live view is in TrendView.cpp.
#include "TrendView.h"

#include "trend/TrendToolbar.h"

#include "trend/CustomPlot.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QThread>

namespace mbus::ui {

bool TrendView::exportPng(const QString &path, QString *errorText)
{
    if (m_following)
        followNewest(); // the picture shows what has arrived, not what was last replotted
    QSaveFile file(path);
    const QPixmap pixmap = m_plot->toPixmap();
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
        if (errorText)
            *errorText = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool TrendView::exportCsv(const QString &path, QString *errorText) const
{
    return writeTrendCsv(snapshot(), path, errorText);
}

QList<TrendCsvSeries> TrendView::snapshot() const
{
    QList<TrendCsvSeries> list;
    for (const auto &s : m_series)
        list.append(TrendCsvSeries{s->tag, s->unit.unit, *s->history->values(), *s->history->uncertain()});
    return list;
}

void TrendView::chooseAndExportPng()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export trend as PNG"), QString(), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QLatin1String(".png");
    QString error;
    if (!exportPng(path, &error))
        QMessageBox::warning(this, tr("Export PNG"), error);
}

void TrendView::chooseAndExportCsv()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export trend as CSV"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QLatin1String(".csv");
    // Millions of rows take seconds to format: a worker thread writes a snapshot, which shares
    // the histories' data until the trend next appends.
    auto error = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    QThread *thread = QThread::create([series = snapshot(), path, error, ok] { *ok = writeTrendCsv(series, path, error.get()); });
    m_toolbar->setCsvExportRunning(true);
    connect(thread, &QThread::finished, this, [this, error, ok] {
        m_toolbar->setCsvExportRunning(false);
        if (!*ok)
            QMessageBox::warning(this, tr("Export CSV"), *error);
        Q_EMIT csvExportFinished(*ok, *error);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace mbus::ui
