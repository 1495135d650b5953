#pragma once

#include "bus/BusClient.h"

#include <QHash>
#include <QStringList>

#include <optional>

// The options every bus verb of mbus-cli shares: how to reach the bus and how patiently.
namespace mbus::cli {

struct BusOptions
{
    bus::ConnectionSettings connection;
    bool json = false;
    bool verbose = false;
    QStringList positional; // what is left: the verb's own arguments
};

// Parses --serial PATH [--baud N --parity P --data-bits N --stop-bits N] | --tcp HOST:PORT
// [--baud N for the gateway's serial side], --timeout MS, --margin MS, --retries N,
// --max-telegrams N, --json, --verbose. `extra` lists further options the verb takes with a value
// (collected into `values`), `flags` those without; errorText says what is wrong.
bool parseBusOptions(const QStringList &arguments, const QStringList &extra, const QStringList &flags,
                     BusOptions *options, QHash<QString, QString> *values, QString *errorText);

// The shared part of every bus verb's usage text.
const char *busOptionsHelp();

// "5" (primary 0..255) or "6700300324405C07" (16 hex digits, secondary).
struct MeterAddress
{
    int primary = -1;
    std::optional<link::SecondaryAddress> secondary;
};
bool parseMeterAddress(const QString &text, MeterAddress *address);

} // namespace mbus::cli
