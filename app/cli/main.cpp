#include "cli/DecodeCommand.h"
#include "cli/ExitCode.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void printUsage(QTextStream &stream)
{
    stream << "usage: mbus-cli COMMAND [OPTIONS]\n"
              "commands:\n"
              "  decode [--json] [FILE|-]   decode M-Bus frames (hex or binary)\n"
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
    if (command == QLatin1String("decode"))
        return mbus::cli::runDecode(arguments, out, err);
    if (command == QLatin1String("--help") || command == QLatin1String("help")) {
        printUsage(out);
        return mbus::cli::ExitCode::Ok;
    }
    err << "mbus-cli: unknown command " << command << '\n';
    printUsage(err);
    return mbus::cli::ExitCode::Usage;
}
