#pragma once

#include "common/Error.h"
#include "decode/Telegram.h"

#include <QString>

class QLocale;

// The human view of a decoded telegram: a header block and an aligned record table.
namespace mbus::frametext {

// readable: values in engineering units written the locale's way (decode::readableValue), for
// people; without it, as the meter sent them (base units, ISO dates).
QString telegramToText(const decode::Telegram &telegram, int telegramNumber = 0, const QLocale *readable = nullptr);
QString frameSummary(const link::Frame &frame);

} // namespace mbus::frametext
