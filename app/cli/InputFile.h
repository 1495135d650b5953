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

// Reads a whole file, or standard input for "-".
InputFile readInputFile(const QString &path);

} // namespace mbus::cli
