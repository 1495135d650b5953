#pragma once

#include <QByteArray>
#include <QString>

namespace mbus::cli {

struct InputFile
{
    bool ok = false;
    QByteArray data;
    QString errorText;
};

// Reads a whole file, or standard input for "-"; more than maxBytes is refused (an endless
// stream, /dev/zero, a wrong file) after reading maxBytes + 1, not after running out of memory.
InputFile readInputFile(const QString &path, qint64 maxBytes);

} // namespace mbus::cli
