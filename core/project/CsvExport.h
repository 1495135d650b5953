#pragma once

#include "project/Project.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// CSV for spreadsheets (RFC 4180: comma separated, quoted where needed, CRLF line ends).
namespace mbus::project {

QByteArray csvLine(const QStringList &fields);
// One row per binding: connection, name, tag, access, address, telegram, index, description,
// signature.
QByteArray bindingsCsv(const Project &project);

} // namespace mbus::project
