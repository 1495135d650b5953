#include "VifTables.h"

#include <array>
#include <cmath>
#include <initializer_list>

namespace mbus::decode {

namespace {

// How a code inside a range becomes a scale.
enum class Step : std::uint8_t {
    Exponent, // 10^(code - first + exponent) * factor
    Fixed,    // 10^exponent * factor
    Duration, // the two low bits of the code pick s/min/h/d; factor multiplies
};

struct Range
{
    std::uint8_t first;
    std::uint8_t last;
    const char *quantity;
    const char *unit;
    Step step;
    int exponent;
    double factor;
    ValueHint hint;
};

using Table = std::array<VifMeaning, 128>;

constexpr auto N = ValueHint::Number;
constexpr auto D = ValueHint::DateByLength;
constexpr auto B = ValueHint::BitField;

Table buildTable(std::initializer_list<Range> ranges)
{
    Table table{};
    for (const Range &r : ranges) {
        for (int code = r.first; code <= r.last; ++code) {
            VifMeaning &m = table[code];
            m.quantity = r.quantity;
            m.unit = r.unit;
            m.hint = r.hint;
            m.reserved = false;
            switch (r.step) {
            case Step::Exponent:
                m.exponent = code - r.first + r.exponent;
                m.factor = r.factor;
                break;
            case Step::Fixed:
                m.exponent = r.exponent;
                m.factor = r.factor;
                break;
            case Step::Duration:
                m.exponent = 0;
                m.factor = durationScale(code & 0x03) * r.factor;
                break;
            }
        }
    }
    return table;
}

// EN 13757-3 primary VIF table (MBUS_FACTS 2.7.1). Everything is scaled to one base unit per
// quantity: Wh, J, m^3, kg, s, W, J/h, m^3/h, kg/h, °C, K, bar.
const Table &primaryTable()
{
    static const Table table = buildTable({
        {0x00, 0x07, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Energy"), "Wh", Step::Exponent, -3, 1, N},
        {0x08, 0x0F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Energy"), "J", Step::Exponent, 0, 1, N},
        {0x10, 0x17, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Volume"), "m^3", Step::Exponent, -6, 1, N},
        {0x18, 0x1F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Mass"), "kg", Step::Exponent, -3, 1, N},
        {0x20, 0x23, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "On time"), "s", Step::Duration, 0, 1, N},
        {0x24, 0x27, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Operating time"), "s", Step::Duration, 0, 1, N},
        {0x28, 0x2F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Power"), "W", Step::Exponent, -3, 1, N},
        {0x30, 0x37, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Power"), "J/h", Step::Exponent, 0, 1, N},
        {0x38, 0x3F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Volume flow"), "m^3/h", Step::Exponent, -6, 1, N},
        {0x40, 0x47, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Volume flow"), "m^3/h", Step::Exponent, -7, 60, N},   // sent in m^3/min
        {0x48, 0x4F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Volume flow"), "m^3/h", Step::Exponent, -9, 3600, N}, // sent in m^3/s
        {0x50, 0x57, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Mass flow"), "kg/h", Step::Exponent, -3, 1, N},
        {0x58, 0x5B, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Flow temperature"), "°C", Step::Exponent, -3, 1, N},
        {0x5C, 0x5F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Return temperature"), "°C", Step::Exponent, -3, 1, N},
        {0x60, 0x63, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Temperature difference"), "K", Step::Exponent, -3, 1, N},
        {0x64, 0x67, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "External temperature"), "°C", Step::Exponent, -3, 1, N},
        {0x68, 0x6B, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Pressure"), "bar", Step::Exponent, -3, 1, N},
        {0x6C, 0x6C, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Date"), "", Step::Fixed, 0, 1, D},
        {0x6D, 0x6D, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Date and time"), "", Step::Fixed, 0, 1, D},
        {0x6E, 0x6E, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "HCA units"), "", Step::Fixed, 0, 1, N},
        {0x70, 0x73, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Averaging duration"), "s", Step::Duration, 0, 1, N},
        {0x74, 0x77, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Actuality duration"), "s", Step::Duration, 0, 1, N},
        {0x78, 0x78, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Fabrication number"), "", Step::Fixed, 0, 1, N},
        {0x79, 0x79, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Enhanced identification"), "", Step::Fixed, 0, 1, N},
        {0x7A, 0x7A, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Bus address"), "", Step::Fixed, 0, 1, N},
        {0x7E, 0x7E, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Any VIF"), "", Step::Fixed, 0, 1, N},
        {0x7F, 0x7F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Manufacturer specific"), "", Step::Fixed, 0, 1, N},
    });
    return table;
}

// Extension table 1, VIF 0xFB (MBUS_FACTS 2.7.2). Metric prefixes fold into the base unit;
// imperial units stay as the meter sends them, as the meter's display shows them. Reactive
// energy and power, Mcal, phase angles and frequency are the EN 13757-3:2013 / OMS additions as
// recalled (jMBus' OMS test vectors decode FB 0D as Mcal and FB 2A as a phase angle); MBUS_FACTS
// marks these rows reserved.
const Table &fbTable()
{
    static const Table table = buildTable({
        {0x00, 0x01, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Energy"), "Wh", Step::Exponent, 5, 1, N},  // 0.1 MWh, 1 MWh
        {0x02, 0x03, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Reactive energy"), "varh", Step::Exponent, 5, 1, N}, // 0.1 Mvarh, 1 Mvarh
        {0x08, 0x09, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Energy"), "J", Step::Exponent, 8, 1, N},   // 0.1 GJ, 1 GJ
        {0x0C, 0x0F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Energy"), "cal", Step::Exponent, 5, 1, N}, // 0.1 Mcal .. 100 Mcal
        {0x10, 0x11, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Volume"), "m^3", Step::Exponent, 2, 1, N},
        {0x14, 0x17, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Reactive power"), "var", Step::Exponent, 0, 1, N}, // 0.001 kvar .. 1 kvar
        {0x18, 0x19, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Mass"), "kg", Step::Exponent, 5, 1, N},    // 100 t, 1000 t
        {0x1A, 0x1B, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Relative humidity"), "%", Step::Exponent, -1, 1, N},
        {0x21, 0x21, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Volume"), "ft^3", Step::Fixed, -1, 1, N},
        {0x22, 0x23, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Volume"), "US gal", Step::Exponent, -1, 1, N},
        {0x24, 0x24, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Volume flow"), "US gal/min", Step::Fixed, -3, 1, N},
        {0x25, 0x25, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Volume flow"), "US gal/min", Step::Fixed, 0, 1, N},
        {0x26, 0x26, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Volume flow"), "US gal/h", Step::Fixed, 0, 1, N},
        {0x28, 0x29, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Power"), "W", Step::Exponent, 5, 1, N},    // 0.1 MW, 1 MW
        {0x2A, 0x2A, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Phase angle voltage to voltage"), "°", Step::Fixed, -1, 1, N},
        {0x2B, 0x2B, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Phase angle voltage to current"), "°", Step::Fixed, -1, 1, N},
        {0x2C, 0x2F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Frequency"), "Hz", Step::Exponent, -3, 1, N},
        {0x30, 0x31, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Power"), "J/h", Step::Exponent, 8, 1, N},  // 0.1 GJ/h, 1 GJ/h
        {0x58, 0x5B, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Flow temperature"), "°F", Step::Exponent, -3, 1, N},
        {0x5C, 0x5F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Return temperature"), "°F", Step::Exponent, -3, 1, N},
        {0x60, 0x63, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Temperature difference"), "°F", Step::Exponent, -3, 1, N},
        {0x64, 0x67, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "External temperature"), "°F", Step::Exponent, -3, 1, N},
        {0x70, 0x73, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Cold/warm temperature limit"), "°F", Step::Exponent, -3, 1, N},
        {0x74, 0x77, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Cold/warm temperature limit"), "°C", Step::Exponent, -3, 1, N},
        {0x78, 0x7F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Cumulative count max power"), "W", Step::Exponent, -3, 1, N},
    });
    return table;
}

// Extension table 2, VIF 0xFD (MBUS_FACTS 2.7.3), with the OMS additions 0x71..0x76.
const Table &fdTable()
{
    static const Table table = buildTable({
        {0x00, 0x03, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Credit"), "currency units", Step::Exponent, -3, 1, N},
        {0x04, 0x07, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Debit"), "currency units", Step::Exponent, -3, 1, N},
        {0x08, 0x08, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Access number"), "", Step::Fixed, 0, 1, N},
        {0x09, 0x09, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Medium"), "", Step::Fixed, 0, 1, N},
        {0x0A, 0x0A, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Manufacturer"), "", Step::Fixed, 0, 1, N},
        {0x0B, 0x0B, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Parameter set identification"), "", Step::Fixed, 0, 1, N},
        {0x0C, 0x0C, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Model / version"), "", Step::Fixed, 0, 1, N},
        {0x0D, 0x0D, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Hardware version"), "", Step::Fixed, 0, 1, N},
        {0x0E, 0x0E, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Firmware version"), "", Step::Fixed, 0, 1, N},
        {0x0F, 0x0F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Software version"), "", Step::Fixed, 0, 1, N},
        {0x10, 0x10, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Customer location"), "", Step::Fixed, 0, 1, N},
        {0x11, 0x11, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Customer"), "", Step::Fixed, 0, 1, N},
        {0x12, 0x12, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Access code user"), "", Step::Fixed, 0, 1, N},
        {0x13, 0x13, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Access code operator"), "", Step::Fixed, 0, 1, N},
        {0x14, 0x14, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Access code system operator"), "", Step::Fixed, 0, 1, N},
        {0x15, 0x15, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Access code developer"), "", Step::Fixed, 0, 1, N},
        {0x16, 0x16, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Password"), "", Step::Fixed, 0, 1, N},
        {0x17, 0x17, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Error flags"), "", Step::Fixed, 0, 1, B},
        {0x18, 0x18, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Error mask"), "", Step::Fixed, 0, 1, B},
        {0x1A, 0x1A, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Digital output"), "", Step::Fixed, 0, 1, B},
        {0x1B, 0x1B, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Digital input"), "", Step::Fixed, 0, 1, B},
        {0x1C, 0x1C, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Baud rate"), "Bd", Step::Fixed, 0, 1, N},
        {0x1D, 0x1D, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Response delay time"), "bit times", Step::Fixed, 0, 1, N},
        {0x1E, 0x1E, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Retry"), "", Step::Fixed, 0, 1, N},
        {0x1F, 0x1F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Remote control"), "", Step::Fixed, 0, 1, N},
        {0x20, 0x20, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "First storage number"), "", Step::Fixed, 0, 1, N},
        {0x21, 0x21, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Last storage number"), "", Step::Fixed, 0, 1, N},
        {0x22, 0x22, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Size of storage block"), "", Step::Fixed, 0, 1, N},
        {0x24, 0x27, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Storage interval"), "s", Step::Duration, 0, 1, N},
        {0x28, 0x28, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Storage interval"), "month", Step::Fixed, 0, 1, N},
        {0x29, 0x29, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Storage interval"), "year", Step::Fixed, 0, 1, N},
        {0x2A, 0x2A, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Operator specific data"), "", Step::Fixed, 0, 1, N},
        {0x2B, 0x2B, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Time point second"), "s", Step::Fixed, 0, 1, N},
        {0x2C, 0x2F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Duration since last readout"), "s", Step::Duration, 0, 1, N},
        {0x30, 0x30, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Start of tariff"), "", Step::Fixed, 0, 1, D},
        {0x31, 0x33, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Duration of tariff"), "s", Step::Duration, 0, 1, N},
        {0x34, 0x37, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Period of tariff"), "s", Step::Duration, 0, 1, N},
        {0x38, 0x38, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Period of tariff"), "month", Step::Fixed, 0, 1, N},
        {0x39, 0x39, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Period of tariff"), "year", Step::Fixed, 0, 1, N},
        {0x3A, 0x3A, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Dimensionless"), "", Step::Fixed, 0, 1, N},
        {0x40, 0x4F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Voltage"), "V", Step::Exponent, -9, 1, N},
        {0x50, 0x5F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Current"), "A", Step::Exponent, -12, 1, N},
        {0x60, 0x60, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Reset counter"), "", Step::Fixed, 0, 1, N},
        {0x61, 0x61, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Cumulation counter"), "", Step::Fixed, 0, 1, N},
        {0x62, 0x62, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Control signal"), "", Step::Fixed, 0, 1, N},
        {0x63, 0x63, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Day of week"), "", Step::Fixed, 0, 1, N},
        {0x64, 0x64, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Week number"), "", Step::Fixed, 0, 1, N},
        {0x65, 0x65, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Time point of day change"), "", Step::Fixed, 0, 1, N},
        {0x66, 0x66, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "State of parameter activation"), "", Step::Fixed, 0, 1, N},
        {0x67, 0x67, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Special supplier information"), "", Step::Fixed, 0, 1, N},
        // nn = hours, days, months, years: the first two fold into seconds.
        {0x68, 0x68, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Duration since last cumulation"), "s", Step::Fixed, 0, 3600, N},
        {0x69, 0x69, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Duration since last cumulation"), "s", Step::Fixed, 0, 86400, N},
        {0x6A, 0x6A, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Duration since last cumulation"), "month", Step::Fixed, 0, 1, N},
        {0x6B, 0x6B, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Duration since last cumulation"), "year", Step::Fixed, 0, 1, N},
        {0x6C, 0x6C, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Operating time battery"), "s", Step::Fixed, 0, 3600, N},
        {0x6D, 0x6D, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Operating time battery"), "s", Step::Fixed, 0, 86400, N},
        {0x6E, 0x6E, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Operating time battery"), "month", Step::Fixed, 0, 1, N},
        {0x6F, 0x6F, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Operating time battery"), "year", Step::Fixed, 0, 1, N},
        {0x70, 0x70, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Date and time of battery change"), "", Step::Fixed, 0, 1, D},
        {0x71, 0x71, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "RF level"), "dBm", Step::Fixed, 0, 1, N},
        {0x72, 0x72, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Daylight saving"), "", Step::Fixed, 0, 1, ValueHint::DaylightSaving},
        {0x73, 0x73, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Listening window management"), "", Step::Fixed, 0, 1, N},
        {0x74, 0x74, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Remaining battery life"), "s", Step::Fixed, 0, 86400, N}, // sent in days
        {0x75, 0x75, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Number of times the meter was stopped"), "", Step::Fixed, 0, 1, N},
        {0x76, 0x76, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Manufacturer specific data container"), "", Step::Fixed, 0, 1, N},
    });
    return table;
}

// Second-level table after 0xFD 0xFD; only the entry seen in a public test vector is known.
const Table &fdFdTable()
{
    static const Table table = buildTable({
        {0x02, 0x02, QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Remaining battery life"), "month", Step::Fixed, 0, 1, N},
    });
    return table;
}

} // namespace

double powerOfTen(int exponent)
{
    static constexpr double powers[] = {1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5,
                                        1e-4,  1e-3,  1e-2,  1e-1,  1e0,   1e1,   1e2,  1e3,  1e4,  1e5,  1e6,
                                        1e7,   1e8,   1e9,   1e10,  1e11,  1e12,  1e13, 1e14, 1e15};
    if (exponent < -15 || exponent > 15)
        return std::pow(10.0, exponent); // only stacked correction VIFEs get here
    return powers[exponent + 15];
}

double applyScale(double raw, int exponent, double factor)
{
    const double scaled = exponent < 0 ? raw / powerOfTen(-exponent) : raw * powerOfTen(exponent);
    return factor == 1.0 ? scaled : scaled * factor;
}

double durationScale(int nn)
{
    static constexpr double seconds[] = {1, 60, 3600, 86400};
    return seconds[nn & 0x03];
}

VifMeaning lookupPrimaryVif(std::uint8_t code) { return primaryTable()[code & 0x7F]; }
VifMeaning lookupExtensionFb(std::uint8_t code) { return fbTable()[code & 0x7F]; }
VifMeaning lookupExtensionFd(std::uint8_t code) { return fdTable()[code & 0x7F]; }
VifMeaning lookupExtensionFdFd(std::uint8_t code) { return fdFdTable()[code & 0x7F]; }

} // namespace mbus::decode
