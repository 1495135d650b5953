// ui_bench figures of the whole window:
//
//   gui-stall     the main window with 50 connections of the demo meters (2650 bindings, 20 on the
//                 trend, the tree showing values) polling flat out (period 1 ms) on the embedded
//                 simulated bus, once with wire timing (2400 Bd) and once with answers at once (the
//                 engine as fast as it goes): how late a 1 ms timer on the GUI thread fires,
//                 median, p99 (goal <= 16 ms) and max, and the values delivered per second
//   edit-stall    the same window and load: one binding's tag edited 100 times in its form (the
//                 user's path: form -> document -> tree, forms, engine sessions), how long each
//                 edit holds the GUI thread, p50 and p99 (goal p99 <= 16 ms)
//   first-window  mbus-workbench started as on a first run (the demo on the simulated bus) until its
//                 window is exposed: median and p90 of several starts (goal < 0.5 s)
#include "UiBench.h"

#include "window/EngineHost.h"
#include "window/MainWindow.h"
#include "project/BindingForm.h"
#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "trend/TrendView.h"

#include "project/ProjectFile.h"

#include <QApplication>
#include <QLineEdit>
#include <QUndoStack>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace mbus::bench {

namespace {

// CPU time of the calling thread: with the wall time it tells GUI work from waiting for a core.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

project::Project fiftyConnections()
{
    QString error;
    const auto demo = project::loadProject(QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"), &error);
    project::Project p;
    p.name = QStringLiteral("50 buses");
    if (!demo)
        return p;
    for (int i = 1; i <= 50; ++i) {
        project::Connection c = demo->connections.first();
        c.name = QStringLiteral("Bus %1").arg(i, 2, 10, QLatin1Char('0'));
        c.periodMs = 1;
        for (project::Binding &b : c.bindings)
            b.tag = QStringLiteral("b%1.%2").arg(i).arg(b.tag);
        p.connections << c;
    }
    return p;
}

void measureStall(bool paced, const Options &options)
{
    ui::MainWindow window;
    window.resize(1600, 1000);
    window.setSimulated(true);
    window.host()->setSimulatedPacing(paced);
    const project::Project project = fiftyConnections();
    window.document()->reset(project, QString());
    int onTrend = 0;
    for (const project::Connection &c : project.connections) {
        for (const project::Binding &b : c.bindings) {
            if (onTrend < 20 && b.description.contains(QLatin1String("temperature")))
                onTrend += window.addToTrend(b.tag) ? 1 : 0;
        }
    }
    window.show();
    window.pane()->selectMeter(0, 1); // the meter view reads it too

    quint64 values = 0;
    QObject::connect(window.host(), &ui::EngineHost::cycleFinished,
                     [&values](const QList<engine::TagValue> &v) { values += quint64(v.size()); });
    window.host()->startAll();

    // Warm up: every poller opened and cycling.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    std::vector<double> lateMs;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QElapsedTimer between;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        lateMs.push_back(qMax(0.0, double(between.nsecsElapsed()) / 1e6 - 1.0));
        between.restart();
    });
    const quint64 valuesBefore = values;
    const double cpuBefore = threadCpuMs();
    between.start();
    tick.start();
    QEventLoop loop;
    QTimer::singleShot(options.stallSeconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    tick.stop();
    const double guiBusy = (threadCpuMs() - cpuBefore) / (options.stallSeconds * 10.0);
    window.host()->stopAll();
    const double seconds = options.stallSeconds;
    std::printf("gui-stall: 50 connections x %d bindings polling flat out, %s, %d tags on the trend: GUI timer late by median"
                " %.2f ms, p99 %.1f ms (goal <= 16 ms), max %.1f ms; %.0f values/s reached the GUI; GUI thread busy %.0f%% of"
                " the time (the rest of a late tick is waiting for a core)\n",
                int(project.connections.first().bindings.size()), paced ? "answers at 2400 Bd wire timing" : "answers at once",
                onTrend, percentile(lateMs, 0.5), percentile(lateMs, 0.99), *std::max_element(lateMs.begin(), lateMs.end()),
                double(values - valuesBefore) / seconds, guiBusy);
    std::fflush(stdout);
    window.document()->undoStack()->setClean();
}

void measureEditStall(bool paced)
{
    ui::MainWindow window;
    window.resize(1600, 1000);
    window.setSimulated(true);
    window.host()->setSimulatedPacing(paced);
    const project::Project project = fiftyConnections();
    window.document()->reset(project, QString());
    window.show();
    window.host()->startAll();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 2000) // every session opened and cycling
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    window.pane()->selectBinding(0, 0);
    QCoreApplication::processEvents();
    auto *form = window.pane()->findChild<ui::BindingForm *>();
    auto *tag = form ? form->findChild<QLineEdit *>(QStringLiteral("tag")) : nullptr;
    if (!tag) {
        std::printf("edit stall: the binding form has no tag field\n");
        return;
    }
    std::vector<double> stallMs;
    std::vector<double> cpuMs; // of the GUI thread: the edit's own work, without waiting for a core
    const int undoBefore = window.document()->undoStack()->count();
    for (int i = 0; i < 100; ++i) {
        tag->setText(QStringLiteral("bench.edited.tag%1").arg(i));
        QElapsedTimer edit;
        edit.start();
        const double cpuBefore = threadCpuMs();
        Q_EMIT tag->editingFinished(); // what leaving the field does
        stallMs.push_back(double(edit.nsecsElapsed()) / 1e6);
        cpuMs.push_back(threadCpuMs() - cpuBefore);
        QElapsedTimer gap; // values keep arriving between two edits, as when a user types
        gap.start();
        while (gap.elapsed() < 20)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const int edits = window.document()->undoStack()->count() - undoBefore;
    window.host()->stopAll();
    std::printf("edit stall: p50 %.2f ms, p99 %.2f ms (goal p99 <= 16 ms), max %.2f ms, of which GUI thread CPU p50 %.2f ms,"
                " p99 %.2f ms; one binding's tag edited 100 times (%d edits recorded) in its form, 50 connections x %d bindings"
                " polling flat out, %s\n",
                percentile(stallMs, 0.5), percentile(stallMs, 0.99), *std::max_element(stallMs.begin(), stallMs.end()),
                percentile(cpuMs, 0.5), percentile(cpuMs, 0.99), edits,
                int(project.connections.first().bindings.size()), paced ? "answers at 2400 Bd wire timing" : "answers at once");
    std::fflush(stdout);
    window.document()->undoStack()->setClean();
}

} // namespace

