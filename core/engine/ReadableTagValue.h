#pragma once

#include "decode/EngineeringUnits.h"
#include "engine/TagValue.h"

#include <QLocale>
#include <QString>

// A polled value for people (the tree, mbus-cli poll's table): numbers in displayUnit when set,
// else in the readable unit; ISO dates in the locale's short form; "-" for a value never read.
namespace mbus::engine {

decode::ReadableValue readableTagValue(const TagValue &value, const QString &displayUnit, const QString &englishQuantity,
                                       const QLocale &locale);

} // namespace mbus::engine
