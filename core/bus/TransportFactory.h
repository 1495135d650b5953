#pragma once

#include "bus/BusClient.h"

#include <memory>

namespace mbus::bus {

// The transport the settings describe: a serial port or a TCP gateway (not yet opened).
std::unique_ptr<Transport> makeTransport(const ConnectionSettings &settings);

} // namespace mbus::bus
