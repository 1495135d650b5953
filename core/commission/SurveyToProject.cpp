#include "SurveyToProject.h"

#include <QHash>

namespace mbus::commission {

namespace {

bool isProjectAddress(int address)
{
    return address >= 1 && address <= 250;
}

project::Meter *findBySecondary(project::Connection &c, const QString &secondary)
{
    for (project::Meter &m : c.meters) {
        if (m.secondary.compare(secondary, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

project::Meter *findUnidentifiedAt(project::Connection &c, int address)
{
    for (project::Meter &m : c.meters) {
        if (m.address == address && m.secondary.isEmpty())
            return &m;
    }
    return nullptr;
}

} // namespace

project::Connection withSurveyedMeters(project::Connection connection, const QList<commission::SurveyedMeter> &meters)
{
    QHash<QString, QPair<int, int>> moved; // secondary -> (old address, new address)
    for (const commission::SurveyedMeter &s : meters) {
        const int now = s.primaryNow();
        if (!isProjectAddress(now))
            continue; // address 0 or no answer: nothing the project could poll
        const QString secondary = s.secondary.toString();
        if (project::Meter *known = findBySecondary(connection, secondary)) {
            if (known->address != now)
                moved.insert(secondary.toUpper(), {known->address, now});
            known->address = now;
        } else if (project::Meter *unidentified = findUnidentifiedAt(connection, now)) {
            unidentified->secondary = secondary;
        } else {
            project::Meter meter;
            meter.address = now;
            meter.secondary = secondary;
            meter.name = QStringLiteral("%1 %2").arg(s.manufacturer, s.medium).trimmed();
            connection.meters << meter;
        }
    }
    // A binding belongs to the meter it was bound on; one without that note, to whichever meter
    // held its address.
    QHash<int, int> byAddress;
    for (const QPair<int, int> &move : std::as_const(moved))
        byAddress.insert(move.first, move.second);
    for (project::Binding &b : connection.bindings) {
        if (!b.meter.isEmpty()) {
            const auto it = moved.constFind(b.meter.toUpper());
            if (it != moved.cend())
                b.address = it->second;
        } else if (byAddress.contains(b.address)) {
            b.address = byAddress.value(b.address);
        }
    }
    return connection;
}

} // namespace mbus::commission
