#pragma once

#include <cstdint>

namespace mbus::decode {

// Read position inside a frame. Every read is checked against end by the caller through
// remaining(): the decoders never touch a byte at or past end.
struct Cursor
{
    const std::uint8_t *bytes = nullptr;
    int pos = 0;
    int end = 0;

    int remaining() const { return end - pos; }
    bool atEnd() const { return pos >= end; }
    std::uint8_t peek() const { return bytes[pos]; }
    std::uint8_t take() { return bytes[pos++]; }
};

} // namespace mbus::decode
