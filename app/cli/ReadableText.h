#pragma once

#include "decode/Telegram.h"

#include <QLocale>
#include <QString>

// What mbus-cli prints for people, in engineering units (decode/EngineeringUnits.h): 12,345 kWh
// and short dates in the system locale's way. JSON and CSV keep the base units and ISO dates.
namespace mbus::cli {

// The locale of the human text: the system's (LANG, LC_ALL); C when none is set.
QLocale cliLocale();

// frametext's frame line and header block, then the record table with readable values.
QString readableTelegramText(const decode::Telegram &telegram, int telegramNumber, const QLocale &locale);

} // namespace mbus::cli
