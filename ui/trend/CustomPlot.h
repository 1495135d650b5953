#pragma once

// <qcustomplot.h> for a build with QT_NO_KEYWORDS: QCustomPlot 2.1's header declares its signals
// with the `signals` keyword and iterates with `foreach`, so both are lent for the include only.
// Include this instead of <qcustomplot.h>.
#ifndef signals
#define signals Q_SIGNALS
#define MBUS_LENT_SIGNALS
#endif
#ifndef foreach
#define foreach Q_FOREACH
#define MBUS_LENT_FOREACH
#endif

#include <qcustomplot.h>

#ifdef MBUS_LENT_SIGNALS
#undef signals
#undef MBUS_LENT_SIGNALS
#endif
#ifdef MBUS_LENT_FOREACH
#undef foreach
#undef MBUS_LENT_FOREACH
#endif
