#include "Project.h"

namespace mbus::project {

QString Channel::description() const
{
    if (type == ChannelType::Tcp)
        return QStringLiteral("tcp %1:%2").arg(host).arg(tcpPort);
    return QStringLiteral("serial %1 %2").arg(serialPort, QString::fromLatin1(link::lineSettingsText(line)));
}

QString accessText(Access access)
{
    return access == Access::Write ? QStringLiteral("W") : QStringLiteral("R");
}

QString parityText(link::Parity parity)
{
    switch (parity) {
    case link::Parity::None: return QStringLiteral("no");
    case link::Parity::Even: return QStringLiteral("even");
    case link::Parity::Odd: return QStringLiteral("odd");
    }
    return QStringLiteral("even");
}

} // namespace mbus::project
