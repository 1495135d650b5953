#pragma once

#include "bus/BusClient.h"
#include "cli/BusOptions.h"

#include <QEventLoop>
#include <QTextStream>

#include <memory>

// A bus connection for one mbus-cli verb: the BusClient with its worker thread, and a local
// event loop on the main thread that waits for results (events keep flowing; no waitFor...).
namespace mbus::cli {

class BusSession
{
public:
    BusSession(const BusOptions &options, QTextStream &err);
    ~BusSession();

    // Opens the port or connects to the gateway; false (with the error printed) when it fails.
    bool open();
    bus::Outcome run(const bus::Request &request);
    bus::BusClient &client() { return *m_client; }
    // Runs the event loop until quit() (scanners finish that way).
    void exec();
    void quit();

private:
    void printTraffic(bool outgoing, const QByteArray &bytes, qint64 msecsSinceEpoch);

    const BusOptions &m_options;
    QTextStream &m_err;
    std::unique_ptr<bus::BusClient> m_client;
    QEventLoop *m_loop = nullptr;
};

// Where a request of this verb went, for the advice: the port (or gateway), tries and line rate
// from the options; address -1 for a request by secondary address or none in particular.
bus::ErrorPlace errorPlace(const BusOptions &options, int address = -1);
// The bus error on stderr as the user reads it, e.g. "error: Timeout (meter 5)", then on its own
// line what to check ("No answer from address 5 after 3 tries: check the address, ...").
void printBusError(QTextStream &err, const bus::BusError &error, const bus::ErrorPlace &place, const QString &context = {});

} // namespace mbus::cli
