#include "SimulatedMeter.h"

#include "decode/RecordText.h"
#include "decode/TelegramDecoder.h"
#include "decode/VifTables.h"
#include "encode/RecordEncoder.h"
#include "link/CiField.h"
#include "link/ControlField.h"
#include "sim/ValueSource.h"

namespace mbus::sim {

namespace {

namespace Cf = link::ControlField;
namespace Ci = link::CiField;

constexpr std::uint8_t DifBusAddress = 0x01;
constexpr std::uint8_t VifBusAddress = 0x7A;

MeterAnswer ack()
{
    return MeterAnswer{link::encodeAck(), {}, 0};
}

} // namespace

SimulatedMeter::SimulatedMeter(MeterSpec spec, std::uint64_t seed, int index)
    : m_spec(std::move(spec))
    , m_seed(seed)
    , m_index(index)
    , m_address(m_spec.address)
    , m_baud(m_spec.baud)
    , m_wakeUp(m_spec.wakeUpCharacters, m_spec.awakeSeconds)
{
}

bool SimulatedMeter::addressed(std::uint8_t a) const
{
    if (a == link::Address::NetworkLayer)
        return m_selected;
    if (a == link::Address::BroadcastReply || a == link::Address::BroadcastNoReply)
        return !m_spec.behaviour.ignoresBroadcast;
    return a == m_address;
}

bool SimulatedMeter::understands(const link::Frame &request) const
{
    if (request.type == link::FrameType::Short) {
        if (m_spec.behaviour.answersOnly5B && Cf::function(request.c) == Cf::FunctionReqUd2)
            return request.c == Cf::ReqUd2;
        return Cf::isStandardShortFrameC(request.c);
    }
    return request.hasCi() && Cf::isStandardLongFrameC(request.c);
}

std::optional<MeterAnswer> SimulatedMeter::handle(const link::Frame &request, double seconds, const QDateTime &clock)
{
    if (!understands(request) || !m_wakeUp.isAwake(seconds))
        return std::nullopt; // 0x4B, an FCV = 0 form or any other C value is not M-Bus: no answer
    // SND_NKE to 253 ends a selection (MBUS_FACTS 2.9) and is answered by the selected slave.
    if (request.type == link::FrameType::Short && Cf::function(request.c) == Cf::FunctionSndNke
        && request.a == link::Address::NetworkLayer) {
        const bool wasSelected = m_selected;
        m_selected = false;
        if (wasSelected)
            m_linkReset = false;
        return wasSelected ? std::optional<MeterAnswer>(ack()) : std::nullopt;
    }
    // Selection is answered at 253 whatever the meter's state.
    if (request.hasCi() && (request.ci == Ci::SlaveSelect || request.ci == Ci::SlaveSelectMsbFirst)
        && request.a == link::Address::NetworkLayer) {
        std::optional<MeterAnswer> answer = handleLong(request);
        if (answer)
            m_wakeUp.keepAwake(seconds);
        return answer;
    }
    if (!addressed(request.a))
        return std::nullopt;
    m_wakeUp.keepAwake(seconds);
    std::optional<MeterAnswer> answer =
        request.type == link::FrameType::Short ? handleShort(request, seconds, clock) : handleLong(request);
    if (request.a == link::Address::BroadcastNoReply)
        return std::nullopt; // 255: every slave acts, none answers
    return answer;
}

std::optional<MeterAnswer> SimulatedMeter::handleShort(const link::Frame &request, double seconds, const QDateTime &clock)
{
    switch (Cf::function(request.c)) {
    case Cf::FunctionSndNke:
        m_telegram = 0;
        m_lastFcb.reset();
        m_linkReset = true;
        return ack();
    case Cf::FunctionReqUd1:
        return ack(); // no class 1 data
    case Cf::FunctionReqUd2:
        if (m_spec.behaviour.needsLinkReset && !m_linkReset)
            return std::nullopt;
        if (m_spec.behaviour.answersOnly5B)
            return respond(seconds, clock); // no FCB procedure: always its one telegram
        if (Cf::fcv(request.c)) {
            const bool fcb = Cf::fcb(request.c);
            // A toggled FCB acknowledges the last telegram: move on; the same FCB repeats it.
            if (m_lastFcb && *m_lastFcb != fcb)
                m_telegram = (m_telegram + 1) % int(m_spec.telegrams.size());
            m_lastFcb = fcb;
        }
        return respond(seconds, clock);
    default:
        return std::nullopt;
    }
}

std::optional<MeterAnswer> SimulatedMeter::handleLong(const link::Frame &request)
{
    const QByteArrayView data = request.userData();
    if (request.ci == Ci::SlaveSelect || request.ci == Ci::SlaveSelectMsbFirst) {
        // A selection is exactly 8 bytes; some meters take fewer, the missing ones wildcards.
        const qsizetype size = data.size();
        if (size != 8 && !(m_spec.behaviour.acceptsShortMasks && size >= 1 && size < 8))
            return std::nullopt;
        std::uint8_t mask[8] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
        for (qsizetype i = 0; i < size; ++i)
            mask[request.ci == Ci::SlaveSelect ? i : 7 - i] = std::uint8_t(data[i]);
        const bool matches = secondaryAddress().matches(link::SecondaryAddress::readFrom(mask));
        if (!matches) {
            // Another meter's selection ends this one's, unless the meter ignores it.
            if (!m_spec.behaviour.staysSelected)
                m_selected = false;
            return std::nullopt;
        }
        m_selected = true;
        m_telegram = 0; // a new selection starts the FCB procedure anew, as SND_NKE does
        m_lastFcb.reset();
        m_linkReset = false; // a meter that wants a reset wants it at 253 too (application reset)
        return ack();
    }
    if (request.ci == Ci::ApplicationReset) {
        m_telegram = 0;
        m_lastFcb.reset();
        m_linkReset = true;
        return ack();
    }
    if (Ci::isBaudRateSwitch(request.ci)) {
        MeterAnswer answer = ack();
        answer.newBaud = Ci::baudRateOf(request.ci); // answered at the old rate, then switched
        return answer;
    }
    if (request.ci == Ci::DataSend) {
        if (data.size() == 3 && std::uint8_t(data[0]) == DifBusAddress && std::uint8_t(data[1]) == VifBusAddress) {
            const auto newAddress = std::uint8_t(data[2]);
            if (newAddress > link::Address::LastPrimary)
                return std::nullopt;
            m_address = newAddress;
            return ack();
        }
        return acceptWrites(request) ? std::optional<MeterAnswer>(ack()) : std::nullopt;
    }
    return std::nullopt;
}

// Records written with SND_UD replace the value of the record with the same signature. A write
// to a record the meter does not have is not acknowledged.
bool SimulatedMeter::acceptWrites(const link::Frame &request)
{
    decode::Telegram written;
    if (decode::decodeTelegram(request, written).isError() || written.records.empty())
        return false;
    for (const decode::Record &record : written.records) {
        const QByteArray signature = written.signatureOf(record).toByteArray();
        RecordSpec *target = nullptr;
        for (TelegramSpec &telegram : m_spec.telegrams) {
            for (RecordSpec &spec : telegram.records) {
                if (spec.signature == signature)
                    target = &spec;
            }
        }
        if (!target)
            return false;
        ValueSource value;
        if (record.kind == decode::ValueKind::DateTime) {
            value.kind = ValueSource::Kind::Date;
            value.date = QDate(record.dateTime.year, record.dateTime.month, record.dateTime.day);
        } else if (record.hasRawInteger) {
            value.value = double(record.rawInteger);
        } else if (record.kind == decode::ValueKind::Number) {
            value.value = decode::applyScale(record.number, -record.exponent, 1.0 / record.factor); // back to raw
        } else {
            return false;
        }
        target->value = value;
    }
    return true;
}

MeterAnswer SimulatedMeter::respond(double seconds, const QDateTime &clock)
{
    MeterAnswer answer;
    answer.bytes = buildTelegram(m_telegram, seconds, clock, &answer.truth);
    return answer;
}

QByteArray SimulatedMeter::buildTelegram(int number, double seconds, const QDateTime &clock, QList<TruthValue> *truth)
{
    const TelegramSpec &spec = m_spec.telegrams.at(number);
    const bool last = number == int(m_spec.telegrams.size()) - 1;
    QByteArray data(12, '\0');
    auto *header = reinterpret_cast<std::uint8_t *>(data.data());
    m_spec.identity.writeTo(header);
    header[8] = m_accessNumber++;
    for (qsizetype r = 0; r < spec.records.size(); ++r) {
        const RecordSpec &record = spec.records.at(r);
        const std::uint64_t stream = (std::uint64_t(m_index) << 32) | (std::uint64_t(number) << 16) | std::uint64_t(r);
        const auto bytes = encode::encodeRecord(record.signature, valueAt(record.value, seconds, clock, m_seed, stream));
        data += bytes ? bytes.value() : record.signature; // a value that does not fit: data-less record
    }
    if (!last)
        data += char(0x1F);
    else if (!spec.manufacturerData.isEmpty())
        data += char(0x0F) + spec.manufacturerData;
    const QByteArray frame = link::encodeLongFrame(Cf::RspUd, m_address, Ci::VariableData, data);

    // The truth log holds what this telegram says, read back with the decoder.
    const auto parsed = link::parseFrame(frame);
    decode::Telegram telegram;
    if (parsed && !decode::decodeTelegram(parsed.value(), telegram).isError()) {
        for (std::size_t i = 0; i < telegram.records.size(); ++i) {
            const decode::Record &rec = telegram.records[i];
            if (!rec.isDataRecord())
                continue;
            TruthValue value;
            value.telegram = m_spec.telegrams.size() > 1 ? number + 1 : 0;
            value.index = int(i);
            value.quantity = decode::quantityText(telegram, rec, decode::TextLanguage::English);
            value.unit = decode::unitText(telegram, rec);
            value.value = decode::valueText(telegram, rec);
            value.isNumber = rec.kind == decode::ValueKind::Number;
            value.number = value.isNumber ? decode::displayedNumber(rec) : 0;
            truth->append(value);
        }
    }
    return frame;
}

} // namespace mbus::sim
