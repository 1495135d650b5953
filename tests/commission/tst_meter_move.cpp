// A meter moved to another primary address from the meter view: the project's meter and the
// bindings read from it follow; a meter the project knew only through its bindings joins the
// connection's meters with its secondary address; other meters and their bindings stay.
#include "commission/MeterMove.h"

#include <QTest>

using namespace mbus;

namespace {

const QString Gas = QStringLiteral("6700400493150C03");
const QString Water = QStringLiteral("67003003AE4C1407");

project::Binding binding(const char *tag, int address, const QString &meter = {})
{
    project::Binding b;
    b.tag = QString::fromLatin1(tag);
    b.address = address;
    b.meter = meter;
    return b;
}

} // namespace

class TestMeterMove : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMeterKnownOnlyByItsBindingsMovesWithThem()
    {
        project::Connection c;
        c.bindings << binding("gas.volume", 4, Gas) << binding("gas.flow", 4) << binding("water.volume", 3, Water);
        const project::Connection moved = commission::withMeterMoved(c, 4, 40, Gas);
        QCOMPARE(moved.bindings.at(0).address, 40);
        QCOMPARE(moved.bindings.at(1).address, 40);
        QCOMPARE(moved.bindings.at(2).address, 3);
        QCOMPARE(moved.meters.size(), 1);
        QCOMPARE(moved.meters.first().address, 40);
        QCOMPARE(moved.meters.first().secondary, Gas);
    }

    void aNamedMeterKeepsItsNameAndAnUnidentifiedOneLearnsItsSecondaryAddress()
    {
        project::Connection c;
        project::Meter named;
        named.address = 4;
        named.name = QStringLiteral("Gas, boiler room");
        c.meters << named;
        c.bindings << binding("gas.volume", 4);
        const project::Connection moved = commission::withMeterMoved(c, 4, 12, Gas.toLower());
        QCOMPARE(moved.meters.size(), 1);
        QCOMPARE(moved.meters.first().address, 12);
        QCOMPARE(moved.meters.first().name, named.name);
        QCOMPARE(moved.meters.first().secondary, Gas);
        QCOMPARE(moved.bindings.first().address, 12);
    }

    void aBindingOfAnotherMeterAtTheOldAddressStays()
    {
        project::Connection c;
        c.bindings << binding("gas.volume", 4, Gas) << binding("old.volume", 4, Water);
        const project::Connection moved = commission::withMeterMoved(c, 4, 40, Gas);
        QCOMPARE(moved.bindings.at(0).address, 40);
        QCOMPARE(moved.bindings.at(1).address, 4); // bound on another meter: not this one's
    }

    void noSecondaryAddressNoChange()
    {
        project::Connection c;
        c.bindings << binding("gas.volume", 4);
        QCOMPARE(commission::withMeterMoved(c, 4, 40, QString()), c);
    }
};

QTEST_GUILESS_MAIN(TestMeterMove)
#include "tst_meter_move.moc"
