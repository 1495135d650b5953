#include "SavePathDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace mbus::ui {

QString askSavePath(QWidget *parent, const QString &title, const QString &nameFilter, const QString &suffix,
                    const QString &proposedName, QString *lastFolder)
{
    if (lastFolder->isEmpty())
        *lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QFileDialog dialog(parent, title);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(nameFilter);
    dialog.setDefaultSuffix(suffix);
    dialog.setDirectory(*lastFolder);
    dialog.selectFile(proposedName);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    QString path = dialog.selectedFiles().constFirst();
    // Not every dialog applies the default suffix: a name typed without one gets it.
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    *lastFolder = QFileInfo(path).absolutePath();
    return path;
}

} // namespace mbus::ui
