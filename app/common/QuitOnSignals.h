#pragma once

class QCoreApplication;

namespace mbus {

// SIGINT and SIGTERM end the application's event loop (through a pipe: only write() is safe in a
// signal handler), so a long-running command stops cleanly and its files are complete.
void quitOnSignals(QCoreApplication &app);

} // namespace mbus
