#include "MeterIdentity.h"

#include "bus/ScanResult.h"

#include "decode/DataHeader.h"
#include "decode/RecordText.h"

namespace mbus::commission {

bool describeFromAnswer(const bus::Outcome &outcome, SurveyedMeter *meter, int maxValues)
{
    if (outcome.telegrams.isEmpty())
        return false;
    const decode::Telegram &telegram = outcome.telegrams.first(); // a record error later on does not hide the header
    bus::ScanHit hit;
    if (!bus::identityFromTelegram(telegram, telegram.frame.a, &hit))
        return false;
    meter->primaryBefore = hit.primaryAddress;
    meter->secondary = hit.secondary;
    describeFromSecondary(meter);
    meter->firstValues.clear();
    meter->answer = telegram;
    for (std::size_t i = 0; i < telegram.records.size(); ++i) {
        const decode::Record &record = telegram.records[i];
        if (meter->firstValues.size() >= maxValues)
            break;
        if (!record.isDataRecord())
            continue;
        meter->firstValues.append(FirstValue{decode::quantityText(telegram, record), decode::valueText(telegram, record),
                                             decode::unitText(telegram, record), int(i)});
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
