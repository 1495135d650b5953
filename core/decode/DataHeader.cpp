#include "DataHeader.h"

#include <QStringList>

namespace mbus::decode {

namespace {

QString hex(unsigned value, int digits)
{
    return QString::number(value, 16).toUpper().rightJustified(digits, QLatin1Char('0'));
}

} // namespace

QString DataHeader::identificationText() const
{
    return hex(identification, 8);
}

QString DataHeader::secondaryAddressText() const
{
    // Manufacturer in wire order: low byte first.
    return hex(identification, 8) + hex(manufacturer & 0xFF, 2) + hex(manufacturer >> 8, 2) + hex(version, 2)
           + hex(medium, 2);
}

QString DataHeader::mediumText() const
{
    if (isWildcardMedium())
        return QStringLiteral("any");
    return QString::fromUtf8(form == Form::Fixed ? fixedMediumName(medium) : mediumName(medium));
}

QString DataHeader::statusText() const
{
    return form == Form::Fixed ? Status::describeFixed(status) : Status::describe(status);
}

QString manufacturerCode(std::uint16_t code)
{
    QString text(3, QLatin1Char(' '));
    for (int i = 0; i < 3; ++i) {
        const int letter = (code >> (10 - 5 * i)) & 0x1F;
        text[i] = QChar(char16_t(letter + 64));
    }
    return text;
}

int manufacturerId(const QString &text)
{
    if (text.size() != 3)
        return -1;
    int id = 0;
    for (const QChar c : text) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return -1;
        id = id * 32 + (u - 64);
    }
    return id;
}

const char *mediumName(std::uint8_t medium)
{
    static const char *const names[] = {
        "Other", "Oil", "Electricity", "Gas", "Heat (outlet)", "Steam", "Warm water (30-90 °C)", "Water",
        "Heat cost allocator", "Compressed air", "Cooling load meter (outlet)", "Cooling load meter (inlet)",
        "Heat (inlet)", "Heat / cooling load meter", "Bus / system component", "Unknown medium",
        // 0x10..0x13: jMBus/OMS call them reserved, libmbus uses the older list.
        "Irrigation water", "Water data logger", "Gas data logger", "Gas converter",
        "Calorific value", "Hot water (>= 90 °C)", "Cold water", "Dual register (hot/cold) water meter",
        "Pressure", "A/D converter", "Smoke detector", "Room sensor", "Gas detector"};
    if (medium < sizeof(names) / sizeof(names[0]))
        return names[medium];
    switch (medium) {
    case 0x20: return "Breaker (electricity)";
    case 0x21: return "Valve (gas or water)";
    case 0x25: return "Customer unit (display)";
    case 0x28: return "Waste water";
    case 0x29: return "Garbage";
    case 0x2A: return "Carbon dioxide";
    case 0x30: return "Service unit";
    case 0x31: return "Communication controller";
    case 0x32: return "Unidirectional repeater";
    case 0x33: return "Bidirectional repeater";
    case 0x36: return "Radio converter (system side)";
    case 0x37: return "Radio converter (meter side)";
    default: return "Reserved";
    }
}

const char *fixedMediumName(std::uint8_t medium)
{
    static const char *const names[16] = {"Other", "Oil", "Electricity", "Gas", "Heat", "Steam", "Hot water",
                                          "Water", "Heat cost allocator", "Reserved", "Gas (mode 2)",
                                          "Heat (mode 2)", "Hot water (mode 2)", "Water (mode 2)",
                                          "Heat cost allocator (mode 2)", "Reserved"};
    return names[medium & 0x0F];
}

QString Status::describeFixed(std::uint8_t status)
{
    QString text = (status & 0x80) ? QStringLiteral("binary counters") : QStringLiteral("BCD counters");
    text += (status & 0x40) ? QStringLiteral(", stored values") : QStringLiteral(", actual values");
    if (status & 0x3F)
        text += QStringLiteral(", ") + describe(status & 0x3F);
    return text;
}

QString Status::describe(std::uint8_t status)
{
    QStringList flags;
    switch (status & ApplicationMask) {
    case 1: flags << QStringLiteral("application busy"); break;
    case 2: flags << QStringLiteral("application error"); break;
    case 3: flags << QStringLiteral("abnormal condition"); break;
    default: break;
    }
    if (status & PowerLow)
        flags << QStringLiteral("power low");
    if (status & PermanentError)
        flags << QStringLiteral("permanent error");
    if (status & TemporaryError)
        flags << QStringLiteral("temporary error");
    if (status & ManufacturerMask)
        flags << QStringLiteral("manufacturer flags 0x%1").arg(hex(status & ManufacturerMask, 2));
    return flags.isEmpty() ? QStringLiteral("ok") : flags.join(QStringLiteral(", "));
}

} // namespace mbus::decode
