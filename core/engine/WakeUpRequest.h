#pragma once

#include "bus/Request.h"
#include "project/WakeUp.h"

// A meter's wake-up options (project) put on a read request (bus): the poller, the meter view's
// read and mbus-cli use the one rule.
namespace mbus::engine {

void applyWakeUp(bus::Request &request, const project::WakeUpOptions &wakeUp);

} // namespace mbus::engine
