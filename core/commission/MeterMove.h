#pragma once

#include "project/Project.h"

// A meter given a new primary address on the bus (the meter view's "Set primary address…", one
// move of the assistant's plan): the project's meter and the bindings read from it follow, so that
// polling reads the same meter at its new address. The meter is known by its secondary address;
// one the project knew only through bindings joins the connection's meters with it.
namespace mbus::commission {

project::Connection withMeterMoved(project::Connection connection, int from, int to, const QString &secondary);

} // namespace mbus::commission
