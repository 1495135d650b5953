#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QCPAxis;
class QCPAxisRect;

// One value axis per unit on the trend: graphs of the same unit share an axis, so that kWh and °C
// are never read off the same scale. The first unit takes the rect's left axis; every further unit
// gets an axis of its own, added on the side with fewer axes, and removed with its last graph.
// Units are the project's names ("m^3"); labels show their symbols ("m³"), ticks plain numbers in
// the plot's locale.
namespace mbus::ui {

class TrendAxes
{
    Q_DECLARE_TR_FUNCTIONS(mbus::ui::TrendAxes)

public:
    explicit TrendAxes(QCPAxisRect *rect);

    // The axis of unit, created for its first graph; each call is one more graph on it.
    QCPAxis *acquire(const QString &unit);
    // One graph of unit less; the unit's axis goes with its last graph.
    void release(const QString &unit);

    QCPAxis *axisFor(const QString &unit) const;
    QList<QCPAxis *> axes() const;
    int count() const { return int(m_units.size()); }

private:
    struct Entry
    {
        QString unit;
        QCPAxis *axis = nullptr;
        int graphs = 0;
    };
    QCPAxis *newAxis();
    static QString labelFor(const QString &unit);

    QCPAxisRect *m_rect;
    QCPAxis *m_left;  // the rect's own left axis: never removed, only freed
    QList<Entry> m_units; // in the order the units came, for stable drag and zoom lists
};

} // namespace mbus::ui
