// engine_bench: the polling engine's own cost and its use of the wire.
//
// 1. 50 connections x 5 meters on in-process simulated buses that answer at once, polling flat
//    out (period 1 ms) for a few seconds: cycles/s, CPU % of this process, peak memory.
// 2. One connection, 5 meters, on a simulated 2400 Bd bus paced at 11 bits per character: the
//    poll-cycle time against the wire-time limit (every byte of every request and answer at
//    11 bits / baud, plus each meter's turnaround). Goal: <= 1.05.
//
//   build/bin/engine_bench [--seconds S]
#include "engine/PollingEngine.h"
#include "sim/SimTransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutex>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace mbus;

namespace {

// Five meters of ten records each (heat-meter-like), addresses 1..5.
sim::Profile fiveMeters()
{
    static const char *const records[] = {"0406", "0413", "022B", "023B", "025A", "025E", "0261", "046D", "0C78", "01FD17"};
    sim::Profile profile;
    for (int m = 0; m < 5; ++m) {
        sim::MeterSpec meter;
        meter.address = std::uint8_t(m + 1);
        meter.identity = *link::SecondaryAddress::fromString(QStringLiteral("670%1%2").arg(m + 1).arg(m + 1, 4, 10, QLatin1Char('0')) + QStringLiteral("2D2C3404"));
        sim::TelegramSpec telegram;
        for (const char *r : records) {
            sim::RecordSpec spec;
            spec.signature = QByteArray::fromHex(r);
            const QByteArray code(r);
            spec.value.kind = code == "046D" ? sim::ValueSource::Kind::Clock
                              : code == "01FD17" ? sim::ValueSource::Kind::Constant // one byte of error flags
                                                 : sim::ValueSource::Kind::Wave;
            spec.value.value = code == "01FD17" ? 0 : 500;
            spec.value.amplitude = 100;
            telegram.records.append(spec);
        }
        meter.telegrams.append(telegram);
        profile.meters.append(meter);
    }
    return profile;
}

project::Connection connectionFor(const sim::Profile &profile, int n, int periodMs)
{
    project::Connection c;
    c.name = QStringLiteral("bus %1").arg(n);
    c.periodMs = periodMs;
    c.channel.timeoutMs = 500;
    for (const sim::MeterSpec &meter : profile.meters) {
        const QList<sim::RecordSpec> &records = meter.telegrams.first().records;
        for (qsizetype i = 0; i < records.size(); ++i) {
            project::Binding b;
            b.name = QStringLiteral("m%1 r%2").arg(meter.address).arg(i);
            b.tag = QStringLiteral("bus%1.m%2.r%3").arg(n).arg(meter.address).arg(i);
            b.address = meter.address;
            b.index = int(i);
            b.signature = records.at(i).signature;
            c.bindings.append(b);
        }
    }
    return c;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakMemoryKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void flatOut(double seconds)
{
    const sim::Profile profile = fiveMeters();
    project::Project project;
    for (int n = 0; n < 50; ++n)
        project.connections.append(connectionFor(profile, n, 1));
    engine::PollerOptions options;
    options.transportFactory = [&profile](const project::Connection &, const project::Channel &, bool) {
        auto bus = std::make_shared<sim::SimulatedBus>(profile, link::LineSettings{38400, 8, link::Parity::Even, 1}, sim::FaultSettings{}, 1);
        return std::unique_ptr<bus::Transport>(std::make_unique<sim::SimTransport>(bus, false));
    };
    engine::PollingEngine engine(project, options);
    long cycles = 0;
    long good = 0;
    long values = 0;
    QObject::connect(&engine, &engine::PollingEngine::cycleFinished, [&](const QList<engine::TagValue> &v, const engine::ConnectionDiagnostics &) {
        ++cycles;
        values += long(v.size());
        good += long(std::count_if(v.begin(), v.end(), [](const engine::TagValue &t) { return t.isGood(); }));
    });
    QEventLoop loop;
    engine.start();
    QTimer::singleShot(500, &loop, &QEventLoop::quit); // warm-up
    loop.exec();
    cycles = good = values = 0;
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    const double elapsed = double(wall.elapsed()) / 1000;
    const double cpu = cpuSeconds() - cpu0;
    engine.stop();
    std::printf("50 connections x 5 meters (250 reads, 2500 values per round), answers at once, period 1 ms:\n"
                "  %.0f cycles/s (%.0f meter reads/s, %.0f values/s, %.1f %% good), CPU %.0f %% of one core, peak memory %.1f MB\n",
                double(cycles) / elapsed, double(cycles) * 5 / elapsed, double(values) / elapsed,
                values ? 100.0 * double(good) / double(values) : 0.0, 100 * cpu / elapsed, double(peakMemoryKb()) / 1024);
}

void wireTime(int baud, int rounds)
{
    const sim::Profile profile = fiveMeters();
    project::Project project;
    project.connections.append(connectionFor(profile, 0, 1));
    std::shared_ptr<sim::SimulatedBus> bus =
        std::make_shared<sim::SimulatedBus>(profile, link::LineSettings{baud, 8, link::Parity::Even, 1}, sim::FaultSettings{}, 1);
    engine::PollerOptions options;
    options.transportFactory = [bus](const project::Connection &, const project::Channel &, bool) {
        return std::unique_ptr<bus::Transport>(std::make_unique<sim::SimTransport>(bus, true));
    };
    engine::PollingEngine engine(project, options);
    engine.setTrafficEnabled(true);
    // The wire time of a cycle: every byte at 11 bits / baud, and each answer's turnaround.
    QMutex mutex;
    double wireMs = 0;
    QObject::connect(&engine, &engine::PollingEngine::traffic, [&](const QString &, const QList<engine::TrafficChunk> &chunks) {
        QMutexLocker lock(&mutex);
        for (const engine::TrafficChunk &chunk : chunks) {
            wireMs += double(chunk.bytes.size()) * link::characterMs(baud);
            if (chunk.outgoing)
                wireMs += bus->turnaroundMs(baud); // the meter's quiet time before it answers
        }
    });
    QList<double> ratios;
    QEventLoop loop;
    QObject::connect(&engine, &engine::PollingEngine::cycleFinished, [&](const QList<engine::TagValue> &, const engine::ConnectionDiagnostics &d) {
        QMutexLocker lock(&mutex);
        if (d.cycles > 1) // the first cycle includes opening the port
            ratios.append(double(d.cycleMs) / wireMs);
        wireMs = 0;
        if (ratios.size() >= rounds)
            loop.quit();
    });
    engine.start();
    loop.exec();
    engine.stop();
    std::sort(ratios.begin(), ratios.end());
    std::printf("one connection, 5 meters x 10 records at %d Bd (paced): cycle time / wire-time limit = %.3f median"
                " (min %.3f, max %.3f over %lld cycles)\n",
                baud, ratios.at(ratios.size() / 2), ratios.first(), ratios.last(), qlonglong(ratios.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    double seconds = 5;
    const int at = int(app.arguments().indexOf(QStringLiteral("--seconds")));
    if (at > 0 && at + 1 < app.arguments().size())
        seconds = app.arguments().at(at + 1).toDouble();
    flatOut(seconds);
    wireTime(2400, 5);
    wireTime(9600, 9);
    return 0;
}
