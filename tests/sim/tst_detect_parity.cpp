// Line-settings detection against the line model. A pty carries no parity, so whether the
// detector can tell 8E1 from 8N1 is decided here: every candidate the detector tries, in its
// order, sends its probes through the simulated wire with its own UART settings, and only the
// meters' own setting reads a valid answer.
#include "bus/LineDetector.h"
#include "link/ControlField.h"
#include "link/MasterRequests.h"
#include "sim/SimulatedBus.h"

#include <QTest>

using namespace mbus;
using namespace mbus::sim;
namespace Requests = mbus::link::MasterRequests;

namespace {

Profile demo()
{
    Profile profile;
    Profile::builtIn(QStringLiteral("demo"), &profile);
    return profile;
}

// What the master reads for the detector's probes at one setting: a valid frame (an E5 counts).
bool validAnswerAt(const LineSettings &meters, const LineSettings &master)
{
    SimulatedBus bus(demo(), meters, FaultSettings{}, 1);
    const QList<QByteArray> probes{Requests::sndNke(link::Address::BroadcastReply),
                                   Requests::reqUd2(link::Address::BroadcastReply, false),
                                   Requests::reqUd2(1, false)};
    double t = 1.0;
    for (const QByteArray &probe : probes) {
        for (const BusAnswer &answer : bus.receive(probe, master, t)) {
            if (!answer.echo && (answer.bytes == QByteArray(1, char(0xE5)) || link::parseFrame(answer.bytes).ok()))
                return true;
        }
        t += 1.0;
    }
    return false;
}

QByteArray text(const LineSettings &line)
{
    return link::lineSettingsText(line);
}

} // namespace

class TestDetectParity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidatesInFieldOrder()
    {
        const QList<LineSettings> c = bus::detectionCandidates(LineSettings{9600, 8, Parity::None, 1});
        QCOMPARE(text(c.at(0)), QByteArray("9600 8N1"));
        QCOMPARE(text(c.at(1)), QByteArray("2400 8E1"));
        QCOMPARE(text(c.at(2)), QByteArray("2400 8N1"));
        QCOMPARE(c.size(), 14); // 7 rates x 2 parities, the start not repeated
    }

    void onlyTheMetersSettingAnswers_data()
    {
        QTest::addColumn<int>("baud");
        QTest::addColumn<int>("parity");
        QTest::newRow("2400 8E1") << 2400 << int(Parity::Even);
        QTest::newRow("2400 8N1") << 2400 << int(Parity::None);
        QTest::newRow("9600 8E1") << 9600 << int(Parity::Even);
        QTest::newRow("300 8N1") << 300 << int(Parity::None);
    }

    void onlyTheMetersSettingAnswers()
    {
        QFETCH(int, baud);
        QFETCH(int, parity);
        const LineSettings meters{baud, 8, Parity(parity), 1};
        QList<QByteArray> answered;
        for (const LineSettings &candidate : bus::detectionCandidates(LineSettings{9600, 8, Parity::None, 1})) {
            if (validAnswerAt(meters, candidate))
                answered << text(candidate);
        }
        QCOMPARE(answered, QList<QByteArray>{text(meters)});
    }
};

QTEST_GUILESS_MAIN(TestDetectParity)
#include "tst_detect_parity.moc"
