#pragma once

#include "commission/SurveyedMeter.h"
#include "project/Project.h"

// What a survey teaches the project about a connection: meters it found join it, meters it knows
// (by secondary address) that the plan moved get their new address, and the bindings of a moved
// meter follow it, so that polling reads the same meter as before.
namespace mbus::commission {

project::Connection withSurveyedMeters(project::Connection connection, const QList<commission::SurveyedMeter> &meters);

// A tag that names a meter's old address ("water0.volume" after the meter moved from 0 to 5),
// and the name it would have at the new one ("water5.volume").
struct TagRename
{
    int binding = -1; // index into the connection's bindings
    QString from;
    QString to;
};
// The renames for the bindings whose address changed between before and after (the same
// bindings, in order): only tags of the shape <word><old address>.<rest>; names stay unique.
QList<TagRename> tagRenamesForMovedMeters(const project::Connection &before, const project::Connection &after,
                                          const project::Project &project);
void applyTagRenames(project::Connection &connection, const QList<TagRename> &renames);

} // namespace mbus::commission
