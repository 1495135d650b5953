#include "BusCommands.h"

#include "cli/BusSession.h"
#include "cli/ExitCode.h"
#include "commission/AddressPlan.h"
#include "commission/BaudSwitcher.h"
#include "commission/BusSurvey.h"
#include "commission/PlanRunner.h"
#include "commission/ReportFile.h"
#include "link/CiField.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// plan, resolve and change-baud: the commissioning assistant without a window.
namespace mbus::cli {

namespace {

using commission::AddressMove;
using commission::SurveyedMeter;

QString meterLine(const SurveyedMeter &m)
{
    const QString at = m.primaryBefore >= 0 ? QStringLiteral("at %1").arg(m.primaryBefore) : QStringLiteral("not read");
    return QStringLiteral("%1  %2  %3  v%4  %5").arg(m.secondary.toString(), m.manufacturer, m.medium).arg(m.version).arg(at);
}

QJsonObject meterJson(const SurveyedMeter &m)
{
    QJsonObject o{{QStringLiteral("secondary_address"), m.secondary.toString()},
                  {QStringLiteral("manufacturer"), m.manufacturer},
                  {QStringLiteral("medium"), m.medium},
                  {QStringLiteral("version"), m.version},
                  {QStringLiteral("primary_before"), m.primaryBefore},
                  {QStringLiteral("outcome"), m.outcome}};
    if (m.primaryAfter >= 0)
        o.insert(QStringLiteral("primary_after"), m.primaryAfter);
    return o;
}

// Survey, plan, and with --apply the moves and a read of every meter at its address. resolve:
// the one positional argument is the shared address, and only its meters move.
int runAddressPlan(const char *name, const QStringList &arguments, bool resolve, QTextStream &out, QTextStream &err,
                   const char *usage)
{
    BusOptions options;
    QHash<QString, QString> values;
    QString error;
    const bool parsed = parseBusOptions(arguments, {QStringLiteral("--keep"), QStringLiteral("--first"), QStringLiteral("--last"), QStringLiteral("--report")},
                                        {QStringLiteral("--apply")}, &options, &values, &error);
    commission::PlanSettings settings;
    bool ok = parsed && options.positional.size() == (resolve ? 1 : 0);
    if (parsed && !ok && resolve)
        error = QStringLiteral("give the primary address (0..250) the meters share");
    if (ok && resolve) {
        settings.onlyAddress = options.positional.first().toInt(&ok);
        ok = ok && settings.onlyAddress >= 0 && settings.onlyAddress <= 250;
        if (!ok)
            error = QStringLiteral("give the primary address (0..250) the meters share");
    }
    const int onlyAddress = settings.onlyAddress;
    if (ok) {
        bool firstOk = true;
        bool lastOk = true;
        settings.first = values.value(QStringLiteral("--first"), QStringLiteral("1")).toInt(&firstOk);
        settings.last = values.value(QStringLiteral("--last"), QStringLiteral("250")).toInt(&lastOk);
        ok = firstOk && lastOk && settings.first >= 1 && settings.first <= settings.last && settings.last <= 250;
        if (!ok)
            error = QStringLiteral("--first/--last want 1 <= first <= last <= 250");
        for (const QString &s : values.value(QStringLiteral("--keep")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto secondary = link::SecondaryAddress::fromString(s.trimmed());
            if (!secondary) {
                ok = false;
                error = QStringLiteral("--keep wants secondary addresses (16 hex digits), comma separated");
            } else {
                settings.keepFirst.insert(secondary->toString());
            }
        }
    }
    if (!ok) {
        err << "mbus-cli " << name << ": " << (error.isEmpty() ? QStringLiteral("unexpected argument") : error) << '\n'
            << usage << busOptionsHelp();
        return ExitCode::Usage;
    }
    const bool apply = values.contains(QStringLiteral("--apply"));

    BusSession session(options, err);
    if (!session.open())
        return ExitCode::Failure;
    const int baud = options.connection.type == link::ChannelType::Serial ? options.connection.serial.line.baud
                                                                                      : options.connection.tcp.busBaud;
    commission::BusSurvey survey(session.client(), baud);
    qint64 surveyMs = 0;
    QObject::connect(&survey, &commission::BusSurvey::finished, [&](bool, qint64 ms) {
        surveyMs = ms;
        session.quit();
    });
    survey.start();
    session.exec();

    const QList<SurveyedMeter> &meters = survey.meters();
    const commission::AddressPlan plan = commission::planAddresses(meters, settings);
    const QList<int> shared = commission::sharedAddresses(meters);
    if (!options.json) {
        out << "survey: " << meters.size() << " meters (" << survey.selections() << " selections, "
            << QString::number(double(surveyMs) / 1000.0, 'f', 1) << " s)\n";
        for (const SurveyedMeter &m : meters)
            out << "  " << meterLine(m) << (shared.contains(m.primaryBefore) ? "  shared" : "") << '\n';
        for (const link::SecondaryAddress &mask : survey.unresolved())
            out << "  " << mask.toString() << "  meters alike in every field: cannot be told apart\n";
        if (plan.isEmpty())
            out << (onlyAddress >= 0 ? QStringLiteral("plan: nothing to move at %1").arg(onlyAddress)
                                     : QStringLiteral("plan: every address is unique already"))
                << '\n';
        else
            out << "plan: " << plan.moves.size() << (plan.moves.size() == 1 ? " move\n" : " moves\n");
        for (const AddressMove &move : plan.moves)
            out << "  " << meters.at(move.meter).secondary.toString() << "  " << move.from << " -> " << move.to << "  ("
                << move.reason << ")\n";
        for (const QString &problem : plan.problems)
            out << "  note: " << problem << '\n';
        out.flush();
    }
    if (meters.isEmpty() && survey.unresolved().isEmpty()) {
        err << "no meter answered the secondary search: check the line settings (mbus-cli detect)\n";
        return ExitCode::Failure;
    }

    QJsonArray movesJson;
    bool allOk = plan.problems.isEmpty() && survey.unresolved().isEmpty();
    QList<SurveyedMeter> after = meters;
    if (apply) {
        commission::PlanRunner runner(session.client(), meters, plan.moves);
        QObject::connect(&runner, &commission::PlanRunner::moveFinished, [&](int i, bool moved, const QString &text) {
            const AddressMove &move = plan.moves.at(i);
            movesJson.append(QJsonObject{{QStringLiteral("secondary_address"), meters.at(move.meter).secondary.toString()},
                                         {QStringLiteral("from"), move.from},
                                         {QStringLiteral("to"), move.to},
                                         {QStringLiteral("ok"), moved},
                                         {QStringLiteral("result"), text}});
            if (!options.json)
                out << "  " << meters.at(move.meter).secondary.toString() << "  " << move.from << " -> " << move.to << ": "
                    << text << Qt::endl;
        });
        int readOk = 0;
        int readAll = 0;
        QObject::connect(&runner, &commission::PlanRunner::verified, [&](int i, bool good, const QString &text) {
            ++readAll;
            readOk += good ? 1 : 0;
            if (!good && !options.json)
                out << "  " << meters.at(i).secondary.toString() << ": " << text << Qt::endl;
        });
        QObject::connect(&runner, &commission::PlanRunner::finished, [&](bool good) {
            allOk = allOk && good;
            session.quit();
        });
        runner.applyAll();
        session.exec();
        after = runner.meters();
        if (!options.json)
            out << "verify: " << readOk << " of " << readAll << " meters read at their addresses\n";
    } else if (!plan.isEmpty() && !options.json) {
        out << "dry run: add --apply to set the addresses\n";
    }
    if (options.json) {
        QJsonArray metersJson;
        for (const SurveyedMeter &m : after)
            metersJson.append(meterJson(m));
        QJsonArray planJson;
        for (const AddressMove &move : plan.moves)
            planJson.append(QJsonObject{{QStringLiteral("secondary_address"), meters.at(move.meter).secondary.toString()},
                                        {QStringLiteral("from"), move.from},
                                        {QStringLiteral("to"), move.to},
                                        {QStringLiteral("reason"), move.reason}});
        QJsonObject result{{QStringLiteral("meters"), metersJson},
                           {QStringLiteral("plan"), planJson},
                           {QStringLiteral("problems"), QJsonArray::fromStringList(plan.problems)},
                           {QStringLiteral("applied"), apply}};
        if (apply) {
            result.insert(QStringLiteral("moves"), movesJson);
            result.insert(QStringLiteral("ok"), allOk);
        }
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    }
    if (values.contains(QStringLiteral("--report"))) {
        commission::CommissioningReport report;
        report.title = QStringLiteral("mbus-cli %1").arg(QString::fromLatin1(name));
        report.link = options.connection.description();
        report.line = options.connection.type == link::ChannelType::Serial ? options.connection.serial.line
                                                                                       : link::LineSettings{baud, 8, link::Parity::Even, 1};
        report.when = QDateTime::currentDateTime();
        report.meters = after;
        report.notes = plan.problems;
        for (const link::SecondaryAddress &mask : survey.unresolved())
            report.notes << QStringLiteral("%1: meters alike in every field, cannot be told apart").arg(mask.toString());
        if (!apply && !plan.isEmpty())
            report.notes << QStringLiteral("Dry run: the plan was not applied.");
        QString reportError;
        if (!commission::writeReport(report, values.value(QStringLiteral("--report")), &reportError)) {
            err << "error: " << reportError << '\n';
            return ExitCode::Failure;
        }
    }
    return (!apply || allOk) ? ExitCode::Ok : ExitCode::Failure;
}

} // namespace

int runPlan(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const char *usage = "usage: mbus-cli plan BUS OPTIONS [--apply] [--keep SECONDARY,...] [--first N] [--last N] [--json]\n"
                        "                      [--report FILE.csv|FILE.html]\n"
                        "  Finds every meter by secondary address, reads each selected to learn the primary address\n"
                        "  it answers with, and proposes a unique addressing: a meter alone on a valid address keeps\n"
                        "  it; of meters sharing one, the first by secondary address (or one named with --keep) keeps\n"
                        "  it; the others, and meters on 0 or above 250, move to the lowest free addresses in\n"
                        "  --first..--last (1..250). --apply sets each (select + set primary address), reads it back\n"
                        "  at its new address, and reads every meter at the end. --report writes the commissioning\n"
                        "  report: every meter with its addresses before and after, line settings and first values.\n";
    if (arguments.contains(QLatin1String("--help"))) {
        out << usage << busOptionsHelp();
        return ExitCode::Ok;
    }
    return runAddressPlan("plan", arguments, false, out, err, usage);
}

int runResolve(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const char *usage = "usage: mbus-cli resolve ADDR BUS OPTIONS [--apply] [--keep SECONDARY] [--json] [--report FILE]\n"
                        "  Two or more meters answer at ADDR (a collision): lists the meters behind it, found by\n"
                        "  secondary address, and moves all but one (all of them from address 0) to free addresses.\n"
                        "  Without --apply it only shows what it would do.\n";
    if (arguments.contains(QLatin1String("--help"))) {
        out << usage << busOptionsHelp();
        return ExitCode::Ok;
    }
    return runAddressPlan("resolve", arguments, true, out, err, usage);
}

int runChangeBaud(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const char *usage = "usage: mbus-cli change-baud NEW_BAUD [ADDR|SECONDARY ...] [--all] --serial PATH [--baud OLD ...]\n"
                        "  Switches meters to NEW_BAUD (CI 0xB8..0xBF) and proves it: each acknowledges at the old\n"
                        "  rate and is read at the new one; one that does not answer there is read at the old rate\n"
                        "  again. --all: every meter found by secondary address, and the bus ends at the new rate\n"
                        "  only if all switched (else the switched ones go back). A TCP gateway's serial rate is set\n"
                        "  in the gateway, so this needs a serial converter.\n";
    if (arguments.contains(QLatin1String("--help"))) {
        out << usage << busOptionsHelp();
        return ExitCode::Ok;
    }
    BusOptions options;
    QHash<QString, QString> values;
    QString error;
    bool ok = parseBusOptions(arguments, {}, {QStringLiteral("--all")}, &options, &values, &error);
    const bool all = values.contains(QStringLiteral("--all"));
    int newBaud = 0;
    QList<commission::BaudTarget> targets;
    if (ok) {
        newBaud = options.positional.value(0).toInt();
        ok = link::CiField::baudRateSwitchFor(newBaud) != 0;
        if (!ok)
            error = QStringLiteral("NEW_BAUD is one of 300 600 1200 2400 4800 9600 19200 38400");
    }
    for (int i = 1; ok && i < options.positional.size(); ++i) {
        MeterAddress address;
        ok = parseMeterAddress(options.positional.at(i), &address) && (address.secondary || address.primary <= 250);
        if (!ok) {
            error = QStringLiteral("%1 is not a meter address (0..250 or 16 hex digits)").arg(options.positional.at(i));
            break;
        }
        commission::BaudTarget target;
        target.address = address.secondary ? -1 : address.primary;
        target.secondary = address.secondary;
        target.label = options.positional.at(i);
        targets << target;
    }
    if (ok && all == !targets.isEmpty()) {
        ok = false;
        error = QStringLiteral("name the meters or give --all");
    }
    if (ok && options.connection.type != link::ChannelType::Serial) {
        ok = false;
        error = QStringLiteral("a TCP gateway's serial rate is set in the gateway: change-baud needs --serial");
    }
    if (!ok) {
        err << "mbus-cli change-baud: " << (error.isEmpty() ? QStringLiteral("wrong arguments") : error) << '\n'
            << usage << busOptionsHelp();
        return ExitCode::Usage;
    }
    const int oldBaud = options.connection.serial.line.baud;
    BusSession session(options, err);
    if (!session.open())
        return ExitCode::Failure;
    if (all) {
        commission::BusSurvey survey(session.client(), oldBaud);
        QObject::connect(&survey, &commission::BusSurvey::finished, [&](bool, qint64) { session.quit(); });
        survey.start();
        session.exec();
        for (const SurveyedMeter &m : survey.meters()) {
            commission::BaudTarget target;
            target.secondary = m.secondary;
            target.label = QStringLiteral("%1 %2").arg(m.manufacturer, m.secondary.toString());
            targets << target;
        }
        if (targets.isEmpty()) {
            err << "no meter answered the secondary search at " << oldBaud << " Bd\n";
            return ExitCode::Failure;
        }
    }
    commission::BaudSwitcher switcher(session.client(), oldBaud, newBaud, all);
    QJsonArray results;
    QObject::connect(&switcher, &commission::BaudSwitcher::meterDone, [&](int i, bool switched, const QString &text) {
        results.append(QJsonObject{{QStringLiteral("meter"), targets.at(i).label}, {QStringLiteral("switched"), switched},
                                   {QStringLiteral("result"), text}});
        if (!options.json)
            out << text << Qt::endl;
    });
    QObject::connect(&switcher, &commission::BaudSwitcher::refused, [&](const QString &text) { err << "error: " << text << '\n'; });
    bool allSwitched = false;
    int lineBaud = oldBaud;
    QObject::connect(&switcher, &commission::BaudSwitcher::finished, [&](bool good, int line) {
        allSwitched = good;
        lineBaud = line;
        session.quit();
    });
    switcher.start(targets);
    session.exec();
    if (options.json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("results"), results},
                                         {QStringLiteral("all_switched"), allSwitched},
                                         {QStringLiteral("line_baud"), lineBaud}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << (allSwitched ? "done: " : "not done: ") << "the connection's rate is now " << lineBaud << " Bd\n";
    }
    return allSwitched ? ExitCode::Ok : ExitCode::Failure;
}

} // namespace mbus::cli
