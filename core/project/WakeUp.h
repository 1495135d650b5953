#pragma once

#include <optional>

// How a meter is woken before it is read. Battery meters and some optical heads answer only after
// a run of 0x55 characters at the bus rate (about 2.2 s worth); some give the wanted telegram only
// after an application reset (SND_UD CI 0x50); slow ones answer after the EN window has closed.
// A connection holds the defaults; a meter may override each field, an unset field inherits.
namespace mbus::project {

constexpr int MaxWakeUpCharacters = 2000; // about 9 s at 2400 Bd
constexpr int MaxExtraMarginMs = 10000;

struct WakeUpOptions
{
    int preambleCharacters = 0; // 0x55 characters before the first request of a read
    bool resetBeforeRead = false; // application reset (CI 0x50, E5 expected) before REQ_UD2
    int extraMarginMs = 0;      // added to every answer window of the meter's read

    bool isDefault() const { return preambleCharacters == 0 && !resetBeforeRead && extraMarginMs == 0; }
    friend bool operator==(const WakeUpOptions &a, const WakeUpOptions &b)
    {
        return a.preambleCharacters == b.preambleCharacters && a.resetBeforeRead == b.resetBeforeRead
               && a.extraMarginMs == b.extraMarginMs;
    }
};

struct WakeUpOverride
{
    std::optional<int> preambleCharacters;
    std::optional<bool> resetBeforeRead;
    std::optional<int> extraMarginMs;

    bool isEmpty() const { return !preambleCharacters && !resetBeforeRead && !extraMarginMs; }
    WakeUpOptions over(const WakeUpOptions &inherited) const
    {
        return WakeUpOptions{preambleCharacters.value_or(inherited.preambleCharacters),
                             resetBeforeRead.value_or(inherited.resetBeforeRead),
                             extraMarginMs.value_or(inherited.extraMarginMs)};
    }
    friend bool operator==(const WakeUpOverride &a, const WakeUpOverride &b)
    {
        return a.preambleCharacters == b.preambleCharacters && a.resetBeforeRead == b.resetBeforeRead
               && a.extraMarginMs == b.extraMarginMs;
    }
};

// A connection's defaults as an override with every field set (for writing and checking them).
inline WakeUpOverride allFieldsOf(const WakeUpOptions &options)
{
    return WakeUpOverride{options.preambleCharacters, options.resetBeforeRead, options.extraMarginMs};
}

} // namespace mbus::project
