#pragma once

#include "SimProcess.h"

#include "project/ProjectFile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <vector>

// A fault soak as a user measures it: mbus-sim with faults and its truth log behind a TCP
// gateway, `mbus-cli poll --json --gateway` for a while, then Ctrl-C; every delivered value
// checked against what the simulator sent. Shared by the ctest soaks and bench/fault_bench.
namespace mbus::test {

struct SoakOptions
{
    QStringList simArguments;   // the faults: --corrupt 0.2, --gateway-restart 5, ...
    int seconds = 45;
    int periodMs = 5000;        // the demo project's period for this run (1: flat out)
    int restartSeconds = 0;     // the gateway restart period given to mbus-sim (for the timing)
    int timeoutMs = 0;          // the connection's answer timeout, 0: the demo's (3000 ms)
    // The field profile's meters (give --profile field in simArguments): a record of each meter
    // with an address of its own (the two on factory address 0 collide and are not bound).
    bool fieldMeters = false;
};

inline project::Connection fieldConnection(const project::Connection &demo)
{
    project::Connection c = demo;
    c.bindings.clear();
    c.meters.clear();
    const auto bind = [&](int address, int telegram, int index) {
        project::Binding b;
        b.name = QStringLiteral("Meter %1 record %2/%3").arg(address).arg(telegram).arg(index);
        b.tag = QStringLiteral("field.m%1.t%2.r%3").arg(address).arg(telegram).arg(index);
        b.address = address;
        b.telegram = telegram;
        b.index = index;
        c.bindings << b;
    };
    bind(1, 1, 1);
    bind(1, 3, 1);
    for (const int address : {2, 3, 5, 6, 7, 8})
        bind(address, 0, 1);
    return c;
}

struct SoakResult
{
    bool ran = false;
    QString error;
    int values = 0;
    int good = 0;
    int wrongGood = 0;   // good, but no intact answer carried that value
    int staleGood = 0;   // good, but the answer that carried it was made > 4.5 s before its timestamp
    int cycles = 0;      // cycles in which the first binding was delivered (good or not)
    double minutes = 0;
    std::vector<double> restartToGoodSeconds; // per gateway restart: to the next good value

    double goodShare() const { return values ? double(good) / values : 0; }
    double cyclesPerMinute() const { return minutes > 0 ? cycles / minutes : 0; }
};

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

inline SoakResult runSoak(const SoakOptions &options)
{
    SoakResult result;
    SimProcess sim;
    const QString truthPath = sim.folder() + QStringLiteral("/truth.jsonl");
    QStringList simArgs = options.simArguments;
    simArgs << QStringLiteral("--truth") << truthPath;
    if (!sim.start(simArgs, false, true, options.seconds + 60)) {
        result.error = QStringLiteral("mbus-sim did not start");
        return result;
    }
    const QDateTime simStarted = QDateTime::currentDateTimeUtc();
    QString error;
    auto project = project::loadProject(QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj"), &error);
    if (!project) {
        result.error = error;
        return result;
    }
    if (options.fieldMeters)
        project->connections[0] = fieldConnection(project->connections[0]);
    project->connections[0].periodMs = options.periodMs;
    if (options.timeoutMs > 0)
        project->connections[0].channel.timeoutMs = options.timeoutMs;
    const QString projectPath = sim.folder() + QStringLiteral("/soak.mbwproj");
    project::saveProject(*project, projectPath, &error);
    const QString firstTag = project->connections[0].bindings.first().tag;

    QProcess poll;
    poll.start(QStringLiteral(MBUS_CLI_PATH), {QStringLiteral("poll"), projectPath, QStringLiteral("--json"), QStringLiteral("--gateway"),
                                              QStringLiteral("127.0.0.1:%1").arg(sim.tcpPort())});
    if (!poll.waitForStarted(5000)) {
        result.error = QStringLiteral("mbus-cli did not start");
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    while (clock.elapsed() < options.seconds * 1000LL) {
        poll.waitForReadyRead(200);
        out += poll.readAllStandardOutput();
    }
    ::kill(pid_t(poll.processId()), SIGINT);
    poll.waitForFinished(10000);
    out += poll.readAllStandardOutput();
    result.minutes = double(clock.elapsed()) / 60000.0;

    // What the simulator sent, per record, in order.
    QHash<QString, QList<QPair<QDateTime, QJsonValue>>> sent;
    QFile truth(truthPath);
    if (truth.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : truth.readAll().split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            if (e.isEmpty() || e.value(QStringLiteral("fate")).toString() != QLatin1String("sent"))
                continue;
            const QString key = QStringLiteral("%1/%2/%3").arg(e.value(QStringLiteral("address")).toInt())
                                    .arg(e.value(QStringLiteral("telegram")).toInt()).arg(e.value(QStringLiteral("index")).toInt());
            sent[key].append({QDateTime::fromString(e.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs),
                              e.value(QStringLiteral("value"))});
        }
    }
    std::vector<QDateTime> goodTimes;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject v = QJsonDocument::fromJson(line).object();
        if (v.isEmpty())
            continue;
        ++result.values;
        if (v.value(QStringLiteral("tag")).toString() == firstTag)
            ++result.cycles;
        if (v.value(QStringLiteral("quality")).toString() != QLatin1String("good"))
            continue;
        ++result.good;
        const QDateTime at = QDateTime::fromString(v.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
        goodTimes.push_back(at);
        const QString key = QStringLiteral("%1/%2/%3").arg(v.value(QStringLiteral("address")).toInt())
                                .arg(v.value(QStringLiteral("telegram")).toInt()).arg(v.value(QStringLiteral("index")).toInt());
        bool carried = false;
        bool fresh = false;
        for (const auto &[when, value] : sent.value(key)) {
            if (value != v.value(QStringLiteral("value")))
                continue;
            carried = true;
            // Made before it arrived (the clocks are one), and not long before: the meter's
            // turnaround within the 3 s timeout plus at most about a second of wire time at
            // 2400 Bd. An answer to an earlier, timed-out request is older than that.
            const qint64 age = when.msecsTo(at);
            fresh = fresh || (age >= -500 && age <= 4500);
        }
        result.wrongGood += carried ? 0 : 1;
        result.staleGood += carried && !fresh ? 1 : 0;
    }
    std::sort(goodTimes.begin(), goodTimes.end());
    if (options.restartSeconds > 0) {
        // mbus-sim restarts its gateway every N s from its start; the last restart may be too
        // close to the end to count.
        for (int k = 1;; ++k) {
            const QDateTime restart = simStarted.addSecs(qint64(k) * options.restartSeconds);
            if (restart.msecsTo(simStarted.addMSecs(qint64(result.minutes * 60000))) < options.periodMs + 3000)
                break;
            const auto next = std::upper_bound(goodTimes.begin(), goodTimes.end(), restart);
            if (next != goodTimes.end())
                result.restartToGoodSeconds.push_back(double(restart.msecsTo(*next)) / 1000.0);
        }
    }
    result.ran = true;
    return result;
}

} // namespace mbus::test
