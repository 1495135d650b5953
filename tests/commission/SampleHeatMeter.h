#pragma once

#include "commission/MeterIdentity.h"
#include "decode/TelegramDecoder.h"

#include <QFile>

// The README's heat meter (resources/telegrams/heat-meter.hex: 12345 kWh counted in kWh, a clock
// and a storage date) surveyed as the commissioning assistant reads it, all twelve records as
// first values: the report files must show them in base units (CSV) or engineering units (HTML).
namespace mbus::test {

inline commission::SurveyedMeter surveyedHeatMeter()
{
    QFile file(QStringLiteral(MBUS_SOURCE_DIR "/resources/telegrams/heat-meter.hex"));
    QByteArray hex;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.startsWith('#'))
                hex += line;
        }
    }
    const QByteArray bytes = QByteArray::fromHex(hex.replace(' ', ""));
    const auto *p = reinterpret_cast<const std::uint8_t *>(bytes.constData());
    bus::Outcome outcome;
    outcome.telegrams.append(decode::Telegram{});
    decode::decodeTelegram(link::frameFromScanned(p, link::scanFrame(p, bytes.size()).length), outcome.telegrams.first());
    commission::SurveyedMeter meter;
    commission::describeFromAnswer(outcome, &meter, 12);
    return meter;
}

} // namespace mbus::test
