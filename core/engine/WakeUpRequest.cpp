#include "WakeUpRequest.h"

namespace mbus::engine {

void applyWakeUp(bus::Request &request, const project::WakeUpOptions &wakeUp)
{
    request.wakeUpCharacters = wakeUp.preambleCharacters;
    request.resetBeforeRead = wakeUp.resetBeforeRead;
    request.extraMarginMs = wakeUp.extraMarginMs;
}

} // namespace mbus::engine
