#include "BusCommands.h"

#include "cli/BusSession.h"
#include "cli/ExitCode.h"
#include "cli/ReadableText.h"
#include "cli/WakeUpFlags.h"
#include "engine/WakeUpRequest.h"
#include "frametext/TelegramJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mbus::cli {

namespace {

void usage(QTextStream &stream)
{
    stream << "usage: mbus-cli read ADDR|SECONDARY [--no-reset] [--max-telegrams N] [WAKE-UP OPTIONS] BUS OPTIONS\n"
              "  Reads every telegram of a meter (REQ_UD2 with the FCB procedure, following\n"
              "  \"more records follow\") by primary address 0..250 or 16-hex-digit secondary address.\n"
           << wakeUpHelp() << busOptionsHelp();
}

} // namespace

int runRead(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    BusOptions options;
    QHash<QString, QString> values;
    QString error;
    if (arguments.contains(QLatin1String("--help"))) {
        usage(out);
        return ExitCode::Ok;
    }
    MeterAddress address;
    project::WakeUpOptions wakeUp;
    if (!parseBusOptions(arguments, wakeUpValueOptions(), QStringList{QStringLiteral("--no-reset")} + wakeUpFlagOptions(),
                         &options, &values, &error)
        || !parseWakeUpFlags(values, &wakeUp, &error) || options.positional.size() != 1
        || !parseMeterAddress(options.positional.first(), &address)) {
        err << "mbus-cli read: " << (error.isEmpty() ? QStringLiteral("give one meter address") : error) << '\n';
        usage(err);
        return ExitCode::Usage;
    }
    BusSession session(options, err);
    if (!session.open())
        return ExitCode::Failure;
    bus::Request request = address.secondary ? bus::Request::readSecondary(*address.secondary)
                                             : bus::Request::read(std::uint8_t(address.primary));
    request.linkReset = !values.contains(QStringLiteral("--no-reset"));
    engine::applyWakeUp(request, wakeUp);
    const bus::Outcome outcome = session.run(request);
    if (!outcome.ok()) {
        printBusError(err, outcome.error, errorPlace(options, address.secondary ? -1 : address.primary),
                      QStringLiteral("meter %1").arg(options.positional.first()));
        return ExitCode::Failure;
    }

    QJsonArray telegrams;
    // Decoded once, by the master, in the order the telegrams came.
    const bool several = outcome.telegrams.size() > 1;
    for (qsizetype i = 0; i < outcome.telegrams.size(); ++i) {
        const decode::Telegram &telegram = outcome.telegrams.at(i);
        const Error decodeError = outcome.decodeErrors.value(i);
        const int number = several ? int(i) + 1 : 0;
        QJsonObject object = frametext::telegramToJson(telegram, number);
        if (decodeError.isError()) {
            const QJsonObject e = frametext::errorToJson(decodeError);
            for (auto it = e.begin(); it != e.end(); ++it)
                object.insert(it.key(), it.value());
        }
        telegrams.append(object);
        if (!options.json) {
            out << (i ? "\n" : "") << readableTelegramText(telegram, number, cliLocale());
            if (decodeError.isError())
                out << "decode error: " << decodeError.message() << '\n';
        }
    }
    if (options.json) {
        QJsonObject result{{QStringLiteral("telegrams"), telegrams}};
        if (outcome.moreTelegramsPending)
            result.insert(QStringLiteral("more_telegrams_pending"), true);
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else if (outcome.moreTelegramsPending) {
        out << "\nThe meter has more telegrams than --max-telegrams allows.\n";
    }
    return ExitCode::Ok;
}

} // namespace mbus::cli
