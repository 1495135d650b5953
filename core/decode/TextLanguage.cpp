#include "TextLanguage.h"

#include <QCoreApplication>

namespace mbus::decode {

QString tableText(const char *context, const char *text, TextLanguage language)
{
    return language == TextLanguage::User ? QCoreApplication::translate(context, text) : QString::fromUtf8(text);
}

} // namespace mbus::decode
