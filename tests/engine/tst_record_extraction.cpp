// A binding's value from decoded telegrams: the right record, its quality, and the Index-drift
// guard that refuses a record whose signature changed and says where it went.
#include "decode/TelegramDecoder.h"
#include "engine/RecordExtraction.h"
#include "engine/WriteEncoding.h"

#include <QTest>

using namespace mbus;
using namespace mbus::engine;

namespace {

decode::Telegram telegram(const char *records)
{
    const QByteArray data = QByteArray::fromHex("785634122D2C0104 2A000000" + QByteArray(records).replace(' ', ""));
    decode::Telegram t;
    decode::decodeTelegram(link::parseFrame(link::encodeLongFrame(0x08, 5, 0x72, data)).value(), t);
    return t;
}

project::Binding binding(int telegram, int index, const char *signature)
{
    project::Binding b;
    b.name = QStringLiteral("Energy");
    b.tag = QStringLiteral("plant.energy");
    b.address = 5;
    b.telegram = telegram;
    b.index = index;
    b.signature = QByteArray::fromHex(signature);
    return b;
}

} // namespace

class TestRecordExtraction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesTheBoundRecord()
    {
        const TagValue v = extractValue(binding(0, 1, "0406"), {telegram("0413 01000000 0406 39300000")});
        QVERIFY(v.isGood());
        QCOMPARE(v.value.toDouble(), 12345000.0);
        QCOMPARE(v.unit, QStringLiteral("Wh"));
        QCOMPARE(v.qualityText(), QStringLiteral("good"));
    }

    void guardsAgainstIndexDrift()
    {
        // A firmware update put a volume record in front: the energy is now at index 1.
        const TagValue v = extractValue(binding(0, 0, "0406"), {telegram("0413 01000000 0406 39300000")});
        QCOMPARE(v.quality, Quality::Bad);
        QCOMPARE(v.qualityText(), QStringLiteral("bad: index drift: the record is now at telegram 1 index 1"));
        QVERIFY(v.value.isNull()); // never a wrong value as good
    }

    void findsADriftedRecordInAnotherTelegram()
    {
        const TagValue v = extractValue(binding(1, 0, "0406"), {telegram("0413 01000000 1F"), telegram("0406 39300000")});
        QCOMPARE(v.qualityText(), QStringLiteral("bad: index drift: the record is now at telegram 2 index 0"));
    }

    void saysWhenARecordIsGone()
    {
        QCOMPARE(extractValue(binding(0, 0, "0406"), {telegram("0413 01000000")}).qualityText(),
                 QStringLiteral("bad: index drift: the record is no longer sent"));
        QCOMPARE(extractValue(binding(0, 3, ""), {telegram("0413 01000000")}).qualityText(),
                 QStringLiteral("bad: index drift: the telegram has 1 records"));
        QCOMPARE(extractValue(binding(2, 0, "0406"), {telegram("0406 39300000")}).qualityText(),
                 QStringLiteral("bad: the meter sent 1 telegram(s), telegram 2 is bound"));
    }

    void recordErrorsAndInvalidTimesAreUncertain()
    {
        // VIFE 0x15: no data available.
        QCOMPARE(extractValue(binding(0, 0, "0486 15"), {telegram("04 86 15 00000000")}).qualityText(),
                 QStringLiteral("uncertain: no data available"));
        // Type F with the IV bit.
        QCOMPARE(extractValue(binding(0, 0, "046D"), {telegram("046D A115E917")}).qualityText(),
                 QStringLiteral("uncertain: the meter marks this time invalid"));
    }

    void refusesTheAnswerOfAnotherMeter()
    {
        project::Binding b = binding(0, 0, "0406");
        b.meter = QStringLiteral("123456782D2C0104"); // the header of telegram() below
        QVERIFY(extractValue(b, {telegram("0406 39300000")}).isGood());
        b.meter = QStringLiteral("876543212D2C0104");
        QCOMPARE(extractValue(b, {telegram("0406 39300000")}).qualityText(),
                 QStringLiteral("bad: another meter answers: 123456782D2C0104, bound on 876543212D2C0104"));
    }

    void datesAndTextsAreStrings()
    {
        const TagValue v = extractValue(binding(0, 0, "426C"), {telegram("426C 3F3C")});
        QCOMPARE(v.value.toString(), QStringLiteral("2025-12-31"));
    }

    void encodesWritesInTheRecordsOwnCoding()
    {
        project::Binding b = binding(0, 0, "025A"); // flow temperature, 0.1 °C
        b.access = project::Access::Write;
        QString error;
        QCOMPARE(encodeWrite(b, 68.5, &error).value_or(QByteArray()), QByteArray::fromHex("025AAD02"));
        b.signature = QByteArray::fromHex("0C13"); // volume in litres, 8-digit BCD
        QCOMPARE(encodeWrite(b, 345.678, &error).value_or(QByteArray()), QByteArray::fromHex("0C1378563400"));
        b.signature = QByteArray::fromHex("426C");
        QCOMPARE(encodeWrite(b, QStringLiteral("2025-12-31T00:00:00"), &error).value_or(QByteArray()), QByteArray::fromHex("426C3F3C"));
        b.signature = QByteArray::fromHex("0159"); // 8 bits do not hold 1000
        QVERIFY(!encodeWrite(b, 1000, &error));
        QVERIFY(error.contains(QLatin1String("does not fit")));
        b.access = project::Access::Read;
        QVERIFY(!encodeWrite(b, 1, &error));
        QVERIFY(error.contains(QLatin1String("read-only")));
    }
};

QTEST_APPLESS_MAIN(TestRecordExtraction)
#include "tst_record_extraction.moc"
