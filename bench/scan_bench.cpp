// scan_bench: how long scans take and how many probes they need.
//
// 1. Primary scan 0..250 (SND_NKE to each address, REQ_UD2 0x5B where an E5 came) over mbus-sim's
//    paced pty, empty bus and field bus, at 2400 and 9600 Bd: seconds, and the ratio to the EN
//    limit (251 x the EN answer window of a 5-byte request, which an empty scan cannot beat).
//    Goal: <= 1.10 at both rates for the empty bus (libmbus: about 2.25).
// 2. Secondary search selections on the field profile (nine meters with field behaviours, two on
//    one address, one that stays selected) and for N = 1, 5, 20 meters, with spread-out
//    identifications and with dense ones (long shared prefixes and two meters with the same
//    identification), ours over the pty against libmbus' algorithm (mbus_scan_2nd_address_range,
//    replayed in-process on the same simulated bus, with its default max_search_retry = 1 and 0).
//
//   build/bin/scan_bench [--quick]    (--quick: 9600 Bd and the search counts only)
#include "bus/AdapterLatency.h"
#include "bus/AnswerCollector.h"
#include "bus/BusClient.h"
#include "bus/PrimaryScanner.h"
#include "bus/SecondarySearch.h"
#include "link/LineSettings.h"
#include "link/MasterRequests.h"
#include "sim/SimulatedBus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <random>

using namespace mbus;
namespace Requests = mbus::link::MasterRequests;

namespace {

// mbus-sim on a pty in a temporary folder, for as long as the object lives.
class Simulator
{
public:
    bool start(const QString &profile, int baud)
    {
        m_process.start(QStringLiteral(MBUS_SIM_PATH), {QStringLiteral("--profile"), profile, QStringLiteral("--baud"), QString::number(baud),
                                                        QStringLiteral("--pty"), path(), QStringLiteral("--duration"), QStringLiteral("600")});
        QByteArray out;
        while (!out.contains("ready\n") && m_process.waitForReadyRead(5000))
            out += m_process.readAllStandardOutput();
        return out.contains("ready\n");
    }
    ~Simulator()
    {
        m_process.terminate();
        m_process.waitForFinished(3000);
    }
    QString path() const { return m_dir.path() + QStringLiteral("/bus"); }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

std::unique_ptr<bus::BusClient> openPty(const QString &path, int baud)
{
    bus::ConnectionSettings settings;
    settings.serial.portName = path;
    settings.serial.line.baud = baud;
    auto client = std::make_unique<bus::BusClient>(settings);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(client.get(), &bus::BusClient::opened, &loop, [&] { ok = true; loop.quit(); });
    QObject::connect(client.get(), &bus::BusClient::failed, &loop, [&] { loop.quit(); });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    client->open();
    loop.exec();
    return ok ? std::move(client) : nullptr;
}

void primaryScan(const char *profile, int baud)
{
    Simulator sim;
    if (!sim.start(QString::fromLatin1(profile), baud)) {
        std::printf("  could not start mbus-sim\n");
        return;
    }
    auto client = openPty(sim.path(), baud);
    bus::PrimaryScanner scanner(*client, {});
    int found = 0;
    qint64 elapsed = 0;
    QEventLoop loop;
    QObject::connect(&scanner, &bus::PrimaryScanner::hit, [&](const bus::ScanHit &h) { found += h.kind == bus::ScanHit::Kind::Found; });
    QObject::connect(&scanner, &bus::PrimaryScanner::finished, [&](bool, qint64 ms) {
        elapsed = ms;
        loop.quit();
    });
    scanner.start();
    loop.exec();
    const double limit = 251 * link::answerWindowMs(baud, 5) / 1000;
    std::printf("  %-5s bus at %5d Bd: %6.1f s for 251 addresses, %d meters; EN limit %5.1f s, ratio %.3f (margin %d ms)\n",
                profile, baud, double(elapsed) / 1000, found, limit, double(elapsed) / 1000 / limit,
                bus::serialLatencyMarginMs(sim.path(), baud));
}

enum class Layout { Spread, Dense, Twins };

const char *layoutName(Layout layout)
{
    return layout == Layout::Spread ? "spread" : layout == Layout::Dense ? "dense" : "twins";
}

// A profile of n meters with one record each. Spread: random identifications. Dense: one
// delivery batch, identifications 6700xxxx close together (long shared prefixes, deep
// collisions). Twins: dense, and the last two meters share the whole identification (another
// medium), which only medium or version can tell apart.
QByteArray searchProfile(int n, Layout layout, std::uint32_t seed)
{
    std::mt19937 random(seed);
    QJsonArray meters;
    QSet<QString> used;
    for (int i = 0; i < n; ++i) {
        QString text;
        do {
            const int id = layout == Layout::Spread ? 10000000 + int(random() % 89999999) : 67001000 + int(random() % 300);
            text = QString::number(id);
        } while (used.contains(text));
        used.insert(text);
        if (layout == Layout::Twins && i == n - 1 && n > 1)
            text = meters.at(i - 1).toObject().value(QStringLiteral("id")).toString();
        static const char *const manufacturers[] = {"KAM", "ABB", "SEN", "ELS", "ELV", "QDS", "LUG", "ITW"};
        meters.append(QJsonObject{
            {QStringLiteral("address"), 0},
            {QStringLiteral("id"), text},
            {QStringLiteral("manufacturer"), QString::fromLatin1(manufacturers[random() % 8])},
            {QStringLiteral("version"), int(random() % 60)},
            {QStringLiteral("medium"), QString::number(2 + i % 6, 16)},
            {QStringLiteral("telegrams"), QJsonArray{QJsonObject{{QStringLiteral("records"),
                QJsonArray{QJsonObject{{QStringLiteral("record"), QStringLiteral("0413")}, {QStringLiteral("value"), i}}}}}}},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("search")}, {QStringLiteral("meters"), meters}}).toJson();
}

// libmbus' mbus_scan_2nd_address_range and mbus_probe_secondary_address, replayed on the bus.
struct LibmbusReplay
{
    sim::SimulatedBus &bus;
    int retries;
    int selections = 0;
    int found = 0;

