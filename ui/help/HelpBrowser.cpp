#include "HelpBrowser.h"

#include "window/Translations.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QKeySequence>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace mbus::ui {

namespace {
const auto WindowName = QStringLiteral("helpWindow");
}

HelpBrowser::HelpBrowser(const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_language(language.isEmpty() ? installedLanguage() : language)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(WindowName);
    if (!QFile::exists(QLatin1Char(':') + indexUrl(m_language).path()))
        m_language = QStringLiteral("en");
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    // Links between pages stay in the browser; the manual has no links out of it.
    m_browser->setOpenExternalLinks(false);

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *back = tools->addAction(tr("Back"), m_browser, &QTextBrowser::backward);
    back->setObjectName(QStringLiteral("helpBackAction"));
    back->setShortcut(QKeySequence::Back);
    QAction *forward = tools->addAction(tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setObjectName(QStringLiteral("helpForwardAction"));
    forward->setShortcut(QKeySequence::Forward);
    QAction *contents = tools->addAction(tr("Contents"), this, &HelpBrowser::home);
    contents->setObjectName(QStringLiteral("helpHomeAction"));
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpBrowser::updateTitle);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_browser, 1);
    resize(760, 640);
    home();
}

HelpBrowser *HelpBrowser::showFor(QWidget *parent)
{
    auto *help = parent ? parent->findChild<HelpBrowser *>(WindowName, Qt::FindDirectChildrenOnly) : nullptr;
    if (!help)
        help = new HelpBrowser(QString(), parent);
    else
        help->home();
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

QString HelpBrowser::installedLanguage()
{
    // A language without its pages (none today) falls back to English.
    const QString code = ui::installedLanguage();
    return QFile::exists(QLatin1Char(':') + indexUrl(code).path()) ? code : QStringLiteral("en");
}

QUrl HelpBrowser::indexUrl(const QString &language)
{
    return QUrl(QStringLiteral("qrc:/help/%1/index.html").arg(language));
}

void HelpBrowser::home()
{
    if (m_browser->source() != indexUrl(m_language))
        m_browser->setSource(indexUrl(m_language));
    else
        m_browser->verticalScrollBar()->setValue(0);
}

void HelpBrowser::updateTitle()
{
    const QString page = m_browser->documentTitle();
    setWindowTitle(page.isEmpty() ? tr("M-Bus Workbench manual") : tr("%1 — M-Bus Workbench manual").arg(page));
}

} // namespace mbus::ui
