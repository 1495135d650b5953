// Plain-text VIF (MBUS_FACTS 2.7.5): VIF 0x7C with a length byte and the unit sent last character
// first, VIF 0xFC with VIFEs in the layout of EN 13757-3 (VIFEs, then length and text) and in the
// text-first layout of the Elvaco CMa10 (FC 03 48 52 25 74), and the records that follow it.
#include "TelegramBuilder.h"

#include <QTest>

using namespace mbus;
using namespace mbus::decode;
using mbus::test::hex;

class TestPlainTextVif : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutVifes();
    void vifeLayouts_data();
    void vifeLayouts();
    void positionsInStandardLayout();
    void lvarDataAfterPlainText();
    void truncatedText_data();
    void truncatedText();
    void shortValueAfterCompleteText_data();
    void shortValueAfterCompleteText();
};

// 02 7C 03 48 52 25 <2 bytes>: "HR%" on the wire is the unit "%RH"; the value is not scaled.
void TestPlainTextVif::withoutVifes()
{
    MBUS_DECODE_OK(d, "02 7C 03 485225 C801  02 5A 7902  04 13 39300000");
    QCOMPARE(d.count(), 3);
    const Record &r = d.record(0);
    QCOMPARE(int(r.vifTable), int(VifTable::PlainText));
    QCOMPARE(int(r.plainTextSize), 3);
    QCOMPARE(int(r.plainTextOffset), test::recordByte(3));
    QCOMPARE(int(r.vibOffset), test::recordByte(1));
    QCOMPARE(int(r.vibSize), 5);
    QCOMPARE(int(r.dataOffset), test::recordByte(6));
    QCOMPARE(int(r.qualifierCount), 0);
    QCOMPARE(d.unit(0), QStringLiteral("%RH"));
    QCOMPARE(d.quantity(0), QStringLiteral("%RH"));
    QCOMPARE(d.value(0), QStringLiteral("456"));
    QCOMPARE(d.telegram.signatureOf(r).toByteArray(), hex("02 7C 03 485225"));
    // A decoder that does not know 0x7C mis-aligns everything after it (MBUS_FACTS 2.7.5).
    QCOMPARE(int(d.record(1).offset), test::recordByte(8));
    QCOMPARE(d.value(1), QStringLiteral("63.3"));
    QCOMPARE(d.value(2), QStringLiteral("12.345"));
}

void TestPlainTextVif::vifeLayouts_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("vibSize");

    // 4564 with VIFE 0x74 (x10^-2) = 45.64 %RH, as the CMa10 reports it.
    QTest::newRow("standard: FC 74 03 HR%") << hex("02 FC 74 03 485225 D411") << "%RH"
                                            << "%RH, corrected by multiplicative factor" << "45.64" << 6;
    QTest::newRow("text first: FC 03 HR% 74 (CMa10)") << hex("02 FC 03 485225 74 D411") << "%RH"
                                                      << "%RH, corrected by multiplicative factor" << "45.64" << 6;
    QTest::newRow("standard, two VIFEs") << hex("02 FC F4 22 03 485225 D411") << "%RH/h"
                                         << "%RH, corrected by multiplicative factor" << "45.64" << 7;
    QTest::newRow("text first, two VIFEs") << hex("02 FC 03 485225 F4 22 D411") << "%RH/h"
                                           << "%RH, corrected by multiplicative factor" << "45.64" << 7;
    QTest::newRow("standard, 4-byte data") << hex("04 FC 7D 02 6857 05000000") << "Wh"
                                           << "Wh, corrected by multiplicative factor 1000" << "5000" << 5;
}

// Both layouts decode to the same record, and the record after it is found.
void TestPlainTextVif::vifeLayouts()
{
    QFETCH(QByteArray, records);
    QFETCH(QString, unit);
    QFETCH(QString, quantity);
    QFETCH(QString, value);
    QFETCH(int, vibSize);

    for (const bool last : {false, true}) {
        const QByteArray all = last ? hex("02 5A 7902") + records : records + hex("02 5A 7902");
        const int index = last ? 1 : 0;
        const test::Decoded d = test::decodeRecords(all);
        QVERIFY2(!d.error.isError(), qPrintable(d.error.message()));
        QCOMPARE(d.count(), 2);
        QCOMPARE(int(d.record(index).vifTable), int(VifTable::PlainText));
        QCOMPARE(d.unit(index), unit);
        QCOMPARE(d.quantity(index), quantity);
        QCOMPARE(d.value(index), value);
        QCOMPARE(int(d.record(index).vibSize), vibSize);
        QCOMPARE(d.value(1 - index), QStringLiteral("63.3"));
    }
}

