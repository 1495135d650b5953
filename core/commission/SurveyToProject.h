#pragma once

#include "commission/SurveyedMeter.h"
#include "project/Project.h"

// What a survey teaches the project about a connection: meters it found join it, meters it knows
// (by secondary address) that the plan moved get their new address, and the bindings of a moved
// meter follow it, so that polling reads the same meter as before.
namespace mbus::commission {

project::Connection withSurveyedMeters(project::Connection connection, const QList<commission::SurveyedMeter> &meters);

} // namespace mbus::commission
