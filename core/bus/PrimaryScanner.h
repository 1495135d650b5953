#pragma once

#include "bus/RequestPort.h"
#include "bus/ScanResult.h"

#include <QElapsedTimer>
#include <QObject>

// Primary scan: one REQ_UD2 per address, no link reset, and no longer than the EN answer window
// plus the link's margin for an empty address. An answer names the meter (secondary address,
// manufacturer, medium, version from its header); garbage is a collision (two meters on one
// address); silence is nothing.
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
    void onFinished(const Outcome &outcome);

    RequestPort &m_port;
    PrimaryScanSettings m_settings;
    QList<int> m_addresses;
    int m_next = 0;
    quint64 m_pending = 0;
    bool m_cancelled = false;
    QElapsedTimer m_clock;
};

} // namespace mbus::bus
