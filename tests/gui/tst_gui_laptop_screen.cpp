// The workbench on a laptop (issue 14): the main window's minimum size fits a 1366 × 768 screen
// (and 1280 × 720) with every form shown, so the trend, the dock tabs and the status bar stay on
// the screen; docks and splitters can be resized.
#include "GuiTestSupport.h"

#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "window/MainWindow.h"

#include <QDockWidget>
#include <QLayout>
#include <QStatusBar>
#include <QTest>

using namespace mbus;

namespace {

// What a window manager leaves of a screen: a panel or task bar (~40 px) and the title bar (~30 px).
constexpr int Decorations = 70;

// The widgets whose minimum height is largest, for the failure message.
QString tallest(QWidget *root)
{
    QList<QPair<int, QString>> sizes;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisible())
            sizes.append({w->minimumSizeHint().height(), QStringLiteral("%1(%2) %3x%4")
                                                                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                                                    .arg(w->minimumSizeHint().width())
                                                                    .arg(w->minimumSizeHint().height())});
    }
    std::sort(sizes.begin(), sizes.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList top;
    for (int i = 0; i < std::min<qsizetype>(12, sizes.size()); ++i)
        top << sizes.at(i).second;
    return top.join(QStringLiteral(", "));
}

} // namespace

class TestGuiLaptopScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void theWindowFitsWithEveryFormShown_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1280x720") << QSize(1280, 720);
    }

    void theWindowFitsWithEveryFormShown()
    {
        QFETCH(QSize, screen);
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDemo();
        ui::ProjectPane *pane = window.findChild<ui::ProjectPane *>();
        QVERIFY(pane);
        const QSize available(screen.width(), screen.height() - Decorations);

        // Every page of the pane: the connection (tcp, then serial with a backup channel), a meter, a binding.
        project::Project p = window.document()->project();
        const auto check = [&](const char *what) {
            QCoreApplication::processEvents();
            const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(minimum.width() <= available.width() && minimum.height() <= available.height(),
                     qPrintable(QStringLiteral("%1: minimum %2x%3 does not fit %4x%5; tallest: %6")
                                    .arg(QLatin1String(what)).arg(minimum.width()).arg(minimum.height())
                                    .arg(available.width()).arg(available.height()).arg(tallest(&window))));
            window.resize(available);
            QCoreApplication::processEvents();
            QCOMPARE(window.size(), available);
            QVERIFY(window.statusBar()->isVisible());
            QVERIFY(window.statusBar()->geometry().bottom() < available.height());
        };
        pane->selectConnection(0);
        check("tcp connection");
        p.connections[0].channel.type = project::ChannelType::Serial;
        p.connections[0].channel.serialPort = QStringLiteral("/dev/ttyUSB0");
        p.connections[0].backup = p.connections[0].channel;
        window.document()->apply(p, QStringLiteral("serial with backup"));
        pane->selectConnection(0);
        check("serial connection with backup");
        pane->selectMeter(0, 1);
        check("meter");
        pane->selectBinding(0, 0);
        check("binding");

        // The docks can be enlarged: the trend takes 40 % of the window when the user drags it so.
        auto *trend = window.findChild<QDockWidget *>(QStringLiteral("trendDock"));
        QVERIFY(trend);
        window.resizeDocks({trend}, {available.height() * 2 / 5}, Qt::Vertical);
        QCoreApplication::processEvents();
        QVERIFY2(trend->height() >= available.height() * 2 / 5 - 40 /* the dock tabs */, qPrintable(QString::number(trend->height())));
        QVERIFY(window.statusBar()->geometry().bottom() < available.height());
    }
};

QTEST_MAIN(TestGuiLaptopScreen)
#include "tst_gui_laptop_screen.moc"
