// fault_bench: the demo project polled through mbus-sim's faults as a user measures it
// (`mbus-cli poll --json --gateway`, every value checked against the simulator's truth log), one
// line per fault and for all of them at once: values delivered, good share, wrong good values,
// good values older than they claim, cycles per minute against a clean run, and the time from
// each gateway restart to the next good value (median, max).
//
//   build/bin/fault_bench [--seconds N] [--only NAME]...
#include "FaultSoak.h"

#include <QCoreApplication>

#include <cstdio>

using namespace mbus;

namespace {

struct Scenario
{
    const char *name;
    QStringList sim;
    int periodMs;
    int restartSeconds;
};

QList<Scenario> scenarios()
{
    const auto s = [](std::initializer_list<const char *> args) {
        QStringList list;
        for (const char *a : args)
            list << QLatin1String(a);
        return list;
    };
    // 5 s period for availability (the measure), flat out for the cycle rate.
    return {
        {"clean", {}, 5000, 0},
        {"clean-flat-out", {}, 1, 0},
        {"gateway-restart-5s", s({"--gateway-restart", "5"}), 5000, 5},
        {"corrupt-0.2", s({"--corrupt", "0.2"}), 5000, 0},
        {"corrupt-0.2-flat-out", s({"--corrupt", "0.2"}), 1, 0},
        {"drop-0.2", s({"--drop", "0.2"}), 5000, 0},
        {"noise-0.2", s({"--noise", "0.2"}), 5000, 0},
        {"echo", s({"--echo"}), 5000, 0},
        {"delay-500", s({"--delay", "500"}), 5000, 0},
        {"late-2900", s({"--delay", "2900"}), 5000, 0},
        {"late-3200", s({"--delay", "3200"}), 5000, 0},
        {"combined", s({"--corrupt", "0.2", "--drop", "0.2", "--noise", "0.2", "--echo", "--gateway-restart", "5", "--delay", "500"}), 5000, 5},
        {"field-profile-combined", s({"--profile", "field", "--corrupt", "0.2", "--drop", "0.2", "--noise", "0.2", "--gateway-restart", "5"}), 5000, 5},
    };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int seconds = 60;
    QStringList only;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--seconds") && i + 1 < args.size())
            seconds = qMax(10, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--only") && i + 1 < args.size())
            only << args.at(++i);
        else {
            std::fprintf(stderr, "usage: fault_bench [--seconds N] [--only NAME]...\n");
            return 2;
        }
    }
    double cleanFlatOut = 0;
    double clean = 0;
    for (const Scenario &scenario : scenarios()) {
        const bool reference = QLatin1String(scenario.name).startsWith(QLatin1String("clean"));
        if (!only.isEmpty() && !only.contains(QLatin1String(scenario.name)) && !reference)
            continue;
        test::SoakOptions options;
        options.simArguments = scenario.sim;
        options.seconds = seconds;
        options.periodMs = scenario.periodMs;
        options.restartSeconds = scenario.restartSeconds;
        options.fieldMeters = scenario.sim.contains(QLatin1String("field"));
        const test::SoakResult r = test::runSoak(options);
        if (!r.ran) {
            std::printf("%s: did not run: %s\n", scenario.name, qPrintable(r.error));
            continue;
        }
        if (QLatin1String(scenario.name) == QLatin1String("clean-flat-out"))
            cleanFlatOut = r.cyclesPerMinute();
        if (QLatin1String(scenario.name) == QLatin1String("clean"))
            clean = r.cyclesPerMinute();
        QString line = QStringLiteral("%1: %2 values in %3 s, good %4 %, wrong good %5, stale good %6, %7 cycles/min (period %8 ms)")
                           .arg(QLatin1String(scenario.name)).arg(r.values).arg(seconds)
                           .arg(100.0 * r.goodShare(), 0, 'f', 1).arg(r.wrongGood).arg(r.staleGood)
                           .arg(r.cyclesPerMinute(), 0, 'f', 1).arg(scenario.periodMs);
        if (scenario.periodMs == 1 && cleanFlatOut > 0)
            line += QStringLiteral(", %1 of the clean flat-out rate").arg(r.cyclesPerMinute() / cleanFlatOut, 0, 'f', 2);
        else if (clean > 0)
            line += QStringLiteral(", %1 of the clean rate").arg(r.cyclesPerMinute() / clean, 0, 'f', 2);
        if (scenario.restartSeconds > 0) {
            const auto &t = r.restartToGoodSeconds;
            line += QStringLiteral(", restart to next good value: median %1 s, max %2 s over %3 restarts")
                        .arg(test::median(t), 0, 'f', 1)
                        .arg(t.empty() ? 0.0 : *std::max_element(t.begin(), t.end()), 0, 'f', 1)
                        .arg(t.size());
        }
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
    }
    return 0;
}
