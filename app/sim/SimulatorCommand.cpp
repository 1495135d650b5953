#include "SimulatorCommand.h"

#include "common/QuitOnSignals.h"
#include "sim/PtyEndpoint.h"
#include "sim/SimulatedBus.h"
#include "sim/TcpGatewayEndpoint.h"
#include "sim/TruthLog.h"
#include "sim/WakeUpDetector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace mbus::sim {

namespace {

struct Options
{
    Profile profile;
    LineSettings line;
    FaultSettings faults;
    std::uint64_t seed = 1;
    QString tcp;
    QString pty;
    QString truth;
    bool verbose = false;
    double duration = 0;
};

bool probability(const QCommandLineParser &parser, const QString &name, double *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *out = parser.value(name).toDouble(&ok);
    if (!ok || *out < 0 || *out > 1) {
        *error = QStringLiteral("--%1 wants a probability 0..1").arg(name);
        return false;
    }
    return true;
}

bool loadProfile(const QString &name, Profile *profile, QString *error)
{
    if (Profile::builtIn(name, profile))
        return true;
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no built-in profile \"%1\" and no such file").arg(name);
        return false;
    }
    QString parseError;
    const auto parsed = Profile::fromJson(file.readAll(), &parseError);
    if (!parsed) {
        *error = QStringLiteral("%1: %2").arg(name, parseError);
        return false;
    }
    *profile = *parsed;
    return true;
}

// --sleepy ADDR[:N]: the meter at ADDR sleeps until it hears N consecutive 0x55 characters.
bool makeSleepy(const QString &value, Profile *profile, QString *error)
{
    const QStringList parts = value.split(QLatin1Char(':'));
    bool addressOk = false;
    bool countOk = parts.size() == 1;
    const int address = parts.value(0).toInt(&addressOk);
    const int characters = parts.size() == 2 ? parts.at(1).toInt(&countOk) : DefaultWakeUpCharacters;
    if (!addressOk || !countOk || parts.size() > 2 || characters < 1) {
        *error = QStringLiteral("--sleepy wants ADDR or ADDR:N (N >= 1 wake-up characters)");
        return false;
    }
    bool found = false;
    for (MeterSpec &meter : profile->meters) {
        if (meter.address == address) {
            meter.wakeUpCharacters = characters;
            meter.awakeSeconds = DefaultAwakeSeconds;
            found = true;
        }
    }
    if (!found)
        *error = QStringLiteral("--sleepy %1: the profile has no meter at that address").arg(address);
    return found;
}

bool parseOptions(const QCoreApplication &app, Options *o, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Simulated M-Bus meters behind a pseudo-terminal or a TCP gateway."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("profile"), QStringLiteral("Built-in profile (demo, field, empty) or a JSON file."), QStringLiteral("NAME|FILE"), QStringLiteral("demo")},
        {QStringLiteral("tcp"), QStringLiteral("Listen as a transparent gateway (port 0: any free port)."), QStringLiteral("HOST:PORT")},
        {QStringLiteral("pty"), QStringLiteral("Create a pseudo-terminal; PATH becomes a link to it."), QStringLiteral("PATH")},
        {QStringLiteral("baud"), QStringLiteral("Bus baud rate (default 2400)."), QStringLiteral("N"), QStringLiteral("2400")},
        {QStringLiteral("parity"), QStringLiteral("Meters' parity: none, even (default), odd."), QStringLiteral("P"), QStringLiteral("even")},
        {QStringLiteral("seed"), QStringLiteral("Seed of values and faults (default 1)."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("corrupt"), QStringLiteral("Probability of a bad checksum."), QStringLiteral("P")},
        {QStringLiteral("drop"), QStringLiteral("Probability that an answer is lost."), QStringLiteral("P")},
        {QStringLiteral("noise"), QStringLiteral("Probability of garbage bytes around an answer."), QStringLiteral("P")},
        {QStringLiteral("echo"), QStringLiteral("Echo the master's bytes like some level converters.")},
        {QStringLiteral("collide"), QStringLiteral("Put a second meter on primary address ADDR."), QStringLiteral("ADDR")},
        {QStringLiteral("stuck-baud"), QStringLiteral("The meter at ADDR acknowledges a baud-rate switch but keeps its rate."),
         QStringLiteral("ADDR")},
        {QStringLiteral("gateway-restart"), QStringLiteral("Close the TCP side every N seconds."), QStringLiteral("SECONDS")},
        {QStringLiteral("delay"), QStringLiteral("Extra turnaround before every answer."), QStringLiteral("MS")},
        {QStringLiteral("sleepy"), QStringLiteral("The meter at ADDR sleeps: it answers only after N consecutive 0x55 characters (default 480), then stays awake 10 s after its last request. Repeatable."), QStringLiteral("ADDR[:N]")},
        {QStringLiteral("truth"), QStringLiteral("Write every value sent as JSON lines."), QStringLiteral("FILE")},
        {QStringLiteral("duration"), QStringLiteral("Stop after this many seconds."), QStringLiteral("SECONDS")},
        {QStringLiteral("verbose"), QStringLiteral("Print the traffic as hex.")},
    });
    if (!parser.parse(app.arguments())) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        std::exit(0);
    }
    if (!loadProfile(parser.value(QStringLiteral("profile")), &o->profile, error))
        return false;
    for (const QString &sleepy : parser.values(QStringLiteral("sleepy"))) {
        if (!makeSleepy(sleepy, &o->profile, error))
            return false;
    }
    bool ok = false;
    o->line.baud = parser.value(QStringLiteral("baud")).toInt(&ok);
    if (!ok || o->line.baud < 300 || o->line.baud > 38400) {
        *error = QStringLiteral("--baud wants 300..38400");
        return false;
    }
    if (!link::parseParity(parser.value(QStringLiteral("parity")).toLatin1(), &o->line.parity)) {
        *error = QStringLiteral("--parity wants none, even or odd");
        return false;
    }
    o->seed = parser.value(QStringLiteral("seed")).toULongLong();
    if (!probability(parser, QStringLiteral("corrupt"), &o->faults.corrupt, error)
        || !probability(parser, QStringLiteral("drop"), &o->faults.drop, error)
        || !probability(parser, QStringLiteral("noise"), &o->faults.noise, error))
        return false;
    o->faults.echo = parser.isSet(QStringLiteral("echo"));
    o->faults.collideAddress = parser.isSet(QStringLiteral("collide")) ? parser.value(QStringLiteral("collide")).toInt() : -1;
    o->faults.stuckBaudAddress = parser.isSet(QStringLiteral("stuck-baud")) ? parser.value(QStringLiteral("stuck-baud")).toInt() : -1;
    o->faults.gatewayRestartSeconds = parser.value(QStringLiteral("gateway-restart")).toInt();
    o->faults.delayMs = parser.value(QStringLiteral("delay")).toInt();
    o->tcp = parser.value(QStringLiteral("tcp"));
    o->pty = parser.value(QStringLiteral("pty"));
    o->truth = parser.value(QStringLiteral("truth"));
    o->verbose = parser.isSet(QStringLiteral("verbose"));
    o->duration = parser.value(QStringLiteral("duration")).toDouble();
    if (o->tcp.isEmpty() && o->pty.isEmpty()) {
        *error = QStringLiteral("give --tcp HOST:PORT and/or --pty PATH");
        return false;
    }
    return true;
}

