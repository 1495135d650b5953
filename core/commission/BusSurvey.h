#pragma once

#include "bus/RequestPort.h"
#include "commission/SurveyedMeter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

namespace mbus::bus {
class SecondarySearch;
struct ScanHit;
} // namespace mbus::bus

// Every meter on the bus, found by secondary address and then read selected (REQ_UD2 to 253):
// who it is and which primary address it answers with (the A field of its answer), so that two
// meters sharing an address are told apart, however they garble each other's answers when
// addressed by it. The address plan starts from this.
namespace mbus::commission {

class BusSurvey : public QObject
{
    Q_OBJECT

public:
    // baud: the bus's rate, written into each meter's baudBefore.
    BusSurvey(bus::RequestPort &port, int baud, QObject *parent = nullptr);
    ~BusSurvey() override;

    void start(const link::SecondaryAddress &mask = link::SecondaryAddress::wildcard());
    void cancel();
    bool isRunning() const { return m_running; }

    // In secondary-address order.
    const QList<SurveyedMeter> &meters() const { return m_meters; }
    // Masks behind which meters alike in every selectable field still collide.
    const QList<link::SecondaryAddress> &unresolved() const { return m_unresolved; }
    int selections() const;

Q_SIGNALS:
    void progress(const QString &text);
    void meterFound(const mbus::commission::SurveyedMeter &meter);
    void finished(bool cancelled, qint64 elapsedMs);

private:
    void onHit(const bus::ScanHit &hit);
    void onSearchFinished(bool cancelled);
    void readNext();
    void onRead(const bus::Outcome &outcome);
    void send(const bus::Request &request);
    void dropPending();
    void finish(bool cancelled);

    QPointer<bus::RequestPort> m_port;
    int m_baud = 0;
    std::unique_ptr<bus::SecondarySearch> m_search;
    QList<bus::ScanHit> m_found;
    QList<SurveyedMeter> m_meters;
    QList<link::SecondaryAddress> m_unresolved;
    int m_next = 0;
    QPointer<bus::Reply> m_pending;
    bool m_running = false;
    bool m_deselecting = false;
    QElapsedTimer m_clock;
};

} // namespace mbus::commission
