#include "Telegram.h"

namespace mbus::decode {

QByteArrayView Telegram::bytes(int offset, int size) const
{
    if (offset < 0 || size <= 0 || offset + size > frame.raw.size())
        return {};
    return QByteArrayView(frame.raw).sliced(offset, size);
}

QString Telegram::textOf(const Record &record) const
{
    const QByteArrayView data = dataOf(record);
    QString text;
    text.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const qsizetype at = record.textReversed ? data.size() - 1 - i : i;
        text.append(QLatin1Char(data[at]));
    }
    return text;
}

QByteArrayView Telegram::dataOf(const Record &record) const
{
    return bytes(record.dataOffset, record.dataSize);
}

QByteArrayView Telegram::signatureOf(const Record &record) const
{
    // Fixed data structure: the counter's unit code sits in the header, before the counter.
    if (record.vibSize && record.vibOffset < record.offset)
        return bytes(record.vibOffset, record.vibSize);
    const int end = record.vibSize ? record.vibOffset + record.vibSize : record.offset + 1;
    return bytes(record.offset, end - record.offset);
}

QByteArrayView Telegram::manufacturerData() const
{
    if (manufacturerDataOffset < 0)
        return {};
    return bytes(manufacturerDataOffset, int(frame.raw.size()) - 2 - manufacturerDataOffset);
}

const char *functionName(RecordFunction function)
{
    switch (function) {
    case RecordFunction::Instantaneous: return "instantaneous";
    case RecordFunction::Maximum: return "maximum";
    case RecordFunction::Minimum: return "minimum";
    case RecordFunction::Error: return "error";
    case RecordFunction::ManufacturerSpecific: return "manufacturer_specific";
    case RecordFunction::MoreRecordsFollow: return "more_records_follow";
    }
    return "instantaneous";
}

} // namespace mbus::decode
