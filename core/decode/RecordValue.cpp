#include "RecordValue.h"

#include "decode/DataCoding.h"
#include "decode/DataInformationBlock.h"

namespace mbus::decode {

namespace {

void setNumber(Record &record, double raw)
{
    record.kind = ValueKind::Number;
    record.number = applyScale(raw, record.exponent, record.factor) + record.additive;
}

void setInteger(Record &record, std::int64_t raw)
{
    record.rawInteger = raw;
    record.hasRawInteger = true;
    setNumber(record, double(raw));
}

DateTimeType dateTypeForSize(int size)
{
    switch (size) {
    case 2: return DateTimeType::G;
    case 3: return DateTimeType::J;
    case 4: return DateTimeType::F;
    case 6: return DateTimeType::I;
    default: return DateTimeType::None;
    }
}

// Integers of data fields 1..4, 6, 7: dates when the VIF says so, numbers otherwise.
void decodeIntegerField(const std::uint8_t *data, int size, bool msbFirst, ValueHint hint, Record &record)
{
    DateTimeType type = DateTimeType::None;
    if (hint == ValueHint::DateByLength)
        type = dateTypeForSize(size);
    else if (hint == ValueHint::DaylightSaving && size == 4)
        type = DateTimeType::K;
    if (hint == ValueHint::BitField) {
        setInteger(record, std::int64_t(decodeUnsignedInteger(data, size, msbFirst)));
        return;
    }
    if (type != DateTimeType::None) {
        std::uint8_t ordered[8];
        for (int i = 0; i < size; ++i)
            ordered[i] = msbFirst ? data[size - 1 - i] : data[i];
        if (decodeDateTime(type, ordered, size, record.dateTime)) {
            record.kind = ValueKind::DateTime;
            return;
        }
    }
    setInteger(record, decodeSignedInteger(data, size, msbFirst));
}

void decodeBcdField(const std::uint8_t *data, int size, bool msbFirst, bool negative, Record &record)
{
    const BcdValue bcd = decodeBcd(data, size, msbFirst);
    if (!bcd.valid) {
        record.kind = ValueKind::InvalidBcd;
        return;
    }
    // A negative LVAR BCD (0xD0..) is negative whether or not its top nibble repeats the sign.
    setInteger(record, negative && bcd.value > 0 ? -bcd.value : bcd.value);
}

Error decodeLvar(Cursor &cursor, bool msbFirst, Record &record)
{
    if (cursor.atEnd())
        return Error::at(ErrorCode::DataTruncated, cursor.pos, 1, 0);
    const int lengthPos = cursor.pos;
    const LvarInfo lvar = decodeLvarLength(cursor.take());
    if (lvar.kind == LvarInfo::Kind::Reserved)
        return Error::at(ErrorCode::LvarReserved, lengthPos, -1, cursor.bytes[lengthPos]);
    if (cursor.remaining() < lvar.size)
        return Error::at(ErrorCode::DataTruncated, cursor.pos, lvar.size, cursor.remaining());
    record.dataOffset = std::uint16_t(cursor.pos);
    record.dataSize = std::uint16_t(lvar.size);
    const std::uint8_t *data = cursor.bytes + cursor.pos;
    cursor.pos += lvar.size;
    switch (lvar.kind) {
    case LvarInfo::Kind::Text:
        // Sent last character first; binary content hiding in a text field is shown as hex.
        record.kind = ValueKind::Text;
        record.textReversed = !msbFirst;
        for (int i = 0; i < lvar.size; ++i) {
            if (data[i] < 0x20 || data[i] > 0x7E) {
                record.kind = ValueKind::Bytes;
                break;
            }
        }
        break;
    case LvarInfo::Kind::PositiveBcd:
    case LvarInfo::Kind::NegativeBcd:
        if (lvar.size > 9) { // more than 18 digits do not fit a 64-bit integer
            record.kind = ValueKind::Bytes;
            record.bytesAreNumber = !msbFirst;
            break;
        }
        decodeBcdField(data, lvar.size, msbFirst, lvar.kind == LvarInfo::Kind::NegativeBcd, record);
        break;
    case LvarInfo::Kind::Binary:
        if (lvar.size >= 1 && lvar.size <= 8)
            setInteger(record, decodeSignedInteger(data, lvar.size, msbFirst));
        else
            record.kind = lvar.size ? ValueKind::Bytes : ValueKind::None;
        record.bytesAreNumber = !msbFirst;
        break;
    case LvarInfo::Kind::Reserved:
        break;
    }
    return {};
}

} // namespace

Error parseRecordValue(Cursor &cursor, bool msbFirst, ValueHint hint, Record &record)
{
    record.kind = ValueKind::None;
    if (record.dataField == Dif::LvarField) {
        const Error error = decodeLvar(cursor, msbFirst, record);
        record.size = std::uint16_t(cursor.pos - record.offset);
        return error;
    }
    const int size = dataFieldSize(record.dataField);
    if (cursor.remaining() < size)
        return Error::at(ErrorCode::DataTruncated, cursor.pos, size, cursor.remaining());
    record.dataOffset = std::uint16_t(cursor.pos);
    record.dataSize = std::uint16_t(size);
    const std::uint8_t *data = cursor.bytes + cursor.pos;
    cursor.pos += size;
    record.size = std::uint16_t(cursor.pos - record.offset);

    switch (record.dataField) {
    case 0x0: // no data
    case 0x8: // selection for readout
        break;
    case 0x5:
        setNumber(record, double(decodeReal32(data, msbFirst)));
        record.singlePrecision = true;
        break;
    case 0x9:
    case 0xA:
    case 0xB:
    case 0xC:
    case 0xE:
        decodeBcdField(data, size, msbFirst, false, record);
        break;
    case 0x7:
        // Enhanced identification as 8 bytes is a whole secondary address, not a number.
        if (record.vifTable == VifTable::Primary && record.vifCode == VifCode::EnhancedIdentification) {
            record.kind = ValueKind::SecondaryAddress;
            break;
        }
        decodeIntegerField(data, size, msbFirst, hint, record);
        break;
    default:
        decodeIntegerField(data, size, msbFirst, hint, record);
        break;
    }
    return {};
}

} // namespace mbus::decode
