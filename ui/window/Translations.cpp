#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>

namespace mbus::ui {

namespace {
const auto Key = QStringLiteral("language");

// Ours, not Qt's: a test (or a second call) may remove and delete it, which the QPointer sees.
QPointer<QTranslator> s_installed;
QString s_installedCode;

LanguageRestart::Answer askToRestart(QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("mbus::ui::Translations", "Language"),
                    QCoreApplication::translate("mbus::ui::Translations",
                                                "The new language takes effect when M-Bus Workbench starts again. Restart now?"),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("languageRestartBox"));
    QPushButton *now = box.addButton(QCoreApplication::translate("mbus::ui::Translations", "&Restart now"), QMessageBox::AcceptRole);
    now->setObjectName(QStringLiteral("restartNowButton"));
    QPushButton *later = box.addButton(QCoreApplication::translate("mbus::ui::Translations", "&Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("restartLaterButton"));
    box.setDefaultButton(now);
    box.exec();
    return box.clickedButton() == now ? LanguageRestart::Answer::RestartNow : LanguageRestart::Answer::Later;
}

void restartApplication()
{
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    QCoreApplication::quit();
}

QString systemLanguage()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString language = ui.left(2).toLower();
        if (language == QLatin1String("ru") || language == QLatin1String("de") || language == QLatin1String("en"))
            return language;
    }
    return QStringLiteral("en");
}
} // namespace

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

QString effectiveLanguage()
{
    const QString code = chosenLanguage();
    return code.isEmpty() ? systemLanguage() : code;
}

QString installTranslations(QCoreApplication &app)
{
    const QString code = effectiveLanguage();
    if (code == QLatin1String("en"))
        return code;
    // Our strings are built into the binary (qt_add_translations); Qt's own (standard buttons,
    // dialogs) come from the system's Qt translations when installed.
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/mbus_%1.qm").arg(code)) && app.installTranslator(own)) {
        s_installed = own;
        s_installedCode = code;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    return code;
}

QString installedLanguage()
{
    return s_installed ? s_installedCode : QStringLiteral("en");
}

LanguageRestart &languageRestart()
{
    static LanguageRestart hooks{askToRestart, restartApplication};
    return hooks;
}

} // namespace mbus::ui
