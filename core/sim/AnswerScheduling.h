#pragma once

#include "sim/PacedWriter.h"
#include "sim/SimulatedBus.h"

namespace mbus::sim {

// Puts the bus's answers to a request on the line: the converter's echo at once, a meter's answer
// after the request has been on the wire (requestBytes at masterBaud) and the meter's turnaround.
void scheduleAnswers(PacedWriter &writer, const QList<BusAnswer> &answers, qsizetype requestBytes, int masterBaud);

} // namespace mbus::sim
