#pragma once

#include <QStringList>

class QTextStream;

// The bus verbs of mbus-cli. Each returns the exit status: 0 done, 1 the bus said no (the named
// error is on stderr), 2 usage.
namespace mbus::cli {

int runScan(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSecondaryScan(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runRead(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSelect(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSetAddress(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runReset(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSwitchBaud(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runDetect(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runPlan(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runResolve(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runChangeBaud(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runRaw(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mbus::cli
