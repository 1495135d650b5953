#include "InputFile.h"

#include <QFile>

#include <cstdio>

namespace mbus::cli {

InputFile readInputFile(const QString &path)
{
    InputFile input;
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        input.errorText = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return input;
    }
    input.data = file.readAll();
    input.ok = true;
    return input;
}

} // namespace mbus::cli
