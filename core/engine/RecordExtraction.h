#pragma once

#include "decode/Telegram.h"
#include "engine/TagValue.h"
#include "project/Project.h"

#include <QList>

// Takes a binding's value out of a meter's decoded telegrams, guarding against Index drift: when
// the record at the binding's index no longer has the signature the binding was made from
// (firmware update, swapped meter), the value is not delivered as good, and the record is looked
// for elsewhere so the user learns where it went. A binding that remembers its meter's secondary
// address refuses the answer of any other meter.
namespace mbus::engine {

// telegrams: the meter's telegrams in order (telegram 1 first). A binding with telegram 0 reads
// the first (only) telegram.
TagValue extractValue(const project::Binding &binding, const QList<decode::Telegram> &telegrams);

} // namespace mbus::engine
