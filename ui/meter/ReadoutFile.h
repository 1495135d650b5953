#pragma once

#include "decode/Telegram.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// A meter's readout saved for support: the records as CSV and the telegrams as hex.
//   CSV (RFC 4180, UTF-8, English headers): telegram, index, quantity (English), value and unit as
//   the meter sent them (base unit), value and unit as the record table shows them, function,
//   storage, tariff, subunit, the record's raw bytes in hex. Telegram is Faceplate's number (0 for
//   a meter with one telegram), as the record table and a binding have it.
//   Hex: '#' comment lines, then one frame per line, start byte to stop byte, as `mbus-cli decode`
//   and the frame text reader (frametext::bytesFromInput, splitFrames) read it back.
namespace mbus::ui {

QByteArray readoutCsv(const QList<decode::Telegram> &telegrams);
QByteArray readoutHex(const QList<decode::Telegram> &telegrams, const QString &meter, const QDateTime &readAt);

// "67001001-20250301-120001.csv" (the meter's secondary address, else "address-7-…").
QString proposedReadoutName(const QString &meter, const QDateTime &now);
// The hex file beside a CSV: "x.csv" -> "x.hex".
QString readoutHexPath(const QString &csvPath);

// Writes the CSV at csvPath and the hex beside it, each atomically; false with the reason.
bool writeReadout(const QList<decode::Telegram> &telegrams, const QString &meter, const QString &csvPath,
                  QString *errorText);

} // namespace mbus::ui
