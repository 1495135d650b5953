#pragma once

#include "bus/RequestPort.h"
#include "commission/AddressPlan.h"

#include <QObject>
#include <QPointer>

// Applies an address plan one move at a time: select the meter by its secondary address, set
// its primary address (SND_UD CI 0x51, DIF 0x01, VIF 0x7A to 253), then read it at the new
// address and compare the identification in its answer. A lost E5 is not a failure when the
// read-back finds the meter at its new address. The GUI asks before each move; the CLI runs all.
// verifyAll() reads every meter at the address it now has, by primary address: the proof that
// the addresses are unique (a shared address garbles the answer).
namespace mbus::commission {

class PlanRunner : public QObject
{
    Q_OBJECT

public:
    PlanRunner(bus::RequestPort &port, QList<SurveyedMeter> meters, QList<AddressMove> moves, QObject *parent = nullptr);

    const QList<SurveyedMeter> &meters() const { return m_meters; }
    const QList<AddressMove> &moves() const { return m_moves; }
    int nextMove() const { return m_next; }
    bool isBusy() const { return m_stage != Stage::Idle; }
    bool hasMoreMoves() const { return m_next < m_moves.size(); }

    // The next move; moveFinished() reports it.
    void applyNext();
    // Skips the next move (the user said no): the meter keeps its address.
    void skipNext();
    // Every move in turn, then verifyAll(); finished() at the end.
    void applyAll();
    void verifyAll();
    void cancel();

Q_SIGNALS:
    void moveStarted(int move, const QString &text);
    void moveFinished(int move, bool ok, const QString &text);
    void verified(int meter, bool ok, const QString &text);
    void finished(bool allOk);

private:
    enum class Stage : std::uint8_t { Idle, Setting, Checking, Verifying };
    void onFinished(const bus::Outcome &outcome);
    void onSet(const bus::Outcome &outcome);
    void onChecked(const bus::Outcome &outcome);
    void onVerified(const bus::Outcome &outcome);
    void verifyNext();
    void submit(const bus::Request &request);
    QString label(int meter) const;

    QPointer<bus::RequestPort> m_port;
    QList<SurveyedMeter> m_meters;
    QList<AddressMove> m_moves;
    int m_next = 0;
    int m_verifying = 0;
    bool m_all = false;
    bool m_allOk = true;
    QString m_setError; // the set command's error, reported if the read-back fails too
    Stage m_stage = Stage::Idle;
    QPointer<bus::Reply> m_pending;
};

} // namespace mbus::commission
