#pragma once

#include "decode/Telegram.h"
#include "project/Project.h"

#include <QList>
#include <QString>

// Bindings made from records the user picked in a meter's decoded answer (click-to-bind): the
// Faceplate fields Address, Telegram and Index exactly as the engine will look them up, the
// record's signature for the drift guard, the meter's secondary address, and a name and tag a
// person can read. Records that are bound already are refused, not bound twice.
namespace mbus::engine {

// A record of a read: which telegram of the answer (0-based in the list) and which record in it.
struct RecordPick
{
    int telegram = 0;
    int index = 0;
};

struct BindingProposal
{
    project::Binding binding;
    QString refusal; // why no binding is proposed ("already bound as heat1.energy"), or ""
    bool accepted() const { return refusal.isEmpty(); }
};

// Faceplate's Telegram number of the answer's telegram i: 0 for a meter that sent one telegram
// and said nothing of more, else 1..N.
int boundTelegramNumber(const QList<decode::Telegram> &telegrams, int i);

// "Energy [Wh]": what the record reads, as the binding remembers it.
QString recordDescription(const decode::Telegram &telegram, const decode::Record &record);

// Proposals for the picked records of the meter at address on connection (an index into
// project.connections); tags are unique in the project and among the proposals.
QList<BindingProposal> proposeBindings(const project::Project &project, int connection, int address,
                                       const QList<decode::Telegram> &telegrams, const QList<RecordPick> &picks);

// "warm_water", "flow_temperature": lower case, digits and underscores.
QString tagWord(const QString &text);

} // namespace mbus::engine
