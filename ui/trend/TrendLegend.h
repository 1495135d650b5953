#pragma once

class QCustomPlot;

// The trend's legend in a row of its own above the plot area, so that it never covers data, its
// entries flowing into as many columns as the plot's width holds.
namespace mbus::ui {

// Moves the plot's legend from the axis rect's inset into a row above the axis rect.
void placeLegendAbovePlot(QCustomPlot *plot);
// Re-flows the entries for the plot's width; cheap when nothing changed (call before each replot).
void arrangeLegend(QCustomPlot *plot);

} // namespace mbus::ui
