// The manual (Help → Manual, F1): F1 on the main window opens one help window on the index; every
// page of every language loads from the resource and every link in it leads to a page (and
// anchor) that exists; links, back, forward and contents navigate; the manual follows the
// installed UI translation and names menus and buttons as that translation does.
#include "GuiTestSupport.h"

#include "help/HelpBrowser.h"
#include "window/MainWindow.h"
#include "window/Translations.h"

#include <QAction>
#include <QDir>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace mbus;

namespace {

const QStringList Languages{QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("de")};

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QStringList pagesOf(const QString &language)
{
    return QDir(QStringLiteral(":/help/%1").arg(language)).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
}

QString readPage(const QString &resourcePath)
{
    QFile file(resourcePath);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString resourcePath(const QUrl &url)
{
    return QLatin1Char(':') + url.path();
}

QString plainText(const QString &language)
{
    QTextBrowser browser;
    QString text;
    for (const QString &page : pagesOf(language)) {
        browser.setSource(QUrl(QStringLiteral("qrc:/help/%1/%2").arg(language, page)));
        text += browser.toPlainText() + QLatin1Char('\n');
    }
    return text;
}

ui::HelpBrowser *helpOf(const QWidget &window)
{
    return window.findChild<ui::HelpBrowser *>(QStringLiteral("helpWindow"));
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void cleanup()
    {
        removeTranslators();
        ui::setChosenLanguage(QString());
    }
    void f1OpensOneWindowOnTheIndex();
    void everyPageLoadsAndEveryLinkResolves_data();
    void everyPageLoadsAndEveryLinkResolves();
    void linksBackForwardAndContents();
    void languageOfTheInstalledTranslation_data();
    void languageOfTheInstalledTranslation();
};

void TestHelp::f1OpensOneWindowOnTheIndex()
{
    ui::setChosenLanguage(QStringLiteral("en"));
    QCOMPARE(ui::installTranslations(*qApp), QStringLiteral("en"));
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *manual = test::child<QAction>(window, "manualAction");
    QCOMPARE(manual->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QVERIFY(!helpOf(window));

    QTest::keyClick(&window, Qt::Key_F1);
    ui::HelpBrowser *help = helpOf(window);
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QVERIFY(help->isWindow()); // its own window, not modal
    QVERIFY(!help->isModal());
    auto *browser = test::child<QTextBrowser>(help, "helpBrowser");
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/en/index.html")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Contents")));

    // Again: the same window, back on the index.
    browser->setSource(QUrl(QStringLiteral("qrc:/help/en/scan.html")));
    manual->trigger();
    QCOMPARE(window.findChildren<ui::HelpBrowser *>().size(), 1);
    QCOMPARE(helpOf(window), help);
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/en/index.html")));
}

void TestHelp::everyPageLoadsAndEveryLinkResolves_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &l : Languages)
        QTest::newRow(qPrintable(l)) << l;
}

// Every href (links and the style sheet) resolves inside :/help; a #fragment names an id there;
// each language has the same pages, and each page is reachable from the index.
void TestHelp::everyPageLoadsAndEveryLinkResolves()
{
    QFETCH(QString, language);
    const QStringList pages = pagesOf(language);
    QVERIFY(pages.contains(QStringLiteral("index.html")));
    QCOMPARE(pages, pagesOf(QStringLiteral("en")));
    QVERIFY(pages.size() >= 10);

    static const QRegularExpression hrefs(QStringLiteral("href=\"([^\"]*)\""));
    QTextBrowser browser;
    QSet<QString> reached{QStringLiteral("index.html")};
    for (const QString &page : pages) {
        const QUrl url(QStringLiteral("qrc:/help/%1/%2").arg(language, page));
        const QString html = readPage(resourcePath(url));
        QVERIFY2(html.contains(QStringLiteral("<html lang=\"%1\">").arg(language)), qPrintable(page));
        browser.setSource(url);
        QCOMPARE(browser.source(), url);
        QVERIFY2(!browser.documentTitle().isEmpty(), qPrintable(page));
        QVERIFY2(browser.toPlainText().size() > 300, qPrintable(page));
        for (auto it = hrefs.globalMatch(html); it.hasNext();) {
            const QString href = it.next().captured(1);
            const QUrl target = url.resolved(QUrl(href));
            const QString where = page + QStringLiteral(": ") + href;
            QVERIFY2(target.scheme() == QLatin1String("qrc") && target.path().startsWith(QLatin1String("/help/")), qPrintable(where));
            QVERIFY2(QFile::exists(resourcePath(target)), qPrintable(where));
            if (target.hasFragment()) {
                const QString text = readPage(resourcePath(target));
                QVERIFY2(text.contains(QStringLiteral("id=\"%1\"").arg(target.fragment())), qPrintable(where));
            }
            if (target.path().endsWith(QLatin1String(".html")))
                reached.insert(target.fileName());
        }
    }
    QCOMPARE(QSet<QString>(pages.cbegin(), pages.cend()), reached);
}

