#include "CombinableVife.h"

#include <QtGlobal>

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
    set(t, 0x40, QT_TRANSLATE_NOOP("mbus::decode::Vife", "lower limit value"));
    set(t, 0x48, QT_TRANSLATE_NOOP("mbus::decode::Vife", "upper limit value"));
    set(t, 0x41, QT_TRANSLATE_NOOP("mbus::decode::Vife", "number of exceeds of lower limit"), VifeEffect::EventCount);
    set(t, 0x49, QT_TRANSLATE_NOOP("mbus::decode::Vife", "number of exceeds of upper limit"), VifeEffect::EventCount);
    // E100 uf1b: date (/time) of begin (b=0) or end (b=1) of the first (f=0) or last (f=1)
    // lower (u=0) or upper (u=1) limit exceed.
    static const char *const dates[8] = {
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "date of begin of first lower limit exceed"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "date of end of first lower limit exceed"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "date of begin of last lower limit exceed"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "date of end of last lower limit exceed"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "date of begin of first upper limit exceed"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "date of end of first upper limit exceed"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "date of begin of last upper limit exceed"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "date of end of last upper limit exceed")};
    for (int u = 0; u < 2; ++u)
        for (int f = 0; f < 2; ++f)
            for (int b = 0; b < 2; ++b)
                set(t, 0x42 | (u << 3) | (f << 2) | b, dates[u * 4 + f * 2 + b], VifeEffect::EventTime);
    // E101 ufnn: duration of limit exceed.
    static const char *const durations[4] = {
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "duration of first lower limit exceed"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "duration of last lower limit exceed"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "duration of first upper limit exceed"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "duration of last upper limit exceed")};
    for (int code = 0x50; code <= 0x5F; ++code)
        set(t, code, durations[(code >> 2) & 0x03], VifeEffect::Duration, code & 0x03);
    // E110 0fnn: duration of the first/last occurrence; E110 1f1b: its begin/end (the standard
    // calls the occurrence "D"; Landis+Gyr T230 time-stamps its maximum values this way).
    for (int code = 0x60; code <= 0x67; ++code)
        set(t, code,
            (code & 0x04) ? QT_TRANSLATE_NOOP("mbus::decode::Vife", "duration of last occurrence")
                          : QT_TRANSLATE_NOOP("mbus::decode::Vife", "duration of first occurrence"),
            VifeEffect::Duration, code & 0x03);
    set(t, 0x6A, QT_TRANSLATE_NOOP("mbus::decode::Vife", "date of begin of first occurrence"), VifeEffect::EventTime);
    set(t, 0x6B, QT_TRANSLATE_NOOP("mbus::decode::Vife", "date of end of first occurrence"), VifeEffect::EventTime);
    set(t, 0x6E, QT_TRANSLATE_NOOP("mbus::decode::Vife", "date of begin of last occurrence"), VifeEffect::EventTime);
    set(t, 0x6F, QT_TRANSLATE_NOOP("mbus::decode::Vife", "date of end of last occurrence"), VifeEffect::EventTime);
    set(t, 0x68, QT_TRANSLATE_NOOP("mbus::decode::Vife", "value during lower limit exceed"));
    set(t, 0x69, QT_TRANSLATE_NOOP("mbus::decode::Vife", "leakage values"));
    set(t, 0x6C, QT_TRANSLATE_NOOP("mbus::decode::Vife", "value during upper limit exceed"));
}

