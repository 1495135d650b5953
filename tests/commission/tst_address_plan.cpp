// The address plan as pure logic: what stays, what moves where, and why.
#include "commission/AddressPlan.h"

#include <QTest>

using namespace mbus::commission;

namespace {

SurveyedMeter meter(const char *secondary, int primary)
{
    SurveyedMeter m;
    m.secondary = mbus::link::SecondaryAddress::fromString(QString::fromLatin1(secondary)).value();
    m.primaryBefore = primary;
    return m;
}

} // namespace

class TestAddressPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uniqueBusNeedsNothing()
    {
        const AddressPlan plan = planAddresses({meter("11111111AAAA0104", 1), meter("22222222AAAA0104", 2)});
        QVERIFY(plan.isEmpty());
        QVERIFY(plan.problems.isEmpty());
    }

    void sharedAddressKeepsTheLowestSecondaryAndMovesTheRestToTheLowestFree()
    {
        const QList<SurveyedMeter> bus{meter("33333333AAAA0104", 5), meter("22222222AAAA0104", 5), meter("11111111AAAA0104", 1),
                                       meter("44444444AAAA0104", 5)};
        QCOMPARE(sharedAddresses(bus), QList<int>{5});
        const AddressPlan plan = planAddresses(bus);
        QCOMPARE(plan.moves.size(), 2);
        QCOMPARE(plan.moves.at(0), (AddressMove{0, 5, 2, {}})); // 3333... to the lowest free address
        QCOMPARE(plan.moves.at(1), (AddressMove{3, 5, 3, {}}));
        QVERIFY(plan.moves.at(0).reason.contains(QStringLiteral("22222222AAAA0104")));
    }

    void theProjectsMeterKeepsItsAddress()
    {
        PlanSettings settings;
        settings.keepFirst.insert(QStringLiteral("33333333AAAA0104"));
        const AddressPlan plan = planAddresses({meter("33333333AAAA0104", 5), meter("22222222AAAA0104", 5)}, settings);
        QCOMPARE(plan.moves, (QList<AddressMove>{{1, 5, 1, {}}}));
    }

    void factoryAddressAndOutOfRangeMoveAll()
    {
        const AddressPlan plan = planAddresses({meter("11111111AAAA0104", 0), meter("22222222AAAA0104", 0),
                                                meter("33333333AAAA0104", 251), meter("44444444AAAA0104", 1)});
        QCOMPARE(plan.moves, (QList<AddressMove>{{0, 0, 2, {}}, {1, 0, 3, {}}, {2, 251, 4, {}}}));
        QVERIFY(plan.moves.at(0).reason.contains(QStringLiteral("factory")));
    }

    void reservedAddressesAreNotHandedOut()
    {
        PlanSettings settings;
        settings.reserved = {1, 2};
        const AddressPlan plan = planAddresses({meter("11111111AAAA0104", 0)}, settings);
        QCOMPARE(plan.moves, (QList<AddressMove>{{0, 0, 3, {}}}));
    }

    void resolveTouchesOnlyItsAddress()
    {
        PlanSettings settings;
        settings.onlyAddress = 7;
        const AddressPlan plan = planAddresses({meter("11111111AAAA0104", 0), meter("22222222AAAA0104", 7),
                                                meter("33333333AAAA0104", 7), meter("44444444AAAA0104", 1)},
                                               settings);
        // Address 0 is left alone, and its meter's address is not free to give away either.
        QCOMPARE(plan.moves, (QList<AddressMove>{{2, 7, 2, {}}}));
    }

    void unreadMeterIsNamedNotMoved()
    {
        const AddressPlan plan = planAddresses({meter("11111111AAAA0104", -1)});
        QVERIFY(plan.isEmpty());
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY(plan.problems.first().contains(QStringLiteral("11111111AAAA0104")));
    }

    void fullRangeIsAProblemNotACrash()
    {
        PlanSettings settings;
        settings.first = 1;
        settings.last = 2;
        const AddressPlan plan =
            planAddresses({meter("11111111AAAA0104", 1), meter("22222222AAAA0104", 2), meter("33333333AAAA0104", 2)}, settings);
        QVERIFY(plan.isEmpty());
        QCOMPARE(plan.problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAddressPlan)
#include "tst_address_plan.moc"
