#include "TelegramJson.h"

#include "decode/CombinableVife.h"
#include "decode/RecordText.h"
#include "decode/TelegramDecoder.h"
#include "link/CiField.h"
#include "link/ControlField.h"

#include <QJsonArray>

namespace mbus::frametext {

using namespace mbus::decode;

namespace {

QString compactHex(QByteArrayView bytes)
{
    return hexText(bytes).remove(QLatin1Char(' '));
}

const char *frameTypeName(link::FrameType type)
{
    switch (type) {
    case link::FrameType::Ack: return "ack";
    case link::FrameType::Short: return "short";
    case link::FrameType::Control: return "control";
    case link::FrameType::Long: return "long";
    }
    return "long";
}

const char *valueTypeName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::None: return "none";
    case ValueKind::Number: return "number";
    case ValueKind::Text: return "text";
    case ValueKind::Bytes: return "bytes";
    case ValueKind::DateTime: return "date";
    case ValueKind::InvalidBcd: return "invalid_bcd";
    case ValueKind::SecondaryAddress: return "secondary_address";
    }
    return "none";
}

QJsonValue valueJson(const Telegram &telegram, const Record &record)
{
    switch (record.kind) {
    case ValueKind::None: return QJsonValue::Null;
    case ValueKind::Number:
        return isExactInteger(record) ? QJsonValue(qint64(record.rawInteger)) : QJsonValue(displayedNumber(record));
    default: return valueText(telegram, record);
    }
}

QJsonObject headerJson(const Telegram &telegram)
{
    const DataHeader &h = telegram.header;
    QJsonObject header;
    if (h.hasIdentification())
        header.insert(QStringLiteral("id"), h.identificationText());
    if (h.hasManufacturerAndVersion()) {
        header.insert(QStringLiteral("manufacturer"),
                      h.isWildcardManufacturer() ? QStringLiteral("*") : manufacturerCode(h.manufacturer));
        header.insert(QStringLiteral("version"), h.version);
        header.insert(QStringLiteral("secondary_address"), h.secondaryAddressText());
    }
    // JSON is read by programs: its texts stay English whatever translator is installed.
    if (h.hasMedium()) {
        header.insert(QStringLiteral("medium"), h.mediumText(TextLanguage::English));
        header.insert(QStringLiteral("medium_code"), h.medium);
    }
    if (h.hasAccessAndStatus()) {
        header.insert(QStringLiteral("access_number"), h.accessNumber);
        header.insert(QStringLiteral("status"), h.status);
        header.insert(QStringLiteral("status_text"), h.statusText(TextLanguage::English));
    }
    if (h.hasSignature())
        header.insert(QStringLiteral("signature"), h.signature);
    return header;
}

QJsonObject recordJson(const Telegram &telegram, const Record &record, int index, int telegramNumber)
{
    QJsonObject r;
    if (telegramNumber > 0)
        r.insert(QStringLiteral("telegram"), telegramNumber);
    r.insert(QStringLiteral("index"), index);
    r.insert(QStringLiteral("function"), QString::fromLatin1(functionName(record.function)));
    r.insert(QStringLiteral("storage"), double(record.storage));
    r.insert(QStringLiteral("tariff"), double(record.tariff));
    r.insert(QStringLiteral("subunit"), record.subunit);
    r.insert(QStringLiteral("quantity"), quantityText(telegram, record, TextLanguage::English));
    r.insert(QStringLiteral("unit"), unitText(telegram, record));
    r.insert(QStringLiteral("value"), valueJson(telegram, record));
    r.insert(QStringLiteral("type"), QString::fromLatin1(valueTypeName(record.kind)));
    if (record.kind == ValueKind::DateTime && !record.dateTime.isPlausible())
        r.insert(QStringLiteral("valid"), false);
    if (record.recordError > 0)
        r.insert(QStringLiteral("record_error"), QString::fromUtf8(recordErrorText(std::uint8_t(record.recordError))));
    r.insert(QStringLiteral("raw"), hexText(telegram.bytes(record.offset, record.size)));
    r.insert(QStringLiteral("offset"), record.offset);
    r.insert(QStringLiteral("signature"), compactHex(telegram.signatureOf(record)));
    return r;
}

