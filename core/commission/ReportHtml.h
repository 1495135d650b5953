#pragma once

#include "commission/SurveyedMeter.h"

#include <QLocale>
#include <QString>

// The commissioning report as one self-contained HTML document: title, connection, link, line
// settings and time, the meter table (the columns of ReportTable.h, moved addresses highlighted)
// and the notes. It keeps to what QTextDocument renders (tables with border attributes, bgcolor,
// simple font styles, no external resources), so the printed PDF is this same document.
namespace mbus::commission {

// Values, dates and times as people read them in locale: engineering units, short forms.
QString reportHtml(const CommissioningReport &report, const QLocale &locale = QLocale());

} // namespace mbus::commission
