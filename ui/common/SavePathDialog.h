#pragma once

#include <QString>

class QWidget;

// Where to save a file the user asked for (a readout, a traffic log): the save dialog in the
// folder used last (else Documents), proposing a name; the suffix is added when left out.
namespace mbus::ui {

// "" when the user cancels; else the path, and *lastFolder becomes its folder.
QString askSavePath(QWidget *parent, const QString &title, const QString &nameFilter, const QString &suffix,
                    const QString &proposedName, QString *lastFolder);

} // namespace mbus::ui
