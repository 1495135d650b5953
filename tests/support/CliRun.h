#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

// mbus-cli run as a user runs it: a real process, its exit status and both output streams.
namespace mbus::test {

struct CliRun
{
    int exitCode = -1; // -1: it crashed or did not end in time
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline CliRun runCli(const QStringList &arguments, int timeoutMs = 180000)
{
    QProcess process;
    process.start(QStringLiteral(MBUS_CLI_PATH), arguments);
    process.waitForFinished(timeoutMs);
    return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                  process.readAllStandardError()};
}

} // namespace mbus::test