Table buildTable()
{
    Table t;
    t.fill(CombinableVife{QT_TRANSLATE_NOOP("mbus::decode::Vife", "reserved VIFE"), VifeEffect::Qualifier, 0, nullptr});
    for (int code = 0x00; code <= 0x1C; ++code)
        set(t, code, recordErrorText(std::uint8_t(code)), VifeEffect::RecordError);
    set(t, 0x12, QT_TRANSLATE_NOOP("mbus::decode::Vife", "average value"));
    set(t, 0x13, QT_TRANSLATE_NOOP("mbus::decode::Vife", "inverse compact profile"));
    set(t, 0x14, QT_TRANSLATE_NOOP("mbus::decode::Vife", "relative deviation"));
    set(t, 0x1D, QT_TRANSLATE_NOOP("mbus::decode::Vife", "standard conform data content"));
    set(t, 0x1E, QT_TRANSLATE_NOOP("mbus::decode::Vife", "compact profile with register numbers"));
    set(t, 0x1F, QT_TRANSLATE_NOOP("mbus::decode::Vife", "compact profile"));
    static const char *const perTime[8] = {"/s", "/min", "/h", "/d", "/week", "/month", "/year", "/revolution"};
    static const char *const perTimeText[8] = {
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per second"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per minute"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per hour"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per day"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per week"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per month"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per year"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per revolution")};
    for (int i = 0; i < 8; ++i)
        set(t, 0x20 + i, perTimeText[i], VifeEffect::UnitSuffix, 0, perTime[i]);
    set(t, 0x28, QT_TRANSLATE_NOOP("mbus::decode::Vife", "increment per input pulse on channel 0"), VifeEffect::UnitSuffix, 0, "/pulse");
    set(t, 0x29, QT_TRANSLATE_NOOP("mbus::decode::Vife", "increment per input pulse on channel 1"), VifeEffect::UnitSuffix, 0, "/pulse");
    set(t, 0x2A, QT_TRANSLATE_NOOP("mbus::decode::Vife", "increment per output pulse on channel 0"), VifeEffect::UnitSuffix, 0, "/pulse");
    set(t, 0x2B, QT_TRANSLATE_NOOP("mbus::decode::Vife", "increment per output pulse on channel 1"), VifeEffect::UnitSuffix, 0, "/pulse");
    static const char *const perUnit[10] = {"/l", "/m^3", "/kg", "/K", "/kWh", "/GJ", "/kW", "/(K*l)", "/V", "/A"};
    static const char *const perUnitText[10] = {
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per litre"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per m^3"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per kg"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per K"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per kWh"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per GJ"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per kW"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per K*l"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per V"),
        QT_TRANSLATE_NOOP("mbus::decode::Vife", "per A")};
    for (int i = 0; i < 10; ++i)
        set(t, 0x2C + i, perUnitText[i], VifeEffect::UnitSuffix, 0, perUnit[i]);
    set(t, 0x36, QT_TRANSLATE_NOOP("mbus::decode::Vife", "multiplied by s"), VifeEffect::UnitSuffix, 0, "*s");
    set(t, 0x37, QT_TRANSLATE_NOOP("mbus::decode::Vife", "multiplied by s/V"), VifeEffect::UnitSuffix, 0, "*s/V");
    set(t, 0x38, QT_TRANSLATE_NOOP("mbus::decode::Vife", "multiplied by s/A"), VifeEffect::UnitSuffix, 0, "*s/A");
    set(t, 0x39, QT_TRANSLATE_NOOP("mbus::decode::Vife", "start date of"), VifeEffect::EventTime);
    set(t, 0x3A, QT_TRANSLATE_NOOP("mbus::decode::Vife", "value in uncorrected unit"));
    set(t, 0x3B, QT_TRANSLATE_NOOP("mbus::decode::Vife", "accumulation only of positive contributions"));
    set(t, 0x3C, QT_TRANSLATE_NOOP("mbus::decode::Vife", "accumulation of absolute value only of negative contributions"));
    set(t, 0x3D, QT_TRANSLATE_NOOP("mbus::decode::Vife", "alternate non-metric unit system"));
    set(t, 0x3E, QT_TRANSLATE_NOOP("mbus::decode::Vife", "value at base conditions"));
    set(t, 0x3F, QT_TRANSLATE_NOOP("mbus::decode::Vife", "OBIS declaration"));
    setLimitEvents(t);
    for (int nnn = 0; nnn < 8; ++nnn)
        set(t, 0x70 + nnn, QT_TRANSLATE_NOOP("mbus::decode::Vife", "corrected by multiplicative factor"), VifeEffect::MultiplyExponent, nnn - 6);
    for (int nn = 0; nn < 4; ++nn)
        set(t, 0x78 + nn, QT_TRANSLATE_NOOP("mbus::decode::Vife", "corrected by additive constant"), VifeEffect::AddConstant, nn - 3);
    set(t, 0x7C, QT_TRANSLATE_NOOP("mbus::decode::Vife", "extension"), VifeEffect::ExtensionFollows);
    set(t, 0x7D, QT_TRANSLATE_NOOP("mbus::decode::Vife", "corrected by multiplicative factor 1000"), VifeEffect::MultiplyExponent, 3);
    set(t, 0x7E, QT_TRANSLATE_NOOP("mbus::decode::Vife", "future value"));
    set(t, 0x7F, QT_TRANSLATE_NOOP("mbus::decode::Vife", "manufacturer specific"), VifeEffect::ManufacturerFollows);
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
    case 0x00: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "no error");
    case 0x01: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "too many DIFEs");
    case 0x02: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "storage number not implemented");
    case 0x03: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "unit number not implemented");
    case 0x04: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "tariff number not implemented");
    case 0x05: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "function not implemented");
    case 0x06: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "data class not implemented");
    case 0x07: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "data size not implemented");
    case 0x0B: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "too many VIFEs");
    case 0x0C: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "illegal VIF group");
    case 0x0D: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "illegal VIF exponent");
    case 0x0E: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "VIF/DIF mismatch");
    case 0x0F: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "unimplemented action");
    case 0x15: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "no data available");
    case 0x16: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "data overflow");
    case 0x17: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "data underflow");
    case 0x18: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "data error");
    case 0x1C: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "premature end of record");
    default: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "reserved error code");
    }
}

const char *combinableExtensionText(std::uint8_t code)
{
    switch (code & 0x7F) {
    case 0x01: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "phase L1");
    case 0x02: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "phase L2");
    case 0x03: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "phase L3");
    case 0x04: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "neutral conductor");
    case 0x05: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "phase L1-L2");
    case 0x06: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "phase L2-L3");
    case 0x07: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "phase L3-L1");
    case 0x0C: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "delta between import and export");
    case 0x10:
        return QT_TRANSLATE_NOOP("mbus::decode::Vife", "accumulation of absolute value of positive and negative contributions");
    default: return QT_TRANSLATE_NOOP("mbus::decode::Vife", "reserved extension VIFE");
    }
}

} // namespace mbus::decode
