#include "ChannelSettings.h"

namespace mbus::project {

bus::ConnectionSettings connectionSettings(const Channel &channel)
{
    bus::ConnectionSettings s;
    s.type = channel.type;
    s.serial.portName = channel.serialPort;
    s.serial.line = channel.line;
    s.tcp.host = channel.host;
    s.tcp.port = quint16(channel.tcpPort);
    s.tcp.busBaud = channel.line.baud; // behind a gateway: the rate of its M-Bus side, for the timing
    s.master.timeoutMs = channel.timeoutMs;
    return s;
}

} // namespace mbus::project
