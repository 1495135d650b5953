#include "MeterMove.h"

#include "commission/SurveyToProject.h"

#include <algorithm>

namespace mbus::commission {

project::Connection withMeterMoved(project::Connection connection, int from, int to, const QString &secondary)
{
    const auto parsed = link::SecondaryAddress::fromString(secondary);
    if (!parsed)
        return connection;
    // The survey's rule moves a meter the connection knows by secondary address, with its bindings;
    // so the meter at `from` is made known by it first.
    const auto sameMeter = [&](const project::Meter &m) { return m.secondary.compare(secondary, Qt::CaseInsensitive) == 0; };
    if (std::none_of(connection.meters.cbegin(), connection.meters.cend(), sameMeter)) {
        const auto unidentified = std::find_if(connection.meters.begin(), connection.meters.end(), [from](const project::Meter &m) {
            return m.address == from && m.secondary.isEmpty();
        });
        if (unidentified != connection.meters.end()) {
            unidentified->secondary = secondary.toUpper();
        } else {
            project::Meter meter;
            meter.address = from;
            meter.secondary = secondary.toUpper();
            connection.meters << meter;
        }
    }
    SurveyedMeter moved;
    moved.secondary = *parsed;
    moved.primaryBefore = from;
    moved.primaryAfter = to;
    return withSurveyedMeters(connection, {moved});
}

} // namespace mbus::commission
