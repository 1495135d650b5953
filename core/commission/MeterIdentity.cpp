#include "MeterIdentity.h"

#include "bus/ScanResult.h"

#include "decode/DataHeader.h"
#include "decode/RecordText.h"
#include "decode/TelegramDecoder.h"

namespace mbus::commission {

bool describeFromAnswer(const QList<link::Frame> &frames, SurveyedMeter *meter, int maxValues)
{
    if (frames.isEmpty())
        return false;
    decode::Telegram telegram;
    decode::decodeTelegram(frames.first(), telegram); // a record error later on does not hide the header
    bus::ScanHit hit;
    if (!bus::identityFromTelegram(telegram, frames.first().a, &hit))
        return false;
    meter->primaryBefore = hit.primaryAddress;
    meter->secondary = hit.secondary;
    describeFromSecondary(meter);
    meter->firstValues.clear();
    for (const decode::Record &record : telegram.records) {
        if (meter->firstValues.size() >= maxValues)
            break;
        if (!record.isDataRecord())
            continue;
        meter->firstValues.append(FirstValue{decode::quantityText(telegram, record), decode::valueText(telegram, record),
                                             decode::unitText(telegram, record)});
    }
    return true;
}

void describeFromSecondary(SurveyedMeter *meter)
{
    decode::DataHeader header;
    header.form = decode::DataHeader::Form::Long;
    header.medium = meter->secondary.medium;
    meter->manufacturer = decode::manufacturerCode(meter->secondary.manufacturer);
    meter->medium = header.mediumText();
    meter->version = meter->secondary.version;
}

} // namespace mbus::commission