void editStall(const Options &)
{
    measureEditStall(true);
    measureEditStall(false);
}

void guiStall(const Options &options)
{
    measureStall(true, options);
    measureStall(false, options);
}

void firstWindow(const Options &options)
{
    std::vector<double> ms;
    for (int i = 0; i < options.starts; ++i) {
        QTemporaryDir home; // no settings: the first start, which opens the demo bus
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess workbench;
        workbench.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        workbench.start(QStringLiteral(MBUS_WORKBENCH_PATH), {QStringLiteral("--exit-when-shown")});
        bool shown = false;
        while (!shown && workbench.waitForReadyRead(10000))
            shown = workbench.readAllStandardOutput().contains("shown");
        const double elapsed = double(clock.nsecsElapsed()) / 1e6;
        workbench.waitForFinished(10000);
        if (!shown) {
            std::printf("first-window: mbus-workbench did not show its window (%s)\n", workbench.readAllStandardError().constData());
            return;
        }
        ms.push_back(elapsed);
    }
    std::printf("first-window: start of mbus-workbench to its window exposed (first run: demo project, simulated bus),"
                " %d starts, platform %s: median %.0f ms, p90 %.0f ms (goal < 500 ms)\n",
                options.starts, qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen"))),
                percentile(ms, 0.5), percentile(ms, 0.9));
    std::fflush(stdout);
}

} // namespace mbus::bench
