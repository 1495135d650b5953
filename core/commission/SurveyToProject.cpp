#include "SurveyToProject.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

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

QList<TagRename> tagRenamesForMovedMeters(const project::Connection &before, const project::Connection &after,
                                          const project::Project &project)
{
    QList<TagRename> renames;
    if (before.bindings.size() != after.bindings.size())
        return renames;
    QSet<QString> taken;
    for (const project::Connection &c : project.connections) {
        for (const project::Binding &b : c.bindings)
            taken.insert(b.tag);
    }
    for (int i = 0; i < after.bindings.size(); ++i) {
        const int from = before.bindings.at(i).address;
        const int to = after.bindings.at(i).address;
        if (from == to)
            continue;
        // "water0.volume": the word, the old address, then the rest (a digit after the address
        // would make it another number: "water01" is not address 0).
        const QRegularExpression shape(QStringLiteral("^([A-Za-z_]+)%1(\\..+)$").arg(from));
        const QRegularExpressionMatch m = shape.match(after.bindings.at(i).tag);
        if (!m.hasMatch())
            continue;
        const QString renamed = m.captured(1) + QString::number(to) + m.captured(2);
        if (taken.contains(renamed))
            continue;
        taken.insert(renamed);
        renames.append(TagRename{i, after.bindings.at(i).tag, renamed});
    }
    return renames;
}

void applyTagRenames(project::Connection &connection, const QList<TagRename> &renames)
{
    for (const TagRename &r : renames) {
        if (r.binding >= 0 && r.binding < connection.bindings.size() && connection.bindings.at(r.binding).tag == r.from)
            connection.bindings[r.binding].tag = r.to;
    }
}

} // namespace mbus::commission
