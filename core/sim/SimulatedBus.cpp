#include "SimulatedBus.h"

#include <algorithm>

namespace mbus::sim {

SimulatedBus::SimulatedBus(const Profile &profile, const LineSettings &line, const FaultSettings &faults,
                           std::uint64_t seed)
    : m_line(line)
    , m_faults(faults, seed)
    , m_clockStart(QDateTime::currentDateTime())
{
    const Profile effective = faults.collideAddress >= 0 ? withCollision(profile, faults.collideAddress) : profile;
    for (qsizetype i = 0; i < effective.meters.size(); ++i)
        m_meters.push_back(std::make_unique<SimulatedMeter>(effective.meters.at(i), seed, int(i)));
    m_assemblers.resize(m_meters.size());
}

void SimulatedBus::setMeterTelegrams(int address, const QList<TelegramSpec> &telegrams)
{
    for (auto &meter : m_meters) {
        if (meter->primaryAddress() == address)
            meter->setTelegrams(telegrams);
    }
}

int SimulatedBus::turnaroundMs(int baud) const
{
    // About 50 bit times: well after the 11-bit minimum, well inside 330 bits + 50 ms.
    return 50 * 1000 / qMax(baud, 300) + 5 + m_faults.settings().delayMs;
}

LineSettings SimulatedBus::meterLine(const SimulatedMeter &meter) const
{
    LineSettings line = m_line;
    if (meter.baud() > 0)
        line.baud = meter.baud();
    return line;
}

void SimulatedBus::report(const SimulatedMeter &meter, const MeterAnswer &answer, const char *fate)
{
    if (!m_truthSink)
        return;
    for (const TruthValue &value : answer.truth)
        m_truthSink(meter, value, fate);
}

QList<BusAnswer> SimulatedBus::receive(const QByteArray &bytes, const LineSettings &master, double seconds)
{
    QList<BusAnswer> out;
    if (m_faults.settings().echo)
        out.append(BusAnswer{bytes, 0, master.baud, true});

    struct Answered
    {
        SimulatedMeter *meter;
        MeterAnswer answer;
    };
    std::vector<Answered> answered;
    const QDateTime clock = m_clockStart.addMSecs(qint64(seconds * 1000));
    for (std::size_t i = 0; i < m_meters.size(); ++i) {
        SimulatedMeter &meter = *m_meters[i];
        link::FrameAssembler &assembler = m_assemblers[i];
        const QByteArray heard = transmit(bytes, master, meterLine(meter)).received;
        meter.hear(heard, seconds);
        assembler.append(heard);
        for (;;) {
            const auto status = assembler.next();
            if (status == link::FrameAssembler::Status::NeedMore)
                break;
            if (status != link::FrameAssembler::Status::FrameReady)
                continue;
            if (auto answer = meter.handle(assembler.frame(), seconds, clock))
                answered.push_back({&meter, std::move(*answer)});
        }
    }
    if (answered.empty())
        return out;

    if (m_faults.dropNow()) {
        for (const Answered &a : answered)
            report(*a.meter, a.answer, "dropped");
        return out;
    }
    QList<QByteArray> raw;
    QList<int> offsets; // bit times of extra turnaround, a property of each meter
    for (const Answered &a : answered) {
        raw.append(a.answer.bytes);
        offsets.append(a.meter->turnaroundOffsetBits(meterLine(*a.meter).baud));
    }
    const int earliest = *std::min_element(offsets.begin(), offsets.end());
    for (int &offset : offsets)
        offset -= earliest;
    const LineSettings sender = meterLine(*answered.front().meter);
    BusAnswer answer;
    const bool collided = answered.size() > 1
                          && std::any_of(raw.begin(), raw.end(), [&](const QByteArray &b) { return b != raw.first(); });
    bool corrupted = false;
    if (answered.size() > 1) {
        answer.bytes = superimpose(raw, offsets, sender, master).received;
    } else {
        QByteArray wire = raw.first();
        corrupted = m_faults.corruptNow(wire);
        answer.bytes = transmit(wire, sender, master).received;
    }
    for (const Answered &a : answered)
        report(*a.meter, a.answer, collided ? "collided" : corrupted ? "corrupted" : "sent");
    m_faults.noiseNow(answer.bytes);
    answer.baud = sender.baud;
    answer.turnaroundMs = turnaroundMs(sender.baud) + int(earliest * link::characterMs(sender.baud) / 11);
    out.append(answer);

    // A baud-rate switch takes effect once the E5 is out.
    for (const Answered &a : answered) {
        if (a.answer.newBaud > 0 && a.meter->primaryAddress() != m_faults.settings().stuckBaudAddress)
            a.meter->setBaud(a.answer.newBaud);
    }
    return out;
}

Profile withCollision(const Profile &profile, int address)
{
    Profile result = profile;
    for (const MeterSpec &meter : profile.meters) {
        if (meter.address != address)
            continue;
        MeterSpec twin = meter;
        twin.name += QStringLiteral(" (second meter on the same address)");
        // Another serial number: add 1 to the BCD identification (99999999 wraps to 00000000).
        for (int digit = 7; digit >= 0; --digit) {
            const int d = twin.identity.digit(digit);
            twin.identity.setDigit(digit, d < 9 ? d + 1 : 0);
            if (d < 9)
                break;
        }
        result.meters.append(twin);
        return result;
    }
    return result;
}

} // namespace mbus::sim
