#pragma once

#include "common/Error.h"
#include "decode/Telegram.h"

#include <QJsonObject>

// The JSON view of a decoded telegram (the contract of `mbus-cli decode --json`, documented in
// the README and checked by ../shared/tools/conformance.py).
namespace mbus::frametext {

// telegramNumber: 0 for a single telegram, 1..N when several are decoded together; records then
// carry a "telegram" member.
QJsonObject telegramToJson(const decode::Telegram &telegram, int telegramNumber = 0);
QJsonObject frameToJson(const link::Frame &frame);
QJsonObject errorToJson(const Error &error);

} // namespace mbus::frametext
