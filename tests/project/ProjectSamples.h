#pragma once

// Projects the project-model tests share: a hand-made one with every kind of channel and binding,
// the demo project from resources/, and generated ones of any size.
#include "project/FaceplateFormat.h"
#include "project/Project.h"
#include "project/ProjectFile.h"

#include <QFile>
#include <QString>

namespace mbus::test {

inline QString demoProjectPath()
{
    return QStringLiteral(MBUS_SOURCE_DIR "/resources/projects/demo.mbwproj");
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

inline project::Channel serialChannel(const QString &port, int baud = 2400, link::Parity parity = link::Parity::Even,
                                      int dataBits = 8, int stopBits = 1, int timeoutMs = 3000)
{
    project::Channel c;
    c.type = project::ChannelType::Serial;
    c.serialPort = port;
    c.line.baud = baud;
    c.line.parity = parity;
    c.line.dataBits = dataBits;
    c.line.stopBits = stopBits;
    c.timeoutMs = timeoutMs;
    return c;
}

inline project::Channel tcpChannel(const QString &host, int port, int timeoutMs = 2000)
{
    project::Channel c;
    c.type = project::ChannelType::Tcp;
    c.host = host;
    c.tcpPort = port;
    c.timeoutMs = timeoutMs;
    return c;
}

inline project::Binding binding(const QString &name, const QString &tag, int address, int telegram, int index,
                                const QByteArray &signature = QByteArray::fromHex("0406"),
                                project::Access access = project::Access::Read, const QString &description = {})
{
    project::Binding b;
    b.name = name;
    b.tag = tag;
    b.access = access;
    b.address = address;
    b.telegram = telegram;
    b.index = index;
    b.signature = signature;
    b.description = description.isEmpty() ? name + QStringLiteral(" [Wh]") : description;
    return b;
}

// Serial master with a TCP backup, a plain TCP connection, a serial line in 7O2 at 9600 Bd with a
// serial backup; R and W bindings with signatures; text with commas, quotes and non-ASCII.
inline project::Project sampleProject()
{
    using project::Access;
    project::Project p;
    p.name = QStringLiteral("Boiler house, \"north\" wing – Süd");

    project::Connection boiler;
    boiler.name = QStringLiteral("Boiler house");
    boiler.periodMs = 60000;
    boiler.channel = serialChannel(QStringLiteral("/dev/ttyUSB0"));
    boiler.backup = tcpChannel(QStringLiteral("10.0.0.7"), 1001, 2500);
    boiler.failoverAfterCycles = 2;
    boiler.returnAfterCycles = 7;
    boiler.bindings = {binding(QStringLiteral("Energy"), QStringLiteral("boiler.energy"), 1, 0, 0),
                       binding(QStringLiteral("Flow temperature"), QStringLiteral("boiler.flow_t"), 1, 0, 4,
                               QByteArray::fromHex("025A"), Access::Read, QStringLiteral("Flow temperature [°C]")),
                       binding(QStringLiteral("Set point"), QStringLiteral("boiler.set_point"), 2, 1, 3,
                               QByteArray::fromHex("01FD17"), Access::Write)};

    project::Connection gateway;
    gateway.name = QStringLiteral("Gateway \"east\", floor 2");
    gateway.periodMs = 900000;
    gateway.enabled = false;
    gateway.channel = tcpChannel(QStringLiteral("gw-east.example.net"), 10001);
    gateway.bindings = {binding(QStringLiteral("Volume"), QStringLiteral("east.volume"), 250, 2, 1, QByteArray::fromHex("0C13")),
                        binding(QStringLiteral("Valve"), QStringLiteral("east.valve"), 17, 0, 9,
                                QByteArray::fromHex("04FDC8FC01"), Access::Write, QStringLiteral("Voltage, phase L1 [V]"))};

    project::Connection odd;
    odd.name = QStringLiteral("Odd line");
    odd.periodMs = 120000;
    odd.channel = serialChannel(QStringLiteral("COM3"), 9600, link::Parity::Odd, 7, 2, 1500);
    odd.backup = serialChannel(QStringLiteral("/dev/ttyS1"), 300, link::Parity::None, 8, 2, 4000);
    odd.bindings = {binding(QStringLiteral("Energy"), QStringLiteral("odd.energy"), 5, 0, 0)};

    p.connections = {boiler, gateway, odd};
    project::assignConnectionIds(p); // as every project the workbench holds has them
    return p;
}

// connections x bindings, all valid; big enough to make writing it take a while.
inline project::Project generatedProject(int connections, int bindingsPerConnection)
{
    project::Project p;
    p.name = QStringLiteral("Generated %1 x %2").arg(connections).arg(bindingsPerConnection);
    for (int i = 0; i < connections; ++i) {
        project::Connection c;
        c.name = QStringLiteral("Connection %1").arg(i);
        c.channel = i % 2 ? tcpChannel(QStringLiteral("10.0.%1.%2").arg(i / 250).arg(i % 250 + 1), 10000 + i)
                          : serialChannel(QStringLiteral("/dev/ttyUSB%1").arg(i));
        for (int j = 0; j < bindingsPerConnection; ++j)
            c.bindings.append(binding(QStringLiteral("Binding %1.%2").arg(i).arg(j), QStringLiteral("gen.c%1.b%2").arg(i).arg(j),
                                      j / 50 + 1, j / 25 % 2, j % 25));
        p.connections.append(c);
    }
    project::assignConnectionIds(p);
    return p;
}

} // namespace mbus::test
