#pragma once

#include "decode/Telegram.h"
#include "engine/TagValue.h"

#include <QLocale>
#include <QString>

// What mbus-cli prints for people, in engineering units (decode/EngineeringUnits.h): 12,345 kWh
// and short dates in the system locale's way. JSON and CSV keep the base units and ISO dates.
namespace mbus::cli {

// The locale of the human text: the system's (LANG, LC_ALL); C when none is set.
QLocale cliLocale();

// frametext's frame line and header block, then the record table with readable values.
QString readableTelegramText(const decode::Telegram &telegram, int telegramNumber, const QLocale &locale);

// A polled tag value: numbers in displayUnit when set (else the readable unit), ISO dates in the
// locale's short form. Text and unit apart, "-" for a value never read.
struct ReadableTagValue
{
    QString text;
    QString unit;
};
ReadableTagValue readableTagValue(const engine::TagValue &value, const QString &displayUnit, const QString &englishQuantity,
                                  const QLocale &locale);

} // namespace mbus::cli