void printTraffic(const QString &endpoint, const QString &direction, const QByteArray &bytes)
{
    QTextStream(stderr) << endpoint << ' ' << (direction == QLatin1String("in") ? "<-" : "->") << ' '
                        << bytes.toHex(' ').toUpper() << '\n';
}

} // namespace

int runSimulator(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mbus-sim"));
    QTextStream out(stdout);
    Options options;
    QString error;
    if (!parseOptions(app, &options, &error)) {
        QTextStream(stderr) << "mbus-sim: " << error << '\n';
        return 2;
    }
    mbus::quitOnSignals(app);

    QElapsedTimer clock;
    clock.start();
    SimulatedBus bus(options.profile, options.line, options.faults, options.seed);
    TruthLog truth;
    if (!options.truth.isEmpty()) {
        if (!truth.open(options.truth, &error)) {
            QTextStream(stderr) << "mbus-sim: cannot write " << options.truth << ": " << error << '\n';
            return 2;
        }
        bus.setTruthSink([&](const SimulatedMeter &meter, const TruthValue &value, const char *fate) {
            truth.write(meter, value, fate, double(clock.nsecsElapsed()) / 1e9);
        });
    }

    out << "mbus-sim: " << bus.meters().size() << " meters (" << options.profile.name << ") at "
        << link::lineSettingsText(options.line) << ", seed " << options.seed << '\n';
    std::unique_ptr<TcpGatewayEndpoint> tcp;
    if (!options.tcp.isEmpty()) {
        const qsizetype colon = options.tcp.lastIndexOf(QLatin1Char(':'));
        const QHostAddress host(options.tcp.left(colon));
        bool ok = false;
        const auto port = options.tcp.mid(colon + 1).toUShort(&ok);
        if (colon < 0 || host.isNull() || !ok) {
            QTextStream(stderr) << "mbus-sim: --tcp wants HOST:PORT with a numeric host, e.g. 127.0.0.1:8000\n";
            return 2;
        }
        tcp = std::make_unique<TcpGatewayEndpoint>(bus, clock);
        if (!tcp->listen(host, port, &error)) {
            QTextStream(stderr) << "mbus-sim: cannot listen on " << options.tcp << ": " << error << '\n';
            return 1;
        }
        tcp->setRestartPeriod(options.faults.gatewayRestartSeconds);
        if (options.verbose)
            QObject::connect(tcp.get(), &TcpGatewayEndpoint::traffic, [](const QString &d, const QByteArray &b) { printTraffic(QStringLiteral("tcp"), d, b); });
        out << "tcp " << host.toString() << ':' << tcp->port() << '\n';
    }
    std::unique_ptr<PtyEndpoint> pty;
    if (!options.pty.isEmpty()) {
        pty = std::make_unique<PtyEndpoint>(bus, clock);
        if (!pty->open(options.pty, &error)) {
            QTextStream(stderr) << "mbus-sim: " << error << '\n';
            return 1;
        }
        if (options.verbose)
            QObject::connect(pty.get(), &PtyEndpoint::traffic, [](const QString &d, const QByteArray &b) { printTraffic(QStringLiteral("pty"), d, b); });
        out << "pty " << options.pty << " -> " << pty->slaveName() << '\n';
    }
    out << "ready" << Qt::endl;
    if (options.duration > 0)
        QTimer::singleShot(int(options.duration * 1000), &app, &QCoreApplication::quit);
    return app.exec();
}

} // namespace mbus::sim
