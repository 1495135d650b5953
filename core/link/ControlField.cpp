#include "ControlField.h"

namespace mbus::link::ControlField {

const char *functionName(std::uint8_t c)
{
    if (fromMaster(c)) {
        switch (function(c)) {
        case FunctionSndNke: return "SND_NKE";
        case FunctionSndUd: return "SND_UD";
        case FunctionReqUd1: return "REQ_UD1";
        case FunctionReqUd2: return "REQ_UD2";
        default: return nullptr;
        }
    }
    return function(c) == FunctionRspUd ? "RSP_UD" : nullptr;
}

} // namespace mbus::link::ControlField
