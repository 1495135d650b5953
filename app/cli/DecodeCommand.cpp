#include "DecodeCommand.h"

#include "cli/ExitCode.h"
#include "cli/InputFile.h"
#include "cli/ReadableText.h"
#include "decode/TelegramDecoder.h"
#include "frametext/HexInput.h"
#include "frametext/TelegramJson.h"
#include "frametext/TelegramText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace mbus::cli {

namespace {

void printUsage(QTextStream &stream)
{
    stream << "usage: mbus-cli decode [--json] [FILE|-]\n"
              "  Decodes M-Bus frames from FILE (or standard input): hex with or without spaces,\n"
              "  '#' comments allowed, one or more frames, or raw binary.\n"
              "  --json  print one JSON object (several frames: {\"telegrams\": [...]})\n";
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

struct Decoded
{
    QJsonObject json;
    QString text;
    Error error;
};

// Link frames without application data (E5, REQ_UD2, SND_NKE...) are described, not decoded.
Decoded decodeFrame(const link::Frame &frame, int telegramNumber)
{
    Decoded result;
    if (!frame.hasCi()) {
        result.json = QJsonObject{{QStringLiteral("frame"), frametext::frameToJson(frame)},
                                  {QStringLiteral("header"), QJsonObject()},
                                  {QStringLiteral("more_records_follow"), false},
                                  {QStringLiteral("records"), QJsonArray()}};
        result.text = frametext::frameSummary(frame);
        return result;
    }
    decode::Telegram telegram;
    result.error = decode::decodeTelegram(frame, telegram);
    result.json = frametext::telegramToJson(telegram, telegramNumber);
    result.text = readableTelegramText(telegram, telegramNumber, cliLocale());
    return result;
}

// One JSON value as text (a key's value inside an object written piece by piece).
QString jsonValueText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

void reportError(QTextStream &out, QTextStream &err, bool json, const Error &error, QJsonObject partial = {})
{
    if (json) {
        const QJsonObject e = frametext::errorToJson(error);
        for (auto it = e.begin(); it != e.end(); ++it)
            partial.insert(it.key(), it.value());
        printJson(out, partial);
    } else {
        err << "error: " << error.message() << '\n';
    }
}

} // namespace

int runDecode(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    bool json = false;
    QString path;
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printUsage(out);
            return ExitCode::Ok;
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            err << "mbus-cli decode: unknown option " << arg << '\n';
            printUsage(err);
            return ExitCode::Usage;
        } else if (!path.isEmpty()) {
            err << "mbus-cli decode: only one input file is read\n";
            return ExitCode::Usage;
        } else {
            path = arg;
        }
    }

    // 16 MiB of hex is some 100,000 telegrams; an endless stream (a port, /dev/zero) is refused
    // after that instead of filling the memory.
    constexpr qint64 MaxInputBytes = 16 * 1024 * 1024;
    const InputFile input = readInputFile(path.isEmpty() ? QStringLiteral("-") : path, MaxInputBytes);
    if (!input.ok) {
        err << "mbus-cli decode: " << input.errorText << '\n';
        return ExitCode::Usage;
    }
    const Result<QByteArray> bytes = frametext::bytesFromInput(frametext::textFromInput(input.data));
    if (!bytes) {
        reportError(out, err, json, bytes.error());
        return ExitCode::Failure;
    }
    // The framing is checked first, as before: a broken frame anywhere is the answer, alone.
    const Result<int> count = frametext::countFrames(bytes.value());
    if (!count) {
        reportError(out, err, json, count.error());
        return ExitCode::Failure;
    }

    // Then frame by frame, each printed as soon as it is decoded: memory for one frame and its
    // output, however many there are. Several frames in JSON: {"telegrams": [...]} written as
    // it goes, a decode error's fields after the array.
    const bool several = count.value() > 1;
    const auto *p = reinterpret_cast<const std::uint8_t *>(bytes.value().constData());
    qsizetype frameStart = 0; // frames follow each other in the input without gaps
    if (json && several)
        out << "{\n    \"telegrams\": [";
    for (int i = 0; i < count.value(); ++i) {
        const link::FrameScan scan = link::scanFrame(p + frameStart, bytes.value().size() - frameStart);
        const link::Frame frame = link::frameFromScanned(p + frameStart, scan.length);
        const int number = several ? i + 1 : 0;
        const Decoded decoded = decodeFrame(frame, number);
        if (!json)
            out << (i ? "\n" : "") << decoded.text;
        else if (several)
            out << (i ? "," : "") << "\n" << QJsonDocument(decoded.json).toJson(QJsonDocument::Compact);
        if (decoded.error.isError()) {
            // The offset counts in the input, like the link layer's; the telegrams before stay.
            Error inInput = decoded.error;
            inInput.offset += int(frameStart);
            if (!several) {
                reportError(out, err, json, inInput, decoded.json);
            } else if (json) {
                out << "\n    ],\n    \"telegram\": " << number;
                const QJsonObject e = frametext::errorToJson(inInput);
                for (auto it = e.begin(); it != e.end(); ++it)
                    out << ",\n    \"" << it.key() << "\": " << jsonValueText(it.value());
                out << "\n}\n";
            } else {
                err << "error: " << inInput.message() << '\n';
            }
            return ExitCode::Failure;
        }
        if (json && !several)
            printJson(out, decoded.json);
        frameStart += scan.length;
        out.flush();
    }
    if (json && several)
        out << "\n    ]\n}\n";
    return ExitCode::Ok;
}

} // namespace mbus::cli
