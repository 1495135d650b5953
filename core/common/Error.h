#pragma once

#include <QString>

#include <utility>

// Errors are values: a code that says which check failed, the byte offset where it failed and,
// where it helps the reader, the expected and actual byte. Nothing in core throws.
namespace mbus {

enum class ErrorCode : unsigned char {
    None,
    // Link layer (EN 13757-2 frame checks).
    EmptyInput,
    UnknownStartByte,
    LengthOutOfRange,
    LengthMismatch,
    SecondStartByteMissing,
    Truncated,
    TrailingBytes,
    ChecksumMismatch,
    StopByteMissing,
    // Application layer (EN 13757-3).
    NoUserData,
    UnsupportedCi,
    HeaderTruncated,
    DifeTruncated,
    ReservedDif,
    TooManyDifes,
    VifTruncated,
    TooManyVifes,
    PlainTextTruncated,
    DataTruncated,
    LvarReserved,
    FixedDataTruncated,
    // Input handling.
    InvalidHex,
    ValueOutOfRange,
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    int offset = -1;   // byte offset in the frame (or input) where the problem was found
    int expected = -1; // the byte or count the check wanted, -1 when not applicable
    int actual = -1;   // what was there

    bool isError() const { return code != ErrorCode::None; }
    // A sentence for the user, e.g. "Checksum error at byte 12: expected 0x3A, found 0x3B".
    QString message() const;
    // A short stable name for the code ("checksum_mismatch"), for JSON and logs.
    const char *codeName() const;

    static Error at(ErrorCode code, int offset, int expected = -1, int actual = -1)
    {
        return Error{code, offset, expected, actual};
    }
};

// A value or the error that prevented it. T must be default-constructible.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(error) {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return m_value; }
    T &value() & { return m_value; }
    T &&value() && { return std::move(m_value); }
    const Error &error() const { return m_error; }

private:
    T m_value{};
    Error m_error;
};

} // namespace mbus
