#pragma once

#include "common/Error.h"
#include "decode/Telegram.h"

#include <QString>

// The human view of a decoded telegram: a header block and an aligned record table.
namespace mbus::frametext {

QString telegramToText(const decode::Telegram &telegram, int telegramNumber = 0);
QString frameSummary(const link::Frame &frame);

} // namespace mbus::frametext
