#include "AtomicFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace mbus {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(mbus::AtomicFile)
public:
    static QString cannotWrite(const QString &path, const QString &why) { return tr("cannot write %1: %2").arg(path, why); }
    static QString cannotSave(const QString &path, const QString &why)
    {
        return tr("cannot write %1: %2 (the previous file is unchanged)").arg(path, why);
    }
};
} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *errorText)
{
    const auto fail = [&](const QString &text) {
        if (errorText)
            *errorText = text;
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Text::cannotWrite(path, file.errorString()));
    // A short write must not reach commit(): the rename would put a truncated file in place.
    // Less than Qt's write buffer (16 KiB) only reaches the disk on flush, and Qt 6.4's commit()
    // renames even when that flush fails (EFBIG, ENOSPC), so the flush is checked here.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        // The cause ("No space left on device") before cancelWriting() replaces it with its own.
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(Text::cannotSave(path, why));
    }
    if (!file.commit())
        return fail(Text::cannotSave(path, file.errorString()));
    return true;
}

} // namespace mbus
