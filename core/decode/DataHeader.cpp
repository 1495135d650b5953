#include "DataHeader.h"

#include <QStringList>

namespace mbus::decode {

namespace {

QString hex(unsigned value, int digits)
{
    return QString::number(value, 16).toUpper().rightJustified(digits, QLatin1Char('0'));
}

QString statusWord(const char *text, TextLanguage language)
{
    return tableText("mbus::decode::Status", text, language);
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

QString DataHeader::mediumText(TextLanguage language) const
{
    if (isWildcardMedium())
        return tableText("mbus::decode::Medium", QT_TRANSLATE_NOOP("mbus::decode::Medium", "any"), language);
    return tableText("mbus::decode::Medium", form == Form::Fixed ? fixedMediumName(medium) : mediumName(medium), language);
}

QString DataHeader::statusText(TextLanguage language) const
{
    return form == Form::Fixed ? Status::describeFixed(status, language) : Status::describe(status, language);
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
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Other"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Oil"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Electricity"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Gas"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Heat (outlet)"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Steam"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Warm water (30-90 °C)"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Water"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Heat cost allocator"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Compressed air"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Cooling load meter (outlet)"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Cooling load meter (inlet)"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Heat (inlet)"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Heat / cooling load meter"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Bus / system component"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Unknown medium"),
        // 0x10..0x13: jMBus/OMS call them reserved, libmbus uses the older list.
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Irrigation water"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Water data logger"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Gas data logger"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Gas converter"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Calorific value"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Hot water (>= 90 °C)"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Cold water"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Dual register (hot/cold) water meter"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Pressure"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "A/D converter"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Smoke detector"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Room sensor"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Gas detector")};
    if (medium < sizeof(names) / sizeof(names[0]))
        return names[medium];
    switch (medium) {
    case 0x20: return QT_TRANSLATE_NOOP("mbus::decode::Medium", "Breaker (electricity)");
    case 0x21: return QT_TRANSLATE_NOOP("mbus::decode::Medium", "Valve (gas or water)");
    case 0x25: return QT_TRANSLATE_NOOP("mbus::decode::Medium", "Customer unit (display)");
    case 0x28: return QT_TRANSLATE_NOOP("mbus::decode::Medium", "Waste water");
    case 0x29: return QT_TRANSLATE_NOOP("mbus::decode::Medium", "Garbage");
    case 0x2A: return QT_TRANSLATE_NOOP("mbus::decode::Medium", "Carbon dioxide");
    case 0x30: return QT_TRANSLATE_NOOP("mbus::decode::Medium", "Service unit");
    case 0x31: return QT_TRANSLATE_NOOP("mbus::decode::Medium", "Communication controller");
    case 0x32: return QT_TRANSLATE_NOOP("mbus::decode::Medium", "Unidirectional repeater");
    case 0x33: return QT_TRANSLATE_NOOP("mbus::decode::Medium", "Bidirectional repeater");
    case 0x36: return QT_TRANSLATE_NOOP("mbus::decode::Medium", "Radio converter (system side)");
    case 0x37: return QT_TRANSLATE_NOOP("mbus::decode::Medium", "Radio converter (meter side)");
    default: return QT_TRANSLATE_NOOP("mbus::decode::Medium", "Reserved");
    }
}

const char *fixedMediumName(std::uint8_t medium)
{
    static const char *const names[16] = {
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Other"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Oil"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Electricity"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Gas"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Heat"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Steam"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Hot water"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Water"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Heat cost allocator"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Reserved"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Gas (mode 2)"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Heat (mode 2)"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Hot water (mode 2)"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Water (mode 2)"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Heat cost allocator (mode 2)"),
        QT_TRANSLATE_NOOP("mbus::decode::Medium", "Reserved")};
    return names[medium & 0x0F];
}

QString Status::describeFixed(std::uint8_t status, TextLanguage language)
{
    QString text = statusWord((status & 0x80) ? QT_TRANSLATE_NOOP("mbus::decode::Status", "binary counters")
                                              : QT_TRANSLATE_NOOP("mbus::decode::Status", "BCD counters"),
                              language);
    text += QStringLiteral(", ")
            + statusWord((status & 0x40) ? QT_TRANSLATE_NOOP("mbus::decode::Status", "stored values")
                                         : QT_TRANSLATE_NOOP("mbus::decode::Status", "actual values"),
                         language);
    if (status & 0x3F)
        text += QStringLiteral(", ") + describe(status & 0x3F, language);
    return text;
}

QString Status::describe(std::uint8_t status, TextLanguage language)
{
    QStringList flags;
    switch (status & ApplicationMask) {
    case 1: flags << statusWord(QT_TRANSLATE_NOOP("mbus::decode::Status", "application busy"), language); break;
    case 2: flags << statusWord(QT_TRANSLATE_NOOP("mbus::decode::Status", "application error"), language); break;
    case 3: flags << statusWord(QT_TRANSLATE_NOOP("mbus::decode::Status", "abnormal condition"), language); break;
    default: break;
    }
    if (status & PowerLow)
        flags << statusWord(QT_TRANSLATE_NOOP("mbus::decode::Status", "power low"), language);
    if (status & PermanentError)
        flags << statusWord(QT_TRANSLATE_NOOP("mbus::decode::Status", "permanent error"), language);
    if (status & TemporaryError)
        flags << statusWord(QT_TRANSLATE_NOOP("mbus::decode::Status", "temporary error"), language);
    if (status & ManufacturerMask)
        flags << statusWord(QT_TRANSLATE_NOOP("mbus::decode::Status", "manufacturer flags 0x%1"), language)
                     .arg(hex(status & ManufacturerMask, 2));
    return flags.isEmpty() ? statusWord(QT_TRANSLATE_NOOP("mbus::decode::Status", "ok"), language) : flags.join(QStringLiteral(", "));
}

} // namespace mbus::decode
