#include "InputFile.h"

#include <QFile>

#include <cstdio>

namespace mbus::cli {

InputFile readInputFile(const QString &path, qint64 maxBytes)
{
    InputFile input;
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        input.errorText = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return input;
    }
    const QString name = path == QLatin1String("-") ? QStringLiteral("standard input") : path;
    constexpr qint64 Chunk = 1 << 16;
    while (true) {
        const qint64 want = qMin(Chunk, maxBytes + 1 - input.data.size());
        const QByteArray chunk = file.read(want);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                input.errorText = QStringLiteral("cannot read %1: %2").arg(name, file.errorString());
                return input;
            }
            break; // end of the input
        }
        input.data += chunk;
        if (input.data.size() > maxBytes) {
            input.data.clear();
            input.errorText = QStringLiteral("%1 is larger than %2 MiB, more than any list of telegrams: is it the right file?")
                                  .arg(name).arg(maxBytes / (1024 * 1024));
            return input;
        }
    }
    input.ok = true;
    return input;
}

} // namespace mbus::cli
