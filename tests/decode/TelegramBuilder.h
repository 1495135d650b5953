#pragma once

#include "common/Error.h"
#include "decode/RecordText.h"
#include "decode/Telegram.h"
#include "decode/TelegramDecoder.h"
#include "link/CiField.h"
#include "link/Frame.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

// Telegrams for the decoder tests, built by hand from MBUS_FACTS: an RSP_UD long frame
// (C = 0x08) with CI 0x72 (or 0x76 for mode 2), the 12-byte data header of MBUS_FACTS 2.2 and
// then the records under test. The frame goes through the real link layer (encodeLongFrame,
// parseFrame) before decodeTelegram sees it, as a received frame would.
namespace mbus::test {

constexpr std::uint8_t RspUd = 0x08;
constexpr std::uint8_t SlaveAddress = 0x05;
constexpr int LongHeaderSize = 12;
// Frame offset of the first record: 68 L L 68 C A CI, then the data header.
constexpr int FirstRecordOffset = link::UserDataOffset + LongHeaderSize;

// Hex digits to bytes; spaces are only for the reader.
inline QByteArray hex(const char *digits)
{
    return QByteArray::fromHex(QByteArray(digits));
}

// ID 12345678, manufacturer PAD (0x4024, MBUS_FACTS 2.3), version 1, medium heat (0x04),
// access number 0x2A, status 0, signature 0. Mode 2 sends the multi-byte fields MSB first.
inline QByteArray dataHeader(bool msbFirst)
{
    return msbFirst ? hex("12345678 4024 01 04 2A 00 0000") : hex("78563412 2440 01 04 2A 00 0000");
}

// The telegram as decoded, with the error decodeTelegram() returned.
struct Decoded
{
    bool framed = false; // parseFrame() accepted the encoded bytes
    Error error;
    decode::Telegram telegram;

    int count() const { return int(telegram.records.size()); }
    const decode::Record &record(int index) const { return telegram.records.at(std::size_t(index)); }
    QString quantity(int index) const { return decode::quantityText(telegram, record(index)); }
    QString unit(int index) const { return decode::unitText(telegram, record(index)); }
    QString value(int index) const { return decode::valueText(telegram, record(index)); }
};

inline QByteArray responseFrame(const QByteArray &records, std::uint8_t ci = link::CiField::VariableData)
{
    const bool msbFirst = ci == link::CiField::VariableDataMsbFirst;
    return link::encodeLongFrame(RspUd, SlaveAddress, ci, dataHeader(msbFirst) + records);
}

inline Decoded decodeRecords(const QByteArray &records, std::uint8_t ci = link::CiField::VariableData)
{
    Decoded decoded;
    const Result<link::Frame> frame = link::parseFrame(responseFrame(records, ci));
    decoded.framed = frame.ok();
    if (!decoded.framed) {
        decoded.error = frame.error();
        return decoded;
    }
    decoded.error = decode::decodeTelegram(frame.value(), decoded.telegram);
    return decoded;
}

inline Decoded decodeHex(const char *records, std::uint8_t ci = link::CiField::VariableData)
{
    return decodeRecords(hex(records), ci);
}

// Frame offset of the byte at position index of the records.
constexpr int recordByte(int index)
{
    return FirstRecordOffset + index;
}

} // namespace mbus::test

namespace mbus {
// Readable QCOMPARE output for error codes ("too_many_difes" instead of a number).
inline char *toString(ErrorCode code)
{
    Error error;
    error.code = code;
    return qstrdup(error.codeName());
}
} // namespace mbus

// Decodes the records (hex) into name and stops the test unless the frame was accepted and the
// decoder reported no error.
#define MBUS_DECODE_OK(name, records)                                                                        \
    const mbus::test::Decoded name = mbus::test::decodeHex(records);                                         \
    QVERIFY2(name.framed, qPrintable(name.error.message()));                                                 \
    QVERIFY2(!name.error.isError(), qPrintable(name.error.message()))
