// Only standard M-Bus goes out (MBUS_FACTS 1.3): every request builder, every Request kind in
// every addressing, the scanners and the commissioning survey, run against the field profile
// (meters that ignore what EN 13757-2 does not define), send only the C values SND_NKE 0x40,
// SND_UD 0x53/0x73, REQ_UD2 0x5B/0x7B, REQ_UD1 0x5A/0x7A, and only the CI values of 2.1.
#include "bus/Master.h"
#include "bus/PrimaryScanner.h"
#include "bus/SecondarySearch.h"
#include "commission/BusSurvey.h"
#include "link/CiField.h"
#include "link/ControlField.h"
#include "link/Frame.h"
#include "link/MasterRequests.h"
#include "sim/SimTransport.h"
#include "BusHarness.h"

#include <QSignalSpy>
#include <QTest>

using namespace mbus;
using namespace mbus::bus;
namespace Requests = mbus::link::MasterRequests;

namespace {

const QList<int> StandardC = {0x40, 0x53, 0x73, 0x5B, 0x7B, 0x5A, 0x7A};
const QList<int> MasterCi = {0x50, 0x51, 0x52, 0x54, 0x55, 0x56, 0xB1, 0xB2, 0xB3, 0xB4, 0xB6,
                             0xB8, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF};

// Empty when every frame in bytes is a standard master request; else what is wrong.
QString nonStandard(const QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.count(char(0x55)) == bytes.size())
        return {}; // a wake-up preamble: characters, no frame
    const auto frame = link::parseFrame(bytes);
    if (!frame)
        return QStringLiteral("not one frame: %1").arg(QString::fromLatin1(bytes.toHex(' ')));
    const link::Frame &f = frame.value();
    if (!StandardC.contains(f.c))
        return QStringLiteral("C=0x%1 in %2").arg(f.c, 2, 16, QLatin1Char('0')).arg(QString::fromLatin1(bytes.toHex(' ')));
    if (f.type == link::FrameType::Short && !link::ControlField::isStandardShortFrameC(f.c))
        return QStringLiteral("SND_UD in a short frame");
    if (f.type != link::FrameType::Short && !f.hasCi())
        return QStringLiteral("long frame without CI");
    if (f.hasCi() && !MasterCi.contains(f.ci))
        return QStringLiteral("CI=0x%1").arg(f.ci, 2, 16, QLatin1Char('0'));
    if (f.hasCi() && !link::ControlField::isStandardLongFrameC(f.c))
        return QStringLiteral("C=0x%1 in a long frame").arg(f.c, 2, 16, QLatin1Char('0'));
    return {};
}

// A master on the field profile's simulated bus, in this thread, as a RequestPort.
class FieldBus : public RequestPort
{
public:
    explicit FieldBus(const QString &profileName = QStringLiteral("field"))
    {
        sim::Profile profile;
        sim::Profile::builtIn(profileName, &profile);
        auto bus = std::make_shared<sim::SimulatedBus>(profile, link::LineSettings{38400, 8, link::Parity::Even, 1},
                                                       sim::FaultSettings{}, 1);
        m_transport = std::make_unique<sim::SimTransport>(bus);
        m_master = std::make_unique<Master>(*m_transport, MasterSettings{});
        connect(m_master.get(), &Master::finished, this, &FieldBus::complete);
        connect(m_master.get(), &Master::traffic, this, [this](bool outgoing, const QByteArray &bytes, qint64) {
            if (outgoing)
                sent << bytes;
        });
        m_transport->open();
    }
    Outcome run(const Request &request) { return test::awaitReply(send(request), 10000); }

protected:
    void dispatch(quint64 token, const Request &request) override { m_master->submit(token, request); }
    void cancel(quint64 token) override { m_master->cancel(token); }

public:
    QStringList nonStandardSent() const
    {
        QStringList wrong;
        for (const QByteArray &bytes : sent) {
            const QString why = nonStandard(bytes);
            if (!why.isEmpty())
                wrong << why;
        }
        return wrong;
    }

    QList<QByteArray> sent;

private:
    std::unique_ptr<sim::SimTransport> m_transport;
    std::unique_ptr<Master> m_master;
};

link::SecondaryAddress secondary(const char *text)
{
    return *link::SecondaryAddress::fromString(QString::fromLatin1(text));
}

} // namespace

class TestStandardRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBuilderSendsAStandardFrame()
    {
        QList<QByteArray> frames;
        for (const int a : {0, 1, 250, 253, 254, 255}) {
            const auto address = std::uint8_t(a);
            frames << Requests::sndNke(address);
            for (const bool fcb : {false, true}) {
                frames << Requests::reqUd2(address, fcb) << Requests::reqUd1(address, fcb)
                       << Requests::sndUd(address, link::CiField::DataSend, QByteArray::fromHex("0413FFFFFFFF"), fcb)
                       << Requests::setPrimaryAddress(address, 17, fcb) << Requests::applicationReset(address, std::nullopt, fcb)
                       << Requests::applicationReset(address, 0x10, fcb) << Requests::selectSecondary(secondary("12345678FFFFFFFF"), fcb);
                for (const int baud : {300, 600, 1200, 2400, 4800, 9600, 19200, 38400})
                    frames << Requests::switchBaudRate(address, baud, fcb);
            }
        }
        for (const QByteArray &frame : frames)
            QVERIFY2(nonStandard(frame).isEmpty(), qPrintable(nonStandard(frame)));
        // REQ_UD2 is exactly 0x5B and 0x7B.
        QCOMPARE(std::uint8_t(Requests::reqUd2(5, false).at(1)), std::uint8_t(0x5B));
        QCOMPARE(std::uint8_t(Requests::reqUd2(5, true).at(1)), std::uint8_t(0x7B));
    }

    void everyRequestKindSendsOnlyStandardFrames()
    {
        FieldBus bus;
        QList<Request> requests;
        const auto kinds = {Request::Kind::Ping, Request::Kind::Read, Request::Kind::ReadAlarm, Request::Kind::Select,
                            Request::Kind::Deselect, Request::Kind::SetPrimaryAddress, Request::Kind::Reset,
                            Request::Kind::SwitchBaud, Request::Kind::SendUserData};
        for (const Request::Kind kind : kinds) {
            for (const int target : {1, 2, 0, 253, 254, 255, -1}) { // -1: by secondary address
                Request r;
                r.kind = kind;
                r.retries = 0;
                if (target >= 0)
                    r.address = std::uint8_t(target);
                else
                    r.secondary = secondary("71040011FFFFFFFF");
                r.newAddress = std::uint8_t(target == 1 ? 1 : 40); // moves meters out of the way only once
                r.baud = 38400; // the bus's own rate: every meter stays reachable
                r.ci = link::CiField::DataSend;
                r.data = QByteArray::fromHex("0413FFFFFFFF");
                requests << r;
            }
        }
        for (const bool reset : {false, true}) {
            for (const int wake : {0, 8}) {
                Request r = Request::read(1);
                r.linkReset = reset;
                r.resetBeforeRead = reset;
                r.wakeUpCharacters = wake;
                requests << r;
                Request s = Request::readSecondary(secondary("19283746FFFFFFFF"));
                s.resetBeforeRead = reset;
                s.wakeUpCharacters = wake;
                requests << s;
            }
        }
        for (const Request &r : requests)
            bus.run(r);
        QVERIFY(bus.sent.size() > requests.size());
        QVERIFY2(bus.nonStandardSent().isEmpty(), qPrintable(bus.nonStandardSent().join(QLatin1Char('\n'))));
    }

    // Each meter with its own behaviour is read: by primary address and by secondary address.
    void readsEveryFieldMeterByPrimaryAndSecondaryAddress()
    {
        FieldBus bus;
        for (const int address : {1, 2, 3, 5, 6, 7, 8}) {
            const Outcome o = bus.run(Request::read(std::uint8_t(address)));
            QVERIFY2(o.ok(), qPrintable(QStringLiteral("%1: %2").arg(address).arg(o.error.text())));
            QCOMPARE(int(o.frames.first().a), address);
        }
        QCOMPARE(bus.run(Request::read(1)).frames.size(), 3); // the multi-telegram meter that needs SND_NKE
        for (const char *id : {"24050117FFFFFFFF", "24050118FFFFFFFF", "71040011FFFFFFFF", "19283746FFFFFFFF",
                               "61223344FFFFFFFF", "30501234FFFFFFFF", "88100542FFFFFFFF"}) {
            const Outcome o = bus.run(Request::readSecondary(secondary(id)));
            QVERIFY2(o.ok(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(id), o.error.text())));
            ScanHit hit;
            QVERIFY(identityFromAnswer(o, &hit));
            QVERIFY(hit.secondary.matches(secondary(id)));
        }
        QVERIFY2(bus.nonStandardSent().isEmpty(), qPrintable(bus.nonStandardSent().join(QLatin1Char('\n'))));
    }

    void bothScansAndTheSurveyFindEveryFieldMeter()
    {
        FieldBus bus;
        PrimaryScanner scanner(bus, {});
        QList<ScanHit> hits;
        connect(&scanner, &PrimaryScanner::hit, this, [&](const ScanHit &h) { hits << h; });
        QSignalSpy scanned(&scanner, &PrimaryScanner::finished);
        scanner.start();
        QVERIFY(scanned.wait(60000));
        QStringList found;
        for (const ScanHit &h : hits) {
            if (h.kind == ScanHit::Kind::Found)
                found << QString::number(h.primaryAddress);
            else if (h.kind == ScanHit::Kind::Collision)
                found << QStringLiteral("collision %1").arg(h.primaryAddress);
        }
        QCOMPARE(found, (QStringList{QStringLiteral("collision 0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                     QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8")}));

        SecondarySearch search(bus);
        QStringList secondaries;
        connect(&search, &SecondarySearch::hit, this, [&](const ScanHit &h) {
            if (h.kind == ScanHit::Kind::Found && !h.error.isError())
                secondaries << h.secondary.toString().left(8);
        });
        QSignalSpy searched(&search, &SecondarySearch::finished);
        search.start();
        QVERIFY(searched.wait(120000));
        secondaries.sort();
        QCOMPARE(secondaries, (QStringList{QStringLiteral("19283746"), QStringLiteral("24050117"), QStringLiteral("24050118"),
                                           QStringLiteral("30501234"), QStringLiteral("50112233"), QStringLiteral("61223344"),
                                           QStringLiteral("71040011"), QStringLiteral("71040012"), QStringLiteral("88100542")}));

        commission::BusSurvey survey(bus, 38400);
        QSignalSpy surveyed(&survey, &commission::BusSurvey::finished);
        survey.start();
        QVERIFY(surveyed.wait(120000));
        QCOMPARE(survey.meters().size(), 9);
        int atZero = 0;
        for (const commission::SurveyedMeter &m : survey.meters()) {
            QVERIFY2(m.outcome.isEmpty(), qPrintable(m.secondary.toString() + QStringLiteral(": ") + m.outcome));
            atZero += m.primaryBefore == 0;
        }
        QCOMPARE(atZero, 2); // the batch still on the factory address, told apart
        QVERIFY2(bus.nonStandardSent().isEmpty(), qPrintable(bus.nonStandardSent().join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestStandardRequests)
#include "tst_standard_requests.moc"
