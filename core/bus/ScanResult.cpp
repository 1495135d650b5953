#include "ScanResult.h"

#include "decode/TelegramDecoder.h"

namespace mbus::bus {

bool identityFromAnswer(const QList<link::Frame> &frames, ScanHit *hit)
{
    if (frames.isEmpty())
        return false;
    decode::Telegram telegram;
    decode::decodeTelegram(frames.first(), telegram); // a later record error does not hide the header
    const decode::DataHeader &h = telegram.header;
    hit->primaryAddress = frames.first().a;
    if (h.form != decode::DataHeader::Form::Long)
        return false;
    hit->secondary.identification = h.identification;
    hit->secondary.manufacturer = h.manufacturer;
    hit->secondary.version = h.version;
    hit->secondary.medium = h.medium;
    return true;
}

} // namespace mbus::bus
