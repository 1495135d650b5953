#include "CiField.h"

namespace mbus::link::CiField {

namespace {
constexpr int BaudRates[] = {300, 600, 1200, 2400, 4800, 9600, 19200, 38400};
}

int baudRateOf(std::uint8_t ci)
{
    return isBaudRateSwitch(ci) ? BaudRates[ci - BaudRate300] : 0;
}

std::uint8_t baudRateSwitchFor(int baud)
{
    for (int i = 0; i < 8; ++i) {
        if (BaudRates[i] == baud)
            return static_cast<std::uint8_t>(BaudRate300 + i);
    }
    return 0;
}

const char *name(std::uint8_t ci)
{
    if (isBaudRateSwitch(ci))
        return "baud rate switch";
    switch (ci) {
    case ApplicationReset: return "application reset";
    case DataSend: return "data send";
    case SlaveSelect: return "slave selection";
    case SynchronizeAction: return "synchronize action";
    case DataSendMsbFirst: return "data send (MSB first)";
    case SlaveSelectMsbFirst: return "slave selection (MSB first)";
    case RamRead: return "RAM read";
    case RamWrite: return "RAM write";
    case InitTestCalibration: return "initialize test calibration";
    case EepromRead: return "EEPROM read";
    case SoftwareTest: return "start software test";
    case ApplicationError: return "application error";
    case Alarm: return "alarm status";
    case VariableData: return "variable data response";
    case FixedData: return "fixed data response";
    case VariableDataMsbFirst: return "variable data response (MSB first)";
    case FixedDataMsbFirst: return "fixed data response (MSB first)";
    case VariableDataNoHeader: return "variable data response (no header)";
    case VariableDataShortHeader: return "variable data response (short header)";
    default: return nullptr;
    }
}

} // namespace mbus::link::CiField
