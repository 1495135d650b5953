#include "Project.h"

#include <algorithm>

namespace mbus::project {

QString Channel::description() const
{
    if (type == ChannelType::Tcp)
        return QStringLiteral("tcp %1:%2").arg(host).arg(tcpPort);
    return QStringLiteral("serial %1 %2").arg(serialPort, QString::fromLatin1(link::lineSettingsText(line)));
}

QList<Meter> Connection::allMeters() const
{
    QList<Meter> result = meters;
    for (const Binding &b : bindings) {
        const bool known = std::any_of(result.begin(), result.end(), [&](const Meter &m) { return m.address == b.address; });
        if (!known) {
            Meter m;
            m.address = b.address;
            m.secondary = b.meter;
            result.append(m);
        }
    }
    std::sort(result.begin(), result.end(), [](const Meter &a, const Meter &b) { return a.address < b.address; });
    return result;
}

WakeUpOptions Connection::wakeUpFor(int address) const
{
    for (const Meter &m : meters) {
        if (m.address == address)
            return m.wakeUp.over(wakeUp);
    }
    return wakeUp;
}

const Connection *Project::connectionById(int id) const
{
    const int i = indexOfConnection(id);
    return i < 0 ? nullptr : &connections.at(i);
}

int Project::indexOfConnection(int id) const
{
    for (int i = 0; i < connections.size(); ++i) {
        if (connections.at(i).id == id)
            return i;
    }
    return -1;
}

int assignConnectionIds(Project &project, int usedBefore)
{
    int highest = qMax(0, usedBefore);
    for (const Connection &c : project.connections)
        highest = qMax(highest, c.id);
    QList<int> seen;
    for (Connection &c : project.connections) {
        if (c.id <= 0 || seen.contains(c.id))
            c.id = ++highest;
        seen.append(c.id);
    }
    return highest;
}

QString accessText(Access access)
{
    switch (access) {
    case Access::Write: return QStringLiteral("W");
    case Access::ReadWrite: return QStringLiteral("RW");
    case Access::Read: break;
    }
    return QStringLiteral("R");
}

bool canRead(Access access)
{
    return access != Access::Write;
}

bool canWrite(Access access)
{
    return access != Access::Read;
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
