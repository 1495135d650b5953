#pragma once

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QVariant>

// What the engine delivers: tag values with quality, and per-connection diagnostics as Faceplate
// shows them (State, Error, Actual connection) plus per-meter statistics.
namespace mbus::engine {

enum class Quality : std::uint8_t { Good, Uncertain, Bad };

struct TagValue
{
    QString connection;
    QString name;      // the binding's name
    QString tag;
    QVariant value;    // double for numbers, QString for dates, texts and hex; null when never read
    QString unit;
    QDateTime timestamp; // when the value was read (UTC)
    Quality quality = Quality::Bad;
    QString qualityDetail; // "Timeout", "index drift: record moved to telegram 1 index 4", "stale"
    int address = 0;
    int telegram = 0;
    int index = 0;

    bool isGood() const { return quality == Quality::Good; }
    // "good", "bad: Timeout", "uncertain: stale"
    QString qualityText() const;
};

struct MeterStatistics
{
    int address = 0;
    quint64 requests = 0;   // reads of the meter (each may take several exchanges)
    quint64 answers = 0;    // reads that returned every telegram asked for
    quint64 timeouts = 0;
    quint64 checksumErrors = 0;
    quint64 otherErrors = 0;
    quint64 retries = 0;
    QDateTime lastAnswer;
    qint64 lastReadMs = 0;
    QString lastError;
};

struct ConnectionDiagnostics
{
    enum class Channel : std::uint8_t { Master, Backup };
    QString connection;
    bool running = false;
    QString error;                 // the last error, "" after a clean cycle
    Channel actual = Channel::Master;
    quint64 cycles = 0;
    qint64 cycleMs = 0;            // duration of the last cycle
    QDateTime lastCycle;
    QHash<int, MeterStatistics> meters;

    QString stateText() const { return running ? QStringLiteral("RUN") : QStringLiteral("STOP"); }
    QString actualText() const { return actual == Channel::Backup ? QStringLiteral("Backup") : QStringLiteral("Master"); }
};

} // namespace mbus::engine

Q_DECLARE_METATYPE(mbus::engine::TagValue)
Q_DECLARE_METATYPE(mbus::engine::ConnectionDiagnostics)
