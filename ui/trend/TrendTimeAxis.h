#pragma once

class QCPAxis;

// The trend's time axis in local time with one line of tick labels, so that a laptop's short trend
// keeps its height for data: while the view shows one day its date goes into the axis label, across
// days each tick carries day and month.
namespace mbus::ui {

void setUpTimeAxis(QCPAxis *axis);
// Fits the tick format and the label to the range now in view (call before each replot).
void labelTimeAxis(QCPAxis *axis);

} // namespace mbus::ui
