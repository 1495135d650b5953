#include "TagValue.h"

#include "decode/CombinableVife.h"

namespace mbus::engine {

QString TagValue::qualityDetail() const
{
    const QualityDetail &d = detail;
    switch (d.reason) {
    case QualityReason::None: return {};
    case QualityReason::ReadFailed: return d.readError.text();
    case QualityReason::TelegramMissing:
        return QStringLiteral("the meter sent %1 telegram(s), telegram %2 is bound").arg(d.count).arg(telegram);
    case QualityReason::OtherMeter: return QStringLiteral("another meter answers: %1, bound on %2").arg(d.found, d.bound);
    case QualityReason::IndexDrift:
        if (!d.signatureKnown)
            return QStringLiteral("index drift: the telegram has %1 records").arg(d.count);
        if (d.movedIndex < 0)
            return QStringLiteral("index drift: the record is no longer sent");
        return QStringLiteral("index drift: the record is now at telegram %1 index %2").arg(d.movedTelegram).arg(d.movedIndex);
    case QualityReason::RecordError: return QString::fromUtf8(decode::recordErrorText(std::uint8_t(d.recordError)));
    case QualityReason::InvalidTime: return QStringLiteral("the meter marks this time invalid");
    case QualityReason::NoValue: return QStringLiteral("no value");
    case QualityReason::NotANumber: return QStringLiteral("not a number");
    case QualityReason::Stale: return QStringLiteral("stale");
    }
    return {};
}

QString TagValue::qualityText() const
{
    QString text;
    switch (quality) {
    case Quality::Good: return QStringLiteral("good");
    case Quality::Uncertain: text = QStringLiteral("uncertain"); break;
    case Quality::Bad: text = QStringLiteral("bad"); break;
    }
    const QString d = qualityDetail();
    return d.isEmpty() ? text : text + QStringLiteral(": ") + d;
}

} // namespace mbus::engine
