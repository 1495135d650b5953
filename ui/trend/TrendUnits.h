#pragma once

#include <QString>

#include <optional>

// Which unit a tag is drawn in. The engine delivers base units (Wh, s, m^3/s); the trend shows what
// a person reads: the binding's display unit when the user chose one, else the readable unit for
// the size of the first value (12 345 kWh rather than 1.23·10^7 Wh). The choice is made once, so a
// growing counter does not jump from kWh to MWh halfway through its line.
namespace mbus::ui {

// A tag as the trend is asked to show it.
struct TrendTag
{
    QString tag;
    QString name;        // the legend's text
    QString baseUnit;    // the unit the engine delivers values in ("Wh")
    QString displayUnit; // the unit to show ("kWh"); "" = readable, chosen from the first value
    QString quantity;    // the record's quantity in English: a battery's lifetime reads in days
};

struct TrendUnit
{
    QString unit;       // as projects write it ("m^3/h"); the axis shows its symbol
    double factor = 1;  // shown = base * factor
    bool chosen = true; // false: provisional until the first value tells the magnitude
};

// The unit for tag, given the magnitude of a value in base units when one is known.
TrendUnit trendUnitFor(const TrendTag &tag, std::optional<double> baseMagnitude);

} // namespace mbus::ui
