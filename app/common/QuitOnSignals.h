#pragma once

#include <QObject>

class QCoreApplication;

namespace mbus {

// SIGINT and SIGTERM as a Qt signal in the main thread (through a pipe: only write() is safe in a
// signal handler), so a long-running command stops cleanly and its files are complete. The pipe
// is drained on every notice: an undrained one would wake the event loop for ever (a core at 100 %).
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    // Installs the handlers on first use.
    static ShutdownSignals &instance();
    // The signal received, 0 while none was.
    int received() const { return m_received; }

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    ShutdownSignals();
    void drain();
    int m_received = 0;
};

// The application's own exec() ends on SIGINT/SIGTERM too (mbus-sim).
void quitOnSignals(QCoreApplication &app);

// 128 + the signal after one was received (130 for Ctrl-C, 143 for SIGTERM), else exitCode.
int exitCodeAfterSignals(int exitCode);

} // namespace mbus
