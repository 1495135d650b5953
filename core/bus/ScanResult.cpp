#include "ScanResult.h"


namespace mbus::bus {

bool identityFromAnswer(const Outcome &outcome, ScanHit *hit)
{
    if (outcome.telegrams.isEmpty()) // a later record error does not hide the header
        return false;
    return identityFromTelegram(outcome.telegrams.first(), outcome.telegrams.first().frame.a, hit);
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

bool answeredBy(const Outcome &outcome, const link::SecondaryAddress &meter)
{
    ScanHit hit;
    return identityFromAnswer(outcome, &hit) && hit.secondary == meter;
}

} // namespace mbus::bus
