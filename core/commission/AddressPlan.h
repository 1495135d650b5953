#pragma once

#include "commission/SurveyedMeter.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// A unique primary addressing for a bus, from a survey: every meter that alone holds a valid
// address keeps it; of meters sharing one, the one the project knows (else the lowest secondary
// address) keeps it and the others move; meters on 0 (the factory default) or above 250 move.
// Moves go to the lowest free addresses, in secondary-address order, so the plan is the same
// every time for the same bus.
namespace mbus::commission {

struct AddressMove
{
    int meter = -1; // index into the survey's meters
    int from = -1;
    int to = -1;
    QString reason;

    friend bool operator==(const AddressMove &a, const AddressMove &b)
    {
        return a.meter == b.meter && a.from == b.from && a.to == b.to;
    }
};

struct PlanSettings
{
    int first = 1;   // the range new addresses come from (Faceplate's 1..250)
    int last = 250;
    QSet<int> reserved;      // addresses not to hand out (meters of the project that are not on the bus)
    QSet<QString> keepFirst; // secondary addresses (16 hex) the project knows: they keep their address
    int onlyAddress = -1;    // resolve one collision: move only meters on this address
};

struct AddressPlan
{
    QList<AddressMove> moves;
    QStringList problems; // meters the plan could not place, or could not judge

    bool isEmpty() const { return moves.isEmpty(); }
};

AddressPlan planAddresses(const QList<SurveyedMeter> &meters, const PlanSettings &settings = {});

// Primary addresses that more than one surveyed meter answers with.
QList<int> sharedAddresses(const QList<SurveyedMeter> &meters);

} // namespace mbus::commission
