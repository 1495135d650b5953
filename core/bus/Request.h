#pragma once

#include "bus/AnswerCollector.h"
#include "bus/BusError.h"
#include "common/Error.h"
#include "decode/Telegram.h"
#include "link/Frame.h"
#include "link/SecondaryAddress.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>

#include <optional>

// What the master is asked to do (the EN 13757-2/-3 procedures) and what came of it.
namespace mbus::bus {

// Every request goes out as standard M-Bus only (MBUS_FACTS 1.3): REQ_UD2 always with FCV = 1,
// 0x5B first after a link reset or selection (what libmbus sends and what the simplest slave
// stacks accept), then the FCB toggles for the next telegram. A request by secondary address ends
// with SND_NKE to 253, so that no meter stays selected (some ignore a selection that is not theirs).
struct Request
{
    enum class Kind : std::uint8_t {
        Ping,              // SND_NKE, expects E5
        Read,              // REQ_UD2 with the FCB procedure, following "more records follow"
        ReadAlarm,         // REQ_UD1
        Select,            // select by secondary address (wildcards allowed)
        Deselect,          // SND_NKE to 253
        SetPrimaryAddress, // SND_UD CI 0x51, DIF 0x01, VIF 0x7A
        Reset,             // application reset, CI 0x50 (optional subcode)
        SwitchBaud,        // CI 0xB8..0xBF
        SendUserData,      // SND_UD with any CI and data
        Raw,               // bytes as given; whatever answers is the answer
        SetLinkBaud,       // no bus traffic: the master's own UART changes to baud (after SwitchBaud)
    };
    Kind kind = Kind::Read;
    std::uint8_t address = 0;                         // primary, 253 or 254
    std::optional<link::SecondaryAddress> secondary;  // select first, then talk to 253
    std::uint8_t newAddress = 0;                      // SetPrimaryAddress
    int baud = 0;                                     // SwitchBaud, SetLinkBaud
    std::optional<std::uint8_t> subcode;              // Reset
    std::uint8_t ci = 0;                              // SendUserData
    QByteArray data;                                  // SendUserData
    QByteArray raw;                                   // Raw
    int maxTelegrams = 0;      // Read: 0 = the master's setting
    int retries = -1;          // -1 = the master's setting
    bool retryCollisions = true; // a scan wants to know about a collision, not repeat it
    bool linkReset = true;     // Read by primary address: SND_NKE first, so the meter starts at telegram 1
    // After a complete answer the line is watched a few characters longer, because a second slave
    // answering makes it a collision. A poller that knows its meters skips that (wire-time reads).
    bool watchAfterAnswer = true;
    // Wait only the EN answer window plus the link's margin, not the connection's Timeout: the
    // probes of a scan, where an empty address must not cost the 3 s a slow gateway is given.
    bool answerWindowOnly = false;
    // Read: wake the meter first. Battery meters and optical heads answer only after a run of
    // 0x55 characters at the bus rate; no answer is expected to it, and a pause follows.
    int wakeUpCharacters = 0;
    // Read: application reset (SND_UD CI 0x50, E5 expected) after the link reset, before REQ_UD2:
    // some meters give the wanted telegram only after it.
    bool resetBeforeRead = false;
    // Added to every answer window of this request, whatever the window is (the EN window plus
    // the link's margin, or the connection's timeout): slow meters.
    int extraMarginMs = 0;

    static Request ping(std::uint8_t address) { Request r; r.kind = Kind::Ping; r.address = address; return r; }
    static Request read(std::uint8_t address) { Request r; r.kind = Kind::Read; r.address = address; return r; }
    static Request readSecondary(const link::SecondaryAddress &a)
    {
        Request r;
        r.kind = Kind::Read;
        r.secondary = a;
        return r;
    }
    static Request select(const link::SecondaryAddress &mask)
    {
        Request r;
        r.kind = Kind::Select;
        r.secondary = mask;
        return r;
    }
};

struct Outcome
{
    quint64 id = 0;
    Request request;
    BusError error;
    QList<link::Frame> frames;      // Read: the telegrams in order; otherwise the answer (E5, ...)
    // Read, ReadAlarm: every long frame of frames decoded once, by the master, in the same order;
    // a decode error keeps the records before it (decodeErrors[i] says what stopped telegram i).
    QList<decode::Telegram> telegrams;
    QList<mbus::Error> decodeErrors;
    QList<qint64> telegramArrivedAtMs; // ms since the epoch when each telegram's last byte came
    bool moreTelegramsPending = false; // Read stopped at maxTelegrams although the meter had more
    int exchanges = 0;
    int retries = 0;
    int echoes = 0;
    qint64 garbageBytes = 0;
    qint64 elapsedMs = 0;
    qint64 answeredAtMs = 0; // ms since the epoch when the last answer's last byte came

    bool ok() const { return !error.isError(); }
};

} // namespace mbus::bus

Q_DECLARE_METATYPE(mbus::bus::Request)
Q_DECLARE_METATYPE(mbus::bus::Outcome)
