#include "TelegramText.h"

#include "decode/EngineeringUnits.h"

#include "decode/CombinableVife.h"
#include "decode/RecordText.h"
#include "decode/TelegramDecoder.h"
#include "link/CiField.h"
#include "link/ControlField.h"

#include <QStringList>

#include <algorithm>

namespace mbus::frametext {

using namespace mbus::decode;

namespace {

QString hex2(int value)
{
    return QStringLiteral("0x") + QString::number(value, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

// Columns padded to their widest cell; the last column is not padded.
QString alignedTable(const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], int(row[c].size()));
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            if (c)
                line += QStringLiteral("  ");
            const bool last = c == row.size() - 1;
            if (rightAligned.value(c))
                line += row[c].rightJustified(widths[c]);
            else
                line += last ? row[c] : row[c].leftJustified(widths[c]);
        }
        out += line.trimmed().isEmpty() ? QString() : line;
        out += QLatin1Char('\n');
    }
    return out;
}

QString headerBlock(const Telegram &telegram)
{
    const DataHeader &h = telegram.header;
    QList<QStringList> rows;
    if (h.hasIdentification())
        rows.append({QStringLiteral("Identification"), h.identificationText()});
    if (h.hasManufacturerAndVersion()) {
        rows.append({QStringLiteral("Manufacturer"), h.isWildcardManufacturer() ? QStringLiteral("any") : manufacturerCode(h.manufacturer)});
        rows.append({QStringLiteral("Version"), h.isWildcardVersion() ? QStringLiteral("any") : QString::number(h.version)});
        rows.append({QStringLiteral("Secondary address"), h.secondaryAddressText()});
    }
    if (h.hasMedium())
        rows.append({QStringLiteral("Medium"), QStringLiteral("%1 (%2)").arg(h.mediumText(), hex2(h.medium))});
    if (h.hasAccessAndStatus()) {
        rows.append({QStringLiteral("Access number"), QString::number(h.accessNumber)});
        rows.append({QStringLiteral("Status"), QStringLiteral("%1 (%2)").arg(hex2(h.status), h.statusText())});
    }
    if (h.hasSignature())
        rows.append({QStringLiteral("Signature"), QStringLiteral("0x%1").arg(QString::number(h.signature, 16).toUpper().rightJustified(4, QLatin1Char('0')))});
    if (telegram.applicationError >= 0)
        rows.append({QStringLiteral("Application error"), QStringLiteral("%1 (%2)").arg(QString::fromLatin1(applicationErrorText(telegram.applicationError)), hex2(telegram.applicationError))});
    if (telegram.alarmStatus >= 0)
        rows.append({QStringLiteral("Alarm status"), hex2(telegram.alarmStatus)});
    if (telegram.applicationResetSubcode >= 0)
        rows.append({QStringLiteral("Reset subcode"), hex2(telegram.applicationResetSubcode)});
    if (telegram.kind == TelegramKind::BaudRateSwitch)
        rows.append({QStringLiteral("Baud rate"), QString::number(link::CiField::baudRateOf(telegram.frame.ci))});
    if (telegram.moreRecordsFollow)
        rows.append({QStringLiteral("More records follow"), QStringLiteral("yes (request the next telegram)")});
    return alignedTable(rows, {});
}

QString recordTable(const Telegram &telegram, int telegramNumber, const QLocale *readable)
{
    if (telegram.records.empty())
        return {};
    QList<QStringList> rows;
    QStringList head;
    if (telegramNumber > 0)
        head << QStringLiteral("Tg");
    head << QStringLiteral("#") << QStringLiteral("Function") << QStringLiteral("St") << QStringLiteral("Ta")
         << QStringLiteral("Su") << QStringLiteral("Quantity") << QStringLiteral("Value") << QStringLiteral("Unit")
         << QStringLiteral("Raw");
    rows.append(head);
    for (std::size_t i = 0; i < telegram.records.size(); ++i) {
        const Record &r = telegram.records[i];
        QStringList row;
        if (telegramNumber > 0)
            row << QString::number(telegramNumber);
        const QString quantity = quantityText(telegram, r); // names a record error VIFE too
        // As the meter sent it, or for people in engineering units and the locale's way.
        const ReadableValue shown = readable ? readableValue(telegram, r, *readable) : ReadableValue{valueText(telegram, r), unitText(telegram, r)};
        QString value = shown.text;
        if (r.kind == ValueKind::DateTime && !r.dateTime.isPlausible())
            value += QStringLiteral(" (invalid)");
        row << QString::number(i) << QString::fromLatin1(functionName(r.function)) << QString::number(r.storage)
            << QString::number(r.tariff) << QString::number(r.subunit) << quantity << value
            << shown.unit << hexText(telegram.bytes(r.offset, r.size));
        rows.append(row);
    }
    QList<bool> right;
    if (telegramNumber > 0)
        right << true;
    right << true << false << true << true << true << false << true << false << false;
    return alignedTable(rows, right);
}

} // namespace

QString frameSummary(const link::Frame &frame)
{
    switch (frame.type) {
    case link::FrameType::Ack:
        return QStringLiteral("Frame: single character E5 (acknowledge)\n");
    case link::FrameType::Short:
    case link::FrameType::Control:
    case link::FrameType::Long:
        break;
    }
    const char *function = link::ControlField::functionName(frame.c);
    QString text = QStringLiteral("Frame: %1, C=%2 (%3), A=%4")
                       .arg(frame.type == link::FrameType::Short     ? QStringLiteral("short frame")
                            : frame.type == link::FrameType::Control ? QStringLiteral("control frame")
                                                                     : QStringLiteral("long frame"),
                            hex2(frame.c), function ? QString::fromLatin1(function) : QStringLiteral("unknown function"))
                       .arg(frame.a);
    if (frame.hasCi()) {
        const char *ci = link::CiField::name(frame.ci);
        text += QStringLiteral(", CI=%1 (%2)").arg(hex2(frame.ci), ci ? QString::fromLatin1(ci) : QStringLiteral("unknown"));
    }
    return text + QLatin1Char('\n');
}

QString telegramToText(const Telegram &telegram, int telegramNumber, const QLocale *readable)
{
    QString text = frameSummary(telegram.frame);
    const QString header = headerBlock(telegram);
    if (!header.isEmpty())
        text += QLatin1Char('\n') + header;
    const QString table = recordTable(telegram, telegramNumber, readable);
    if (!table.isEmpty())
        text += QLatin1Char('\n') + table;
    return text;
}

} // namespace mbus::frametext
