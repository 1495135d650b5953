#pragma once

// Shared by the conformance tests against the public telegram corpora in ../shared/corpus. The
// corpus is read at run time from MBUS_SHARED_DIR, never copied into the project; a test whose
// folder is absent skips.
//
// An expectation is a JSON object, a subset of what `mbus-cli decode --json` prints (README,
// "mbus-cli decode"): every member given must be present with an equal value (numbers within a
// relative 1e-9), members not given are not checked. Keys on top of the JSON contract:
//   "error": true or an error code name ("checksum_mismatch"): the file must be rejected;
//   "stage": where the error is found: "input", "link" (frame checks) or "decode";
//   "decode_may_fail": the frame checks are what is asserted, the application layer may refuse;
//   "frames": number of frames (default 1 when no error is expected);
//   "frame": subset of the first frame's JSON; "reencode": our encoder rebuilds every frame byte
//   for byte; "record_count": records as we count them (0x0F/0x1F block included);
//   "data_record_count": records without the 0x0F/0x1F block (jMBus' count);
//   "reframed": an expectation for the same C, A, CI and user data put into a frame with a
//   correct L field and checksum (for files whose source project skips those checks);
//   per record: "raw_integer" (integer before scaling, as a decimal string), "qualifiers" (VIFE
//   codes the record must carry: "C3C" combinable 0x3C, "X10" combinable extension 0x10),
//   "quantity_base" (quantity without qualifier words), "value_endswith".

#include "decode/DataHeader.h"
#include "decode/RecordText.h"
#include "decode/TelegramDecoder.h"
#include "link/Frame.h"
#include "frametext/HexInput.h"
#include "frametext/TelegramJson.h"
#include "frametext/TelegramText.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

