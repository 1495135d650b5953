#include "WriteEncoding.h"

#include "decode/DataCoding.h"
#include "decode/VariableDataParser.h"
#include "decode/VifTables.h"
#include "encode/RecordEncoder.h"

namespace mbus::engine {

namespace {

// How the decoder reads this signature: its DIB and VIB with a zero value after them (an LVAR
// field as empty text).
std::optional<decode::Record> recordShape(const QByteArray &signature)
{
    const std::uint8_t dif = std::uint8_t(signature.at(0));
    const int size = decode::dataFieldSize(dif & 0x0F);
    const QByteArray zero = size < 0 ? QByteArray(1, '\0') : QByteArray(size, '\0');
    decode::Record record;
    if (decode::parseRecordBytes(signature + zero, record).isError())
        return std::nullopt;
    return record;
}

} // namespace

std::optional<QByteArray> encodeWrite(const project::Binding &binding, const QVariant &value, QString *errorText)
{
    if (!project::canWrite(binding.access)) {
        *errorText = QStringLiteral("binding \"%1\" is read-only (Access R)").arg(binding.name);
        return std::nullopt;
    }
    if (binding.signature.isEmpty()) {
        *errorText = QStringLiteral("binding \"%1\" has no record signature to write with").arg(binding.name);
        return std::nullopt;
    }
    const std::optional<decode::Record> shape = recordShape(binding.signature);
    if (!shape) {
        *errorText = QStringLiteral("the record signature of \"%1\" does not decode").arg(binding.name);
        return std::nullopt;
    }
    encode::RecordValue recordValue;
    if (shape->kind == decode::ValueKind::DateTime) {
        recordValue = encode::RecordValue::ofDateTime(QDateTime::fromString(value.toString(), Qt::ISODate));
        if (!recordValue.dateTime.isValid()) {
            *errorText = QStringLiteral("\"%1\" is not a date/time like 2026-11-25T08:30:00").arg(value.toString());
            return std::nullopt;
        }
    } else if (shape->kind == decode::ValueKind::Text) {
        recordValue = encode::RecordValue::ofText(value.toString());
    } else {
        bool ok = false;
        double number = value.toDouble(&ok);
        if (ok && binding.scale != 0) // the binding's transformation backwards
            number = (number - binding.offset) / binding.scale;
        if (!ok) {
            *errorText = QStringLiteral("\"%1\" is not a number").arg(value.toString());
            return std::nullopt;
        }
        // The decoder's scaling backwards: value = raw * 10^exponent * factor + additive.
        const double scale = decode::applyScale(1.0, shape->exponent, shape->factor);
        recordValue = encode::RecordValue::number((number - shape->additive) / scale);
    }
    const auto bytes = encode::encodeRecord(binding.signature, recordValue);
    if (!bytes) {
        *errorText = QStringLiteral("%1 does not fit the record of \"%2\"").arg(value.toString(), binding.name);
        return std::nullopt;
    }
    return bytes.value();
}

} // namespace mbus::engine
