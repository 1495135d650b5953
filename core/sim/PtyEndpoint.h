#pragma once

#include "sim/PacedWriter.h"
#include "sim/SimulatedBus.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QSocketNotifier;

// The simulated bus behind a pseudo-terminal: PATH becomes a symlink to the slave side, which
// QSerialPort opens like a level converter. The baud rate the client set is read on the master
// side (tcgetattr); a pty carries no parity, so the client is taken to use the bus's parity.
namespace mbus::sim {

class PtyEndpoint : public QObject
{
    Q_OBJECT

public:
    PtyEndpoint(SimulatedBus &bus, const QElapsedTimer &clock, QObject *parent = nullptr);
    ~PtyEndpoint() override;

    bool open(const QString &linkPath, QString *errorText);
    QString slaveName() const { return m_slaveName; }
    // The client's settings as far as the pty shows them.
    LineSettings clientLine() const;

Q_SIGNALS:
    void traffic(const QString &direction, const QByteArray &bytes);

private:
    void readMaster();
    void writeMaster(const QByteArray &bytes);

    SimulatedBus &m_bus;
    const QElapsedTimer &m_clock;
    int m_master = -1;
    int m_slaveKeeper = -1; // our own open slave fd: without it the master reads EIO between clients
    QString m_linkPath;
    QString m_slaveName;
    QSocketNotifier *m_notifier = nullptr;
    PacedWriter m_writer;
};

} // namespace mbus::sim
