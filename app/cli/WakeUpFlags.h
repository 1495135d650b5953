#pragma once

#include "project/WakeUp.h"

#include <QHash>
#include <QStringList>

// --wakeup N, --reset-before-read and --extra-margin MS, shared by `read` and `poll`.
namespace mbus::cli {

QStringList wakeUpValueOptions(); // --wakeup, --extra-margin
QStringList wakeUpFlagOptions();  // --reset-before-read
const char *wakeUpHelp();

// Reads the options found in values (as parseBusOptions collects them) over `options`; false with
// errorText when a value is out of range (preamble 0..2000 characters, margin 0..10000 ms).
bool parseWakeUpFlags(const QHash<QString, QString> &values, project::WakeUpOptions *options, QString *errorText);

} // namespace mbus::cli
