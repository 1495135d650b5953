#pragma once

#include <vector>

// Shared by the ui_bench figures: the command line's options and a percentile.
namespace mbus::bench {

struct Options
{
    int points = 1'000'000; // trend-replot: per tag
    int replots = 20;       // trend-replot
    int stallSeconds = 10;  // gui-stall: measured time per run
    int starts = 10;        // first-window: program starts
};

double percentile(std::vector<double> values, double p);

void guiStall(const Options &options);
void editStall(const Options &options);
void firstWindow(const Options &options);
void trafficAppend(const Options &options);

} // namespace mbus::bench
