// Simulated meters are at least as strict as real ones (MBUS_FACTS 1.3, 1.7): by default they
// answer exactly what EN 13757-2 defines and nothing else, and each field behaviour of a profile
// does what its flag says.
#include "link/ControlField.h"
#include "link/MasterRequests.h"
#include "sim/MeterProfile.h"
#include "sim/SimulatedBus.h"
#include "sim/SimulatedMeter.h"

#include <QTest>

using namespace mbus;
using namespace mbus::sim;
namespace Requests = mbus::link::MasterRequests;

namespace {

MeterSpec meter(const char *secondary, std::uint8_t address, int telegrams = 1)
{
    MeterSpec spec;
    spec.address = address;
    spec.identity = *link::SecondaryAddress::fromString(QString::fromLatin1(secondary));
    for (int t = 0; t < telegrams; ++t) {
        TelegramSpec telegram;
        RecordSpec record;
        record.signature = QByteArray::fromHex("0413");
        record.value.value = 1000 * (t + 1);
        telegram.records.append(record);
        spec.telegrams.append(telegram);
    }
    return spec;
}

std::optional<MeterAnswer> ask(SimulatedMeter &m, const QByteArray &request)
{
    return m.handle(link::parseFrame(request).value(), 10.0, QDateTime::currentDateTime());
}

bool isData(const std::optional<MeterAnswer> &answer)
{
    return answer && answer->bytes.size() > 1;
}

link::SecondaryAddress mask(const char *text)
{
    return *link::SecondaryAddress::fromString(QString::fromLatin1(text));
}

} // namespace

