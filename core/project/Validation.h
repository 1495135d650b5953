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
    QString where;   // "connection \"Boiler house\"", "binding \"Energy\" of \"Boiler house\""
    QString field;   // the Faceplate field: "Period", "Address", ... (English; QT_TRANSLATE_NOOP("mbus::project::Field"))
    QString message;

    QString text() const; // "error: binding "E1" of "Boiler house": Address: 300 is outside 1..250"
};

QList<Finding> validate(const Project &project);
bool hasErrors(const QList<Finding> &findings);

// Lowest useful answer timeout for a baud rate: the EN 13757-2 window of a short request.
int minimumTimeoutMs(int baud);

} // namespace mbus::project
