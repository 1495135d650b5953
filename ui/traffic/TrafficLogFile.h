#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The traffic log as a text file for support: three header lines starting with "#", then one line
// per frame, oldest first, its columns separated by tabs:
//   time (local, milliseconds, UTC offset) | connection | direction | address | kind | frame | bytes
//   2025-03-01 12:00:01.250 +01:00	Bus A	master→meter	5	frame	REQ_UD2 FCB=1 → 5	10 7B 05 80 16
// direction is "master→meter" or "meter→master"; address is the frame's primary address, in
// brackets when taken from the request an answer follows, empty when unknown; kind is "frame",
// "echo", "broken", "garbage" or "incomplete". The file is a fixed format in English (UTF-8), like
// the project's other exports, so a support engineer reads every user's file the same way.
namespace mbus::ui {

class TrafficLogModel;

// Every frame the model's ring holds, whatever its filter shows.
QByteArray trafficLogText(const TrafficLogModel &model, const QDateTime &savedAt);

// Writes atomically: a failed save leaves no partial file, and an older file as it was.
bool writeTrafficLog(const TrafficLogModel &model, const QString &path, QString *errorText);

// "2025-03-01 12:00:01.250 +01:00": local time with the offset, so times compare across sites.
QString trafficLogTime(qint64 msecsSinceEpoch);

// The name the save dialog proposes: "traffic-20250301-120001.txt".
QString proposedTrafficLogName(const QDateTime &now);
// path with ".txt" added when the user typed a name without a suffix.
QString withTrafficLogSuffix(const QString &path);

} // namespace mbus::ui
