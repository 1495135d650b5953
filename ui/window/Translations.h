#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// The languages of the user interface: English (the source), Russian and German. The system
// locale chooses unless the user picked one in the Language menu (kept in QSettings; it takes
// effect at the next start, as the whole interface is built in that language).
namespace mbus::ui {

struct Language
{
    QString code; // "" = follow the system, "en", "ru", "de"
    QString nativeName;
};

QList<Language> availableLanguages();
// The code the user chose in the menu, "" for the system's.
QString chosenLanguage();
void setChosenLanguage(const QString &code);
// Installs the translators of the chosen (or the system's) language; returns the code in use.
QString installTranslations(QCoreApplication &app);

} // namespace mbus::ui
