#pragma once

#include "commission/SurveyedMeter.h"
#include "bus/Request.h"

#include <QList>

// A meter's answer read into what the commissioning assistant lists: identity from the data
// header, the primary address from the A field, and the first few values as the record table
// shows them.
namespace mbus::commission {

// False when the answer has no long data header (no identity to go by).
bool describeFromAnswer(const bus::Outcome &outcome, SurveyedMeter *meter, int maxValues = 4);

// Manufacturer, medium and version from the secondary address alone (the meter did not answer a read).
void describeFromSecondary(SurveyedMeter *meter);

} // namespace mbus::commission
