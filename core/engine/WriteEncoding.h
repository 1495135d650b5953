#pragma once

#include "project/Project.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

// The user data of the SND_UD (CI 0x51) that writes a value into the record a W binding was made
// from: the record's own DIF..VIFE and the value in the record's coding, scaled back from the
// unit the user sees (68.5 °C into a 0.1 °C register is 685).
namespace mbus::engine {

std::optional<QByteArray> encodeWrite(const project::Binding &binding, const QVariant &value, QString *errorText);

} // namespace mbus::engine
