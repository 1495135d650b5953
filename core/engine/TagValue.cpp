#include "TagValue.h"

namespace mbus::engine {

QString TagValue::qualityText() const
{
    QString text;
    switch (quality) {
    case Quality::Good: return QStringLiteral("good");
    case Quality::Uncertain: text = QStringLiteral("uncertain"); break;
    case Quality::Bad: text = QStringLiteral("bad"); break;
    }
    return qualityDetail.isEmpty() ? text : text + QStringLiteral(": ") + qualityDetail;
}

} // namespace mbus::engine