void TestHelp::linksBackForwardAndContents()
{
    ui::HelpBrowser help(QStringLiteral("en"));
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    QTextBrowser *browser = test::child<QTextBrowser>(help, "helpBrowser");
    auto *back = test::child<QAction>(help, "helpBackAction");
    auto *forward = test::child<QAction>(help, "helpForwardAction");
    auto *contents = test::child<QAction>(help, "helpHomeAction");
    const QUrl index(QStringLiteral("qrc:/help/en/index.html"));
    const QUrl firstStart(QStringLiteral("qrc:/help/en/first-start.html"));
    QCOMPARE(browser->source(), index);
    QVERIFY(!back->isEnabled());

    // The keyboard's way through a link: Tab to the first link of the contents, Return follows it.
    browser->setFocus();
    QTest::keyClick(browser, Qt::Key_Tab);
    QTest::keyClick(browser, Qt::Key_Return);
    QTRY_COMPARE(browser->source(), firstStart);
    QVERIFY(help.windowTitle().contains(QStringLiteral("First start")));
    QVERIFY(back->isEnabled());

    back->trigger();
    QCOMPARE(browser->source(), index);
    QVERIFY(forward->isEnabled());
    forward->trigger();
    QCOMPARE(browser->source(), firstStart);
    browser->setSource(QUrl(QStringLiteral("qrc:/help/en/troubleshooting.html#noanswer")));
    QCOMPARE(browser->source().adjusted(QUrl::RemoveFragment), QUrl(QStringLiteral("qrc:/help/en/troubleshooting.html")));
    contents->trigger();
    QCOMPARE(browser->source(), index);
}

void TestHelp::languageOfTheInstalledTranslation_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &l : Languages)
        QTest::newRow(qPrintable(l)) << l;
}

// The manual opens in the UI's language and calls menus and buttons what that UI calls them.
void TestHelp::languageOfTheInstalledTranslation()
{
    QFETCH(QString, language);
    ui::setChosenLanguage(language);
    QCOMPARE(ui::installTranslations(*qApp), language);
    QCOMPARE(ui::HelpBrowser::installedLanguage(), language);

    ui::MainWindow window;
    test::child<QAction>(window, "manualAction")->trigger();
    ui::HelpBrowser *help = helpOf(window);
    QVERIFY(help);
    QCOMPARE(help->language(), language);
    QCOMPARE(test::child<QTextBrowser>(help, "helpBrowser")->source(), ui::HelpBrowser::indexUrl(language));

    const QString text = plainText(language);
    const std::pair<const char *, const char *> names[] = {
        {"mbus::ui::MainWindow", "&File"},
        {"mbus::ui::MainWindow", "&Bus"},
        {"mbus::ui::MainWindow", "Add &connection"},
        {"mbus::ui::MainWindow", "S&can bus…"},
        {"mbus::ui::MainWindow", "Co&mmissioning assistant…"},
        {"mbus::ui::MainWindow", "&Read meter"},
        {"mbus::ui::MainWindow", "&Start all connections"},
        {"mbus::ui::MainWindow", "Si&mulated bus (no hardware)"},
        {"mbus::ui::MainWindow", "Open the &demo (simulated bus)"},
        {"mbus::ui::MainWindow", "&Export Faceplate configuration…"},
        {"mbus::ui::MainWindow", "Faceplate export &settings…"},
        {"mbus::ui::MainWindow", "Add to trend"},
        {"mbus::ui::ScanDialog", "Primary scan"},
        {"mbus::ui::ScanDialog", "Secondary search"},
        {"mbus::ui::ScanDialog", "Add to project"},
        {"mbus::ui::MeterView", "Create &bindings…"},
        {"mbus::ui::BindingForm", "Transformation: scale"},
        {"mbus::ui::LineSettingsPage", "Detect"},
        {"mbus::ui::AddressPlanPage", "Survey the bus"},
        {"mbus::ui::AddressPlanPage", "Apply next change…"},
        {"mbus::ui::BaudRatePage", "Every meter on the bus (the connection follows)"},
        {"mbus::ui::ReportPage", "Save report…"},
        {"mbus::ui::FaceplateSettingsDialog", "Folder of the connections"},
        {"mbus::ui::TrendToolbar", "Follow"},
    };
    for (const auto &[context, source] : names) {
        const QString shown = QCoreApplication::translate(context, source).remove(QLatin1Char('&'));
        QVERIFY2(text.contains(shown), qPrintable(language + QStringLiteral(": the manual does not name \"") + shown + u'"'));
    }
}

QTEST_MAIN(TestHelp)
#include "tst_gui_help.moc"
