#pragma once

#include "bus/BusError.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QVariant>

// What the engine delivers: tag values with quality, and per-connection diagnostics as Faceplate
// shows them (State, Error, Actual connection) plus per-meter statistics.
namespace mbus::engine {

enum class Quality : std::uint8_t { Good, Uncertain, Bad };

// Why a value is not good, as a value with what each reason needs: views turn it into text in
// the user's language, the command line into English (TagValue::qualityDetail).
enum class QualityReason : std::uint8_t {
    None,
    ReadFailed,      // readError: the read of the meter failed (timeout, checksum, collision, port, link)
    TelegramMissing, // count: telegrams the meter sent; the bound one is TagValue::telegram
    OtherMeter,      // found: the secondary address that answers; bound: the one the binding was made on
    IndexDrift,      // movedTelegram/movedIndex: where the record went, -1 when no longer sent;
                     // without a signature to look for (signatureKnown false), count: records sent
    RecordError,     // recordError: the meter's error code for the record
    InvalidTime,     // the meter marks the date and time invalid
    NoValue,         // a record without data
    NotANumber,      // BCD digits that are not digits
    Stale,           // polling stopped: the last good value, no longer refreshed
};

struct QualityDetail
{
    QualityReason reason = QualityReason::None;
    bus::BusError readError;
    int count = 0;
    int movedTelegram = -1;
    int movedIndex = -1;
    bool signatureKnown = true;
    QString found;
    QString bound;
    int recordError = 0;

    // The binding's record is not where it was made (index drift) or not from that meter.
    bool isDrift() const { return reason == QualityReason::IndexDrift || reason == QualityReason::OtherMeter; }
};

struct TagValue
{
    QString connection;
    QString name;      // the binding's name
    QString tag;
    QVariant value;    // double for numbers, QString for dates, texts and hex; null when never read
    QString unit;
    QDateTime timestamp; // when the value was read (UTC)
    Quality quality = Quality::Bad;
    QualityDetail detail;
    int address = 0;
    int telegram = 0;
    int index = 0;

    bool isGood() const { return quality == Quality::Good; }
    // The detail in English for the command line and logs: "Timeout", "index drift: the record is
    // now at telegram 1 index 4", "stale"; empty when there is none.
    QString qualityDetail() const;
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
    int connectionId = 0;          // project::Connection::id
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
