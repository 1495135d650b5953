#include "cli/BusCommands.h"
#include "cli/DecodeCommand.h"
#include "cli/ProjectCommands.h"
#include "cli/ExitCode.h"

#include "common/QuitOnSignals.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

#include <cstdio>

namespace {

void printUsage(QTextStream &stream)
{
    stream << "usage: mbus-cli COMMAND [OPTIONS]\n"
              "commands:\n"
              "  decode [--json] [FILE|-]   decode M-Bus frames (hex or binary)\n"
              "  scan                       primary scan 0..250\n"
              "  scan-secondary             secondary-address wildcard search\n"
              "  read ADDR|SECONDARY        read and decode every telegram of a meter\n"
              "  select SECONDARY           select a meter by secondary address\n"
              "  set-address OLD NEW        give a meter a new primary address\n"
              "  reset ADDR|SECONDARY       application reset\n"
              "  switch-baud ADDR BAUD      change a meter's baud rate\n"
              "  raw HEX                    send bytes, print the answer\n"
              "  detect --serial PATH       find the baud rate and parity the meters answer at\n"
              "  plan [--apply]             propose (and apply) a unique addressing for the whole bus\n"
              "  resolve ADDR [--apply]     move all but one of the meters sharing a primary address\n"
              "  change-baud BAUD ADDR...|--all  switch meters' baud rate, verified, with fall-back\n"
              "  validate PROJECT           check a project file\n"
              "  export PROJECT --format faceplate|csv -o FILE\n"
              "  import FACEPLATE.json -o PROJECT\n"
              "  poll PROJECT [--once] [--json] [--gateway HOST:PORT] [--record FILE]\n"
              "bus commands take --serial PATH [--baud N --parity P] or --tcp HOST:PORT; see COMMAND --help\n"
              "run 'mbus-cli COMMAND --help' for the options of a command\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mbus-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printUsage(err);
        return mbus::cli::ExitCode::Usage;
    }
    const QString command = arguments.takeFirst();
    using Command = int (*)(const QStringList &, QTextStream &, QTextStream &);
    static const QHash<QString, Command> commands = {
        {QStringLiteral("decode"), mbus::cli::runDecode},
        {QStringLiteral("scan"), mbus::cli::runScan},
        {QStringLiteral("scan-secondary"), mbus::cli::runSecondaryScan},
        {QStringLiteral("read"), mbus::cli::runRead},
        {QStringLiteral("select"), mbus::cli::runSelect},
        {QStringLiteral("set-address"), mbus::cli::runSetAddress},
        {QStringLiteral("reset"), mbus::cli::runReset},
        {QStringLiteral("switch-baud"), mbus::cli::runSwitchBaud},
        {QStringLiteral("detect"), mbus::cli::runDetect},
        {QStringLiteral("raw"), mbus::cli::runRaw},
        {QStringLiteral("plan"), mbus::cli::runPlan},
        {QStringLiteral("resolve"), mbus::cli::runResolve},
        {QStringLiteral("change-baud"), mbus::cli::runChangeBaud},
        {QStringLiteral("validate"), mbus::cli::runValidate},
        {QStringLiteral("export"), mbus::cli::runExport},
        {QStringLiteral("import"), mbus::cli::runImport},
        {QStringLiteral("poll"), mbus::cli::runPoll},
    };
    if (const Command run = commands.value(command)) {
        const int code = run(arguments, out, err);
        // Stopped by Ctrl-C or SIGTERM: what it had is printed; the shell learns why it ended.
        // Polling ends that way normally (exit 0).
        return command == QLatin1String("poll") ? code : mbus::exitCodeAfterSignals(code);
    }
    if (command == QLatin1String("--help") || command == QLatin1String("help")) {
        printUsage(out);
        return mbus::cli::ExitCode::Ok;
    }
    err << "mbus-cli: unknown command " << command << '\n';
    printUsage(err);
    return mbus::cli::ExitCode::Usage;
}
