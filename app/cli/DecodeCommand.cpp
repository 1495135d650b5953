#include "DecodeCommand.h"

#include "cli/ExitCode.h"
#include "cli/InputFile.h"
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
    result.text = frametext::telegramToText(telegram, telegramNumber);
    return result;
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

    const InputFile input = readInputFile(path.isEmpty() ? QStringLiteral("-") : path);
    if (!input.ok) {
        err << "mbus-cli decode: " << input.errorText << '\n';
        return ExitCode::Usage;
    }
    const Result<QByteArray> bytes = frametext::bytesFromInput(input.data);
    if (!bytes) {
        reportError(out, err, json, bytes.error());
        return ExitCode::Failure;
    }
    const Result<QList<link::Frame>> frames = frametext::splitFrames(bytes.value());
    if (!frames) {
        reportError(out, err, json, frames.error());
        return ExitCode::Failure;
    }

    const bool several = frames.value().size() > 1;
    QJsonArray telegrams;
    int frameStart = 0; // frames follow each other in the input without gaps
    for (qsizetype i = 0; i < frames.value().size(); ++i) {
        const int number = several ? int(i) + 1 : 0;
        const Decoded decoded = decodeFrame(frames.value().at(i), number);
        if (!json)
            out << (i ? "\n" : "") << decoded.text;
        if (decoded.error.isError()) {
            // The offset counts in the input, like the link layer's; the telegrams before stay.
            Error inInput = decoded.error;
            inInput.offset += frameStart;
            if (!several) {
                reportError(out, err, json, inInput, decoded.json);
            } else {
                telegrams.append(decoded.json);
                reportError(out, err, json, inInput,
                            QJsonObject{{QStringLiteral("telegram"), number}, {QStringLiteral("telegrams"), telegrams}});
            }
            return ExitCode::Failure;
        }
        telegrams.append(decoded.json);
        frameStart += int(frames.value().at(i).raw.size());
    }
    if (json)
        printJson(out, several ? QJsonObject{{QStringLiteral("telegrams"), telegrams}} : telegrams.first().toObject());
    return ExitCode::Ok;
}

} // namespace mbus::cli
