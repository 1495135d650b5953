#pragma once

#include "decode/DataHeader.h"
#include "decode/Record.h"
#include "link/Frame.h"

#include <QByteArray>
#include <QString>

#include <vector>

// A decoded RSP_UD: the frame it came from, the data header and the records.
namespace mbus::decode {

enum class TelegramKind : std::uint8_t {
    VariableData,     // CI 0x72, 0x76, 0x78, 0x7A
    FixedData,        // CI 0x73, 0x77
    ApplicationError, // CI 0x70
    Alarm,            // CI 0x71
    // Master requests, decoded so that a captured SND_UD can be read too.
    DataSend,         // CI 0x51, 0x55: records without header (set address, write a value)
    Selection,        // CI 0x52, 0x56: select by secondary address
    ApplicationReset, // CI 0x50, optional subcode in applicationResetSubcode
    BaudRateSwitch,   // CI 0xB8..0xBF
};

struct Telegram
{
    link::Frame frame;
    TelegramKind kind = TelegramKind::VariableData;
    bool msbFirst = false; // mode 2 (CI 0x76, 0x77): multi-byte values are sent MSB first
    DataHeader header;
    std::vector<Record> records;
    bool moreRecordsFollow = false;   // the telegram ended with DIF 0x1F
    int manufacturerDataOffset = -1;  // first byte after DIF 0x0F/0x1F, -1 when none
    int applicationError = -1;        // CI 0x70 error code (0 = unspecified), -1 when none
    int alarmStatus = -1;             // CI 0x71 alarm byte, -1 when none
    int applicationResetSubcode = -1; // CI 0x50 subcode, -1 when none

    // The bytes of the frame from offset, size bytes long (bounds already checked by the decoder).
    QByteArrayView bytes(int offset, int size) const;
    // Value of a Text record (characters in reading order).
    QString textOf(const Record &record) const;
    // Data bytes of a record (or of the manufacturer block) as they appear in the frame.
    QByteArrayView dataOf(const Record &record) const;
    // DIF, DIFEs, VIF, VIFEs and plain-text unit: the record without its value. Two records with the
    // same signature mean the same thing; the binding drift guard compares them.
    QByteArrayView signatureOf(const Record &record) const;
    QByteArrayView manufacturerData() const;
};

} // namespace mbus::decode
