#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace mbus::ui {

namespace {
const auto Key = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    connect(this, &QMenu::aboutToShow, this, &RecentFiles::rebuild);
    rebuild();
}

QStringList RecentFiles::files() const
{
    return QSettings().value(Key).toStringList();
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(Key, files);
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxFiles)
        list.removeLast();
    store(list);
    rebuild();
}

void RecentFiles::rebuild()
{
    clear();
    QStringList list = files();
    list.erase(std::remove_if(list.begin(), list.end(), [](const QString &f) { return !QFileInfo::exists(f); }), list.end());
    store(list);
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        QAction *action = addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (list.isEmpty())
        addAction(tr("No recent projects"))->setEnabled(false);
    setEnabled(true);
}

} // namespace mbus::ui
