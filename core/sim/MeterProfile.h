#pragma once

#include "link/SecondaryAddress.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

// Simulated meters as data: a profile is JSON a user can write (see README, "mbus-sim profiles").
// Each meter has its identity, its primary address and one or more telegrams of records; every
// record is its signature (DIF..VIFE as hex) and a value source.
namespace mbus::sim {

struct ValueSource
{
    enum class Kind : std::uint8_t {
        Constant, // value
        Counter,  // start + perHour * hours, never decreasing (energy, volume, operating time)
        Wave,     // mean + amplitude * sin(2 pi t / period) + noise (temperatures, flow, power)
        Clock,    // the simulator's date and time
        Date,     // a fixed date (due dates)
        Text,     // LVAR text (versions, customer ids)
    };
    Kind kind = Kind::Constant;
    double value = 0;     // Constant; Counter start; Wave mean
    double perHour = 0;   // Counter
    double amplitude = 0; // Wave
    double periodSeconds = 3600; // Wave
    double noise = 0;     // Wave: +- uniform, deterministic per seed and second
    QDate date;
    QString text;
};

struct RecordSpec
{
    QByteArray signature; // DIF, DIFEs, VIF, VIFEs (and a plain-text unit)
    ValueSource value;
};

struct TelegramSpec
{
    QList<RecordSpec> records;
    QByteArray manufacturerData; // after DIF 0x0F on the last telegram
};

// How a meter departs from the textbook, one flag each, as meters in the field do (MBUS_FACTS
// 1.7). Without any, a meter accepts exactly what EN 13757-2 defines and ignores everything else.
struct MeterBehaviour
{
    bool answersOnly5B = false;    // "answers_only_5b": REQ_UD2 only as 0x5B; no FCB procedure, one telegram
    bool ignoresBroadcast = false; // "ignores_broadcast": deaf to 254 and 255
    bool needsLinkReset = false;   // "needs_link_reset": REQ_UD2 answered only after SND_NKE or an application reset
    bool lateAnswer = false;       // "late_answer": answers near the end of the EN window (300 bits + 40 ms)
    bool staysSelected = false;    // "stays_selected": a selection that is not its own leaves it selected
    bool acceptsShortMasks = false; // "accepts_short_masks": selection masks of 1..7 bytes (the rest wildcards)
};

struct MeterSpec
{
    QString name;
    std::uint8_t address = 0;
    link::SecondaryAddress identity; // identification, manufacturer, version, medium
    int baud = 0;                    // 0: the bus rate
    int wakeUpCharacters = 0;        // a sleeping meter: 0x55 characters it needs to hear; 0 = always awake
    double awakeSeconds = 10;        // how long it stays awake after the wake-up or its last request
    MeterBehaviour behaviour;
    QList<TelegramSpec> telegrams;
};

struct Profile
{
    QString name;
    QList<MeterSpec> meters;

    // Parses a profile; errors name the meter, record and field that is wrong.
    static std::optional<Profile> fromJson(const QByteArray &json, QString *errorText);
    // The built-in profiles: "demo" (the bus the demo project is made for), "field" (meters with
    // the behaviours met in the field, two of them on address 0) and "empty".
    static bool builtIn(const QString &name, Profile *profile);
};

} // namespace mbus::sim
