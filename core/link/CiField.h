#pragma once

#include <cstdint>

// EN 13757-3 CI field values (MBUS_FACTS 2.1).
namespace mbus::link::CiField {

// Master to slave.
constexpr std::uint8_t ApplicationReset = 0x50;
constexpr std::uint8_t DataSend = 0x51;             // mode 1, LSB first
constexpr std::uint8_t SlaveSelect = 0x52;          // mode 1
constexpr std::uint8_t SynchronizeAction = 0x54;
constexpr std::uint8_t DataSendMsbFirst = 0x55;     // mode 2
constexpr std::uint8_t SlaveSelectMsbFirst = 0x56;  // mode 2
constexpr std::uint8_t RamRead = 0xB1;
constexpr std::uint8_t RamWrite = 0xB2;
constexpr std::uint8_t InitTestCalibration = 0xB3;
constexpr std::uint8_t EepromRead = 0xB4;
constexpr std::uint8_t SoftwareTest = 0xB6;
constexpr std::uint8_t BaudRate300 = 0xB8;
constexpr std::uint8_t BaudRate600 = 0xB9;
constexpr std::uint8_t BaudRate1200 = 0xBA;
constexpr std::uint8_t BaudRate2400 = 0xBB;
constexpr std::uint8_t BaudRate4800 = 0xBC;
constexpr std::uint8_t BaudRate9600 = 0xBD;
constexpr std::uint8_t BaudRate19200 = 0xBE;
constexpr std::uint8_t BaudRate38400 = 0xBF;

// Slave to master.
constexpr std::uint8_t ApplicationError = 0x70;
constexpr std::uint8_t Alarm = 0x71;
constexpr std::uint8_t VariableData = 0x72;         // 12-byte header, mode 1
constexpr std::uint8_t FixedData = 0x73;            // mode 1
constexpr std::uint8_t VariableDataMsbFirst = 0x76; // 12-byte header, mode 2
constexpr std::uint8_t FixedDataMsbFirst = 0x77;    // mode 2
constexpr std::uint8_t VariableDataNoHeader = 0x78;
constexpr std::uint8_t VariableDataShortHeader = 0x7A;

constexpr bool isBaudRateSwitch(std::uint8_t ci) { return ci >= BaudRate300 && ci <= BaudRate38400; }
// The baud rate a switch CI asks for, or 0 when ci is not a switch.
int baudRateOf(std::uint8_t ci);
// The CI that switches to baud, or 0 when the rate has none.
std::uint8_t baudRateSwitchFor(int baud);
// What the CI means, in words ("variable data response", ...), or nullptr when unknown.
const char *name(std::uint8_t ci);

} // namespace mbus::link::CiField
