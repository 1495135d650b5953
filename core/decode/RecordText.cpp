#include "RecordText.h"

#include "decode/CombinableVife.h"

#include <QLocale>

#include <charconv>
#include <cmath>

namespace mbus::decode {

namespace {

QString fromStatic(const char *text)
{
    return QString::fromUtf8(text);
}

QString plainTextUnit(const Telegram &telegram, const Record &record)
{
    const QByteArrayView chars = telegram.bytes(record.plainTextOffset, record.plainTextSize);
    QString text;
    // Characters are sent last first, like LVAR text (MBDOC 4.8 p.42). Control characters are
    // shown escaped: a unit text must not move a terminal's cursor.
    for (qsizetype i = chars.size() - 1; i >= 0; --i) {
        const auto c = std::uint8_t(chars[i]);
        if (c >= 0x20 && c <= 0x7E)
            text.append(QLatin1Char(char(c)));
        else
            text.append(QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0')));
    }
    return text;
}

QString invalidBcdText(const Telegram &telegram, const Record &record)
{
    const QByteArrayView data = telegram.dataOf(record);
    QString digits;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto b = std::uint8_t(data[telegram.msbFirst ? i : data.size() - 1 - i]);
        digits += QString::number(b >> 4, 16).toUpper() + QString::number(b & 0x0F, 16).toUpper();
    }
    return digits;
}

} // namespace

QString hexText(QByteArrayView bytes, bool reversed)
{
    QString text;
    text.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = std::uint8_t(bytes[reversed ? bytes.size() - 1 - i : i]);
        if (i)
            text += QLatin1Char(' ');
        text += QString::number(b, 16).toUpper().rightJustified(2, QLatin1Char('0'));
    }
    return text;
}

QString numberText(double value, bool singlePrecision)
{
    if (singlePrecision && std::isfinite(value)) {
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, static_cast<float>(value));
        return numberText(QByteArray(buffer, result.ptr - buffer).toDouble(), false);
    }
    // Plain decimals for what meters send (no "1.1e+07"), exponent form only at the extremes.
    const double magnitude = std::fabs(value);
    const char format = (magnitude == 0.0 || (magnitude >= 1e-6 && magnitude < 1e15)) ? 'f' : 'g';
    return QString::number(value, format, QLocale::FloatingPointShortest);
}

bool isExactInteger(const Record &record)
{
    return record.kind == ValueKind::Number && record.hasRawInteger && record.exponent == 0 && record.factor == 1.0
           && record.additive == 0.0;
}

double displayedNumber(const Record &record)
{
    if (!record.singlePrecision)
        return record.number;
    return numberText(record.number, true).toDouble();
}

QString qualifierText(const Qualifier &qualifier, TextLanguage language)
{
    switch (qualifier.table) {
    case Qualifier::Table::Combinable: return tableText("mbus::decode::Vife", lookupCombinableVife(qualifier.code).text, language);
    case Qualifier::Table::CombinableExtension:
        return tableText("mbus::decode::Vife", combinableExtensionText(qualifier.code), language);
    case Qualifier::Table::Manufacturer:
        return tableText("mbus::decode::Vife", QT_TRANSLATE_NOOP("mbus::decode::Vife", "manufacturer specific VIFE 0x%1"), language)
            .arg(QString::number(qualifier.code, 16).toUpper().rightJustified(2, QLatin1Char('0')));
    }
    return {};
}

QString quantityText(const Telegram &telegram, const Record &record, TextLanguage language)
{
    QString text = record.vifTable == VifTable::PlainText ? plainTextUnit(telegram, record)
                                                          : tableText("mbus::decode::Quantity", record.quantity, language);
    for (int i = 0; i < record.qualifierCount; ++i) {
        const Qualifier &q = record.qualifiers[i];
        // The per-time and per-unit words are in the unit already.
        if (q.table == Qualifier::Table::Combinable && lookupCombinableVife(q.code).effect == VifeEffect::UnitSuffix)
            continue;
        text += QStringLiteral(", ") + qualifierText(q, language);
    }
    return text;
}

QString unitText(const Telegram &telegram, const Record &record)
{
    QString unit = record.vifTable == VifTable::PlainText ? plainTextUnit(telegram, record) : fromStatic(record.unit);
    for (int i = 0; i < record.qualifierCount; ++i) {
        const Qualifier &q = record.qualifiers[i];
        if (q.table != Qualifier::Table::Combinable)
            continue;
        const CombinableVife meaning = lookupCombinableVife(q.code);
        if (meaning.effect != VifeEffect::UnitSuffix)
            continue;
        const QString suffix = fromStatic(meaning.unitSuffix);
        unit += (unit.isEmpty() && suffix.startsWith(QLatin1Char('/'))) ? QStringLiteral("1") + suffix : suffix;
    }
    return unit;
}

QString valueText(const Telegram &telegram, const Record &record)
{
    switch (record.kind) {
    case ValueKind::None: return {};
    case ValueKind::Number:
        return isExactInteger(record) ? QString::number(record.rawInteger) : numberText(record.number, record.singlePrecision);
    case ValueKind::Text: return telegram.textOf(record);
    case ValueKind::DateTime: return record.dateTime.toIso();
    case ValueKind::InvalidBcd: return invalidBcdText(telegram, record);
    case ValueKind::SecondaryAddress: {
        // As the header's secondary address is printed: ID digits, then the other bytes as sent.
        const QByteArrayView data = telegram.dataOf(record);
        if (data.size() != 8)
            return hexText(data);
        return hexText(data.first(4), !telegram.msbFirst).remove(QLatin1Char(' '))
               + hexText(data.sliced(4)).remove(QLatin1Char(' '));
    }
    case ValueKind::Bytes:
        // Binary numbers are shown most significant byte first; manufacturer blocks and binary
        // content of a text field in wire order.
        return hexText(telegram.dataOf(record), record.bytesAreNumber);
    }
    return {};
}

} // namespace mbus::decode
