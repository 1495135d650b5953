#pragma once

#include <QStringList>

class QTextStream;

// mbus-cli verbs on project files: validate, export, import, poll.
namespace mbus::cli {

int runValidate(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runPoll(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mbus::cli
