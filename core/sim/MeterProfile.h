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

struct MeterSpec
{
    QString name;
    std::uint8_t address = 0;
    link::SecondaryAddress identity; // identification, manufacturer, version, medium
    int baud = 0;                    // 0: the bus rate
    int wakeUpCharacters = 0;        // a sleeping meter: 0x55 characters it needs to hear; 0 = always awake
    double awakeSeconds = 10;        // how long it stays awake after the wake-up or its last request
    QList<TelegramSpec> telegrams;
};

struct Profile
{
    QString name;
    QList<MeterSpec> meters;

    // Parses a profile; errors name the meter, record and field that is wrong.
    static std::optional<Profile> fromJson(const QByteArray &json, QString *errorText);
    // The built-in profiles: "demo" (the bus the demo project is made for) and "empty".
    static bool builtIn(const QString &name, Profile *profile);
};

} // namespace mbus::sim
