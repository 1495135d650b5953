#pragma once

#include "bus/RequestPort.h"
#include "bus/ScanResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

// Primary scan, probed as libmbus and field tools do and as every meter understands: SND_NKE to
// each address, timed by the EN answer window plus the link's margin. Silence is nothing; a clean
// E5 is a meter, which REQ_UD2 0x5B then names (secondary address, manufacturer, medium, version
// from its header); garbage to either is a collision (two meters on one address). SND_NKE first,
// not REQ_UD2 alone: some meters answer REQ_UD2 only after a link reset, and an empty address
// still costs one short exchange. A meter that acknowledges but does not answer the read is still
// reported, without its identity.
namespace mbus::bus {

struct PrimaryScanSettings
{
    int first = 0;
    int last = 250;
    bool includeBroadcast = false; // also 254 (every slave answers: more than one is a collision)
    int retries = 0;               // per address, on timeout or checksum error
};

class PrimaryScanner : public QObject
{
    Q_OBJECT

public:
    PrimaryScanner(RequestPort &port, const PrimaryScanSettings &settings, QObject *parent = nullptr);

    void start();
    void cancel();
    int total() const { return int(m_addresses.size()); }

Q_SIGNALS:
    void progress(int done, int total, int address);
    void hit(const mbus::bus::ScanHit &hit);
    void finished(bool cancelled, qint64 elapsedMs);

private:
    void probeNext();
    void identify(int address);
    void onFinished(const Outcome &outcome);
    void next(int address);
    void send(const Request &request);

    QPointer<RequestPort> m_port;
    PrimaryScanSettings m_settings;
    QList<int> m_addresses;
    int m_next = 0;
    QPointer<Reply> m_pending;
    bool m_identifying = false; // the REQ_UD2 after an address's E5
    bool m_cancelled = false;
    QElapsedTimer m_clock;
};

} // namespace mbus::bus
