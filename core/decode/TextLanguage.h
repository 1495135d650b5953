#pragma once

#include <QString>

#include <cstdint>

namespace mbus::decode {

// Decoded texts (quantity names, VIFE qualifiers, media, status flags) are English literals in
// the tables, marked with QT_TRANSLATE_NOOP. The text functions translate them through whatever
// QTranslator is installed: the GUI installs the user's language, mbus-cli installs none, so the
// CLI stays English. English is for what must not change with the language: JSON fields and the
// identifiers made from the texts (proposed tags).
enum class TextLanguage : std::uint8_t { User, English };

// QCoreApplication::translate(context, text) for User, the literal itself for English.
QString tableText(const char *context, const char *text, TextLanguage language);

} // namespace mbus::decode
