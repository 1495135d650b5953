#pragma once

#include "common/Error.h"
#include "decode/Telegram.h"
#include "link/Frame.h"

// The EN 13757-3 application layer of one long frame: CI dispatch, data header, records.
namespace mbus::decode {

// Decodes frame into telegram, reusing telegram's record storage (no allocation once the vector
// has grown). On error the telegram keeps what was decoded before the failing byte.
Error decodeTelegram(const link::Frame &frame, Telegram &telegram);
Result<Telegram> decodeTelegram(const link::Frame &frame);

// Application error codes of CI 0x70 (MBUS_FACTS 2.7.4), e.g. "application busy".
const char *applicationErrorText(int code);

} // namespace mbus::decode
