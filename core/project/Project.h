#pragma once

#include "link/ChannelType.h"
#include "link/LineSettings.h"
#include "project/WakeUp.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The project: connections and bindings shaped like Faceplate's plc_mbus_connection and
// plc_mbus_binding forms, field for field, plus what the workbench keeps beside them (the record
// signature a binding was made from, a description, the backup channel of a redundant pair).
namespace mbus::project {

using link::ChannelType;

// How one channel reaches the bus: Faceplate's Type, Port, Baud rate, Parity, Data/Stop bits,
// IP/Hostname and Timeout.
struct Channel
{
    ChannelType type = ChannelType::Serial;
    QString serialPort;               // serial: "/dev/ttyUSB0", "COM3"
    link::LineSettings line;          // serial: baud, parity, data and stop bits; tcp: the bus's baud rate
    QString host;                     // tcp: IP address or host name
    int tcpPort = 0;                  // tcp
    int timeoutMs = 3000;             // answer timeout (Faceplate's timeout)
    int attempts = 3;                 // Faceplate's attempts: tries per request (kept for the export)

    friend bool operator==(const Channel &a, const Channel &b)
    {
        return a.type == b.type && a.serialPort == b.serialPort && a.line == b.line && a.host == b.host
               && a.tcpPort == b.tcpPort && a.timeoutMs == b.timeoutMs && a.attempts == b.attempts;
    }
    QString description() const; // "serial /dev/ttyUSB0 2400 8E1" / "tcp 10.0.0.7:1001"
};

enum class Access : std::uint8_t { Read, Write, ReadWrite };

struct Binding
{
    QString name;
    QString title;         // Faceplate's Title (a display name; "" when none)
    bool off = false;      // Faceplate's Off: kept in the project, not polled
    double scale = 1;      // Faceplate's linear transformation: value * scale + offset
    double offset = 0;
    QString tag;
    Access access = Access::Read;
    int address = 1;  // primary address 1..250
    int telegram = 0; // 0 for a single-telegram meter, else 1..N
    int index = 0;    // 0-based record index as the decoder counts (0x0F/0x1F block included)
    QByteArray signature;  // DIF..VIFE of the record the binding was made from (drift guard)
    QString description;   // "Energy [Wh]" as the record read when bound
    QString quantity;      // "Energy": the record's quantity when bound
    QString unit;          // "Wh": the unit the engine delivers the value in ("" for none)
    QString displayUnit;   // "kWh": the unit people read it in (decode::unitChoices(unit)); "" = readable automatically
    QString meter;         // secondary address of the meter it was bound on (16 hex digits), or ""

    friend bool operator==(const Binding &a, const Binding &b)
    {
        return a.name == b.name && a.title == b.title && a.off == b.off && a.scale == b.scale && a.offset == b.offset
               && a.tag == b.tag && a.access == b.access && a.address == b.address
               && a.telegram == b.telegram && a.index == b.index && a.signature == b.signature
               && a.description == b.description && a.quantity == b.quantity && a.unit == b.unit && a.displayUnit == b.displayUnit && a.meter == b.meter;
    }
};

// A meter the user added to a connection (from a scan, or by hand); bindings on its address belong
// to it in the project tree. Not part of the Faceplate export, which knows bindings only.
struct Meter
{
    int address = 1;
    QString secondary; // 16 hex digits, or ""
    QString name;      // "Heat meter, flat 12"
    WakeUpOverride wakeUp; // what differs from the connection's wake-up defaults

    friend bool operator==(const Meter &a, const Meter &b)
    {
        return a.address == b.address && a.secondary == b.secondary && a.name == b.name && a.wakeUp == b.wakeUp;
    }
};

struct Connection
{
    // Stable for the life of the connection (the project file keeps it): the polling session,
    // the tree and the views know a connection by it, not by its name or row. 0: not yet given.
    int id = 0;
    QString name;
    QString title;                  // Faceplate's Title
    int periodMs = 60000;
    // Faceplate's driver settings the workbench keeps and exports as set (Faceplate's defaults).
    int shutdownTimeoutMs = 60000;
    bool groupRequests = true;
    int maxPackageLength = 250;
    double lineDelayRatio = 1;
    bool enabled = true;
    Channel channel;                // the master channel
    std::optional<Channel> backup;  // redundancy: the backup channel
    int failoverAfterCycles = 3;    // consecutive failed cycles on the master channel before failover
    int returnAfterCycles = 10;     // cycles on backup before the master channel is tried again
    WakeUpOptions wakeUp;           // defaults for every meter of the connection
    QList<Meter> meters;
    QList<Binding> bindings;

    // The meters of the project tree: the added ones, and one for every other bound address.
    QList<Meter> allMeters() const;
    // The wake-up a read of the meter at this address uses: its own fields over the defaults.
    WakeUpOptions wakeUpFor(int address) const;

    friend bool operator==(const Connection &a, const Connection &b)
    {
        return a.id == b.id && a.name == b.name && a.title == b.title && a.periodMs == b.periodMs
               && a.shutdownTimeoutMs == b.shutdownTimeoutMs && a.groupRequests == b.groupRequests
               && a.maxPackageLength == b.maxPackageLength && a.lineDelayRatio == b.lineDelayRatio && a.enabled == b.enabled && a.channel == b.channel
               && a.backup == b.backup && a.failoverAfterCycles == b.failoverAfterCycles
               && a.returnAfterCycles == b.returnAfterCycles && a.wakeUp == b.wakeUp && a.meters == b.meters && a.bindings == b.bindings;
    }
};

struct Project
{
    QString name;
    QList<Connection> connections;
    QStringList trendTags; // the tags the trend shows, in order (kept with the project)

    friend bool operator==(const Project &a, const Project &b)
    {
        return a.name == b.name && a.connections == b.connections && a.trendTags == b.trendTags;
    }

    // The connection with this id, or nullptr.
    const Connection *connectionById(int id) const;
    int indexOfConnection(int id) const; // -1 when none
};

// Gives every connection without an id (0, or one another connection already has) the next
// free one above both the project's highest and usedBefore (the highest id the caller ever gave:
// a removed connection's id is not given to a new one); ids already given stay. Files from before
// ids, and connections made in code, get them. Returns the highest id now in use.
int assignConnectionIds(Project &project, int usedBefore = 0);

QString accessText(Access access); // "R" / "W" / "RW"
bool canRead(Access access);
bool canWrite(Access access);
QString parityText(link::Parity parity); // Faceplate's words: "no", "even", "odd"

} // namespace mbus::project
