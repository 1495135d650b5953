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
    // Faceplate's attempts count the first try: 3 attempts are the master's 2 repeats.
    s.master.retries = qMax(0, channel.attempts - 1);
    return s;
}

} // namespace mbus::project
