#pragma once

#include "bus/BusClient.h"
#include "project/Project.h"

// A project channel as the bus layer takes it: the one place where the Faceplate form's fields
// (Type, Port, Baud rate, Parity, IP/Hostname, Port, Timeout) become transport and master
// settings.
namespace mbus::project {

bus::ConnectionSettings connectionSettings(const Channel &channel);

} // namespace mbus::project
