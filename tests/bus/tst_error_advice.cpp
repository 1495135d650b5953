// Bus errors as sentences that say what to check (issue 14: a missing meter ended in a bare
// "Timeout"): one per kind of error, naming the address, the tries, the rate and the port.
#include "bus/BusError.h"

#include <QTest>

using namespace mbus;
using bus::BusError;
using bus::BusErrorCode;

class TestErrorAdvice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachKindSaysWhatToCheck()
    {
        const bus::ErrorPlace place{7, 3, 2400, QStringLiteral("/dev/ttyUSB0")};
        QCOMPARE(bus::adviceFor(BusError::of(BusErrorCode::Timeout), place),
                 QStringLiteral("No answer from address 7 after 3 tries: check the address, the baud rate (is the meter at "
                                "2400 Bd?) and the wiring."));
        for (const BusErrorCode damaged : {BusErrorCode::ChecksumError, BusErrorCode::FramingError}) {
            const QString text = bus::adviceFor(BusError::of(damaged), place);
            QVERIFY2(text.startsWith(QStringLiteral("Answers from address 7 were damaged")) && text.contains(QStringLiteral("parity"))
                         && text.contains(QStringLiteral("two meters on one address")),
                     qPrintable(text));
        }
        QVERIFY(bus::adviceFor(BusError::of(BusErrorCode::Collision), place).contains(QStringLiteral("share this address")));
        QCOMPARE(bus::adviceFor(BusError::of(BusErrorCode::PortError, QStringLiteral("Permission denied")), place),
                 QStringLiteral("The port /dev/ttyUSB0 failed: Permission denied. Check that the adapter is plugged in and "
                                "that no other program uses the port."));
        QVERIFY(bus::adviceFor(BusError::of(BusErrorCode::ConnectionLost), place).startsWith(QStringLiteral("The gateway /dev/ttyUSB0 dropped")));
        QVERIFY(bus::adviceFor(BusError::of(BusErrorCode::UnexpectedFrame, QStringLiteral("answer from another meter")), place)
                    .startsWith(QStringLiteral("Address 7 gave an answer that does not fit the request (answer from another meter)")));
        QCOMPARE(bus::adviceFor(BusError::of(BusErrorCode::Cancelled), place), QStringLiteral("Cancelled."));
        QCOMPARE(bus::adviceFor(BusError{}, place), QString());
    }

    void whatIsUnknownIsLeftOut()
    {
        QCOMPARE(bus::adviceFor(BusError::of(BusErrorCode::Timeout), bus::ErrorPlace{}),
                 QStringLiteral("No answer from the selected meter: check the address, the baud rate and the wiring."));
        QVERIFY(bus::adviceFor(BusError::of(BusErrorCode::PortError), bus::ErrorPlace{}).startsWith(QStringLiteral("The port failed: Port error.")));
    }
};

QTEST_GUILESS_MAIN(TestErrorAdvice)
#include "tst_error_advice.moc"
