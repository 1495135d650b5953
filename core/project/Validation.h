#pragma once

#include "project/Project.h"

#include <QList>
#include <QString>

// What is wrong with a project, in sentences a commissioning engineer understands. Errors stop an
// export or a poll; warnings are advice (a period below 60 s drains battery meters).
namespace mbus::project {

struct Finding
{
    enum class Severity : std::uint8_t { Warning, Error };
    Severity severity = Severity::Error;
    QString where;   // connectionWhere(), bindingWhere(), meterWhere(), in the user's language
    QString field;   // the Faceplate field: "Period", "Address", ... (English; QT_TRANSLATE_NOOP("mbus::project::Field"))
    QString message; // in the user's language

    QString text() const; // "error: binding "E1" of "Boiler house": Address: 300 is outside 1..250"
    QString fieldText() const; // field as the user's language names it
};

// Where a finding applies, through the installed translator (English in mbus-cli, which installs
// none). The forms filter findings by these prefixes, so they must build them the same way.
QString connectionWhere(const QString &connection);
QString bindingWhere(const QString &binding, const QString &connection);
QString meterWhere(int address, const QString &connection);

QList<Finding> validate(const Project &project);
bool hasErrors(const QList<Finding> &findings);

// Lowest useful answer timeout for a baud rate: the EN 13757-2 window of a short request.
int minimumTimeoutMs(int baud);

// The bounds every way into a project shares (forms, validate, import, opening a file, poll):
// beyond them a value is a typo, not a setting (a timeout of 2^31 ms would hold a poll for weeks).
constexpr int MaxTimeoutMs = 60000;
constexpr int MaxPeriodMs = 24 * 60 * 60 * 1000; // a day
constexpr int MaxTelegram = 16;                  // the master reads at most 16 telegrams of a meter
constexpr int MaxIndex = 1000;                   // records of one telegram: far fewer fit in 255 bytes
constexpr int MaxNameLength = 200;
constexpr int MaxFailoverCycles = 1000;

} // namespace mbus::project
