#include "window/MainWindow.h"
#include "window/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {

// --exit-when-shown: prints "shown" once the window is on screen and quits (ui_bench measures
// start to first window with it); --screenshot: grabs the window after a delay (README picture).
class FirstExposeWatcher : public QObject
{
public:
    explicit FirstExposeWatcher(QObject *parent) : QObject(parent) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [] {
                std::fputs("shown\n", stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MBusWorkbench"));
    QApplication::setApplicationName(QStringLiteral("mbus-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("M-Bus Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(MBUS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mbus-workbench.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("mbus-workbench"));
    mbus::ui::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Configurator and live monitor for wired M-Bus meters"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "Project file to open (*.mbwproj)"));
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the demo project on the simulated bus"));
    const QCommandLineOption exitWhenShown(QStringLiteral("exit-when-shown"),
                                           QApplication::translate("main", "Quit as soon as the window is shown (benchmarks)"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to FILE and quit"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"),
                                             QApplication::translate("main", "Milliseconds before the picture (default 15000)"),
                                             QStringLiteral("MS"), QStringLiteral("15000"));
    parser.addOptions({demo, exitWhenShown, screenshot, screenshotDelay});
    parser.process(app);

    mbus::ui::MainWindow window;
    // A project on the command line, else the last one, else (first start) the demo bus.
    QString project = parser.positionalArguments().value(0);
    if (project.isEmpty() && !parser.isSet(demo))
        project = QSettings().value(QStringLiteral("lastProject")).toString();
    QString error;
    if (parser.isSet(demo) || project.isEmpty() || !QFileInfo::exists(project))
        window.openDemo();
    else if (!window.openProject(project, &error)) {
        window.openDemo();
        QTimer::singleShot(0, &window, [&window, error] {
            QMessageBox::warning(&window, QApplication::translate("main", "Open project"), error);
        });
    }
    if (parser.isSet(exitWhenShown)) {
        window.winId(); // creates the native window, so that its expose can be watched
        window.windowHandle()->installEventFilter(new FirstExposeWatcher(&window));
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(parser.value(screenshotDelay).toInt(), &window, [&window, file] {
            const bool ok = window.grab().save(file);
            QTextStream(stderr) << (ok ? "saved " : "cannot save ") << file << '\n';
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    window.show();
    return app.exec();
}
