#pragma once

#include "link/Frame.h"
#include "sim/MeterProfile.h"
#include "sim/WakeUpDetector.h"

#include <QDateTime>
#include <QList>

#include <cstdint>
#include <optional>

// One simulated slave: answers as EN 13757-2/-3 says a meter does (primary and secondary
// addressing, SND_NKE, REQ_UD2 with the FCB procedure over several telegrams, set primary
// address, application reset, baud-rate switch).
namespace mbus::sim {

// A value the meter sent, for the truth log.
struct TruthValue
{
    int telegram = 0; // 1-based among the meter's telegrams; 0 for a single-telegram meter
    int index = 0;    // record index as the decoder counts it
    QString quantity;
    QString unit;
    QString value;    // as valueText() shows it
    double number = 0;
    bool isNumber = false;
};

struct MeterAnswer
{
    QByteArray bytes;         // E5 or a whole RSP_UD frame
    QList<TruthValue> truth;  // the values in an RSP_UD
    int newBaud = 0;          // a baud-rate switch takes effect after the E5
};

class SimulatedMeter
{
public:
    SimulatedMeter(MeterSpec spec, std::uint64_t seed, int index);

    const MeterSpec &spec() const { return m_spec; }
    std::uint8_t primaryAddress() const { return m_address; }
    link::SecondaryAddress secondaryAddress() const { return m_spec.identity; }
    int baud() const { return m_baud; }
    void setBaud(int baud) { m_baud = baud; }
    // New telegrams (a firmware update): the meter starts over at its first telegram.
    void setTelegrams(const QList<TelegramSpec> &telegrams)
    {
        m_spec.telegrams = telegrams;
        m_telegram = 0;
        m_lastFcb.reset();
    }
    bool isSelected() const { return m_selected; }
    // Extra turnaround in bit times at baud: meters are not all equally quick (0..32 bits), and no
    // two meters of a profile answer in step. A late answerer waits 250 bits + 35 ms more, which
    // puts its answer at about 300 bits + 40 ms, inside the EN window's last eighth.
    int turnaroundOffsetBits(int baud) const
    {
        return m_spec.behaviour.lateAnswer ? 250 + 35 * baud / 1000 : (m_index * 7) % 33;
    }

    // Characters the meter's UART read, frames or not: a sleeping meter listens for its wake-up.
    void hear(const QByteArray &received, double seconds) { m_wakeUp.hear(received, seconds); }
    bool isAwake(double seconds) const { return m_wakeUp.isAwake(seconds); }

    // The answer to a request frame, or nothing when the meter stays silent (or sleeps). seconds: time since
    // the simulator started (drives the values); clock: the meter's date and time.
    std::optional<MeterAnswer> handle(const link::Frame &request, double seconds, const QDateTime &clock);

private:
    bool addressed(std::uint8_t a) const;
    // Only the C values EN 13757-2 gives a master, in the frame type that carries them.
    bool understands(const link::Frame &request) const;
    std::optional<MeterAnswer> handleShort(const link::Frame &request, double seconds, const QDateTime &clock);
    std::optional<MeterAnswer> handleLong(const link::Frame &request);
    bool acceptWrites(const link::Frame &request);
    MeterAnswer respond(double seconds, const QDateTime &clock);
    QByteArray buildTelegram(int number, double seconds, const QDateTime &clock, QList<TruthValue> *truth);

    MeterSpec m_spec;
    std::uint64_t m_seed = 0;
    int m_index = 0;
    std::uint8_t m_address = 0;
    int m_baud = 0;
    bool m_selected = false;
    int m_telegram = 0;              // the telegram the next REQ_UD2 returns
    std::optional<bool> m_lastFcb;   // FCB of the last REQ_UD2 with FCV, unset after SND_NKE
    bool m_linkReset = false;        // needs_link_reset: a SND_NKE or application reset came
    std::uint8_t m_accessNumber = 0;
    WakeUpDetector m_wakeUp;
};

} // namespace mbus::sim
