#include "RecordExtraction.h"

#include "decode/CombinableVife.h"
#include "decode/RecordText.h"

namespace mbus::engine {

namespace {

struct Place
{
    int telegram = -1; // 1-based
    int index = -1;
};

// Where a record with this signature sits now; the first match, preferring the bound telegram.
Place findSignature(const QByteArray &signature, const QList<decode::Telegram> &telegrams, int preferred)
{
    const auto search = [&](int t) -> Place {
        const decode::Telegram &telegram = telegrams.at(t);
        for (std::size_t i = 0; i < telegram.records.size(); ++i) {
            if (telegram.signatureOf(telegram.records[i]) == signature)
                return Place{t + 1, int(i)};
        }
        return {};
    };
    if (preferred >= 0 && preferred < telegrams.size()) {
        if (const Place p = search(preferred); p.index >= 0)
            return p;
    }
    for (int t = 0; t < telegrams.size(); ++t) {
        if (t == preferred)
            continue;
        if (const Place p = search(t); p.index >= 0)
            return p;
    }
    return {};
}

QVariant valueOf(const decode::Telegram &telegram, const decode::Record &record)
{
    switch (record.kind) {
    case decode::ValueKind::None: return {};
    case decode::ValueKind::Number:
        return decode::isExactInteger(record) ? QVariant(double(record.rawInteger)) : QVariant(decode::displayedNumber(record));
    default: return decode::valueText(telegram, record);
    }
}

} // namespace

TagValue extractValue(const project::Binding &binding, const QList<decode::Telegram> &telegrams)
{
    TagValue v;
    v.name = binding.name;
    v.tag = binding.tag;
    v.address = binding.address;
    v.telegram = binding.telegram;
    v.index = binding.index;
    v.timestamp = QDateTime::currentDateTimeUtc();
    const int t = binding.telegram > 0 ? binding.telegram - 1 : 0;
    if (t >= telegrams.size()) {
        v.qualityDetail = QStringLiteral("the meter sent %1 telegram(s), telegram %2 is bound").arg(telegrams.size()).arg(binding.telegram);
        return v;
    }
    const decode::Telegram &telegram = telegrams.at(t);
    // Another meter at the bound address (swapped, or a second meter answering there) is not the
    // meter the binding was made on, however alike its records look.
    if (!binding.meter.isEmpty() && telegram.header.hasManufacturerAndVersion()
        && telegram.header.secondaryAddressText().compare(binding.meter, Qt::CaseInsensitive) != 0) {
        v.qualityDetail = QStringLiteral("another meter answers: %1, bound on %2")
                              .arg(telegram.header.secondaryAddressText(), binding.meter.toUpper());
        return v;
    }
    const bool inRange = binding.index >= 0 && std::size_t(binding.index) < telegram.records.size();
    const bool signatureOk =
        inRange && (binding.signature.isEmpty() || telegram.signatureOf(telegram.records[std::size_t(binding.index)]) == binding.signature);
    if (!signatureOk) {
        v.qualityDetail = QStringLiteral("index drift");
        if (!binding.signature.isEmpty()) {
            const Place moved = findSignature(binding.signature, telegrams, t);
            if (moved.index >= 0)
                v.qualityDetail += QStringLiteral(": the record is now at telegram %1 index %2").arg(moved.telegram).arg(moved.index);
            else
                v.qualityDetail += QStringLiteral(": the record is no longer sent");
        } else {
            v.qualityDetail += QStringLiteral(": the telegram has %1 records").arg(telegram.records.size());
        }
        return v;
    }
    const decode::Record &record = telegram.records[std::size_t(binding.index)];
    v.value = valueOf(telegram, record);
    v.unit = decode::unitText(telegram, record);
    v.quality = Quality::Good;
    if (record.recordError > 0) {
        v.quality = Quality::Uncertain;
        v.qualityDetail = QString::fromUtf8(decode::recordErrorText(std::uint8_t(record.recordError)));
    } else if (record.kind == decode::ValueKind::DateTime && !record.dateTime.isPlausible()) {
        v.quality = Quality::Uncertain;
        v.qualityDetail = QStringLiteral("the meter marks this time invalid");
    } else if (record.kind == decode::ValueKind::None || record.kind == decode::ValueKind::InvalidBcd) {
        v.quality = Quality::Uncertain;
        v.qualityDetail = record.kind == decode::ValueKind::None ? QStringLiteral("no value") : QStringLiteral("not a number");
    }
    return v;
}

} // namespace mbus::engine