const char *kindName(TelegramKind kind)
{
    switch (kind) {
    case TelegramKind::VariableData: return "variable_data";
    case TelegramKind::FixedData: return "fixed_data";
    case TelegramKind::ApplicationError: return "application_error";
    case TelegramKind::Alarm: return "alarm";
    case TelegramKind::DataSend: return "data_send";
    case TelegramKind::Selection: return "selection";
    case TelegramKind::ApplicationReset: return "application_reset";
    case TelegramKind::BaudRateSwitch: return "baud_rate_switch";
    }
    return "variable_data";
}

} // namespace

QJsonObject frameToJson(const link::Frame &frame)
{
    QJsonObject f;
    f.insert(QStringLiteral("type"), QString::fromLatin1(frameTypeName(frame.type)));
    f.insert(QStringLiteral("length"), frame.raw.size());
    if (frame.type == link::FrameType::Ack)
        return f;
    f.insert(QStringLiteral("c"), frame.c);
    if (const char *name = link::ControlField::functionName(frame.c))
        f.insert(QStringLiteral("function"), QString::fromLatin1(name));
    f.insert(QStringLiteral("address"), frame.a);
    if (link::ControlField::fromMaster(frame.c)) {
        f.insert(QStringLiteral("fcb"), link::ControlField::fcb(frame.c));
        f.insert(QStringLiteral("fcv"), link::ControlField::fcv(frame.c));
    } else {
        f.insert(QStringLiteral("acd"), link::ControlField::acd(frame.c));
        f.insert(QStringLiteral("dfc"), link::ControlField::dfc(frame.c));
    }
    if (frame.hasCi()) {
        f.insert(QStringLiteral("ci"), frame.ci);
        if (const char *name = link::CiField::name(frame.ci))
            f.insert(QStringLiteral("ci_text"), QString::fromLatin1(name));
    }
    return f;
}

QJsonObject telegramToJson(const Telegram &telegram, int telegramNumber)
{
    QJsonObject object;
    object.insert(QStringLiteral("frame"), frameToJson(telegram.frame));
    object.insert(QStringLiteral("kind"), QString::fromLatin1(kindName(telegram.kind)));
    object.insert(QStringLiteral("header"), headerJson(telegram));
    object.insert(QStringLiteral("more_records_follow"), telegram.moreRecordsFollow);
    if (telegram.applicationError >= 0) {
        object.insert(QStringLiteral("application_error"),
                      QJsonObject{{QStringLiteral("code"), telegram.applicationError},
                                  {QStringLiteral("text"),
                                   QString::fromLatin1(applicationErrorText(telegram.applicationError))}});
    }
    if (telegram.alarmStatus >= 0)
        object.insert(QStringLiteral("alarm_status"), telegram.alarmStatus);
    if (telegram.applicationResetSubcode >= 0)
        object.insert(QStringLiteral("application_reset_subcode"), telegram.applicationResetSubcode);
    if (telegram.kind == TelegramKind::BaudRateSwitch)
        object.insert(QStringLiteral("baud_rate"), link::CiField::baudRateOf(telegram.frame.ci));
    QJsonArray records;
    for (std::size_t i = 0; i < telegram.records.size(); ++i)
        records.append(recordJson(telegram, telegram.records[i], int(i), telegramNumber));
    object.insert(QStringLiteral("records"), records);
    return object;
}

QJsonObject errorToJson(const Error &error)
{
    return QJsonObject{{QStringLiteral("error"), error.message()},
                       {QStringLiteral("error_code"), QString::fromLatin1(error.codeName())},
                       {QStringLiteral("offset"), error.offset}};
}

} // namespace mbus::frametext
