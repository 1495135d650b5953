#include "TelegramDecoder.h"

#include "decode/DataCoding.h"
#include "decode/FixedDataParser.h"
#include "decode/VariableDataParser.h"
#include "link/CiField.h"

namespace mbus::decode {

namespace {

namespace Ci = link::CiField;

constexpr int LongHeaderSize = 12;
constexpr int ShortHeaderSize = 4;
constexpr int SelectionSize = 8;

const std::uint8_t *frameBytes(const Telegram &telegram)
{
    return reinterpret_cast<const std::uint8_t *>(telegram.frame.raw.constData());
}

Error needBytes(int have, int need, int offset)
{
    if (have >= need)
        return {};
    return Error::at(ErrorCode::HeaderTruncated, offset + have, need, have);
}

// Identification, manufacturer, version and medium: the secondary address, as in the long
// header and the selection request.
void readIdentity(const std::uint8_t *p, bool msbFirst, DataHeader &header)
{
    header.identification = std::uint32_t(decodeUnsignedInteger(p, 4, msbFirst));
    header.manufacturer = std::uint16_t(decodeUnsignedInteger(p + 4, 2, msbFirst));
    header.version = p[6];
    header.medium = p[7];
}

Error decodeVariable(Telegram &telegram, int from, int end, DataHeader::Form form)
{
    const std::uint8_t *p = frameBytes(telegram) + from;
    DataHeader &header = telegram.header;
    header.form = form;
    int headerSize = 0;
    if (form == DataHeader::Form::Long) {
        if (Error e = needBytes(end - from, LongHeaderSize, from); e.isError())
            return e;
        readIdentity(p, telegram.msbFirst, header);
        header.accessNumber = p[8];
        header.status = p[9];
        header.signature = std::uint16_t(decodeUnsignedInteger(p + 10, 2, telegram.msbFirst));
        headerSize = LongHeaderSize;
    } else if (form == DataHeader::Form::Short) {
        if (Error e = needBytes(end - from, ShortHeaderSize, from); e.isError())
            return e;
        header.accessNumber = p[0];
        header.status = p[1];
        header.signature = std::uint16_t(decodeUnsignedInteger(p + 2, 2, telegram.msbFirst));
        headerSize = ShortHeaderSize;
    }
    return parseVariableData(telegram, from + headerSize, end);
}

void reset(Telegram &telegram, const link::Frame &frame)
{
    telegram.frame = frame;
    telegram.kind = TelegramKind::VariableData;
    telegram.msbFirst = false;
    telegram.header = DataHeader{};
    telegram.records.clear();
    telegram.moreRecordsFollow = false;
    telegram.manufacturerDataOffset = -1;
    telegram.applicationError = -1;
    telegram.alarmStatus = -1;
    telegram.applicationResetSubcode = -1;
}

} // namespace

Error decodeTelegram(const link::Frame &frame, Telegram &telegram)
{
    reset(telegram, frame);
    if (!frame.hasCi())
        return Error::at(ErrorCode::NoUserData, 0);
    const int from = link::UserDataOffset;
    const int end = int(frame.raw.size()) - 2; // checksum and stop byte
    const std::uint8_t *p = frameBytes(telegram) + from;
    const int size = end - from;
    const std::uint8_t ci = frame.ci;

    switch (ci) {
    case Ci::VariableDataMsbFirst:
        telegram.msbFirst = true;
        [[fallthrough]];
    case Ci::VariableData:
        return decodeVariable(telegram, from, end, DataHeader::Form::Long);
    case Ci::VariableDataShortHeader:
        return decodeVariable(telegram, from, end, DataHeader::Form::Short);
    case Ci::VariableDataNoHeader:
        return decodeVariable(telegram, from, end, DataHeader::Form::None);
    case Ci::FixedDataMsbFirst:
        telegram.msbFirst = true;
        [[fallthrough]];
    case Ci::FixedData:
        telegram.kind = TelegramKind::FixedData;
        return parseFixedData(telegram, from, end);
    case Ci::ApplicationError:
        telegram.kind = TelegramKind::ApplicationError;
        telegram.applicationError = size > 0 ? p[0] : 0;
        return {};
    case Ci::Alarm:
        telegram.kind = TelegramKind::Alarm;
        telegram.alarmStatus = size > 0 ? p[0] : 0;
        return {};
    case Ci::DataSendMsbFirst:
        telegram.msbFirst = true;
        [[fallthrough]];
    case Ci::DataSend:
        telegram.kind = TelegramKind::DataSend;
        return decodeVariable(telegram, from, end, DataHeader::Form::None);
    case Ci::SlaveSelectMsbFirst:
        telegram.msbFirst = true;
        [[fallthrough]];
    case Ci::SlaveSelect:
        telegram.kind = TelegramKind::Selection;
        if (Error e = needBytes(size, SelectionSize, from); e.isError())
            return e;
        telegram.header.form = DataHeader::Form::Selection;
        readIdentity(p, telegram.msbFirst, telegram.header);
        return {};
    case Ci::ApplicationReset:
        telegram.kind = TelegramKind::ApplicationReset;
        telegram.applicationResetSubcode = size > 0 ? p[0] : -1;
        return {};
    default:
        break;
    }
    if (Ci::isBaudRateSwitch(ci)) {
        telegram.kind = TelegramKind::BaudRateSwitch;
        return {};
    }
    return Error::at(ErrorCode::UnsupportedCi, link::UserDataOffset - 1, -1, ci);
}

Result<Telegram> decodeTelegram(const link::Frame &frame)
{
    Telegram telegram;
    const Error error = decodeTelegram(frame, telegram);
    if (error.isError())
        return error;
    return telegram;
}

const char *applicationErrorText(int code)
{
    switch (code) {
    case 0x00: return "unspecified error";
    case 0x01: return "unimplemented CI field";
    case 0x02: return "buffer too long, truncated";
    case 0x03: return "too many records";
    case 0x04: return "premature end of record";
    case 0x05: return "more than 10 DIFEs";
    case 0x06: return "more than 10 VIFEs";
    case 0x08: return "application busy";
    case 0x09: return "too many readouts";
    default: return "reserved error code";
    }
}

} // namespace mbus::decode
