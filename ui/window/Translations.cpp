#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace mbus::ui {

namespace {
const auto Key = QStringLiteral("language");
}

QList<Language> availableLanguages()
{
    return {{QString(), QCoreApplication::translate("mbus::ui::Translations", "System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ru"), QStringLiteral("Русский")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString chosenLanguage()
{
    return QSettings().value(Key).toString();
}

void setChosenLanguage(const QString &code)
{
    QSettings().setValue(Key, code);
}

QString installTranslations(QCoreApplication &app)
{
    QString code = chosenLanguage();
    if (code.isEmpty()) {
        code = QStringLiteral("en");
        for (const QString &ui : QLocale::system().uiLanguages()) {
            const QString language = ui.left(2).toLower();
            if (language == QLatin1String("ru") || language == QLatin1String("de") || language == QLatin1String("en")) {
                code = language;
                break;
            }
        }
    }
    if (code == QLatin1String("en"))
        return code;
    // Our strings are built into the binary (qt_add_translations); Qt's own (standard buttons,
    // dialogs) come from the system's Qt translations when installed.
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/mbus_%1.qm").arg(code)))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    return code;
}

} // namespace mbus::ui
