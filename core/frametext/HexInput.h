#pragma once

#include "common/Error.h"
#include "link/Frame.h"

#include <QByteArray>
#include <QList>

// Turning what a user pastes or saves into bytes and frames: hex with or without spaces
// ("68 03 03 68", "680303", "0x68,0x03"), '#' comments, or raw binary.
namespace mbus::frametext {

// Text saved with a byte order mark or as UTF-16 (Windows editors do both) as plain 8-bit text:
// a UTF-8 BOM is dropped; UTF-16 (LE or BE by its BOM, or LE without one when every second byte
// is 0) becomes the same characters in 8 bits. Binary input stays as it is: no M-Bus frame
// starts with EF, FE or FF. encoding names what was found ("UTF-8 with BOM", "UTF-16LE", "").
QByteArray textFromInput(const QByteArray &input, QString *encoding = nullptr);
// True when the input reads as text (hex digits, separators, comments) rather than binary.
bool looksLikeHexText(const QByteArray &input);
// Hex text to bytes; odd digit counts and stray characters are errors with the character offset.
Result<QByteArray> parseHexText(const QByteArray &text);
// Hex text or raw binary, whichever the input is.
Result<QByteArray> bytesFromInput(const QByteArray &input);
// One frame after the other, each validated; an error names the byte offset in bytes.
Result<QList<link::Frame>> splitFrames(const QByteArray &bytes);
// The same check without keeping the frames: the number of frames, or the first error.
Result<int> countFrames(const QByteArray &bytes);

} // namespace mbus::frametext
