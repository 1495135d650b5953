#pragma once

#include "sim/SimulatedMeter.h"

#include <QFile>
#include <QString>

// The simulator's truth log: one JSON object per line for every value a meter put into an answer,
// and what became of the answer, so a test can prove that what the workbench delivers as good is
// what the bus said.
namespace mbus::sim {

class TruthLog
{
public:
    bool open(const QString &path, QString *errorText);
    void write(const SimulatedMeter &meter, const TruthValue &value, const char *fate, double seconds);

private:
    QFile m_file;
};

} // namespace mbus::sim
