#include "BindingProposal.h"

#include "decode/DataHeader.h"
#include "decode/RecordText.h"

#include <QCoreApplication>
#include <QSet>

namespace mbus::engine {

namespace {

// Refusals and proposed names are shown in the GUI: translatable. Tags are identifiers for the
// SCADA and are made from the English texts whatever the language.
class Refusal
{
    Q_DECLARE_TR_FUNCTIONS(mbus::engine::BindingProposal)
public:
    static QString noRecord() { return tr("no such record"); }
    static QString bound(const QString &tag) { return tr("already bound as %1").arg(tag); }
    static QString twice() { return tr("picked twice"); }
    static QString noValue() { return tr("the record carries no value"); }
};

class NameText
{
    Q_DECLARE_TR_FUNCTIONS(mbus::engine::BindingProposal)
public:
    static QString meter() { return tr("Meter"); }
    static QString maximum() { return tr(" (maximum)"); }
    static QString minimum() { return tr(" (minimum)"); }
    static QString duringError() { return tr(" (during error)"); }
    static QString storage(int n) { return tr(", storage %1").arg(n); }
    static QString tariff(int n) { return tr(", tariff %1").arg(n); }
    static QString subunit(int n) { return tr(", subunit %1").arg(n); }
};

// "Heat (outlet)" -> "Heat".
QString mediumWords(const decode::Telegram &telegram, decode::TextLanguage language)
{
    const QString medium = telegram.header.mediumText(language);
    return medium.left(medium.indexOf(QLatin1Char('('))).trimmed();
}

// The meter part of a tag, from what stays with the meter when the commissioning assistant gives
// it another address: the name the user gave it ("flat_12_heat"), else the medium and the
// identification number ("heat_67001001"); the address only for a meter that sends no
// identification ("heat1"). Tags of one meter sort together.
QString meterWord(const decode::Telegram &telegram, int address, const QString &meterName)
{
    if (const QString named = tagWord(meterName); !named.isEmpty())
        return named;
    QString word = telegram.header.hasMedium() ? tagWord(mediumWords(telegram, decode::TextLanguage::English)) : QString();
    if (word.isEmpty() || word == QLatin1String("other"))
        word = QStringLiteral("meter");
    if (telegram.header.hasIdentification())
        return word + QLatin1Char('_') + telegram.header.identificationText();
    return word + QString::number(address);
}

QString mediumTitle(const decode::Telegram &telegram)
{
    if (!telegram.header.hasMedium())
        return NameText::meter();
    return mediumWords(telegram, decode::TextLanguage::User);
}

// What tells two records of one quantity apart: function, storage, tariff, subunit.
struct Qualification
{
    QString tagSuffix;
    QString nameSuffix;
};

Qualification qualificationOf(const decode::Record &record)
{
    Qualification q;
    switch (record.function) {
    case decode::RecordFunction::Maximum: q.tagSuffix += QStringLiteral("_max"); q.nameSuffix += NameText::maximum(); break;
    case decode::RecordFunction::Minimum: q.tagSuffix += QStringLiteral("_min"); q.nameSuffix += NameText::minimum(); break;
    case decode::RecordFunction::Error: q.tagSuffix += QStringLiteral("_err"); q.nameSuffix += NameText::duringError(); break;
    default: break;
    }
    if (record.storage > 0) {
        q.tagSuffix += QStringLiteral("_s%1").arg(record.storage);
        q.nameSuffix += NameText::storage(record.storage);
    }
    if (record.tariff > 0) {
        q.tagSuffix += QStringLiteral("_t%1").arg(record.tariff);
        q.nameSuffix += NameText::tariff(record.tariff);
    }
    if (record.subunit > 0) {
        q.tagSuffix += QStringLiteral("_u%1").arg(record.subunit);
        q.nameSuffix += NameText::subunit(record.subunit);
    }
    return q;
}

QString uniqueTag(const QString &wanted, QSet<QString> &taken)
{
    QString tag = wanted;
    for (int n = 2; taken.contains(tag); ++n)
        tag = wanted + QStringLiteral("_%1").arg(n);
    taken.insert(tag);
    return tag;
}

} // namespace

int boundTelegramNumber(const QList<decode::Telegram> &telegrams, int i)
{
    if (telegrams.size() == 1 && !telegrams.first().moreRecordsFollow)
        return 0;
    return i + 1;
}

QString recordDescription(const decode::Telegram &telegram, const decode::Record &record)
{
    const QString unit = decode::unitText(telegram, record);
    const QString quantity = decode::quantityText(telegram, record);
    return unit.isEmpty() ? quantity : QStringLiteral("%1 [%2]").arg(quantity, unit);
}

QString tagWord(const QString &text)
{
    QString word;
    bool gap = false;
    for (const QChar c : text.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (gap && !word.isEmpty())
                word += QLatin1Char('_');
            word += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    return word.left(40);
}

QList<BindingProposal> proposeBindings(const project::Project &project, int connection, int address,
                                       const QList<decode::Telegram> &telegrams, const QList<RecordPick> &picks)
{
    QList<BindingProposal> proposals;
    if (connection < 0 || connection >= project.connections.size())
        return proposals;
    const project::Connection &conn = project.connections.at(connection);
    QSet<QString> tags;
    for (const project::Connection &c : project.connections) {
        for (const project::Binding &b : c.bindings)
            tags.insert(b.tag);
    }
    // The meter's name names its tags only when no other meter has it ("KAM Heat" from a survey
    // names many): else the identification tells them apart.
    QString meterName;
    for (const project::Meter &m : conn.meters) {
        if (m.address == address)
            meterName = m.name;
    }
    int sameName = 0;
    for (const project::Connection &c : project.connections) {
        for (const project::Meter &m : c.meters)
            sameName += !meterName.isEmpty() && tagWord(m.name) == tagWord(meterName) ? 1 : 0;
    }
    if (sameName > 1)
        meterName.clear();
    QSet<QPair<int, int>> picked;
    for (const RecordPick &pick : picks) {
        BindingProposal p;
        if (pick.telegram < 0 || pick.telegram >= telegrams.size()
            || pick.index < 0 || std::size_t(pick.index) >= telegrams.at(pick.telegram).records.size()) {
            p.refusal = Refusal::noRecord();
            proposals << p;
            continue;
        }
        const decode::Telegram &telegram = telegrams.at(pick.telegram);
        const decode::Record &record = telegram.records[std::size_t(pick.index)];
        project::Binding &b = p.binding;
        b.address = address;
        b.telegram = boundTelegramNumber(telegrams, pick.telegram);
        b.index = pick.index;
        b.signature = telegram.signatureOf(record).toByteArray();
        b.description = recordDescription(telegram, record);
        b.quantity = decode::quantityText(telegram, record);
        b.unit = decode::unitText(telegram, record);
        if (telegram.header.hasManufacturerAndVersion())
            b.meter = telegram.header.secondaryAddressText();
        const Qualification q = qualificationOf(record);
        const QString quantity = decode::quantityText(telegram, record);
        b.name = QStringLiteral("%1 %2 %3%4").arg(mediumTitle(telegram)).arg(address).arg(quantity, q.nameSuffix);
        for (const project::Binding &existing : conn.bindings) {
            if (existing.address == b.address && existing.telegram == b.telegram && existing.index == b.index)
                p.refusal = Refusal::bound(existing.tag);
        }
        if (p.refusal.isEmpty() && picked.contains({b.telegram, b.index}))
            p.refusal = Refusal::twice();
        if (p.refusal.isEmpty() && record.kind == decode::ValueKind::None)
            p.refusal = Refusal::noValue();
        if (p.refusal.isEmpty()) {
            picked.insert({b.telegram, b.index});
            const QString quantityWord = tagWord(decode::quantityText(telegram, record, decode::TextLanguage::English));
            b.tag = uniqueTag(QStringLiteral("%1.%2%3").arg(meterWord(telegram, address, meterName),
                                                             quantityWord.isEmpty() ? QStringLiteral("record%1").arg(b.index) : quantityWord,
                                                             q.tagSuffix),
                              tags);
        }
        proposals << p;
    }
    return proposals;
}

} // namespace mbus::engine