    enum class Probe { Nothing, Single, Collision };

    Probe classify(const QByteArray &request, bus::Expect expect, std::uint8_t address)
    {
        bus::AnswerCollector collector(request);
        for (const sim::BusAnswer &a : bus.receive(request, bus.line(), 1.0))
            collector.feed(a.bytes);
        collector.endOfInput();
        const bus::BusError e = collector.classify(expect, address);
        if (!e.isError())
            return Probe::Single;
        return e.code == bus::BusErrorCode::Timeout ? Probe::Nothing : Probe::Collision;
    }

    Probe probe(const QString &mask)
    {
        Probe result = Probe::Nothing;
        for (int attempt = 0; attempt <= retries; ++attempt) {
            ++selections;
            result = classify(Requests::selectSecondary(*link::SecondaryAddress::fromString(mask)), bus::Expect::Ack, 253);
            if (result == Probe::Single) // then the read of the selected meter
                return classify(Requests::reqUd2(253, false), bus::Expect::UserData, 253);
            if (result == Probe::Collision)
                break;
        }
        return result;
    }

    void scan(int pos, QString mask)
    {
        if (pos >= 16)
            return;
        for (int i = 0; i <= 9; ++i) {
            mask[pos] = QChar(u'0' + i);
            const Probe p = probe(mask);
            if (p == Probe::Single)
                ++found;
            else if (p == Probe::Collision)
                scan(pos + 1, mask);
        }
    }
};

// Ours over the pty and libmbus replayed, on the profile in json (a file) or the built-in name.
void searchCounts(const QString &label, const QByteArray &json, const QString &builtIn = {})
{
    QTemporaryDir dir;
    QString file = builtIn;
    std::optional<sim::Profile> profile;
    if (builtIn.isEmpty()) {
        file = dir.path() + QStringLiteral("/profile.json");
        QFile out(file);
        out.open(QIODevice::WriteOnly);
        out.write(json);
        out.close();
        profile = sim::Profile::fromJson(json, nullptr);
    } else {
        sim::Profile p;
        sim::Profile::builtIn(builtIn, &p);
        profile = p;
    }

    int libmbus[2] = {};
    int libmbusFound = 0;
    for (int retries = 0; retries <= 1; ++retries) {
        sim::SimulatedBus bus(*profile, link::LineSettings{38400, 8, link::Parity::Even, 1}, {}, 1);
        LibmbusReplay replay{bus, retries};
        replay.scan(0, QStringLiteral("FFFFFFFFFFFFFFFF"));
        libmbus[retries] = replay.selections;
        libmbusFound = replay.found;
    }

    Simulator sim;
    if (!sim.start(file, 38400))
        return;
    auto client = openPty(sim.path(), 38400);
    bus::SecondarySearch search(*client);
    int found = 0;
    QEventLoop loop;
    QObject::connect(&search, &bus::SecondarySearch::hit, [&](const bus::ScanHit &h) { found += h.kind == bus::ScanHit::Kind::Found; });
    qint64 elapsed = 0;
    QObject::connect(&search, &bus::SecondarySearch::finished, &loop, [&](bool, qint64 ms) {
        elapsed = ms;
        loop.quit();
    });
    search.start();
    loop.exec();
    std::printf("  %-11s: ours %4d selections + %2d reads, found %2d in %5.1f s | libmbus %4d selections (retry 1), %4d (retry 0), found %2d\n",
                qPrintable(label), search.stats().selections, search.stats().reads, found, double(elapsed) / 1000, libmbus[1],
                libmbus[0], libmbusFound);
}

void searchCounts(int n, Layout layout)
{
    searchCounts(QStringLiteral("N=%1 %2").arg(n).arg(QLatin1String(layoutName(layout))),
                 searchProfile(n, layout, std::uint32_t(n * 7 + int(layout))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    std::printf("primary scan over mbus-sim's paced pty (SND_NKE per address; the margin is the pty's):\n");
    for (const int baud : quick ? QList<int>{} : QList<int>{2400, 9600}) {
        primaryScan("empty", baud);
        primaryScan("field", baud);
    }
    std::printf("secondary search (38400 Bd):\n");
    searchCounts(QStringLiteral("field"), {}, QStringLiteral("field"));
    for (const int n : {1, 5, 20}) {
        for (const Layout layout : {Layout::Spread, Layout::Dense, Layout::Twins})
            searchCounts(n, layout);
    }
    return 0;
}
