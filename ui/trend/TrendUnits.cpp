#include "TrendUnits.h"

#include "decode/EngineeringUnits.h"

#include <cmath>

namespace mbus::ui {

TrendUnit trendUnitFor(const TrendTag &tag, std::optional<double> baseMagnitude)
{
    const auto withFactor = [&tag](const QString &unit, bool chosen) {
        const std::optional<double> factor = decode::convertUnit(1.0, tag.baseUnit, unit);
        // A unit the table cannot convert to (an old project, a hand-edited file): the base unit.
        return factor ? TrendUnit{unit, *factor, chosen} : TrendUnit{tag.baseUnit, 1.0, chosen};
    };
    if (!tag.displayUnit.isEmpty())
        return withFactor(tag.displayUnit, true);
    if (baseMagnitude)
        return withFactor(decode::readableUnit(tag.baseUnit, std::fabs(*baseMagnitude), tag.quantity), true);
    return withFactor(decode::readableUnit(tag.baseUnit, 0.0, tag.quantity), false);
}

} // namespace mbus::ui
