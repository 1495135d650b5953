#include "ReadableText.h"

#include "decode/EngineeringUnits.h"
#include "decode/RecordText.h"
#include "frametext/TelegramText.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace mbus::cli {

using namespace mbus::decode;

namespace {

// Columns padded to their widest cell, the last one not padded (as frametext's tables).
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
            if (rightAligned.value(c))
                line += row[c].rightJustified(widths[c]);
            else
                line += c == row.size() - 1 ? row[c] : row[c].leftJustified(widths[c]);
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString recordTable(const Telegram &telegram, int telegramNumber, const QLocale &locale)
{
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
        const ReadableValue value = readableValue(telegram, r, locale);
        const bool invalidTime = r.kind == ValueKind::DateTime && !r.dateTime.isPlausible();
        row << QString::number(i) << QString::fromLatin1(functionName(r.function)) << QString::number(r.storage)
            << QString::number(r.tariff) << QString::number(r.subunit) << quantityText(telegram, r)
            << (invalidTime ? value.text + QStringLiteral(" (invalid)") : value.text) << value.unit
            << hexText(telegram.bytes(r.offset, r.size));
        rows.append(row);
    }
    QList<bool> right;
    if (telegramNumber > 0)
        right << true;
    right << true << false << true << true << true << false << true << false << false;
    return alignedTable(rows, right);
}

} // namespace

QLocale cliLocale()
{
    return QLocale();
}

QString readableTelegramText(const Telegram &telegram, int telegramNumber, const QLocale &locale)
{
    // The frame and header lines carry no units: frametext's, without its base-unit record table.
    Telegram header = telegram;
    header.records.clear();
    QString text = frametext::telegramToText(header, telegramNumber);
    if (!telegram.records.empty())
        text += QLatin1Char('\n') + recordTable(telegram, telegramNumber, locale);
    return text;
}

ReadableTagValue readableTagValue(const engine::TagValue &value, const QString &displayUnit, const QString &englishQuantity,
                                  const QLocale &locale)
{
    if (value.value.isNull())
        return {QStringLiteral("-"), unitSymbol(value.unit)};
    if (value.value.typeId() == QMetaType::Double) {
        const ReadableValue readable = readableNumber(value.value.toDouble(), value.unit, displayUnit, locale, englishQuantity);
        return {readable.text, readable.unit};
    }
    // The engine delivers dates as ISO text (its machine form); people read the short form.
    const QString text = value.value.toString();
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return {locale.toString(date, QLocale::ShortFormat), {}};
    } else if (text.size() == 19 && text.at(10) == QLatin1Char('T')) {
        const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
        if (when.isValid())
            return {locale.toString(when, QLocale::ShortFormat), {}};
    }
    return {text, unitSymbol(value.unit)};
}

} // namespace mbus::cli
