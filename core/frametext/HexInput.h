#pragma once

#include "common/Error.h"
#include "link/Frame.h"

#include <QByteArray>
#include <QList>

// Turning what a user pastes or saves into bytes and frames: hex with or without spaces
// ("68 03 03 68", "680303", "0x68,0x03"), '#' comments, or raw binary.
namespace mbus::frametext {

// True when the input reads as text (hex digits, separators, comments) rather than binary.
bool looksLikeHexText(const QByteArray &input);
// Hex text to bytes; odd digit counts and stray characters are errors with the character offset.
Result<QByteArray> parseHexText(const QByteArray &text);
// Hex text or raw binary, whichever the input is.
Result<QByteArray> bytesFromInput(const QByteArray &input);
// One frame after the other, each validated; an error names the byte offset in bytes.
Result<QList<link::Frame>> splitFrames(const QByteArray &bytes);

} // namespace mbus::frametext
