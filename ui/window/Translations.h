#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

class QCoreApplication;
class QWidget;

// The languages of the user interface: English (the source), Russian and German. The system
// locale chooses unless the user picked one in the Language menu (kept in QSettings). Every
// widget sets its texts when it is built, so another language takes effect at the next start;
// the menu offers to restart at once.
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
// The language the next start installs: the chosen one, else the system's ("en", "ru", "de").
QString effectiveLanguage();
// Installs the translators of the chosen (or the system's) language; returns the code in use.
QString installTranslations(QCoreApplication &app);
// The code of the UI translation installed by installTranslations(), "en" when none is.
QString installedLanguage();

// What the Language menu does once the choice is stored and differs from the running language.
// Both are replaceable, so that a test can answer and see a restart requested without spawning.
struct LanguageRestart
{
    enum class Answer : std::uint8_t { RestartNow, Later };
    // "Restart now" / "Later" (a QMessageBox over parent).
    std::function<Answer(QWidget *parent)> ask;
    // Starts this executable again with the same arguments and quits this one. Called only
    // after the main window closed (its unsaved-changes question answered).
    std::function<void()> restart;
};
LanguageRestart &languageRestart();

} // namespace mbus::ui
