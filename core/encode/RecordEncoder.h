#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <cstdint>

// The reverse of the decoder for one record: a signature (DIF, DIFEs, VIF, VIFEs) and a value
// become the record's bytes. The simulator builds its telegrams with it; writes (SND_UD) will too.
namespace mbus::encode {

struct RecordValue
{
    enum class Kind : std::uint8_t { Number, Text, DateTime };
    Kind kind = Kind::Number;
    double raw = 0;      // the number as sent, before the VIF's scaling (0.1 °C steps for VIF 0x5A)
    QString text;        // LVAR text
    QDateTime dateTime;  // types F, G, I by the data field size

    static RecordValue number(double raw) { return {Kind::Number, raw, {}, {}}; }
    static RecordValue ofText(const QString &text) { return {Kind::Text, 0, text, {}}; }
    static RecordValue ofDateTime(const QDateTime &dt) { return {Kind::DateTime, 0, {}, dt}; }
};

// The data bytes for the data field of dif (integers LSB first, BCD, 32-bit real, LVAR text,
// dates). Values that do not fit the field are an error, never silently cut.
Result<QByteArray> encodeData(std::uint8_t dif, const RecordValue &value);
// signature + encodeData(signature[0], value).
Result<QByteArray> encodeRecord(QByteArrayView signature, const RecordValue &value);

QByteArray encodeTypeF(const QDateTime &dateTime);
QByteArray encodeTypeG(const QDate &date);
QByteArray encodeTypeI(const QDateTime &dateTime);

} // namespace mbus::encode