class TestMeterBehaviours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // No answer to any C value outside MBUS_FACTS 1.3 (0x4B above all), on either built-in bus,
    // at any meter's address and at 254.
    void builtInProfilesRefuseNonStandardControlFields()
    {
        for (const QString &name : {QStringLiteral("demo"), QStringLiteral("field")}) {
            Profile profile;
            QVERIFY(Profile::builtIn(name, &profile));
            QVERIFY(profile.meters.size() >= 6);
            SimulatedBus bus(profile, link::LineSettings{2400, 8, link::Parity::Even, 1}, FaultSettings{}, 1);
            QList<int> addresses{254};
            for (const MeterSpec &m : profile.meters)
                addresses << m.address;
            double t = 1;
            for (const int a : addresses) {
                for (int c = 0x40; c <= 0x7F; ++c) {
                    if (link::ControlField::isStandardMasterC(std::uint8_t(c)))
                        continue;
                    const QList<BusAnswer> answers = bus.receive(link::encodeShortFrame(std::uint8_t(c), std::uint8_t(a)),
                                                                 bus.line(), t += 0.5);
                    QVERIFY2(answers.isEmpty(), qPrintable(QStringLiteral("%1: C=0x%2 to %3 answered")
                                                               .arg(name)
                                                               .arg(c, 2, 16)
                                                               .arg(a)));
                }
            }
            // ... while the standard REQ_UD2 is answered at every meter's address.
            for (const MeterSpec &m : profile.meters) {
                bus.receive(Requests::sndNke(m.address), bus.line(), t += 0.5);
                QVERIFY(!bus.receive(Requests::reqUd2(m.address, false), bus.line(), t += 0.5).isEmpty());
            }
        }
    }

    void sndUdOnlyInALongFrameWithItsOwnControlField()
    {
        SimulatedMeter m(meter("12345678FFFFFFFF", 5), 1, 0);
        QVERIFY(!ask(m, link::encodeLongFrame(0x43, 5, 0x51, QByteArray::fromHex("017A07")))); // FCV = 0
        QVERIFY(!ask(m, link::encodeLongFrame(0x5B, 5, 0x50, {})));                         // REQ_UD2's C in a long frame
        QVERIFY(ask(m, Requests::setPrimaryAddress(5, 7)));
        QCOMPARE(int(m.primaryAddress()), 7);
    }

    void answersOnly5B()
    {
        MeterSpec spec = meter("19283746FFFFFFFF", 2);
        spec.behaviour.answersOnly5B = true;
        SimulatedMeter m(spec, 1, 0);
        QCOMPARE(ask(m, Requests::sndNke(2))->bytes, QByteArray::fromHex("E5"));
        QVERIFY(!ask(m, Requests::reqUd2(2, true)));
        QVERIFY(isData(ask(m, Requests::reqUd2(2, false))));
        QVERIFY(isData(ask(m, Requests::reqUd2(2, false)))); // the same telegram again, no FCB procedure
        QString error;
        const QByteArray twoTelegrams = R"({"meters":[{"address":2,"id":"19283746","manufacturer":"ZRI","answers_only_5b":true,
            "telegrams":[{"records":[{"record":"0413","value":1}]},{"records":[{"record":"0413","value":2}]}]}]})";
        QVERIFY(!Profile::fromJson(twoTelegrams, &error));
        QVERIFY2(error.contains(QLatin1String("one telegram")), qPrintable(error));
    }

    void ignoresBroadcast()
    {
        MeterSpec spec = meter("30501234FFFFFFFF", 3);
        spec.behaviour.ignoresBroadcast = true;
        SimulatedMeter m(spec, 1, 0);
        QVERIFY(!ask(m, Requests::sndNke(254)));
        QVERIFY(!ask(m, Requests::reqUd2(254, false)));
        QVERIFY(!ask(m, Requests::setPrimaryAddress(255, 9)));
        QCOMPARE(int(m.primaryAddress()), 3); // did not act on 255 either
        QVERIFY(isData(ask(m, Requests::reqUd2(3, false))));
        QVERIFY(ask(m, Requests::selectSecondary(mask("30501234FFFFFFFF")))); // selection still works
    }

    void needsLinkReset()
    {
        MeterSpec spec = meter("71040011FFFFFFFF", 1, 3);
        spec.behaviour.needsLinkReset = true;
        SimulatedMeter m(spec, 1, 0);
        QVERIFY(!ask(m, Requests::reqUd2(1, false)));
        QVERIFY(ask(m, Requests::sndNke(1)));
        QVERIFY(isData(ask(m, Requests::reqUd2(1, false))));
        QVERIFY(isData(ask(m, Requests::reqUd2(1, true))));
        // Selected, it wants a reset at 253 too: SND_NKE there would end the selection, so the
        // application reset.
        QVERIFY(ask(m, Requests::selectSecondary(mask("71040011FFFFFFFF"))));
        QVERIFY(!ask(m, Requests::reqUd2(253, false)));
        QVERIFY(ask(m, Requests::applicationReset(253)));
        QVERIFY(isData(ask(m, Requests::reqUd2(253, true))));
    }

    void staysSelectedUntilDeselected()
    {
        MeterSpec sticky = meter("61223344FFFFFFFF", 7);
        sticky.behaviour.staysSelected = true;
        SimulatedMeter s(sticky, 1, 0);
        SimulatedMeter plain(meter("61223355FFFFFFFF", 8), 1, 1);
        for (SimulatedMeter *m : {&s, &plain})
            QVERIFY(ask(*m, Requests::selectSecondary(mask("612233FFFFFFFFFF"))));
        for (SimulatedMeter *m : {&s, &plain})
            ask(*m, Requests::selectSecondary(mask("99999999FFFFFFFF"))); // another meter's selection
        QVERIFY(s.isSelected());
        QVERIFY(!plain.isSelected());
        QVERIFY(ask(s, Requests::sndNke(253)));
        QVERIFY(!s.isSelected());
    }

    void acceptsShortMasks()
    {
        MeterSpec elvaco = meter("501122339615101B", 6);
        elvaco.behaviour.acceptsShortMasks = true;
        SimulatedMeter e(elvaco, 1, 0);
        SimulatedMeter strict(meter("501122339615101B", 6), 1, 1);
        const QByteArray idOnly = link::encodeLongFrame(0x53, 253, 0x52, QByteArray::fromHex("33221150"));
        QVERIFY(ask(e, idOnly));
        QVERIFY(e.isSelected());
        QVERIFY(!ask(strict, idOnly));
        QVERIFY(!ask(strict, link::encodeLongFrame(0x53, 253, 0x52, QByteArray::fromHex("332211509615101B00")))); // 9 bytes
        QVERIFY(ask(strict, Requests::selectSecondary(mask("50112233FFFFFFFF"))));
    }

    // Inside the EN window (330 bit times + 50 ms), but in its last part.
    void lateAnswerComesNearTheEndOfTheWindow()
    {
        for (const int baud : {2400, 9600}) {
            Profile profile;
            MeterSpec spec = meter("88100542FFFFFFFF", 5);
            spec.behaviour.lateAnswer = true;
            profile.meters << spec;
            SimulatedBus bus(profile, link::LineSettings{baud, 8, link::Parity::Even, 1}, FaultSettings{}, 1);
            bus.receive(Requests::sndNke(5), bus.line(), 1);
            const QList<BusAnswer> answers = bus.receive(Requests::reqUd2(5, false), bus.line(), 2);
            QCOMPARE(answers.size(), 1);
            const double bitMs = 1000.0 / baud;
            const double enLimit = 330 * bitMs + 50;
            QVERIFY2(answers.first().turnaroundMs < enLimit, qPrintable(QString::number(answers.first().turnaroundMs)));
            QVERIFY2(answers.first().turnaroundMs > 0.8 * enLimit, qPrintable(QString::number(answers.first().turnaroundMs)));
        }
    }

    void profileFlagsAreCheckedByName()
    {
        QString error;
        const QByteArray typo = R"({"meters":[{"address":2,"id":"19283746","manufacturer":"ZRI","answer_only_5b":true,
            "telegrams":[{"records":[{"record":"0413","value":1}]}]}]})";
        QVERIFY(!Profile::fromJson(typo, &error));
        QVERIFY2(error.contains(QLatin1String("answer_only_5b")), qPrintable(error));
        const QByteArray notBool = R"({"meters":[{"address":2,"id":"19283746","manufacturer":"ZRI","late_answer":1,
            "telegrams":[{"records":[{"record":"0413","value":1}]}]}]})";
        QVERIFY(!Profile::fromJson(notBool, &error));
        Profile field;
        QVERIFY(Profile::builtIn(QStringLiteral("field"), &field));
        QVERIFY(field.meters.size() >= 8);
        int atZero = 0, only5B = 0, deaf = 0, reset = 0, late = 0, sticky = 0, shortMask = 0, multi = 0;
        QSet<int> manufacturers;
        for (const MeterSpec &m : field.meters) {
            atZero += m.address == 0;
            only5B += m.behaviour.answersOnly5B;
            deaf += m.behaviour.ignoresBroadcast;
            reset += m.behaviour.needsLinkReset && m.telegrams.size() > 1;
            late += m.behaviour.lateAnswer;
            sticky += m.behaviour.staysSelected;
            shortMask += m.behaviour.acceptsShortMasks;
            multi += m.telegrams.size() > 1;
            manufacturers.insert(m.identity.manufacturer);
        }
        QCOMPARE(atZero, 2);
        QVERIFY(only5B && deaf && reset && late && sticky && shortMask && multi);
        QVERIFY(manufacturers.size() >= 7);
    }
};

QTEST_GUILESS_MAIN(TestMeterBehaviours)
#include "tst_meter_behaviours.moc"
