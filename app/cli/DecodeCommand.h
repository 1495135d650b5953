#pragma once

#include <QStringList>

class QTextStream;

// `mbus-cli decode [--json] [FILE|-]`: decodes one or more frames given as hex text or raw
// binary. Exit status 0 when decoded, 1 on a decode error, 2 on a usage error.
namespace mbus::cli {

int runDecode(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mbus::cli
