#include "QuitOnSignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace mbus {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    const ssize_t n = ::write(signalPipe[1], &byte, 1);
    (void)n;
}

} // namespace

ShutdownSignals &ShutdownSignals::instance()
{
    static ShutdownSignals *signals = new ShutdownSignals; // lives until exit, as the handlers do
    return *signals;
}

ShutdownSignals::ShutdownSignals()
{
    if (::pipe(signalPipe) != 0)
        return;
    ::fcntl(signalPipe[0], F_SETFL, ::fcntl(signalPipe[0], F_GETFL) | O_NONBLOCK);
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, &ShutdownSignals::drain);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

void ShutdownSignals::drain()
{
    char bytes[16];
    int last = 0;
    ssize_t n = 0;
    while ((n = ::read(signalPipe[0], bytes, sizeof bytes)) > 0)
        last = bytes[n - 1];
    if (last == 0)
        return;
    m_received = last;
    Q_EMIT shutdownRequested(last);
    QCoreApplication::quit(); // for an application in its own exec()
}

void quitOnSignals(QCoreApplication &)
{
    ShutdownSignals::instance();
}

int exitCodeAfterSignals(int exitCode)
{
    const int received = ShutdownSignals::instance().received();
    return received ? 128 + received : exitCode;
}

} // namespace mbus
