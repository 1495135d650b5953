#pragma once

#include "window/EngineHost.h"
#include "project/ProjectFile.h"
#include "sim/MeterProfile.h"

#include <QTest>

// The demo project on the embedded demo bus, polled every 500 ms, and optionally a second
// connection whose only meter (address 42) is not on its bus.
namespace mbus::test {

inline const QString DemoBus = QStringLiteral("Demo bus");
inline const QString MissingBus = QStringLiteral("Missing meter");
constexpr int MissingAddress = 42;

inline project::Project demoProject(bool withMissingMeter)
{
    QString error;
    auto project = project::loadProject(QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"), &error);
    if (!project)
        qFatal("demo project: %s", qPrintable(error));
    project->connections[0].periodMs = 500;
    if (withMissingMeter) {
        project::Connection missing = project->connections[0];
        missing.name = MissingBus;
        missing.channel.timeoutMs = 300; // a lost meter costs three of these per read
        project::Binding binding;
        binding.name = QStringLiteral("Lost energy");
        binding.tag = QStringLiteral("lost.energy");
        binding.address = MissingAddress;
        missing.bindings = {binding};
        project->connections.append(missing);
    }
    return *project;
}

inline sim::Profile demoProfile()
{
    sim::Profile profile;
    if (!sim::Profile::builtIn(QStringLiteral("demo"), &profile))
        qFatal("no built-in demo profile");
    return profile;
}

} // namespace mbus::test
