#pragma once

#include "bus/RequestPort.h"
#include "link/SecondaryAddress.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

// Changes meters' baud rate (CI 0xB8..0xBF) and proves it: the meter acknowledges at the old
// rate, the master's UART moves to the new one and reads the meter there. A meter that does not
// answer at the new rate is read at the old one ("did not switch") — nothing is left unknown.
// For the whole bus, every meter must make it: if one fails, those already switched are
// switched back, so the bus never ends up split between two rates.
namespace mbus::commission {

struct BaudTarget
{
    int address = -1;                                // primary address, or -1 to go by secondary
    std::optional<link::SecondaryAddress> secondary; // selected first when set; checked in the answer
    QString label;                                   // for the messages: "KAM 67001001 at 1"
};

class BaudSwitcher : public QObject
{
    Q_OBJECT

public:
    // wholeBus: the line ends at newBaud only if every target switched (else all go back).
    // Otherwise each meter is left at the rate it answered at, and the line ends at oldBaud.
    BaudSwitcher(bus::RequestPort &port, int oldBaud, int newBaud, bool wholeBus, QObject *parent = nullptr);

    void start(const QList<BaudTarget> &targets);
    void cancel();
    bool isRunning() const { return m_running; }
    // The rate each target answers at now (0 when it answered at neither).
    const QList<int> &ratesNow() const { return m_rates; }
    int lineBaud() const { return m_lineBaud; }

Q_SIGNALS:
    void progress(const QString &text);
    // The link cannot change its rate (a TCP gateway): nothing was switched.
    void refused(const QString &text);
    void meterDone(int target, bool switched, const QString &text);
    // allSwitched: every target answers at the new rate; lineBaud: the master's rate at the end.
    void finished(bool allSwitched, int lineBaud);

private:
    enum class Step : std::uint8_t { Probe, Switch, LineTo, ReadTo, LineFrom, ReadFrom, LineEnd };
    struct Work
    {
        int target = 0;
        int from = 0;
        int to = 0;
    };
    void beginWork();
    void send(Step step, const bus::Request &request);
    void onFinished(const bus::Outcome &outcome);
    void workDone(bool switched, const QString &text);
    bool isTheMeter(int target, const bus::Outcome &outcome) const;
    bus::Request addressed(int target, bus::Request request) const;
    static bus::Request lineRequest(int baud);
    void endOfWork();

    QPointer<bus::RequestPort> m_port;
    int m_oldBaud;
    int m_newBaud;
    bool m_wholeBus;
    QList<BaudTarget> m_targets;
    QList<int> m_rates;
    QList<Work> m_work;
    Work m_now;
    Step m_step = Step::Switch;
    bool m_reverting = false; // switching the already switched meters back
    bool m_running = false;
    int m_lineBaud = 0;
    QPointer<bus::Reply> m_pending;
    QPointer<bus::Reply> m_lineChange; // a SetLinkBaud sent ahead, whose outcome nobody waits for
    QString m_switchError;
};

} // namespace mbus::commission
