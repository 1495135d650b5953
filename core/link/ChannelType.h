#pragma once

#include <cstdint>

// How a connection reaches the bus: a serial level converter or a transparent TCP gateway. One
// type for the project's channels (Faceplate's Type field) and the bus settings made from them.
namespace mbus::link {

enum class ChannelType : std::uint8_t { Serial, Tcp };

} // namespace mbus::link
