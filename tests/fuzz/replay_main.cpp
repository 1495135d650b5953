// Without libFuzzer (a non-clang build) the fuzz target still runs: this driver feeds it every
// file of the directories given, so the seeds are decoded under the normal test run.
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char *argv[])
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (path.startsWith(QLatin1Char('-')))
            continue; // libFuzzer options are ignored here
        QDir dir(path);
        const QStringList entries = dir.entryList(QDir::Files);
        for (const QString &name : entries) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size()));
            ++files;
        }
    }
    std::printf("replayed %d inputs\n", files);
    return 0;
}
