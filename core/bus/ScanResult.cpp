#include "ScanResult.h"

#include "decode/TelegramDecoder.h"

namespace mbus::bus {

bool identityFromAnswer(const QList<link::Frame> &frames, ScanHit *hit)
{
    if (frames.isEmpty())
        return false;
    decode::Telegram telegram;
    decode::decodeTelegram(frames.first(), telegram); // a later record error does not hide the header
    return identityFromTelegram(telegram, frames.first().a, hit);
}

bool identityFromTelegram(const decode::Telegram &telegram, std::uint8_t a, ScanHit *hit)
{
    const decode::DataHeader &h = telegram.header;
    hit->primaryAddress = a;
    if (h.form != decode::DataHeader::Form::Long)
        return false;
    hit->secondary.identification = h.identification;
    hit->secondary.manufacturer = h.manufacturer;
    hit->secondary.version = h.version;
    hit->secondary.medium = h.medium;
    return true;
}

bool answeredBy(const QList<link::Frame> &frames, const link::SecondaryAddress &meter)
{
    ScanHit hit;
    return identityFromAnswer(frames, &hit) && hit.secondary == meter;
}

} // namespace mbus::bus
