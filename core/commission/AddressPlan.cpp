#include "AddressPlan.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace mbus::commission {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mbus::commission", text); // the context lupdate gives a tr() in this namespace
}

bool validAddress(int address, const PlanSettings &settings)
{
    return address >= settings.first && address <= settings.last;
}

} // namespace

QList<int> sharedAddresses(const QList<SurveyedMeter> &meters)
{
    QMap<int, int> count;
    for (const SurveyedMeter &m : meters) {
        if (m.primaryNow() >= 0)
            ++count[m.primaryNow()];
    }
    QList<int> shared;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() > 1)
            shared.append(it.key());
    }
    return shared;
}

AddressPlan planAddresses(const QList<SurveyedMeter> &meters, const PlanSettings &settings)
{
    AddressPlan plan;
    // Meters by the address they answer with, each group in secondary-address order.
    QMap<int, QList<int>> byAddress;
    for (int i = 0; i < meters.size(); ++i) {
        const SurveyedMeter &m = meters.at(i);
        if (m.primaryNow() < 0) {
            plan.problems << tr("%1 did not answer when selected: its primary address is unknown, so it is left as it is")
                                 .arg(m.secondary.toString());
            continue;
        }
        byAddress[m.primaryNow()].append(i);
    }
    for (QList<int> &group : byAddress) {
        std::sort(group.begin(), group.end(), [&](int a, int b) {
            const bool knownA = settings.keepFirst.contains(meters.at(a).secondary.toString());
            const bool knownB = settings.keepFirst.contains(meters.at(b).secondary.toString());
            if (knownA != knownB)
                return knownA;
            return meters.at(a).secondary.toString() < meters.at(b).secondary.toString();
        });
    }

    QSet<int> taken = settings.reserved;
    struct Pending
    {
        int meter;
        int from;
        QString reason;
    };
    QList<Pending> pending;
    for (auto it = byAddress.cbegin(); it != byAddress.cend(); ++it) {
        const int address = it.key();
        const QList<int> &group = it.value();
        const bool inScope = settings.onlyAddress < 0 || settings.onlyAddress == address;
        if (!inScope) {
            taken.insert(address); // not ours to change: its address is not free
            continue;
        }
        int from = 0;
        if (validAddress(address, settings)) {
            taken.insert(address);
            from = 1; // the first keeps it
        }
        for (int k = from; k < group.size(); ++k) {
            QString reason;
            if (address == 0)
                reason = tr("factory address 0");
            else if (!validAddress(address, settings))
                reason = tr("address %1 is outside %2..%3").arg(address).arg(settings.first).arg(settings.last);
            else
                reason = tr("shares address %1 with %2").arg(address).arg(meters.at(group.first()).secondary.toString());
            pending.append({group.at(k), address, reason});
        }
    }
    std::sort(pending.begin(), pending.end(), [&](const Pending &a, const Pending &b) {
        return meters.at(a.meter).secondary.toString() < meters.at(b.meter).secondary.toString();
    });
    int next = settings.first;
    for (const Pending &p : pending) {
        while (next <= settings.last && taken.contains(next))
            ++next;
        if (next > settings.last) {
            plan.problems << tr("No free address left in %1..%2 for %3")
                                 .arg(settings.first)
                                 .arg(settings.last)
                                 .arg(meters.at(p.meter).secondary.toString());
            continue;
        }
        taken.insert(next);
        plan.moves.append(AddressMove{p.meter, p.from, next, p.reason});
    }
    return plan;
}

} // namespace mbus::commission
