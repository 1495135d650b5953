#pragma once

#include "project/JsonFields.h"
#include "project/WakeUp.h"

// The wake-up fields in JSON, for the project file (snake_case keys) and the Faceplate export
// (keys worded like Faceplate's forms). Only the fields that are set are written, so a meter's
// object says what it overrides and an unset field inherits the connection's.
namespace mbus::project {

struct WakeUpKeys
{
    QString preambleCharacters;
    QString resetBeforeRead;
    QString extraMarginMs;

    static WakeUpKeys projectFile(); // preamble_characters, reset_before_read, extra_margin_ms
    static WakeUpKeys faceplate();   // Preamble, Reset before read, Extra margin
};

QJsonObject wakeUpToJson(const WakeUpOverride &wakeUp, const WakeUpKeys &keys);
// The fields present in o; a field of the wrong type fails r with its path.
WakeUpOverride wakeUpFromJson(JsonReader &r, const QJsonObject &o, const QString &path, const WakeUpKeys &keys);

} // namespace mbus::project
