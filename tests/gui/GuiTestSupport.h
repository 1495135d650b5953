#pragma once

#include "project/Project.h"
#include "project/ProjectFile.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

#include <functional>

// Shared by the GUI tests: settings kept away from the user's, the shipped demo project, and
// a way to answer a modal dialog that a slot under test opens with exec().
namespace mbus::test {

inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MBusWorkbenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("mbus-workbench-tests"));
}

inline project::Project demoProject()
{
    QString error;
    const auto project = project::loadProject(QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"), &error);
    return project.value_or(project::Project{});
}

// Calls answer(dialog) on the next modal dialog of type Dialog once it is shown (polls: exec()
// blocks the caller's stack, not the event loop).
template<typename Dialog>
void whenModal(std::function<void(Dialog *)> answer, int timeoutMs = 10000)
{
    auto *timer = new QTimer(qApp);
    auto *waited = new int(0);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, waited, answer, timeoutMs] {
        *waited += 20;
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            delete waited;
            answer(dialog);
        } else if (*waited > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            delete waited;
        }
    });
    timer->start(20);
}

// A widget of parent by its object name, the way tests reach widgets (not through accessors
// written for them); a missing one ends the test with its name.
template<typename T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
    if (!found)
        qFatal("no %s named \"%s\" in %s", T::staticMetaObject.className(), name,
               parent ? parent->metaObject()->className() : "(null)");
    return found;
}

template<typename T>
T *child(const QObject &parent, const char *name)
{
    return child<T>(&parent, name);
}

} // namespace mbus::test
