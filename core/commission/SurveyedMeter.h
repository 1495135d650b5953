#pragma once

#include "decode/Telegram.h"
#include "link/LineSettings.h"
#include "link/SecondaryAddress.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What the commissioning assistant knows of one meter on the bus: who it is (from its own
// answer, read by secondary address), where it sat and where it sits after the address plan,
// its line settings and its first values. The address plan, its runner and the commissioning
// report all work on these.
namespace mbus::commission {

struct FirstValue
{
    QString quantity; // "Energy", "Volume", ...
    QString value;    // in the base unit, as decode::valueText writes it: "12345000", "2025-12-31"
    QString unit;     // the base unit: "Wh"
    int record = -1;  // its index in SurveyedMeter::answer, for views in engineering units; -1: none
};

struct SurveyedMeter
{
    link::SecondaryAddress secondary;
    QString manufacturer; // three letters, "KAM"
    QString medium;       // "Heat (outlet)"
    int version = 0;
    int primaryBefore = -1; // the A field of its answer when selected; -1 when it did not answer
    int primaryAfter = -1;  // after the plan ran; -1 while nothing was applied
    int baudBefore = 0;
    int baudAfter = 0;      // 0 while unchanged
    QList<FirstValue> firstValues;
    decode::Telegram answer; // the first telegram it sent when read (decoded once), which firstValues come from
    QString outcome;        // "kept", "moved and verified", "failed: Timeout at 7", ...

    // The address it answers at now.
    int primaryNow() const { return primaryAfter >= 0 ? primaryAfter : primaryBefore; }
};

struct CommissioningReport
{
    QString title;           // the project's name
    QString connection;      // the connection's name
    QString link;            // "/dev/ttyUSB0 2400 8E1", "tcp 192.168.1.50:1001"
    link::LineSettings line; // the bus's line settings after commissioning
    QDateTime when;
    QList<SurveyedMeter> meters;
    QStringList notes;       // what the user should know: unresolved collisions, switch failures
};

} // namespace mbus::commission
