#pragma once

#include "bus/BusError.h"
#include "bus/Request.h"
#include "link/Frame.h"
#include "link/SecondaryAddress.h"

#include <QList>
#include <QMetaType>

namespace mbus::decode {
struct Telegram;
}

// What a scan learnt about one primary address or one secondary address.
namespace mbus::bus {

struct ScanHit
{
    enum class Kind : std::uint8_t { Found, Collision, Error };
    Kind kind = Kind::Found;
    int primaryAddress = -1;          // -1: not known (secondary search of a meter that answers on 253 only)
    link::SecondaryAddress secondary; // Found: the meter's identity from its data header
    BusError error;                   // Error: checksum or framing error; Found: why it is not identified

    // Found and named by its data header. A meter that acknowledges SND_NKE or its selection but
    // sends no data is found all the same, without its identity (the mask, or nothing).
    bool identified() const { return kind == Kind::Found && !error.isError(); }
};

// Identity of the meter whose RSP_UD is the read's answer, from its data header (the telegram
// the master decoded).
bool identityFromAnswer(const Outcome &outcome, ScanHit *hit);
// The same from an answer already decoded (a: the A field of its frame).
bool identityFromTelegram(const decode::Telegram &telegram, std::uint8_t a, ScanHit *hit);
// True when the read's answer has a data header that names exactly this meter.
bool answeredBy(const Outcome &outcome, const link::SecondaryAddress &meter);

} // namespace mbus::bus

Q_DECLARE_METATYPE(mbus::bus::ScanHit)
