// The master and the scanners against mbus-sim: QSerialPort on its pty, QTcpSocket on 127.0.0.1.
#include "BusHarness.h"
#include "SimProcess.h"

#include "bus/PrimaryScanner.h"
#include "bus/SecondarySearch.h"
#include "decode/RecordText.h"
#include "decode/TelegramDecoder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <QSet>

using namespace mbus;
using namespace mbus::bus;

namespace {

constexpr int Baud = 9600;

struct ScanResult
{
    QSet<QString> meters; // "address secondary"
    QSet<QString> secondaries;
    QList<int> collisions;
    bool finished = false;
};

ScanResult primaryScan(BusClient &client, int last)
{
    PrimaryScanSettings settings;
    settings.last = last;
    PrimaryScanner scanner(client, settings);
    ScanResult result;
    QObject::connect(&scanner, &PrimaryScanner::hit, [&](const ScanHit &hit) {
        if (hit.kind == ScanHit::Kind::Found) {
            result.meters.insert(QStringLiteral("%1 %2").arg(hit.primaryAddress).arg(hit.secondary.toString()));
            result.secondaries.insert(hit.secondary.toString());
        } else if (hit.kind == ScanHit::Kind::Collision) {
            result.collisions.append(hit.primaryAddress);
        }
    });
    QObject::connect(&scanner, &PrimaryScanner::finished, [&] { result.finished = true; });
    scanner.start();
    test::waitUntil([&] { return result.finished; }, 60000);
    return result;
}

ScanResult secondarySearch(BusClient &client, SecondarySearchStats *stats)
{
    SecondarySearch search(client);
    ScanResult result;
    QObject::connect(&search, &SecondarySearch::hit, [&](const ScanHit &hit) {
        if (hit.kind == ScanHit::Kind::Found) {
            result.meters.insert(QStringLiteral("%1 %2").arg(hit.primaryAddress).arg(hit.secondary.toString()));
            result.secondaries.insert(hit.secondary.toString());
        }
    });
    QObject::connect(&search, &SecondarySearch::finished, [&] { result.finished = true; });
    search.start();
    test::waitUntil([&] { return result.finished; }, 120000);
    *stats = search.stats();
    return result;
}

} // namespace

class TestBusWithSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheThreeTelegramsOfTheHeatMeterOverThePty()
    {
        test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--baud"), QString::number(Baud)}, true, false));
        auto client = test::openClient(test::serialSettings(sim.ptyPath(), Baud));
        QVERIFY(client);
        const Outcome outcome = test::runRequest(*client, Request::read(1));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.text()));
        QCOMPARE(outcome.frames.size(), 3);
        decode::Telegram last;
        QVERIFY(!decode::decodeTelegram(outcome.frames.last(), last).isError());
        QVERIFY(!last.moreRecordsFollow);
        QCOMPARE(QByteArray(last.records.at(2).quantity), QByteArray("Fabrication number"));
    }

    void aTcpScanAndAPtyScanFindTheSameMeters()
    {
        test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--baud"), QString::number(Baud)}));
        auto pty = test::openClient(test::serialSettings(sim.ptyPath(), Baud));
        auto tcp = test::openClient(test::tcpSettings(sim.tcpPort(), Baud));
        QVERIFY(pty && tcp);
        const ScanResult overPty = primaryScan(*pty, 10);
        const ScanResult overTcp = primaryScan(*tcp, 10);
        QCOMPARE(overPty.meters.size(), 6);
        QCOMPARE(overTcp.meters, overPty.meters);
        QVERIFY(overPty.collisions.isEmpty());
    }

    void theSecondarySearchFindsWhatThePrimaryScanFinds()
    {
        test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--baud"), QString::number(Baud)}, true, false));
        auto client = test::openClient(test::serialSettings(sim.ptyPath(), Baud));
        QVERIFY(client);
        const ScanResult primary = primaryScan(*client, 10);
        QVERIFY(primary.finished);
        SecondarySearchStats stats;
        const ScanResult secondary = secondarySearch(*client, &stats);
        QCOMPARE(secondary.meters, primary.meters);
        // The root selection, then the demo IDs share "6700": four levels of ten selections and
        // the six meters below. libmbus as shipped repeats every silent selection
        // (max_search_retry = 1): 90 here.
        QVERIFY2(stats.selections <= 51, qPrintable(QString::number(stats.selections)));
    }

    // Two meters on address 3: the primary scan says "collision" there, the secondary search
    // finds both, with the same primary address.
    void theSecondarySearchResolvesACollision()
    {
        test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--baud"), QString::number(Baud), QStringLiteral("--collide"), QStringLiteral("3")}, true,
                          false));
        auto client = test::openClient(test::serialSettings(sim.ptyPath(), Baud));
        QVERIFY(client);
        const ScanResult primary = primaryScan(*client, 10);
        QCOMPARE(primary.collisions, QList<int>{3});
        QCOMPARE(primary.meters.size(), 5);
        SecondarySearchStats stats;
        const ScanResult secondary = secondarySearch(*client, &stats);
        QCOMPARE(secondary.meters.size(), 7);
        QSet<QString> atThree;
        for (const QString &meter : secondary.meters) {
            if (meter.startsWith(QLatin1String("3 ")))
                atThree.insert(meter.mid(2, 8));
        }
        QCOMPARE(atThree, (QSet<QString>{QStringLiteral("67003003"), QStringLiteral("67003004")}));
        QVERIFY(secondary.meters.contains(primary.meters)); // and every meter the primary scan found
    }

    // What the workbench decodes equals what the simulator says it sent (its truth log).
    void decodedValuesMatchTheTruthLog()
    {
        test::SimProcess sim;
        QTemporaryDir dir;
        const QString truthPath = dir.path() + QStringLiteral("/truth.jsonl");
        QVERIFY(sim.start({QStringLiteral("--baud"), QString::number(Baud), QStringLiteral("--truth"), truthPath}, true, false));
        auto client = test::openClient(test::serialSettings(sim.ptyPath(), Baud));
        QVERIFY(client);
        const Outcome outcome = test::runRequest(*client, Request::read(2));
        QVERIFY(outcome.ok());
        decode::Telegram telegram;
        QVERIFY(!decode::decodeTelegram(outcome.frames.first(), telegram).isError());

        QFile truthFile(truthPath);
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        QHash<int, QJsonObject> sent; // index -> the last entry of meter 2
        for (const QByteArray &line : truthFile.readAll().split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (entry.value(QStringLiteral("address")).toInt() == 2)
                sent.insert(entry.value(QStringLiteral("index")).toInt(), entry);
        }
        QCOMPARE(sent.size(), 11); // every data record of the electricity meter
        for (auto it = sent.begin(); it != sent.end(); ++it) {
            const decode::Record &record = telegram.records.at(std::size_t(it.key()));
            QCOMPARE(it.value().value(QStringLiteral("fate")).toString(), QStringLiteral("sent"));
            QCOMPARE(it.value().value(QStringLiteral("unit")).toString(), decode::unitText(telegram, record));
            if (record.kind == decode::ValueKind::Number)
                QCOMPARE(it.value().value(QStringLiteral("value")).toDouble(), decode::displayedNumber(record));
            else
                QCOMPARE(it.value().value(QStringLiteral("value")).toString(), decode::valueText(telegram, record));
        }
    }

    void aWrongBaudRateGetsNoAnswer()
    {
        test::SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--baud"), QStringLiteral("2400")}, true, false));
        auto client = test::openClient(test::serialSettings(sim.ptyPath(), Baud));
        QVERIFY(client);
        Request request = Request::ping(1);
        request.retries = 0;
        QCOMPARE(test::runRequest(*client, request).error.code, BusErrorCode::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestBusWithSimulator)
#include "tst_bus_with_simulator.moc"
