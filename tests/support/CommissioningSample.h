#pragma once

#include "commission/SurveyedMeter.h"

#include <QByteArray>
#include <QFile>
#include <QTimeZone>

#include <csignal>
#include <sys/resource.h>

// A commissioning report with the cases the report files must get right: a meter moved to a new
// primary address and baud rate, one left where it was, one that did not answer by primary address,
// and texts that need quoting in CSV and escaping in HTML; units in UTF-8.
namespace mbus::test {

inline commission::SurveyedMeter surveyedMeter(const char *secondary, const QString &manufacturer, const QString &medium,
                                               int primaryBefore, int primaryAfter, const QString &outcome)
{
    commission::SurveyedMeter m;
    m.secondary = link::SecondaryAddress::fromString(QString::fromLatin1(secondary)).value_or(link::SecondaryAddress{});
    m.manufacturer = manufacturer;
    m.medium = medium;
    m.version = m.secondary.version;
    m.primaryBefore = primaryBefore;
    m.primaryAfter = primaryAfter;
    m.outcome = outcome;
    return m;
}

inline commission::CommissioningReport sampleCommissioningReport()
{
    commission::CommissioningReport r;
    r.title = QStringLiteral("Boiler house <B2> & pumps");
    r.connection = QStringLiteral("Level converter 1");
    r.link = QStringLiteral("/dev/ttyUSB0 9600 8E1");
    r.line.baud = 9600;
    r.when = QDateTime(QDate(2026, 3, 2), QTime(14, 30, 5), QTimeZone::utc());

    commission::SurveyedMeter moved = surveyedMeter("123456782D2C0104", QStringLiteral("KAM"), QStringLiteral("Heat (outlet)"), 0,
                                                    17, QStringLiteral("moved and verified"));
    moved.baudBefore = 2400;
    moved.baudAfter = 9600;
    moved.firstValues = {{QStringLiteral("Energy"), QStringLiteral("12345"), QStringLiteral("kWh")},
                         {QStringLiteral("Volume"), QStringLiteral("1.234"), QStringLiteral("m³")},
                         {QStringLiteral("Flow temperature"), QStringLiteral("70.5"), QStringLiteral("°C")}};

    commission::SurveyedMeter kept = surveyedMeter("8765432193150707", QStringLiteral("ELS"), QStringLiteral("Water, \"cold\"\nline 2"),
                                                   5, 5, QStringLiteral("kept"));
    kept.baudBefore = 9600;
    kept.firstValues = {{QStringLiteral("Volume"), QStringLiteral("42.000"), QStringLiteral("m³")}};

    commission::SurveyedMeter silent = surveyedMeter("0000111124230103", QStringLiteral("H<&>"), QStringLiteral("Gas"), -1, 20,
                                                     QStringLiteral("failed: Timeout at 20, \"no answer\""));

    r.meters = {moved, kept, silent};
    r.notes = {QStringLiteral("Addresses 3 & 4 collided <resolved by secondary search>"),
               QStringLiteral("Meter 0000111124230103 did not switch to 9600 Bd")};
    return r;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs write with a file-size limit of 0, so that its first byte fails (EFBIG) whoever runs the
// test, root included: a disk that takes nothing.
template<typename Write>
bool writeOnAFullDisk(Write write)
{
    rlimit old{};
    getrlimit(RLIMIT_FSIZE, &old);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit none = old;
    none.rlim_cur = 0;
    setrlimit(RLIMIT_FSIZE, &none);
    const bool written = write();
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);
    return written;
}

} // namespace mbus::test
