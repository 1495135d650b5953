#include "TransportFactory.h"

#include "bus/SerialTransport.h"
#include "bus/TcpTransport.h"

namespace mbus::bus {

std::unique_ptr<Transport> makeTransport(const ConnectionSettings &settings)
{
    if (settings.type == ChannelType::Tcp)
        return std::make_unique<TcpTransport>(settings.tcp);
    return std::make_unique<SerialTransport>(settings.serial);
}

} // namespace mbus::bus
