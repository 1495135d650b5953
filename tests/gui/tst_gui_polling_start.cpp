// A project that is ready polls when it is opened; one that is stopped says so where the engineer
// looks, with the button to start it (issue 14: "a new or reopened project never starts polling").
#include "GuiTestSupport.h"

#include "project/ProjectDocument.h"
#include "project/ProjectFile.h"
#include "window/EngineHost.h"
#include "window/MainWindow.h"
#include "window/PollingBanner.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace mbus;

namespace {

// One gateway connection on loopback (nothing needs to answer: polling is what is checked).
project::Project gatewayProject(int periodMs)
{
    project::Project p;
    p.name = QStringLiteral("riser");
    project::Connection c;
    c.name = QStringLiteral("Riser A");
    c.periodMs = periodMs;
    c.channel.type = project::ChannelType::Tcp;
    c.channel.host = QStringLiteral("127.0.0.1");
    c.channel.tcpPort = 9;
    p.connections << c;
    return p;
}

} // namespace

class TestGuiPollingStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void aReadyProjectPollsWhenOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("riser.mbwproj"));
        QString error;
        QVERIFY2(project::saveProject(gatewayProject(60000), path, &error), qPrintable(error));
        ui::MainWindow window;
        window.show();
        QVERIFY2(window.openProject(path, &error), qPrintable(error));
        QVERIFY(window.host()->isRunning(QStringLiteral("Riser A")));
        auto *banner = test::child<ui::PollingBanner>(window, "pollingBanner");
        QVERIFY(!banner->isVisible());

        // Stopped by the user: the banner says so, and its button starts polling again.
        window.host()->stopAll();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->findChild<QLabel *>()->text().contains(QStringLiteral("Polling stopped")),
                 qPrintable(banner->findChild<QLabel *>()->text()));
        QTest::mouseClick(test::child<QPushButton>(banner, "startPollingButton"), Qt::LeftButton);
        QVERIFY(window.host()->isRunning(QStringLiteral("Riser A")));
        QVERIFY(!banner->isVisible());
        window.host()->stopAll();
    }

    void aProjectWithErrorsWaitsAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.mbwproj"));
        QString error;
        QVERIFY2(project::saveProject(gatewayProject(0), path, &error), qPrintable(error)); // period 0: an error
        ui::MainWindow window;
        window.show();
        QVERIFY2(window.openProject(path, &error), qPrintable(error));
        QVERIFY(!window.host()->isRunning(QStringLiteral("Riser A")));
        auto *banner = test::child<ui::PollingBanner>(window, "pollingBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->findChild<QLabel *>()->text().contains(QStringLiteral("errors")),
                 qPrintable(banner->findChild<QLabel *>()->text()));

        // Mended in the form: the banner no longer blames errors, and offers to start.
        project::Project p = window.document()->project();
        p.connections[0].periodMs = 60000;
        window.document()->apply(p, QStringLiteral("period"));
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->findChild<QLabel *>()->text().contains(QStringLiteral("errors")));
    }

    void aNewProjectSaysPollingIsStopped()
    {
        ui::MainWindow window;
        window.show();
        window.newProject();
        auto *banner = test::child<ui::PollingBanner>(window, "pollingBanner");
        QVERIFY(banner->isVisible()); // a new connection (with errors until its port is set) does not poll
    }
};

QTEST_MAIN(TestGuiPollingStart)
#include "tst_gui_polling_start.moc"
