#include "ReadableTagValue.h"

namespace mbus::engine {

decode::ReadableValue readableTagValue(const TagValue &value, const QString &displayUnit, const QString &englishQuantity,
                                       const QLocale &locale)
{
    if (value.value.isNull())
        return {QStringLiteral("-"), decode::unitSymbol(value.unit)};
    if (value.value.typeId() == QMetaType::Double)
        return decode::readableNumber(value.value.toDouble(), value.unit, displayUnit, locale, englishQuantity);
    // The engine delivers dates as ISO text (its machine form); people read the short form.
    const QString text = decode::readableText(value.value.toString(), locale);
    if (text != value.value.toString())
        return {text, {}};
    return {text, decode::unitSymbol(value.unit)};
}

} // namespace mbus::engine
