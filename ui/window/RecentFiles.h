#pragma once

#include <QMenu>
#include <QStringList>

// File > Open Recent: the last projects, newest first, kept in QSettings; files that vanished
// are dropped when the menu is shown.
namespace mbus::ui {

class RecentFiles : public QMenu
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QWidget *parent = nullptr);

    void add(const QString &path);
    QStringList files() const;

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuild();
    static void store(const QStringList &files);
};

} // namespace mbus::ui
