#include "ReadoutFile.h"

#include "common/AtomicFile.h"
#include "decode/EngineeringUnits.h"
#include "decode/RecordText.h"
#include "engine/BindingProposal.h"
#include "project/CsvExport.h"

#include <QFileInfo>
#include <QLocale>

namespace mbus::ui {

QByteArray readoutCsv(const QList<decode::Telegram> &telegrams)
{
    QByteArray csv = project::csvLine({QStringLiteral("telegram"), QStringLiteral("index"), QStringLiteral("quantity"),
                                       QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("value shown"),
                                       QStringLiteral("unit shown"), QStringLiteral("function"), QStringLiteral("storage"),
                                       QStringLiteral("tariff"), QStringLiteral("subunit"), QStringLiteral("raw bytes")});
    for (int t = 0; t < telegrams.size(); ++t) {
        const decode::Telegram &telegram = telegrams.at(t);
        const QString number = QString::number(engine::boundTelegramNumber(telegrams, t));
        for (std::size_t i = 0; i < telegram.records.size(); ++i) {
            const decode::Record &r = telegram.records[i];
            // As the user saw it: their locale's separators, quoted where the CSV needs it.
            const decode::ReadableValue shown = decode::readableValue(telegram, r, QLocale());
            csv += project::csvLine({number, QString::number(i), decode::quantityText(telegram, r, decode::TextLanguage::English),
                                     decode::valueText(telegram, r), decode::unitText(telegram, r), shown.text, shown.unit,
                                     QString::fromLatin1(decode::functionName(r.function)), QString::number(r.storage),
                                     QString::number(r.tariff), QString::number(r.subunit),
                                     decode::hexText(telegram.bytes(r.offset, r.size))});
        }
    }
    return csv;
}

QByteArray readoutHex(const QList<decode::Telegram> &telegrams, const QString &meter, const QDateTime &readAt)
{
    QByteArray text = QStringLiteral("# M-Bus Workbench readout of %1, %2 telegram(s), saved %3\n")
                          .arg(meter)
                          .arg(telegrams.size())
                          .arg(readAt.toString(Qt::ISODate))
                          .toUtf8();
    text += "# one RSP_UD frame per line; mbus-cli decode reads this file\n";
    for (const decode::Telegram &t : telegrams)
        text += t.frame.raw.toHex(' ').toUpper() + '\n';
    return text;
}

QString proposedReadoutName(const QString &meter, const QDateTime &now)
{
    QString name = meter;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('-');
    }
    return name + now.toString(QStringLiteral("'-'yyyyMMdd-HHmmss'.csv'"));
}

QString readoutHexPath(const QString &csvPath)
{
    const QFileInfo info(csvPath);
    const QString base = info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                             ? csvPath.left(csvPath.size() - 4)
                             : csvPath;
    return base + QStringLiteral(".hex");
}

bool writeReadout(const QList<decode::Telegram> &telegrams, const QString &meter, const QString &csvPath, QString *errorText)
{
    return writeFileAtomically(csvPath, readoutCsv(telegrams), errorText)
           && writeFileAtomically(readoutHexPath(csvPath), readoutHex(telegrams, meter, QDateTime::currentDateTime()), errorText);
}

} // namespace mbus::ui
