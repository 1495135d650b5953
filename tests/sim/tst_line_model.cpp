// The UART line model: what a receiver reads when baud rate or parity differ from the sender's.
// A pty carries neither, so these cases are proven here.
#include "sim/LineModel.h"

#include <QTest>

using namespace mbus::sim;

namespace {

LineSettings line(int baud, Parity parity)
{
    LineSettings s;
    s.baud = baud;
    s.parity = parity;
    return s;
}

const QByteArray answer = QByteArray::fromHex("6803036808017279" "16");

} // namespace

class TestLineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSettingsArriveIntact_data()
    {
        QTest::addColumn<int>("parity");
        QTest::newRow("8N1") << int(Parity::None);
        QTest::newRow("8E1") << int(Parity::Even);
        QTest::newRow("8O1") << int(Parity::Odd);
    }

    void sameSettingsArriveIntact()
    {
        QFETCH(int, parity);
        const LineSettings s = line(2400, Parity(parity));
        const LineResult r = transmit(answer, s, s);
        QCOMPARE(r.received, answer);
        QCOMPARE(r.lost, 0);
        QVERIFY(!r.garbled);
    }

    void wrongBaudRateIsNoise()
    {
        const LineResult r = transmit(answer, line(2400, Parity::Even), line(9600, Parity::Even));
        QVERIFY(r.garbled);
        QVERIFY(r.received != answer);
        // Within crystal tolerance (2 %) rates count as equal.
        QVERIFY(sameBaud(2400, 2440) && !sameBaud(2400, 2500));
    }

    // 8E1 into 8N1: the receiver takes the parity bit for the stop bit. Characters with an odd
    // number of ones (parity bit 1) arrive; the others are framing errors, read as 0x00.
    void evenIntoNoneKeepsOddWeightCharacters()
    {
        const QByteArray bytes = QByteArray::fromHex("E5" "72" "10" "16");
        const LineResult r = transmit(bytes, line(2400, Parity::Even), line(2400, Parity::None));
        QCOMPARE(r.received, QByteArray::fromHex("E5001016")); // 0x72 has even weight
        QCOMPARE(r.lost, 1);
    }

    // 8N1 into 8E1: back to back, the receiver wants a stop bit where the next start bit is.
    void noneIntoEvenLosesCharacters()
    {
        const LineResult r = transmit(answer, line(2400, Parity::None), line(2400, Parity::Even));
        QVERIFY(r.lost > 0);
        QVERIFY(r.received != answer);
    }

    // Even into odd: every parity check fails.
    void evenIntoOddLosesEverything()
    {
        const LineResult r = transmit(answer, line(2400, Parity::Even), line(2400, Parity::Odd));
        QCOMPARE(r.received, QByteArray(answer.size(), '\0'));
        QCOMPARE(r.lost, int(answer.size()));
    }

    // Slaves answering at once: what a UART reads is damaged, never silence.
    void superimposedAnswersAreNoise()
    {
        const LineSettings s = line(2400, Parity::Even);
        const LineResult r = superimpose({QByteArray::fromHex("E5"), QByteArray::fromHex("E5")}, {0, 7}, s, s);
        QVERIFY(!r.received.isEmpty());
        QVERIFY(r.received != QByteArray::fromHex("E5"));
        QCOMPARE(superimpose({QByteArray::fromHex("E5")}, {0}, s, s).received, QByteArray::fromHex("E5"));
    }

    void textOfSettings()
    {
        QCOMPARE(mbus::link::lineSettingsText(line(2400, Parity::Even)), QByteArray("2400 8E1"));
        Parity p;
        QVERIFY(mbus::link::parseParity("NONE", &p) && p == Parity::None);
        QVERIFY(!mbus::link::parseParity("mark", &p));
    }
};

QTEST_APPLESS_MAIN(TestLineModel)
#include "tst_line_model.moc"
