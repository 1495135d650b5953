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
        v.detail.reason = QualityReason::TelegramMissing;
        v.detail.count = int(telegrams.size());
        return v;
    }
    const decode::Telegram &telegram = telegrams.at(t);
    // Another meter at the bound address (swapped, or a second meter answering there) is not the
    // meter the binding was made on, however alike its records look.
    if (!binding.meter.isEmpty() && telegram.header.hasManufacturerAndVersion()
        && telegram.header.secondaryAddressText().compare(binding.meter, Qt::CaseInsensitive) != 0) {
        v.detail.reason = QualityReason::OtherMeter;
        v.detail.found = telegram.header.secondaryAddressText();
        v.detail.bound = binding.meter.toUpper();
        return v;
    }
    const bool inRange = binding.index >= 0 && std::size_t(binding.index) < telegram.records.size();
    const bool signatureOk =
        inRange && (binding.signature.isEmpty() || telegram.signatureOf(telegram.records[std::size_t(binding.index)]) == binding.signature);
    if (!signatureOk) {
        v.detail.reason = QualityReason::IndexDrift;
        v.detail.signatureKnown = !binding.signature.isEmpty();
        if (v.detail.signatureKnown) {
            const Place moved = findSignature(binding.signature, telegrams, t);
            v.detail.movedTelegram = moved.index >= 0 ? moved.telegram : -1;
            v.detail.movedIndex = moved.index;
        } else {
            v.detail.count = int(telegram.records.size());
        }
        return v;
    }
    const decode::Record &record = telegram.records[std::size_t(binding.index)];
    v.value = valueOf(telegram, record);
    // Faceplate's linear transformation, applied to what the engine shows, trends and delivers.
    if ((binding.scale != 1 || binding.offset != 0) && v.value.typeId() == QMetaType::Double)
        v.value = v.value.toDouble() * binding.scale + binding.offset;
    v.unit = decode::unitText(telegram, record);
    v.quality = Quality::Good;
    if (record.recordError > 0) {
        v.quality = Quality::Uncertain;
        v.detail.reason = QualityReason::RecordError;
        v.detail.recordError = record.recordError;
    } else if (record.kind == decode::ValueKind::DateTime && !record.dateTime.isPlausible()) {
        v.quality = Quality::Uncertain;
        v.detail.reason = QualityReason::InvalidTime;
    } else if (record.kind == decode::ValueKind::None || record.kind == decode::ValueKind::InvalidBcd) {
        v.quality = Quality::Uncertain;
        v.detail.reason = record.kind == decode::ValueKind::None ? QualityReason::NoValue : QualityReason::NotANumber;
    }
    return v;
}

} // namespace mbus::engine
