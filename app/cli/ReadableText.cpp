#include "ReadableText.h"

#include "decode/EngineeringUnits.h"
#include "decode/RecordText.h"
#include "frametext/TelegramText.h"

#include <QStringList>

#include <algorithm>

namespace mbus::cli {

using namespace mbus::decode;

QLocale cliLocale()
{
    return QLocale();
}

QString readableTelegramText(const Telegram &telegram, int telegramNumber, const QLocale &locale)
{
    return frametext::telegramToText(telegram, telegramNumber, &locale);
}

} // namespace mbus::cli
