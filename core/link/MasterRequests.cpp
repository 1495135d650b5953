#include "MasterRequests.h"

#include "link/CiField.h"
#include "link/ControlField.h"
#include "link/Frame.h"

namespace mbus::link::MasterRequests {

QByteArray sndNke(std::uint8_t address)
{
    return encodeShortFrame(ControlField::SndNke, address);
}

QByteArray reqUd2(std::uint8_t address, bool fcb)
{
    return encodeShortFrame(ControlField::withFcb(ControlField::ReqUd2, fcb), address);
}

QByteArray reqUd1(std::uint8_t address, bool fcb)
{
    return encodeShortFrame(ControlField::withFcb(ControlField::ReqUd1, fcb), address);
}

QByteArray sndUd(std::uint8_t address, std::uint8_t ci, QByteArrayView data, bool fcb)
{
    return encodeLongFrame(ControlField::withFcb(ControlField::SndUd, fcb), address, ci, data);
}

QByteArray selectSecondary(const SecondaryAddress &mask, bool fcb)
{
    std::uint8_t bytes[8];
    mask.writeTo(bytes);
    return sndUd(Address::NetworkLayer, CiField::SlaveSelect, QByteArrayView(bytes, 8), fcb);
}

QByteArray setPrimaryAddress(std::uint8_t address, std::uint8_t newAddress, bool fcb)
{
    const std::uint8_t data[] = {0x01, 0x7A, newAddress};
    return sndUd(address, CiField::DataSend, QByteArrayView(data, 3), fcb);
}

QByteArray applicationReset(std::uint8_t address, std::optional<std::uint8_t> subcode, bool fcb)
{
    if (!subcode)
        return sndUd(address, CiField::ApplicationReset, {}, fcb);
    const std::uint8_t data[] = {*subcode};
    return sndUd(address, CiField::ApplicationReset, QByteArrayView(data, 1), fcb);
}

QByteArray switchBaudRate(std::uint8_t address, int baud, bool fcb)
{
    const std::uint8_t ci = CiField::baudRateSwitchFor(baud);
    return ci ? sndUd(address, ci, {}, fcb) : QByteArray();
}

} // namespace mbus::link::MasterRequests
