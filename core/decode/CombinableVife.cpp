#include "CombinableVife.h"

#include <array>

namespace mbus::decode {

namespace {

using Table = std::array<CombinableVife, 128>;

void set(Table &t, int code, const char *text, VifeEffect effect = VifeEffect::Qualifier, int amount = 0,
         const char *suffix = nullptr)
{
    t[code] = CombinableVife{text, effect, static_cast<std::int8_t>(amount), suffix};
}

void setLimitEvents(Table &t)
{
    set(t, 0x40, "lower limit value");
    set(t, 0x48, "upper limit value");
    set(t, 0x41, "number of exceeds of lower limit", VifeEffect::EventCount);
    set(t, 0x49, "number of exceeds of upper limit", VifeEffect::EventCount);
    // E100 uf1b: date (/time) of begin (b=0) or end (b=1) of the first (f=0) or last (f=1)
    // lower (u=0) or upper (u=1) limit exceed.
    static const char *const dates[8] = {
        "date of begin of first lower limit exceed", "date of end of first lower limit exceed",
        "date of begin of last lower limit exceed",  "date of end of last lower limit exceed",
        "date of begin of first upper limit exceed", "date of end of first upper limit exceed",
        "date of begin of last upper limit exceed",  "date of end of last upper limit exceed"};
    for (int u = 0; u < 2; ++u)
        for (int f = 0; f < 2; ++f)
            for (int b = 0; b < 2; ++b)
                set(t, 0x42 | (u << 3) | (f << 2) | b, dates[u * 4 + f * 2 + b], VifeEffect::EventTime);
    // E101 ufnn: duration of limit exceed.
    static const char *const durations[4] = {
        "duration of first lower limit exceed", "duration of last lower limit exceed",
        "duration of first upper limit exceed", "duration of last upper limit exceed"};
    for (int code = 0x50; code <= 0x5F; ++code)
        set(t, code, durations[(code >> 2) & 0x03], VifeEffect::Duration, code & 0x03);
    // E110 0fnn: duration of the first/last occurrence; E110 1f1b: its begin/end (the standard
    // calls the occurrence "D"; Landis+Gyr T230 time-stamps its maximum values this way).
    for (int code = 0x60; code <= 0x67; ++code)
        set(t, code, (code & 0x04) ? "duration of last occurrence" : "duration of first occurrence",
            VifeEffect::Duration, code & 0x03);
    set(t, 0x6A, "date of begin of first occurrence", VifeEffect::EventTime);
    set(t, 0x6B, "date of end of first occurrence", VifeEffect::EventTime);
    set(t, 0x6E, "date of begin of last occurrence", VifeEffect::EventTime);
    set(t, 0x6F, "date of end of last occurrence", VifeEffect::EventTime);
    set(t, 0x68, "value during lower limit exceed");
    set(t, 0x69, "leakage values");
    set(t, 0x6C, "value during upper limit exceed");
}

Table buildTable()
{
    Table t;
    t.fill(CombinableVife{"reserved VIFE", VifeEffect::Qualifier, 0, nullptr});
    for (int code = 0x00; code <= 0x1C; ++code)
        set(t, code, recordErrorText(std::uint8_t(code)), VifeEffect::RecordError);
    set(t, 0x12, "average value");
    set(t, 0x13, "inverse compact profile");
    set(t, 0x14, "relative deviation");
    set(t, 0x1D, "standard conform data content");
    set(t, 0x1E, "compact profile with register numbers");
    set(t, 0x1F, "compact profile");
    static const char *const perTime[8] = {"/s", "/min", "/h", "/d", "/week", "/month", "/year", "/revolution"};
    static const char *const perTimeText[8] = {"per second", "per minute", "per hour", "per day",
                                               "per week", "per month", "per year", "per revolution"};
    for (int i = 0; i < 8; ++i)
        set(t, 0x20 + i, perTimeText[i], VifeEffect::UnitSuffix, 0, perTime[i]);
    set(t, 0x28, "increment per input pulse on channel 0", VifeEffect::UnitSuffix, 0, "/pulse");
    set(t, 0x29, "increment per input pulse on channel 1", VifeEffect::UnitSuffix, 0, "/pulse");
    set(t, 0x2A, "increment per output pulse on channel 0", VifeEffect::UnitSuffix, 0, "/pulse");
    set(t, 0x2B, "increment per output pulse on channel 1", VifeEffect::UnitSuffix, 0, "/pulse");
    static const char *const perUnit[10] = {"/l", "/m^3", "/kg", "/K", "/kWh", "/GJ", "/kW", "/(K*l)", "/V", "/A"};
    static const char *const perUnitText[10] = {"per litre", "per m^3", "per kg", "per K", "per kWh",
                                                "per GJ", "per kW", "per K*l", "per V", "per A"};
    for (int i = 0; i < 10; ++i)
        set(t, 0x2C + i, perUnitText[i], VifeEffect::UnitSuffix, 0, perUnit[i]);
    set(t, 0x36, "multiplied by s", VifeEffect::UnitSuffix, 0, "*s");
    set(t, 0x37, "multiplied by s/V", VifeEffect::UnitSuffix, 0, "*s/V");
    set(t, 0x38, "multiplied by s/A", VifeEffect::UnitSuffix, 0, "*s/A");
    set(t, 0x39, "start date of", VifeEffect::EventTime);
    set(t, 0x3A, "value in uncorrected unit");
    set(t, 0x3B, "accumulation only of positive contributions");
    set(t, 0x3C, "accumulation of absolute value only of negative contributions");
    set(t, 0x3D, "alternate non-metric unit system");
    set(t, 0x3E, "value at base conditions");
    set(t, 0x3F, "OBIS declaration");
    setLimitEvents(t);
    for (int nnn = 0; nnn < 8; ++nnn)
        set(t, 0x70 + nnn, "corrected by multiplicative factor", VifeEffect::MultiplyExponent, nnn - 6);
    for (int nn = 0; nn < 4; ++nn)
        set(t, 0x78 + nn, "corrected by additive constant", VifeEffect::AddConstant, nn - 3);
    set(t, 0x7C, "extension", VifeEffect::ExtensionFollows);
    set(t, 0x7D, "corrected by multiplicative factor 1000", VifeEffect::MultiplyExponent, 3);
    set(t, 0x7E, "future value");
    set(t, 0x7F, "manufacturer specific", VifeEffect::ManufacturerFollows);
    return t;
}

} // namespace

CombinableVife lookupCombinableVife(std::uint8_t code)
{
    static const Table table = buildTable();
    return table[code & 0x7F];
}

const char *recordErrorText(std::uint8_t code)
{
    switch (code & 0x7F) {
    case 0x00: return "no error";
    case 0x01: return "too many DIFEs";
    case 0x02: return "storage number not implemented";
    case 0x03: return "unit number not implemented";
    case 0x04: return "tariff number not implemented";
    case 0x05: return "function not implemented";
    case 0x06: return "data class not implemented";
    case 0x07: return "data size not implemented";
    case 0x0B: return "too many VIFEs";
    case 0x0C: return "illegal VIF group";
    case 0x0D: return "illegal VIF exponent";
    case 0x0E: return "VIF/DIF mismatch";
    case 0x0F: return "unimplemented action";
    case 0x15: return "no data available";
    case 0x16: return "data overflow";
    case 0x17: return "data underflow";
    case 0x18: return "data error";
    case 0x1C: return "premature end of record";
    default: return "reserved error code";
    }
}

const char *combinableExtensionText(std::uint8_t code)
{
    switch (code & 0x7F) {
    case 0x01: return "phase L1";
    case 0x02: return "phase L2";
    case 0x03: return "phase L3";
    case 0x04: return "neutral conductor";
    case 0x05: return "phase L1-L2";
    case 0x06: return "phase L2-L3";
    case 0x07: return "phase L3-L1";
    case 0x0C: return "delta between import and export";
    case 0x10: return "accumulation of absolute value of positive and negative contributions";
    default: return "reserved extension VIFE";
    }
}

} // namespace mbus::decode
