#pragma once

#include "link/SecondaryAddress.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

// The exact bytes of the EN 13757-2/-3 master requests (MBUS_FACTS 1.3, 2.9). Only the C values
// EN 13757-2 defines go out: SND_NKE 0x40, SND_UD 0x53/0x73, REQ_UD2 0x5B/0x7B, REQ_UD1
// 0x5A/0x7A. There is no FCV = 0 form: slave stacks compare the C field exactly and ignore it.
namespace mbus::link::MasterRequests {

QByteArray sndNke(std::uint8_t address);
QByteArray reqUd2(std::uint8_t address, bool fcb);
QByteArray reqUd1(std::uint8_t address, bool fcb);
// SND_UD with any CI and data; FCV is always set, FCB as given.
QByteArray sndUd(std::uint8_t address, std::uint8_t ci, QByteArrayView data = {}, bool fcb = false);
// Select by secondary address (CI 0x52 to address 253).
QByteArray selectSecondary(const SecondaryAddress &mask, bool fcb = false);
// Set primary address: CI 0x51, DIF 0x01, VIF 0x7A, new address.
QByteArray setPrimaryAddress(std::uint8_t address, std::uint8_t newAddress, bool fcb = false);
// Application reset (CI 0x50), with an optional subcode byte.
QByteArray applicationReset(std::uint8_t address, std::optional<std::uint8_t> subcode = std::nullopt, bool fcb = false);
// Baud-rate switch (CI 0xB8..0xBF); empty when the rate has no CI.
QByteArray switchBaudRate(std::uint8_t address, int baud, bool fcb = false);

} // namespace mbus::link::MasterRequests
