#include "FixedDataParser.h"

#include "decode/DataCoding.h"
#include "decode/VifTables.h"

namespace mbus::decode {

namespace {

constexpr int FixedDataSize = 16;
constexpr int CounterOffset = 8;
constexpr std::uint8_t StatusBinaryCounters = 0x80;
constexpr std::uint8_t StatusStoredValues = 0x40;
constexpr std::uint8_t UnitSameButHistoric = 0x3E;

struct FixedUnit
{
    const char *quantity;
    const char *unit;
    int exponent;
};

// Physical units of the fixed data structure (6-bit code; MBDOC "fixed data structure" table).
FixedUnit fixedUnit(std::uint8_t code)
{
    if (code >= 0x02 && code <= 0x0A)
        return {QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Energy"), "Wh", code - 0x02};
    if (code >= 0x0B && code <= 0x13)
        return {QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Energy"), "J", code - 0x0B + 3};
    if (code >= 0x14 && code <= 0x1C)
        return {QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Power"), "W", code - 0x14};
    if (code >= 0x1D && code <= 0x25)
        return {QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Power"), "J/h", code - 0x1D + 3};
    if (code >= 0x26 && code <= 0x2E)
        return {QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Volume"), "m^3", code - 0x26 - 6};
    if (code >= 0x2F && code <= 0x37)
        return {QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Volume flow"), "m^3/h", code - 0x2F - 6};
    switch (code) {
    case 0x00: return {QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Time (h, min, s)"), "", 0};
    case 0x01: return {QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Date (D, M, Y)"), "", 0};
    case 0x38: return {QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Temperature"), "°C", -3};
    case 0x39: return {QT_TRANSLATE_NOOP("mbus::decode::Quantity", "HCA units"), "", 0};
    case 0x3F: return {QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Without units"), "", 0};
    default: return {QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Reserved"), "", 0};
    }
}

void appendCounter(Telegram &telegram, int offset, int unitOffset, const FixedUnit &unit, bool stored)
{
    const auto *data = reinterpret_cast<const std::uint8_t *>(telegram.frame.raw.constData()) + offset;
    Record &record = telegram.records.emplace_back();
    record.offset = std::uint16_t(offset);
    record.size = 4;
    record.dataOffset = std::uint16_t(offset);
    record.dataSize = 4;
    record.dataField = 0x0C;
    record.vibOffset = std::uint16_t(unitOffset); // the unit code is the record's signature
    record.vibSize = 1;
    record.storage = stored ? 1 : 0;
    record.quantity = unit.quantity;
    record.unit = unit.unit;
    record.exponent = unit.exponent;
    if (telegram.header.status & StatusBinaryCounters) {
        record.dataField = 0x04;
        record.rawInteger = std::int64_t(decodeUnsignedInteger(data, 4, telegram.msbFirst));
    } else {
        const BcdValue bcd = decodeBcd(data, 4, telegram.msbFirst);
        if (!bcd.valid) {
            record.kind = ValueKind::InvalidBcd;
            return;
        }
        record.rawInteger = bcd.value;
    }
    record.hasRawInteger = true;
    record.kind = ValueKind::Number;
    record.number = applyScale(double(record.rawInteger), record.exponent, 1.0);
}

} // namespace

Error parseFixedData(Telegram &telegram, int from, int end)
{
    if (end - from < FixedDataSize)
        return Error::at(ErrorCode::FixedDataTruncated, end, FixedDataSize, end - from);
    const auto *p = reinterpret_cast<const std::uint8_t *>(telegram.frame.raw.constData()) + from;
    DataHeader &header = telegram.header;
    header.form = DataHeader::Form::Fixed;
    header.identification = std::uint32_t(decodeUnsignedInteger(p, 4, telegram.msbFirst));
    header.accessNumber = p[4];
    header.status = p[5];
    // Two bits of the 4-bit medium sit above each 6-bit unit code.
    header.medium = std::uint8_t(((p[7] >> 6) << 2) | (p[6] >> 6));

    const FixedUnit first = fixedUnit(p[6] & 0x3F);
    const std::uint8_t secondCode = p[7] & 0x3F;
    const bool stored = header.status & StatusStoredValues;
    appendCounter(telegram, from + CounterOffset, from + 6, first, stored);
    if (secondCode == UnitSameButHistoric)
        appendCounter(telegram, from + CounterOffset + 4, from + 7, first, true);
    else
        appendCounter(telegram, from + CounterOffset + 4, from + 7, fixedUnit(secondCode), stored);
    return {};
}

} // namespace mbus::decode
