#include "VariableDataParser.h"

#include "decode/DataInformationBlock.h"
#include "decode/RecordValue.h"
#include "decode/ValueInformationBlock.h"

namespace mbus::decode {

namespace {

// DIF 0x0F / 0x1F: everything after it is manufacturer data. It counts as a record, as libmbus
// and node-mbus count it, so record indexes agree with what users see in those tools.
void appendManufacturerBlock(Telegram &telegram, Cursor &cursor)
{
    Record &record = telegram.records.emplace_back();
    record.offset = std::uint16_t(cursor.pos);
    record.dif = cursor.take();
    record.dataField = Dif::SpecialFunction;
    const bool more = record.dif == Dif::MoreRecordsFollow;
    record.function = more ? RecordFunction::MoreRecordsFollow : RecordFunction::ManufacturerSpecific;
    record.quantity = more ? QT_TRANSLATE_NOOP("mbus::decode::Quantity", "More records follow")
                           : QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Manufacturer specific data");
    record.dataOffset = std::uint16_t(cursor.pos);
    record.dataSize = std::uint16_t(cursor.remaining());
    record.kind = record.dataSize ? ValueKind::Bytes : ValueKind::None;
    record.size = std::uint16_t(cursor.end - record.offset);
    telegram.moreRecordsFollow = more;
    telegram.manufacturerDataOffset = cursor.pos;
    cursor.pos = cursor.end;
}

Error parseRecordAt(Cursor &cursor, bool msbFirst, Record &record)
{
    record.offset = std::uint16_t(cursor.pos);
    Error error = parseDataInformationBlock(cursor, record);
    if (error.isError())
        return error;
    if (record.dataField == Dif::SpecialFunction) {
        // Only 0x0F, 0x1F and 0x2F carry meaning in a response; a global readout request (0x7F)
        // has no VIB and no data.
        if (record.dif == Dif::GlobalReadout && record.difeCount == 0) {
            // Its bits are no function or storage number.
            record.function = RecordFunction::Instantaneous;
            record.storage = 0;
            record.quantity = QT_TRANSLATE_NOOP("mbus::decode::Quantity", "Global readout request");
            record.size = 1;
            return {};
        }
        return Error::at(ErrorCode::ReservedDif, record.offset, -1, record.dif);
    }
    ValueHint hint = ValueHint::Number;
    error = parseValueInformationBlock(cursor, record, hint);
    if (error.isError())
        return error;
    return parseRecordValue(cursor, msbFirst, hint, record);
}

Error parseRecord(Telegram &telegram, Cursor &cursor)
{
    Record &record = telegram.records.emplace_back();
    return parseRecordAt(cursor, telegram.msbFirst, record);
}

} // namespace

Error parseRecordBytes(QByteArrayView bytes, Record &record)
{
    if (bytes.isEmpty())
        return Error::at(ErrorCode::EmptyInput, 0);
    Cursor cursor{reinterpret_cast<const std::uint8_t *>(bytes.data()), 0, int(bytes.size())};
    const std::uint8_t dif = cursor.peek();
    if (dif == Dif::IdleFiller || dif == Dif::ManufacturerData || dif == Dif::MoreRecordsFollow)
        return Error::at(ErrorCode::ReservedDif, 0, -1, dif);
    const Error error = parseRecordAt(cursor, false, record);
    if (error.isError())
        return error;
    if (!cursor.atEnd())
        return Error::at(ErrorCode::TrailingBytes, cursor.pos, int(bytes.size()), cursor.pos);
    return {};
}

Error parseVariableData(Telegram &telegram, int from, int end)
{
    Cursor cursor{reinterpret_cast<const std::uint8_t *>(telegram.frame.raw.constData()), from, end};
    while (!cursor.atEnd()) {
        const std::uint8_t dif = cursor.peek();
        if (dif == Dif::IdleFiller) {
            ++cursor.pos;
            continue;
        }
        if (dif == Dif::ManufacturerData || dif == Dif::MoreRecordsFollow) {
            appendManufacturerBlock(telegram, cursor);
            break;
        }
        const Error error = parseRecord(telegram, cursor);
        if (error.isError()) {
            telegram.records.pop_back(); // the half-read record is not a record
            return error;
        }
    }
    return {};
}

} // namespace mbus::decode
