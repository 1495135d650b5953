#include "ReadableText.h"

#include "decode/EngineeringUnits.h"
#include "decode/RecordText.h"
#include "frametext/TelegramText.h"

#include <QDateTime>
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

ReadableTagValue readableTagValue(const engine::TagValue &value, const QString &displayUnit, const QString &englishQuantity,
                                  const QLocale &locale)
{
    if (value.value.isNull())
        return {QStringLiteral("-"), unitSymbol(value.unit)};
    if (value.value.typeId() == QMetaType::Double) {
        const ReadableValue readable = readableNumber(value.value.toDouble(), value.unit, displayUnit, locale, englishQuantity);
        return {readable.text, readable.unit};
    }
    // The engine delivers dates as ISO text (its machine form); people read the short form.
    const QString text = readableText(value.value.toString(), locale);
    if (text != value.value.toString())
        return {text, {}};
    return {text, unitSymbol(value.unit)};
}

} // namespace mbus::cli
