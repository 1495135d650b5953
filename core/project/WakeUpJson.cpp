#include "WakeUpJson.h"

namespace mbus::project {

WakeUpKeys WakeUpKeys::projectFile()
{
    return {QStringLiteral("preamble_characters"), QStringLiteral("reset_before_read"), QStringLiteral("extra_margin_ms")};
}

WakeUpKeys WakeUpKeys::faceplate()
{
    return {QStringLiteral("Preamble"), QStringLiteral("Reset before read"), QStringLiteral("Extra margin")};
}

QJsonObject wakeUpToJson(const WakeUpOverride &wakeUp, const WakeUpKeys &keys)
{
    QJsonObject o;
    if (wakeUp.preambleCharacters)
        o.insert(keys.preambleCharacters, *wakeUp.preambleCharacters);
    if (wakeUp.resetBeforeRead)
        o.insert(keys.resetBeforeRead, *wakeUp.resetBeforeRead);
    if (wakeUp.extraMarginMs)
        o.insert(keys.extraMarginMs, *wakeUp.extraMarginMs);
    return o;
}

WakeUpOverride wakeUpFromJson(JsonReader &r, const QJsonObject &o, const QString &path, const WakeUpKeys &keys)
{
    WakeUpOverride w;
    if (o.contains(keys.preambleCharacters))
        w.preambleCharacters = r.integer(o, keys.preambleCharacters, path);
    if (o.contains(keys.resetBeforeRead))
        w.resetBeforeRead = r.boolean(o, keys.resetBeforeRead, path, false);
    if (o.contains(keys.extraMarginMs))
        w.extraMarginMs = r.integer(o, keys.extraMarginMs, path);
    return w;
}

} // namespace mbus::project
