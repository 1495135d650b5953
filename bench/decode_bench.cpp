// decode_bench: decodes the libmbus test corpus in a loop and prints frames/s and records/s,
// the median of several runs, plus heap allocations per frame in the hot path.
//
//   build/bin/decode_bench [CORPUS_DIR] [--runs N] [--seconds S]
//
// CORPUS_DIR defaults to ../shared/corpus/libmbus/frames; without it the bench decodes the
// sample telegrams in resources/telegrams. Two figures are printed: "decode" (the application
// layer from already framed bytes, what a poller does per answer) and "parse+decode" (from raw
// bytes through the frame checks, what `mbus-cli decode` does per frame).
#include "decode/TelegramDecoder.h"
#include "frametext/HexInput.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

std::atomic<long long> allocations{0};

} // namespace

// Every heap allocation of the process is counted (QByteArray and QString allocate with malloc,
// std containers with operator new, which ends in malloc too), so the bench can say how many the
// hot path makes. glibc exposes its allocator as __libc_malloc for exactly this kind of wrapper.
extern "C" {
void *__libc_malloc(std::size_t size);
void *__libc_calloc(std::size_t count, std::size_t size);
void *__libc_realloc(void *p, std::size_t size);

void *malloc(std::size_t size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(size);
}

void *calloc(std::size_t count, std::size_t size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_calloc(count, size);
}

void *realloc(void *p, std::size_t size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_realloc(p, size);
}
}

namespace {

using Clock = std::chrono::steady_clock;

QList<QByteArray> loadFrames(const QString &dir)
{
    QList<QByteArray> frames;
    const QDir folder(dir);
    for (const QString &name : folder.entryList({QStringLiteral("*.hex")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const auto bytes = mbus::frametext::bytesFromInput(file.readAll());
        if (!bytes)
            continue;
        const auto split = mbus::frametext::splitFrames(bytes.value());
        if (!split)
            continue;
        for (const auto &frame : split.value())
            frames.append(frame.raw);
    }
    return frames;
}

struct RunResult
{
    double framesPerSecond = 0;
    double recordsPerSecond = 0;
    double allocationsPerFrame = 0;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// One timed run of about `seconds`; withParse includes the link-layer checks and framing.
RunResult runOnce(const QList<QByteArray> &raw, const std::vector<mbus::link::Frame> &frames, bool withParse,
                  double seconds)
{
    mbus::decode::Telegram telegram;
    telegram.records.reserve(128);
    long long decodedFrames = 0;
    long long decodedRecords = 0;
    const long long allocationsBefore = allocations.load();
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::duration<double>(seconds);
    do {
        for (std::size_t i = 0; i < frames.size(); ++i) {
            if (withParse) {
                const auto frame = mbus::link::parseFrame(raw.at(qsizetype(i)));
                if (frame)
                    mbus::decode::decodeTelegram(frame.value(), telegram);
            } else {
                mbus::decode::decodeTelegram(frames[i], telegram);
            }
            decodedRecords += qsizetype(telegram.records.size());
        }
        decodedFrames += qsizetype(frames.size());
    } while (Clock::now() < deadline);
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    RunResult result;
    result.framesPerSecond = decodedFrames / elapsed;
    result.recordsPerSecond = decodedRecords / elapsed;
    result.allocationsPerFrame = double(allocations.load() - allocationsBefore) / double(decodedFrames);
    return result;
}

void report(const char *name, const QList<QByteArray> &raw, const std::vector<mbus::link::Frame> &frames,
            bool withParse, int runs, double seconds)
{
    runOnce(raw, frames, withParse, 0.2); // warm-up: caches, record vector capacity
    std::vector<double> fps, rps, apf;
    for (int i = 0; i < runs; ++i) {
        const RunResult r = runOnce(raw, frames, withParse, seconds);
        fps.push_back(r.framesPerSecond);
        rps.push_back(r.recordsPerSecond);
        apf.push_back(r.allocationsPerFrame);
    }
    std::printf("%-13s median of %d runs: %.3f M frames/s, %.2f M records/s, %.2f allocations/frame"
                " (runs: min %.3f, max %.3f M frames/s)\n",
                name, runs, median(fps) / 1e6, median(rps) / 1e6, median(apf),
                *std::min_element(fps.begin(), fps.end()) / 1e6, *std::max_element(fps.begin(), fps.end()) / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QString dir = QStringLiteral(MBUS_SHARED_DIR "/corpus/libmbus/frames");
    int runs = 7;
    double seconds = 1.0;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--seconds" && i + 1 < argc)
            seconds = std::max(0.05, std::atof(argv[++i]));
        else
            dir = QString::fromLocal8Bit(arg);
    }
    if (!QDir(dir).exists())
        dir = QStringLiteral(MBUS_SOURCE_DIR "/resources/telegrams");

    const QList<QByteArray> raw = loadFrames(dir);
    std::vector<mbus::link::Frame> frames;
    long long records = 0;
    for (const QByteArray &bytes : raw) {
        const auto frame = mbus::link::parseFrame(bytes);
        frames.push_back(frame.value());
        mbus::decode::Telegram telegram;
        mbus::decode::decodeTelegram(frame.value(), telegram);
        records += qsizetype(telegram.records.size());
    }
    if (frames.empty()) {
        std::fprintf(stderr, "decode_bench: no frames in %s\n", qPrintable(dir));
        return 1;
    }
    std::printf("corpus: %s\n%zu frames, %lld records (%.1f records/frame)\n", qPrintable(dir), frames.size(),
                records, double(records) / double(frames.size()));
    report("decode", raw, frames, false, runs, seconds);
    report("parse+decode", raw, frames, true, runs, seconds);
    std::printf("reference: libmbus parses this corpus at about 0.33 M frames/s on this machine class"
                " (issue #2); goal >= 0.7 M frames/s\n");
    return 0;
}
