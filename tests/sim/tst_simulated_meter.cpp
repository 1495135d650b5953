// A simulated meter answers as EN 13757-2/-3 says: addressing, SND_NKE, the FCB procedure over
// several telegrams, selection with wildcards, set primary address, baud switch.
#include "decode/TelegramDecoder.h"
#include "link/MasterRequests.h"
#include "sim/MeterProfile.h"
#include "sim/SimulatedMeter.h"

#include <QTest>

using namespace mbus;
using namespace mbus::sim;
namespace Requests = mbus::link::MasterRequests;

namespace {

MeterSpec threeTelegramMeter()
{
    MeterSpec spec;
    spec.address = 7;
    spec.identity = *link::SecondaryAddress::fromString(QStringLiteral("123456782D2C3404"));
    for (int t = 0; t < 3; ++t) {
        TelegramSpec telegram;
        RecordSpec record;
        record.signature = QByteArray::fromHex("0413");
        record.value.value = 1000 * (t + 1); // telegram t carries (t+1) m^3
        telegram.records.append(record);
        spec.telegrams.append(telegram);
    }
    return spec;
}

std::optional<MeterAnswer> ask(SimulatedMeter &meter, const QByteArray &request)
{
    return meter.handle(link::parseFrame(request).value(), 10.0, QDateTime::currentDateTime());
}

// The volume of the telegram in the answer (1, 2 or 3), -1 when there is none.
int telegramOf(const std::optional<MeterAnswer> &answer)
{
    if (!answer)
        return -1;
    decode::Telegram telegram;
    decode::decodeTelegram(link::parseFrame(answer->bytes).value(), telegram);
    return telegram.records.empty() ? -1 : int(telegram.records.front().number);
}

} // namespace

class TestSimulatedMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersItsAddressAndBroadcast()
    {
        SimulatedMeter meter(threeTelegramMeter(), 1, 0);
        QCOMPARE(ask(meter, Requests::sndNke(7))->bytes, QByteArray::fromHex("E5"));
        QVERIFY(!ask(meter, Requests::sndNke(8)));
        QVERIFY(ask(meter, Requests::reqUd2(254, false)));
        QVERIFY(!ask(meter, Requests::sndNke(255))); // acts, never answers
    }

    // MBUS_FACTS 1.4: SND_NKE, then REQ_UD2 with FCB toggled after every good answer; the same
    // FCB repeats the last telegram.
    void followsTheFcbProcedure()
    {
        SimulatedMeter meter(threeTelegramMeter(), 1, 0);
        ask(meter, Requests::sndNke(7));
        QCOMPARE(telegramOf(ask(meter, Requests::reqUd2(7, true))), 1);
        QCOMPARE(telegramOf(ask(meter, Requests::reqUd2(7, false))), 2);
        QCOMPARE(telegramOf(ask(meter, Requests::reqUd2(7, false))), 2); // repeated
        QCOMPARE(telegramOf(ask(meter, Requests::reqUd2(7, true))), 3);
        QCOMPARE(telegramOf(ask(meter, Requests::reqUd2(7, false))), 1); // wraps
        ask(meter, Requests::sndNke(7));
        QCOMPARE(telegramOf(ask(meter, Requests::reqUd2(7, false))), 1); // restart after SND_NKE
        // REQ_UD2 without FCV (0x4B, 0x6B) is not M-Bus: no answer, and the procedure goes on.
        QVERIFY(!ask(meter, link::encodeShortFrame(0x4B, 7)));
        QVERIFY(!ask(meter, link::encodeShortFrame(0x6B, 7)));
        QCOMPARE(telegramOf(ask(meter, Requests::reqUd2(7, false))), 1); // the same FCB: repeated
    }

    void marksMoreRecordsFollow()
    {
        SimulatedMeter meter(threeTelegramMeter(), 1, 0);
        ask(meter, Requests::sndNke(7));
        const auto answer = ask(meter, Requests::reqUd2(7, true));
        decode::Telegram telegram;
        decode::decodeTelegram(link::parseFrame(answer->bytes).value(), telegram);
        QVERIFY(telegram.moreRecordsFollow);
        QCOMPARE(answer->truth.size(), 1);
        QCOMPARE(answer->truth.first().telegram, 1);
        QCOMPARE(answer->truth.first().number, 1.0);
    }

    void selectionWithWildcards()
    {
        SimulatedMeter meter(threeTelegramMeter(), 1, 0);
        link::SecondaryAddress mask = link::SecondaryAddress::wildcard();
        mask.setDigit(0, 1);
        mask.setDigit(1, 2);
        QVERIFY(ask(meter, Requests::selectSecondary(mask)));
        QVERIFY(meter.isSelected());
        QCOMPARE(telegramOf(ask(meter, Requests::reqUd2(253, true))), 1);
        mask.setDigit(1, 3); // 13xxxxxx: not this meter
        QVERIFY(!ask(meter, Requests::selectSecondary(mask)));
        QVERIFY(!meter.isSelected());
        QVERIFY(!ask(meter, Requests::reqUd2(253, true)));
        // Manufacturer given exactly (wire order 2D 2C = KAM) also matches.
        link::SecondaryAddress exact = meter.secondaryAddress();
        QVERIFY(ask(meter, Requests::selectSecondary(exact)));
        QCOMPARE(ask(meter, Requests::sndNke(253))->bytes, QByteArray::fromHex("E5")); // deselects
        QVERIFY(!meter.isSelected());
    }

    void setsPrimaryAddressAndSwitchesBaud()
    {
        SimulatedMeter meter(threeTelegramMeter(), 1, 0);
        QVERIFY(ask(meter, Requests::setPrimaryAddress(7, 42)));
        QCOMPARE(int(meter.primaryAddress()), 42);
        QVERIFY(!ask(meter, Requests::sndNke(7)));
        QVERIFY(ask(meter, Requests::sndNke(42)));
        QVERIFY(!ask(meter, Requests::setPrimaryAddress(42, 251))); // out of range: ignored
        QCOMPARE(int(meter.primaryAddress()), 42);
        const auto answer = ask(meter, Requests::switchBaudRate(42, 9600));
        QCOMPARE(answer->bytes, QByteArray::fromHex("E5"));
        QCOMPARE(answer->newBaud, 9600);
    }
};

QTEST_APPLESS_MAIN(TestSimulatedMeter)
#include "tst_simulated_meter.moc"