namespace corpus {

using mbus::decode::Record;
using mbus::decode::RecordFunction;
using mbus::decode::Telegram;

inline QString corpusDir(const QString &name)
{
    return QString::fromUtf8(MBUS_SHARED_DIR) + QStringLiteral("/corpus/") + name;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What the library makes of one corpus file.
struct Outcome
{
    QByteArray bytes;                     // the file as bytes (hex text parsed)
    QList<mbus::link::Frame> frames;
    std::vector<Telegram> telegrams;      // one per frame with a CI field, also when it failed
    mbus::Error error;                    // the first error found
    QString stage;                        // "input", "link", "decode"; empty without error
};

inline Outcome decodeBytes(const QByteArray &bytes)
{
    Outcome o;
    o.bytes = bytes;
    const auto frames = mbus::frametext::splitFrames(bytes);
    if (!frames) {
        o.error = frames.error();
        o.stage = QStringLiteral("link");
        return o;
    }
    o.frames = frames.value();
    for (const mbus::link::Frame &frame : o.frames) {
        if (!frame.hasCi())
            continue;
        Telegram telegram;
        const mbus::Error error = mbus::decode::decodeTelegram(frame, telegram);
        if (error.isError() && !o.error.isError()) {
            o.error = error;
            o.stage = QStringLiteral("decode");
        }
        o.telegrams.push_back(std::move(telegram));
    }
    return o;
}

inline Outcome decodeInput(const QByteArray &input)
{
    const auto bytes = mbus::frametext::bytesFromInput(input);
    if (!bytes) {
        Outcome o;
        o.error = bytes.error();
        o.stage = QStringLiteral("input");
        return o;
    }
    return decodeBytes(bytes.value());
}

// One data record (DIB, VIB, data) as the only content of an RSP_UD with CI 0x78 (no header).
inline QByteArray recordFrame(const QByteArray &record)
{
    return mbus::link::encodeLongFrame(0x08, 0x00, 0x78, record);
}

// C, A, CI and user data of a long frame, put into a frame with a correct L field and checksum.
inline QByteArray reframed(const QByteArray &raw)
{
    if (raw.size() < 9 || std::uint8_t(raw[0]) != mbus::link::FrameByte::LongStart)
        return {};
    return mbus::link::encodeLongFrame(std::uint8_t(raw[4]), std::uint8_t(raw[5]), std::uint8_t(raw[6]),
                                       QByteArrayView(raw).sliced(7, raw.size() - 9));
}

inline QJsonObject parseExpectation(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad expectation JSON (%s): %s", qPrintable(error.errorString()), json.constData());
    return document.object();
}

inline QString show(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

inline bool sameNumber(double expected, double actual)
{
    const double difference = std::fabs(expected - actual);
    return difference <= 1e-12 || difference <= 1e-9 * std::max(std::fabs(expected), std::fabs(actual));
}

// Empty when every member of expected is in actual with an equal value, else what differs.
inline QString subsetMismatch(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.isObject()) {
        if (!actual.isObject())
            return path + QStringLiteral(": expected an object, got ") + show(actual);
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString member = path + QLatin1Char('.') + it.key();
            if (!a.contains(it.key()))
                return member + QStringLiteral(" missing (expected ") + show(it.value()) + QLatin1Char(')');
            const QString why = subsetMismatch(it.value(), a.value(it.key()), member);
            if (!why.isEmpty())
                return why;
        }
        return {};
    }
    if (expected.isDouble() && actual.isDouble() && sameNumber(expected.toDouble(), actual.toDouble()))
        return {};
    if (expected == actual)
        return {};
    return path + QStringLiteral(": expected ") + show(expected) + QStringLiteral(", got ") + show(actual);
}

inline bool hasQualifier(const Record &record, const QString &spec)
{
    using Table = mbus::decode::Qualifier::Table;
    const Table table = spec.startsWith(QLatin1Char('X')) ? Table::CombinableExtension
                        : spec.startsWith(QLatin1Char('M')) ? Table::Manufacturer : Table::Combinable;
    const int code = spec.mid(1).toInt(nullptr, 16);
    for (int i = 0; i < record.qualifierCount; ++i) {
        if (record.qualifiers[i].table == table && record.qualifiers[i].code == code)
            return true;
    }
    return false;
}

inline QString recordMismatch(const Telegram &telegram, int index, QJsonObject expected, const QJsonObject &json,
                              const QString &path)
{
    const Record &record = telegram.records[std::size_t(index)];
    if (expected.contains(QStringLiteral("raw_integer"))) {
        const QString want = expected.take(QStringLiteral("raw_integer")).toString();
        const QString got = record.hasRawInteger ? QString::number(record.rawInteger) : QStringLiteral("(none)");
        if (got != want)
            return path + QStringLiteral(".raw_integer: expected ") + want + QStringLiteral(", got ") + got;
    }
    const QJsonArray qualifiers = expected.take(QStringLiteral("qualifiers")).toArray();
    for (const QJsonValue &q : qualifiers) {
        if (!hasQualifier(record, q.toString()))
            return path + QStringLiteral(": qualifier ") + q.toString() + QStringLiteral(" missing in \"")
                   + mbus::decode::quantityText(telegram, record) + QLatin1Char('"');
    }
    if (expected.contains(QStringLiteral("quantity_base"))) {
        const QString want = expected.take(QStringLiteral("quantity_base")).toString();
        if (QString::fromUtf8(record.quantity) != want)
            return path + QStringLiteral(".quantity_base: expected ") + want + QStringLiteral(", got ")
                   + QString::fromUtf8(record.quantity);
    }
    if (expected.contains(QStringLiteral("value_endswith"))) {
        const QString want = expected.take(QStringLiteral("value_endswith")).toString();
        const QString got = mbus::decode::valueText(telegram, record);
        if (!got.endsWith(want))
            return path + QStringLiteral(".value: expected to end with ") + want + QStringLiteral(", got ") + got;
    }
    return subsetMismatch(expected, json, path);
}

inline bool isDataRecord(const QJsonValue &record)
{
    const QString function = record.toObject().value(QStringLiteral("function")).toString();
    return function != QLatin1String("manufacturer_specific") && function != QLatin1String("more_records_follow");
}

inline QByteArray reencode(const mbus::link::Frame &frame)
{
    switch (frame.type) {
    case mbus::link::FrameType::Ack: return mbus::link::encodeAck();
    case mbus::link::FrameType::Short: return mbus::link::encodeShortFrame(frame.c, frame.a);
    default: return mbus::link::encodeLongFrame(frame.c, frame.a, frame.ci, frame.userData());
    }
}

// Checks an outcome against an expectation (see the top of this file); reports with QVERIFY2.
inline void verify(const Outcome &o, const QJsonObject &expect, const QString &where = QStringLiteral("file"))
{
    const QJsonValue wantError = expect.value(QStringLiteral("error"));
    const QString errorText = where + QStringLiteral(": ")
        + (o.error.isError()
               ? QStringLiteral("%1 (%2, %3)").arg(o.error.message(), QString::fromLatin1(o.error.codeName()), o.stage)
               : QStringLiteral("no error"));
    if (!wantError.isUndefined()) {
        QVERIFY2(o.error.isError(), qPrintable(where + QStringLiteral(": expected a rejection, got none")));
        if (wantError.isString())
            QVERIFY2(wantError.toString() == QLatin1String(o.error.codeName()), qPrintable(errorText));
        if (expect.contains(QStringLiteral("stage")))
            QVERIFY2(expect.value(QStringLiteral("stage")).toString() == o.stage, qPrintable(errorText));
    } else if (!expect.value(QStringLiteral("decode_may_fail")).toBool()) {
        QVERIFY2(!o.error.isError(), qPrintable(errorText));
    }
    const int frames = expect.value(QStringLiteral("frames")).toInt(wantError.isUndefined() ? 1 : -1);
    if (frames >= 0)
        QVERIFY2(o.frames.size() == frames, qPrintable(where + QStringLiteral(": %1 frames").arg(o.frames.size())));
    if (!o.frames.isEmpty()) {
        if (expect.contains(QStringLiteral("frame"))) {
            const QJsonObject frame = mbus::frametext::frameToJson(o.frames.first());
            const QString why = subsetMismatch(expect.value(QStringLiteral("frame")), frame, where + QStringLiteral(".frame"));
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        if (expect.value(QStringLiteral("reencode")).toBool()) {
            for (const mbus::link::Frame &frame : o.frames)
                QVERIFY2(reencode(frame) == frame.raw, qPrintable(where + QStringLiteral(": encoder gives ")
                                                                 + QString::fromLatin1(reencode(frame).toHex(' '))));
        }
    }
    if (!o.telegrams.empty()) {
        const QJsonObject json = mbus::frametext::telegramToJson(o.telegrams.front());
        const QJsonArray records = json.value(QStringLiteral("records")).toArray();
        for (const char *key : {"kind", "header", "more_records_follow"}) {
            const QString name = QString::fromLatin1(key);
            if (!expect.contains(name))
                continue;
            const QString why = subsetMismatch(expect.value(name), json.value(name), where + QLatin1Char('.') + name);
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        if (expect.contains(QStringLiteral("record_count")))
            QVERIFY2(records.size() == expect.value(QStringLiteral("record_count")).toInt(),
                     qPrintable(where + QStringLiteral(": %1 records").arg(records.size())));
        if (expect.contains(QStringLiteral("data_record_count"))) {
            const auto data = std::count_if(records.begin(), records.end(), isDataRecord);
            QVERIFY2(data == expect.value(QStringLiteral("data_record_count")).toInt(),
                     qPrintable(where + QStringLiteral(": %1 data records").arg(data)));
        }
        const QJsonObject wantRecords = expect.value(QStringLiteral("records")).toObject();
        for (auto it = wantRecords.begin(); it != wantRecords.end(); ++it) {
            const int index = it.key().toInt();
            const QString path = where + QStringLiteral(".records[") + it.key() + QLatin1Char(']');
            QVERIFY2(index >= 0 && index < records.size(), qPrintable(path + QStringLiteral(" does not exist")));
            const QString why =
                recordMismatch(o.telegrams.front(), index, it.value().toObject(), records[index].toObject(), path);
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
    } else {
        for (const char *key : {"kind", "header", "record_count", "data_record_count", "records"})
            QVERIFY2(!expect.contains(QString::fromLatin1(key)), qPrintable(where + QStringLiteral(": no telegram")));
    }
    if (expect.contains(QStringLiteral("reframed"))) {
        const QByteArray bytes = reframed(o.bytes);
        QVERIFY2(!bytes.isEmpty(), qPrintable(where + QStringLiteral(": not a long frame to re-frame")));
        verify(decodeBytes(bytes), expect.value(QStringLiteral("reframed")).toObject(),
               where + QStringLiteral(" (reframed)"));
    }
}

inline void verifyFile(const QString &path, const QByteArray &expectation)
{
    QVERIFY2(QFileInfo::exists(path), qPrintable(path + QStringLiteral(" is missing from the corpus")));
    verify(decodeInput(readFile(path)), parseExpectation(expectation), QFileInfo(path).fileName());
}

// Rows "relative/path.hex" -> absolute path for every .hex file below dir, sorted.
inline void addHexFileRows(const QString &dir)
{
    QTest::addColumn<QString>("path");
    QStringList paths;
    QDirIterator it(dir, {QStringLiteral("*.hex")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    const QDir base(dir);
    for (const QString &path : paths)
        QTest::newRow(qPrintable(base.relativeFilePath(path))) << path;
}

// Decodes a file and every view of it. Passing means: decoded, or rejected with an error value;
// a crash or a sanitizer report fails the whole executable.
inline void exercise(const Outcome &o)
{
    if (o.error.isError())
        QVERIFY2(QLatin1String(o.error.codeName()) != QLatin1String("none") && !o.error.message().isEmpty(),
                 "error without a code");
    else
        QVERIFY2(!o.frames.isEmpty(), "neither frames nor an error");
    for (const mbus::link::Frame &frame : o.frames) {
        QVERIFY(!mbus::frametext::frameSummary(frame).isEmpty());
        QVERIFY(!mbus::frametext::frameToJson(frame).isEmpty());
    }
    for (const Telegram &telegram : o.telegrams) {
        const QJsonObject json = mbus::frametext::telegramToJson(telegram);
        QCOMPARE(json.value(QStringLiteral("records")).toArray().size(), qsizetype(telegram.records.size()));
        QVERIFY(!mbus::frametext::telegramToText(telegram).isEmpty());
        for (const Record &record : telegram.records) {
            (void)mbus::decode::quantityText(telegram, record);
            (void)mbus::decode::unitText(telegram, record);
            (void)mbus::decode::valueText(telegram, record);
        }
    }
}

} // namespace corpus
