// mbus-cli decode as a user runs it: a real process, files and standard input, exit codes.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString sample = QStringLiteral(MBUS_SOURCE_DIR "/resources/telegrams/heat-meter.hex");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The human text follows the system locale: C unless a test asks for another, whatever LANG the
// test runs under.
Run runCli(const QStringList &arguments, const QByteArray &input = {}, const QString &locale = QStringLiteral("C"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MBUS_CLI_PATH), arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(20000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject{};
}

QByteArray readSampleBytes()
{
    QFile file(sample);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray hex;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.startsWith('#'))
            hex += line;
    }
    return QByteArray::fromHex(hex.replace(' ', ""));
}

} // namespace

class TestDecodeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // An endless stream or a wrong, huge file is refused after 16 MiB with a message that says
    // so: not read until the memory runs out.
    void endlessOrHugeInputIsRefusedByName()
    {
        for (const char *device : {"/dev/zero", "/dev/urandom"}) {
            QElapsedTimer clock;
            clock.start();
            const Run run = runCli({QStringLiteral("decode"), QStringLiteral("--json"), QLatin1String(device)});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("larger than 16 MiB"), run.err.constData());
            QVERIFY(clock.elapsed() < 10000);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.hex"));
        QFile big(path);
        QVERIFY(big.open(QIODevice::WriteOnly));
        const QByteArray line = QByteArray("E5 ").repeated(1000) + '\n';
        while (big.size() <= 16 * 1024 * 1024)
            big.write(line);
        big.close();
        const Run run = runCli({QStringLiteral("decode"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("larger than 16 MiB"), run.err.constData());
    }

    // Many frames stream out one by one; the JSON is one object whatever their number.
    void manyFramesStreamOutAsOneJsonObject()
    {
        const QByteArray input = QByteArray("E5\n").repeated(200000); // 600 kB of text, 200,000 frames
        const Run run = runCli({QStringLiteral("decode"), QStringLiteral("--json")}, input);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run).value(QStringLiteral("telegrams")).toArray().size(), 200000);
    }

    // What Windows editors save: UTF-8 with a BOM, UTF-16 with either BOM or without one.
    void byteOrderMarksAndUtf16AreRead()
    {
        const QByteArray hex = "10 5B FE 59 16\n";
        QByteArray utf16le("\xFF\xFE", 2), utf16be("\xFE\xFF", 2), bare;
        for (const char c : hex) {
            utf16le += c;
            utf16le += '\0';
            utf16be += '\0';
            utf16be += c;
            bare += c;
            bare += '\0';
        }
        for (const QByteArray &input : {QByteArray("\xEF\xBB\xBF") + hex, utf16le, utf16be, bare}) {
            const Run run = runCli({QStringLiteral("decode"), QStringLiteral("--json")}, input);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QCOMPARE(json(run).value(QStringLiteral("frame")).toObject().value(QStringLiteral("type")).toString(),
                     QStringLiteral("short"));
        }
    }

    void printsHeaderAndAlignedRecordTable()
    {
        const Run run = runCli({QStringLiteral("decode"), sample});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(QStringLiteral("Identification     12345678")));
        QVERIFY(text.contains(QStringLiteral("Manufacturer       SIM")));
        QVERIFY(text.contains(QStringLiteral("Heat (outlet)")));
        const QStringList lines = text.split(QLatin1Char('\n'));
        const auto headerLine = std::find_if(lines.begin(), lines.end(),
                                             [](const QString &l) { return l.contains(QStringLiteral("Quantity")); });
        QVERIFY(headerLine != lines.end());
        const qsizetype unitColumn = headerLine->indexOf(QStringLiteral("Unit"));
        const auto flowLine = std::find_if(lines.begin(), lines.end(),
                                           [](const QString &l) { return l.contains(QStringLiteral("Flow temperature")); });
        QVERIFY(flowLine != lines.end());
        QVERIFY(flowLine->contains(QStringLiteral("68.5")));
        QCOMPARE(flowLine->mid(unitColumn, 2), QStringLiteral("°C"));
    }

    // People read kWh and m³ with the locale's separators and short dates; JSON keeps Wh, m^3 and
    // ISO dates in any locale.
    void humanTextInEngineeringUnitsJsonInBaseUnits()
    {
        const auto lineOf = [](const QString &text, const QString &quantity) {
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                if (line.contains(quantity))
                    return line.simplified();
            }
            return QString();
        };
        const QString c = QString::fromUtf8(runCli({QStringLiteral("decode"), sample}).out);
        QVERIFY2(lineOf(c, QStringLiteral("  Energy")).contains(QStringLiteral("Energy 12,345 kWh 04 06")), qPrintable(c));
        QVERIFY(lineOf(c, QStringLiteral("Volume  ")).contains(QStringLiteral("Volume 345.678 m³")));
        QVERIFY(lineOf(c, QStringLiteral("Volume flow")).contains(QStringLiteral("0.456 m³/h")));
        QVERIFY(lineOf(c, QStringLiteral("Power")).contains(QStringLiteral("1.234 kW")));
        const QString german = QString::fromUtf8(runCli({QStringLiteral("decode"), sample}, {}, QStringLiteral("de_DE.UTF-8")).out);
        QVERIFY2(lineOf(german, QStringLiteral("  Energy")).contains(QStringLiteral("Energy 12.345 kWh")), qPrintable(german));
        QVERIFY(lineOf(german, QStringLiteral("Volume  ")).contains(QStringLiteral("Volume 345,678 m³")));
        QVERIFY(lineOf(german, QStringLiteral("Date and time")).contains(QStringLiteral("Date and time 25.11.26 08:30")));
        QVERIFY(lineOf(german, QStringLiteral("Date  ")).contains(QStringLiteral("Date 31.12.25")));
        QVERIFY(!german.contains(QStringLiteral("T08:30")) && !german.contains(QStringLiteral("2026-11-25")));

        const QJsonArray records = json(runCli({QStringLiteral("decode"), QStringLiteral("--json"), sample}, {},
                                               QStringLiteral("de_DE.UTF-8")))
                                       .value(QStringLiteral("records"))
                                       .toArray();
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("value")).toDouble(), 12345000.0);
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("Wh"));
        QCOMPARE(records.at(1).toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("m^3"));
        QCOMPARE(records.at(7).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("2026-11-25T08:30:00"));
    }

    void printsTheJsonContract()
    {
        const Run run = runCli({QStringLiteral("decode"), QStringLiteral("--json"), sample});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = json(run);
        const QJsonObject header = object.value(QStringLiteral("header")).toObject();
        QCOMPARE(header.value(QStringLiteral("id")).toString(), QStringLiteral("12345678"));
        QCOMPARE(header.value(QStringLiteral("manufacturer")).toString(), QStringLiteral("SIM"));
        QCOMPARE(header.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(header.value(QStringLiteral("medium")).toString(), QStringLiteral("Heat (outlet)"));
        QCOMPARE(header.value(QStringLiteral("access_number")).toInt(), 42);
        QCOMPARE(header.value(QStringLiteral("status")).toInt(), 0);
        QCOMPARE(header.value(QStringLiteral("signature")).toInt(), 0);
        QCOMPARE(object.value(QStringLiteral("more_records_follow")).toBool(true), false);
        const QJsonArray records = object.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 12);
        const QJsonObject energy = records.at(0).toObject();
        QCOMPARE(energy.value(QStringLiteral("index")).toInt(), 0);
        QCOMPARE(energy.value(QStringLiteral("function")).toString(), QStringLiteral("instantaneous"));
        QCOMPARE(energy.value(QStringLiteral("quantity")).toString(), QStringLiteral("Energy"));
        QCOMPARE(energy.value(QStringLiteral("unit")).toString(), QStringLiteral("Wh"));
        QCOMPARE(energy.value(QStringLiteral("value")).toDouble(), 12345000.0);
        QCOMPARE(energy.value(QStringLiteral("raw")).toString(), QStringLiteral("04 06 39 30 00 00"));
        QCOMPARE(energy.value(QStringLiteral("offset")).toInt(), 19);
        QCOMPARE(energy.value(QStringLiteral("signature")).toString(), QStringLiteral("0406"));
        for (const char *key : {"storage", "tariff", "subunit"})
            QVERIFY(energy.contains(QLatin1String(key)));
        const QJsonObject stored = records.at(8).toObject();
        QCOMPARE(stored.value(QStringLiteral("storage")).toInt(), 1);
        QCOMPARE(records.at(9).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("2025-12-31"));
        QCOMPARE(records.at(7).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("2026-11-25T08:30:00"));
    }

    void readsStandardInputAndRawBinary()
    {
        const QByteArray binary = readSampleBytes();
        QVERIFY(binary.startsWith('\x68'));
        const Run fromBinary = runCli({QStringLiteral("decode"), QStringLiteral("--json"), QStringLiteral("-")}, binary);
        QCOMPARE(fromBinary.exitCode, 0);
        QCOMPARE(json(fromBinary).value(QStringLiteral("records")).toArray().size(), 12);
        const Run fromHex = runCli({QStringLiteral("decode"), QStringLiteral("--json")}, binary.toHex());
        QCOMPARE(fromHex.exitCode, 0);
        QCOMPARE(json(fromHex), json(fromBinary));
    }

    void decodesSeveralFramesAsTelegrams()
    {
        const QByteArray frames = readSampleBytes().toHex(' ') + "\nE5\n" + readSampleBytes().toHex();
        const Run run = runCli({QStringLiteral("decode"), QStringLiteral("--json")}, frames);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray telegrams = json(run).value(QStringLiteral("telegrams")).toArray();
        QCOMPARE(telegrams.size(), 3);
        QCOMPARE(telegrams.at(1).toObject().value(QStringLiteral("frame")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("ack"));
        const QJsonObject firstRecord = telegrams.at(2).toObject().value(QStringLiteral("records")).toArray().at(0).toObject();
        QCOMPARE(firstRecord.value(QStringLiteral("telegram")).toInt(), 3);
    }

    void exitsOneWithErrorObjectOnBadChecksum()
    {
        QByteArray bytes = readSampleBytes();
        bytes[bytes.size() - 2] = char(bytes[bytes.size() - 2] ^ 0x01);
        const Run run = runCli({QStringLiteral("decode"), QStringLiteral("--json")}, bytes.toHex());
        QCOMPARE(run.exitCode, 1);
        const QJsonObject object = json(run);
        QVERIFY(object.value(QStringLiteral("error")).toString().startsWith(QStringLiteral("Checksum error")));
        QCOMPARE(object.value(QStringLiteral("offset")).toInt(), int(bytes.size()) - 2);
        const Run human = runCli({QStringLiteral("decode")}, bytes.toHex());
        QCOMPARE(human.exitCode, 1);
        QVERIFY(human.err.startsWith("error: Checksum error"));
    }

    void exitsOneOnATruncatedRecord()
    {
        // Long frame, CI 0x72, header, then a 32-bit record with only two data bytes.
        const QByteArray run0 = QByteArray::fromHex("6813136808017278563412242301070000000004130000");
        const auto sum = [](const QByteArray &b) {
            unsigned s = 0;
            for (qsizetype i = 4; i < b.size(); ++i)
                s += std::uint8_t(b[i]);
            return char(s & 0xFF);
        };
        const QByteArray frame = run0 + sum(run0) + '\x16';
        const Run run = runCli({QStringLiteral("decode"), QStringLiteral("--json")}, frame.toHex());
        QCOMPARE(run.exitCode, 1);
        const QJsonObject object = json(run);
        QCOMPARE(object.value(QStringLiteral("error_code")).toString(), QStringLiteral("data_truncated"));
        QCOMPARE(object.value(QStringLiteral("offset")).toInt(), 21);
    }

    void errorInALaterFrameCountsInTheInput()
    {
        // E5, then the sample with one data byte cut (L adjusted, checksum recomputed).
        QByteArray frame = readSampleBytes();
        QByteArray body = frame.mid(4, frame.size() - 6);
        body.chop(1);
        unsigned sum = 0;
        for (const char c : body)
            sum += std::uint8_t(c);
        const QByteArray cut = QByteArray("\x68") + char(body.size()) + char(body.size()) + '\x68' + body + char(sum) + '\x16';
        const Run run = runCli({QStringLiteral("decode"), QStringLiteral("--json")}, "E5 " + cut.toHex());
        QCOMPARE(run.exitCode, 1);
        const QJsonObject object = json(run);
        QCOMPARE(object.value(QStringLiteral("telegram")).toInt(), 2);
        QCOMPARE(object.value(QStringLiteral("offset")).toInt(), 1 + int(cut.size()) - 2); // the missing byte
        QCOMPARE(object.value(QStringLiteral("telegrams")).toArray().size(), 2);
    }

    void framesWithoutDataKeepTheContract()
    {
        const Run run = runCli({QStringLiteral("decode"), QStringLiteral("--json")}, "10 7B 05 80 16");
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = json(run);
        QVERIFY(object.value(QStringLiteral("header")).isObject());
        QCOMPARE(object.value(QStringLiteral("more_records_follow")).toBool(true), false);
        QCOMPARE(object.value(QStringLiteral("frame")).toObject().value(QStringLiteral("function")).toString(),
                 QStringLiteral("REQ_UD2"));
    }

    void exitsOneOnInvalidHex()
    {
        const Run run = runCli({QStringLiteral("decode"), QStringLiteral("--json")}, "D 04 04 68");
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(json(run).value(QStringLiteral("error_code")).toString(), QStringLiteral("invalid_hex"));
        // A comment cannot split a byte.
        QCOMPARE(runCli({QStringLiteral("decode")}, "6# comment\n8").exitCode, 1);
    }

    void exitsTwoOnUsageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("decode"), QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("decode"), QStringLiteral("/nonexistent/file.hex")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("decode"), sample, sample}).exitCode, 2);
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("no-such-command")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("decode"), QStringLiteral("--help")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestDecodeCommand)
#include "tst_decode_command.moc"
