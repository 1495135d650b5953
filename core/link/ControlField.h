#pragma once

#include <cstdint>

// EN 13757-2 C field: bit 6 PRM (master to slave), bit 5 FCB (master) / ACD (slave),
// bit 4 FCV (master) / DFC (slave), bits 3..0 the function code.
namespace mbus::link {

namespace ControlField {

constexpr std::uint8_t PrmBit = 0x40;
constexpr std::uint8_t FcbBit = 0x20;
constexpr std::uint8_t FcvBit = 0x10;
constexpr std::uint8_t AcdBit = 0x20;
constexpr std::uint8_t DfcBit = 0x10;
constexpr std::uint8_t FunctionMask = 0x0F;

// Master to slave.
constexpr std::uint8_t SndNke = 0x40;
constexpr std::uint8_t SndUd = 0x53;        // FCV = 1, FCB = 0
constexpr std::uint8_t SndUdFcb = 0x73;     // FCV = 1, FCB = 1
constexpr std::uint8_t ReqUd2 = 0x5B;
constexpr std::uint8_t ReqUd2Fcb = 0x7B;
constexpr std::uint8_t ReqUd1 = 0x5A;
constexpr std::uint8_t ReqUd1Fcb = 0x7A;
// Slave to master: RSP_UD with any combination of ACD and DFC.
constexpr std::uint8_t RspUd = 0x08;

// Function codes (bits 3..0).
constexpr std::uint8_t FunctionSndNke = 0x0;
constexpr std::uint8_t FunctionSndUd = 0x3;
constexpr std::uint8_t FunctionRspUd = 0x8;
constexpr std::uint8_t FunctionReqUd1 = 0xA;
constexpr std::uint8_t FunctionReqUd2 = 0xB;

constexpr std::uint8_t function(std::uint8_t c) { return c & FunctionMask; }
constexpr bool fromMaster(std::uint8_t c) { return (c & PrmBit) != 0; }
constexpr bool fcb(std::uint8_t c) { return fromMaster(c) && (c & FcbBit); }
constexpr bool fcv(std::uint8_t c) { return fromMaster(c) && (c & FcvBit); }
constexpr bool acd(std::uint8_t c) { return !fromMaster(c) && (c & AcdBit); }
constexpr bool dfc(std::uint8_t c) { return !fromMaster(c) && (c & DfcBit); }
constexpr bool isRspUd(std::uint8_t c) { return !fromMaster(c) && function(c) == FunctionRspUd; }
constexpr std::uint8_t withFcb(std::uint8_t c, bool fcbSet) { return fcbSet ? (c | FcbBit) : (c & ~FcbBit); }

// The C values EN 13757-2 defines for a master (MBUS_FACTS 1.3): SND_NKE 0x40, SND_UD 0x53/0x73,
// REQ_UD2 0x5B/0x7B, REQ_UD1 0x5A/0x7A. Anything else (0x4B, an FCV = 0 form) is not M-Bus.
constexpr bool isStandardMasterC(std::uint8_t c)
{
    return c == SndNke || c == SndUd || c == SndUdFcb || c == ReqUd2 || c == ReqUd2Fcb || c == ReqUd1 || c == ReqUd1Fcb;
}
// Short frames carry SND_NKE and the REQ_UDs; SND_UD needs a long (or control) frame.
constexpr bool isStandardShortFrameC(std::uint8_t c) { return isStandardMasterC(c) && function(c) != FunctionSndUd; }
constexpr bool isStandardLongFrameC(std::uint8_t c) { return c == SndUd || c == SndUdFcb; }

// A name an engineer recognises ("REQ_UD2", "RSP_UD", ...), or nullptr for an unknown code.
const char *functionName(std::uint8_t c);

} // namespace ControlField

// A field (primary address) values with a meaning of their own (EN 13757-2, network layer).
namespace Address {
constexpr std::uint8_t Unconfigured = 0;
constexpr std::uint8_t FirstPrimary = 1;
constexpr std::uint8_t LastPrimary = 250;
constexpr std::uint8_t NetworkLayer = 253;     // the slave selected by secondary address
constexpr std::uint8_t BroadcastReply = 254;   // every slave answers
constexpr std::uint8_t BroadcastNoReply = 255; // no slave answers
// 0 (factory default) is a primary address too: addressable, scanned, just not configured.
constexpr bool isPrimary(int a) { return a >= Unconfigured && a <= LastPrimary; }
constexpr bool isConfiguredPrimary(int a) { return a >= FirstPrimary && a <= LastPrimary; }
} // namespace Address

} // namespace mbus::link
