#pragma once

#include <QString>
#include <QUrl>
#include <QWidget>

class QTextBrowser;

// The manual: the bundled HTML pages (:/help/<language>/) in a text browser with back, forward
// and contents. One non-modal window per main window; F1 brings it up on the index.
namespace mbus::ui {

class HelpBrowser : public QWidget
{
    Q_OBJECT

public:
    // language: "en", "ru", "de"; empty = the language of the installed UI translation.
    explicit HelpBrowser(const QString &language = QString(), QWidget *parent = nullptr);

    // The window of parent (created on first use), shown on the index and raised.
    static HelpBrowser *showFor(QWidget *parent);
    // The language whose translation of the UI is installed, "en" when none is.
    static QString installedLanguage();
    // qrc:/help/<language>/index.html
    static QUrl indexUrl(const QString &language);

    QString language() const { return m_language; }
    QTextBrowser *browser() const { return m_browser; }
    void home();

private:
    void updateTitle();

    QString m_language;
    QTextBrowser *m_browser;
};

} // namespace mbus::ui
