#pragma once

#include <QByteArray>
#include <QString>

// Every file the tools write (projects, exports, reports) goes through here: written to a
// temporary file and renamed over the old one only when complete, so a crash, a full disk or a
// file-size limit leaves the previous file as it was.
namespace mbus {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *errorText);

} // namespace mbus
