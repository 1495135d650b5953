#include "Error.h"

#include <QCoreApplication>

namespace mbus {

namespace {

// Core messages are translatable (lupdate reads this context); the GUI installs the translators.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(mbus::Error)
public:
    static QString describe(const Error &e);
    static QString atByte(int offset) { return tr(" (at byte %1)").arg(offset); }
};

QString hexByte(int value)
{
    return QStringLiteral("0x") + QString::number(value & 0xFF, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

QString ErrorText::describe(const Error &e)
{
    switch (e.code) {
    case ErrorCode::None: return tr("No error");
    case ErrorCode::EmptyInput: return tr("Empty input: no bytes to decode");
    case ErrorCode::UnknownStartByte:
        return tr("Not a frame start: %1 is none of E5, 10 or 68").arg(hexByte(e.actual));
    case ErrorCode::LengthOutOfRange:
        return tr("Length field L = %1 is below the minimum of 3").arg(e.actual);
    case ErrorCode::LengthMismatch:
        return tr("Length fields differ: L = %1, repeated L = %2").arg(e.expected).arg(e.actual);
    case ErrorCode::SecondStartByteMissing:
        return tr("Second start byte missing: expected 0x68, found %1").arg(hexByte(e.actual));
    case ErrorCode::Truncated:
        return tr("Frame truncated: %1 bytes needed, %2 present").arg(e.expected).arg(e.actual);
    case ErrorCode::TrailingBytes:
        return tr("Unexpected bytes after the frame (%1 bytes)").arg(e.actual);
    case ErrorCode::ChecksumMismatch:
        return tr("Checksum error: expected %1, found %2").arg(hexByte(e.expected), hexByte(e.actual));
    case ErrorCode::StopByteMissing:
        return tr("Stop byte missing: expected 0x16, found %1").arg(hexByte(e.actual));
    case ErrorCode::NoUserData:
        return tr("Frame carries no application data");
    case ErrorCode::UnsupportedCi:
        return tr("Unsupported CI field %1").arg(hexByte(e.actual));
    case ErrorCode::HeaderTruncated:
        return tr("Data header truncated: %1 bytes needed, %2 present").arg(e.expected).arg(e.actual);
    case ErrorCode::DifeTruncated:
        return tr("Premature end of record: DIF extension expected");
    case ErrorCode::ReservedDif:
        return tr("Reserved special function DIF %1").arg(hexByte(e.actual));
    case ErrorCode::TooManyDifes:
        return tr("More than %1 DIF extensions in one record").arg(e.expected);
    case ErrorCode::VifTruncated:
        return tr("Premature end of record: VIF or VIF extension expected");
    case ErrorCode::TooManyVifes:
        return tr("More than %1 VIF extensions in one record").arg(e.expected);
    case ErrorCode::PlainTextTruncated:
        return tr("Plain-text unit truncated: %1 characters announced, %2 present").arg(e.expected).arg(e.actual);
    case ErrorCode::DataTruncated:
        return tr("Premature end of record: %1 data bytes needed, %2 present").arg(e.expected).arg(e.actual);
    case ErrorCode::LvarReserved:
        return tr("Variable-length data with reserved length byte %1").arg(hexByte(e.actual));
    case ErrorCode::FixedDataTruncated:
        return tr("Fixed data structure truncated: %1 bytes needed, %2 present").arg(e.expected).arg(e.actual);
    case ErrorCode::InvalidHex:
        return tr("Not hexadecimal input");
    case ErrorCode::ValueOutOfRange:
        return tr("Value does not fit the record's data field");
    }
    return tr("Unknown error");
}

} // namespace

QString Error::message() const
{
    QString text = ErrorText::describe(*this);
    if (offset >= 0 && code != ErrorCode::None)
        text += ErrorText::atByte(offset);
    return text;
}

const char *Error::codeName() const
{
    switch (code) {
    case ErrorCode::None: return "none";
    case ErrorCode::EmptyInput: return "empty_input";
    case ErrorCode::UnknownStartByte: return "unknown_start_byte";
    case ErrorCode::LengthOutOfRange: return "length_out_of_range";
    case ErrorCode::LengthMismatch: return "length_mismatch";
    case ErrorCode::SecondStartByteMissing: return "second_start_byte_missing";
    case ErrorCode::Truncated: return "truncated";
    case ErrorCode::TrailingBytes: return "trailing_bytes";
    case ErrorCode::ChecksumMismatch: return "checksum_mismatch";
    case ErrorCode::StopByteMissing: return "stop_byte_missing";
    case ErrorCode::NoUserData: return "no_user_data";
    case ErrorCode::UnsupportedCi: return "unsupported_ci";
    case ErrorCode::HeaderTruncated: return "header_truncated";
    case ErrorCode::DifeTruncated: return "dife_truncated";
    case ErrorCode::ReservedDif: return "reserved_dif";
    case ErrorCode::TooManyDifes: return "too_many_difes";
    case ErrorCode::VifTruncated: return "vif_truncated";
    case ErrorCode::TooManyVifes: return "too_many_vifes";
    case ErrorCode::PlainTextTruncated: return "plain_text_truncated";
    case ErrorCode::DataTruncated: return "data_truncated";
    case ErrorCode::LvarReserved: return "lvar_reserved";
    case ErrorCode::FixedDataTruncated: return "fixed_data_truncated";
    case ErrorCode::InvalidHex: return "invalid_hex";
    case ErrorCode::ValueOutOfRange: return "value_out_of_range";
    }
    return "unknown";
}

} // namespace mbus
