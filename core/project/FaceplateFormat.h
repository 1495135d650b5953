#pragma once

#include "project/Project.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The file the Faceplate runtime configuration is made from: one plc_mbus_connection object per
// connection with its plc_mbus_binding objects, field names and values as Faceplate's forms name
// them (Name, Period, Type, Port, Baud rate, Parity, Data/Stop bits, Timeout, IP/Hostname, Tag,
// Access, Address, Telegram, Index). A backup channel, which Faceplate shows as "Actual
// connection: Backup", is written as "Backup" with the same fields. See README for an example.
// exportFaceplate(importFaceplate(x)) == x for every x exportFaceplate wrote.
namespace mbus::project {

QByteArray exportFaceplate(const Project &project);
// Refuses a malformed file with the path of the first wrong field.
std::optional<Project> importFaceplate(const QByteArray &json, QString *errorText);

} // namespace mbus::project