void TestPlainTextVif::positionsInStandardLayout()
{
    MBUS_DECODE_OK(d, "02 FC 74 03 485225 D411");
    const Record &r = d.record(0);
    QCOMPARE(int(r.plainTextOffset), test::recordByte(4));
    QCOMPARE(int(r.plainTextSize), 3);
    QCOMPARE(int(r.dataOffset), test::recordByte(7));
    QCOMPARE(int(r.qualifierCount), 1);
    QCOMPARE(int(r.qualifiers[0].code), 0x74);
    QCOMPARE(r.exponent, -2);
    QCOMPARE(qlonglong(r.rawInteger), 4564LL);

    MBUS_DECODE_OK(e, "02 FC 03 485225 74 D411");
    QCOMPARE(int(e.record(0).plainTextOffset), test::recordByte(3));
    QCOMPARE(int(e.record(0).dataOffset), test::recordByte(7));
}

// The unit is followed by an LVAR value: the length byte after the text belongs to the data.
void TestPlainTextVif::lvarDataAfterPlainText()
{
    MBUS_DECODE_OK(d, "0D 7C 01 41 02 3231  02 5A 7902");
    QCOMPARE(d.count(), 2);
    QCOMPARE(d.unit(0), QStringLiteral("A"));
    QCOMPARE(int(d.record(0).kind), int(ValueKind::Text));
    QCOMPARE(d.value(0), QStringLiteral("12"));
    QCOMPARE(d.value(1), QStringLiteral("63.3"));
}

void TestPlainTextVif::truncatedText_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<int>("errorAt");

    QTest::newRow("7C: 5 characters announced, 2 sent") << hex("02 5A 7902  02 7C 05 4852") << 6;
    QTest::newRow("7C: length byte missing") << hex("02 5A 7902  02 7C") << 6;
    // With 0xFC neither layout fits; the error names the length byte of the standard reading
    // (VIFE first), the byte after the VIFE.
    QTest::newRow("FC standard: text cut") << hex("02 5A 7902  02 FC 74 05 4852") << 7;
    QTest::newRow("FC text first: text cut") << hex("02 5A 7902  02 FC 05 4852") << 7;
}

void TestPlainTextVif::truncatedText()
{
    QFETCH(QByteArray, records);
    QFETCH(int, errorAt);

    const test::Decoded d = test::decodeRecords(records);
    QVERIFY(d.framed);
    QCOMPARE(d.error.code, ErrorCode::PlainTextTruncated);
    QCOMPARE(d.error.offset, test::recordByte(errorAt));
    QCOMPARE(d.count(), 1);
    QCOMPARE(d.value(0), QStringLiteral("63.3"));
}

// A complete unit text followed by a short value is a short value, not a short text.
void TestPlainTextVif::shortValueAfterCompleteText_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<int>("dataAt");

    QTest::newRow("7C") << hex("02 5A 7902  02 7C 03 485225 C8") << 10;
    QTest::newRow("FC standard") << hex("02 5A 7902  02 FC 74 03 485225 C8") << 11;
}

void TestPlainTextVif::shortValueAfterCompleteText()
{
    QFETCH(QByteArray, records);
    QFETCH(int, dataAt);

    const test::Decoded d = test::decodeRecords(records);
    QVERIFY(d.framed);
    QCOMPARE(d.error.code, ErrorCode::DataTruncated);
    QCOMPARE(d.error.offset, test::recordByte(dataAt));
    QCOMPARE(d.error.expected, 2);
    QCOMPARE(d.error.actual, 1);
}

QTEST_GUILESS_MAIN(TestPlainTextVif)
#include "tst_plain_text_vif.moc"
