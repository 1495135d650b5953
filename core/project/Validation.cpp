#include "Validation.h"

#include "decode/EngineeringUnits.h"
#include "link/CiField.h"
#include "link/SecondaryAddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>
#include <cmath>

namespace mbus::project {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(mbus::project::Validation)
public:
    using Severity = Finding::Severity;

    QList<Finding> findings;

    void add(Severity severity, const QString &where, const char *field, const QString &message)
    {
        findings.append(Finding{severity, where, QString::fromLatin1(field), message});
    }

    // Names and tags: not empty, printable, of a length a form and Faceplate show. The message is
    // translated only when it is said: a project has thousands of names.
    void checkName(const QString &text, const QString &where, const char *field, const char *emptyMessage)
    {
        if (text.trimmed().isEmpty()) {
            add(Severity::Error, where, field, tr(emptyMessage));
            return;
        }
        if (text.size() > MaxNameLength)
            add(Severity::Error, where, field, tr("%1 characters: at most %2").arg(text.size()).arg(MaxNameLength));
        const bool control = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.category() == QChar::Other_Control);
        });
        if (control)
            add(Severity::Error, where, field, tr("contains a control character (a line break, a tab, NUL...)"));
    }

    void checkChannel(const Channel &c, const QString &where)
    {
        if (c.type == ChannelType::Serial) {
            if (c.serialPort.trimmed().isEmpty())
                add(Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Port"), tr("no serial port given"));
            if (!link::CiField::baudRateSwitchFor(c.line.baud))
                add(Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Baud rate"), tr("%1 is not an M-Bus baud rate (300..38400)").arg(c.line.baud));
            else if (c.line.baud != 2400)
                add(Severity::Warning, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Baud rate"), tr("%1 Bd: most meters answer at 2400").arg(c.line.baud));
            if (c.line.parity != link::Parity::Even)
                add(Severity::Warning, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Parity"), tr("M-Bus uses Even parity; most meters do not answer otherwise"));
            if (c.line.dataBits != 7 && c.line.dataBits != 8)
                add(Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Data/Stop bits"), tr("%1 data bits: 7 or 8").arg(c.line.dataBits));
            if (c.line.stopBits != 1 && c.line.stopBits != 2)
                add(Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Data/Stop bits"), tr("%1 stop bits: 1 or 2").arg(c.line.stopBits));
        } else {
            if (c.host.trimmed().isEmpty())
                add(Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "IP/Hostname"), tr("no gateway address given"));
            if (c.tcpPort < 1 || c.tcpPort > 65535)
                add(Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Port"), tr("TCP port %1 is outside 1..65535").arg(c.tcpPort));
        }
        const int minimum = minimumTimeoutMs(c.line.baud);
        if (c.timeoutMs < minimum)
            add(Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Timeout"),
                tr("%1 ms is shorter than the EN 13757-2 answer window at %2 Bd (%3 ms)").arg(c.timeoutMs).arg(c.line.baud).arg(minimum));
        if (c.attempts < 1 || c.attempts > 10)
            add(Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Attempts"), tr("%1 is outside 1..10").arg(c.attempts));
        if (c.timeoutMs > MaxTimeoutMs)
            add(Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Timeout"),
                tr("%1 ms is longer than %2 ms: a missing meter would hold every cycle that long").arg(c.timeoutMs).arg(MaxTimeoutMs));
    }

    // Field names as the forms show them; the limits keep a typo from stalling a poll cycle.
    void checkWakeUp(const WakeUpOverride &w, const QString &where)
    {
        if (w.preambleCharacters && (*w.preambleCharacters < 0 || *w.preambleCharacters > MaxWakeUpCharacters))
            add(Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Wake-up preamble"),
                tr("%1 characters is outside 0..%2").arg(*w.preambleCharacters).arg(MaxWakeUpCharacters));
        if (w.extraMarginMs && (*w.extraMarginMs < 0 || *w.extraMarginMs > MaxExtraMarginMs))
            add(Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Extra answer margin"),
                tr("%1 ms is outside 0..%2 ms").arg(*w.extraMarginMs).arg(MaxExtraMarginMs));
    }

    // The bindings of a meter name it alike: each secondary address is parsed once.
    bool isSecondaryAddress(const QString &text)
    {
        auto it = m_secondaryAddresses.constFind(text);
        if (it == m_secondaryAddresses.constEnd())
            it = m_secondaryAddresses.insert(text, link::SecondaryAddress::fromString(text).has_value());
        return *it;
    }

    // The caller says where: only a binding with findings gets its "where" made.
    void checkBinding(const Binding &b)
    {
        checkName(b.name, {}, QT_TRANSLATE_NOOP("mbus::project::Field", "Name"),
                  QT_TRANSLATE_NOOP("mbus::project::Validation", "a binding needs a name"));
        checkName(b.tag, {}, QT_TRANSLATE_NOOP("mbus::project::Field", "Tag"),
                  QT_TRANSLATE_NOOP("mbus::project::Validation", "a binding needs a tag"));
        if (b.address < 0 || b.address > 250)
            add(Severity::Error, {}, QT_TRANSLATE_NOOP("mbus::project::Field", "Address"), tr("%1 is outside 1..250").arg(b.address));
        else if (b.address == 0)
            add(Severity::Warning, {}, QT_TRANSLATE_NOOP("mbus::project::Field", "Address"),
                tr("address 0 is the factory default: give the meter its own address (Bus > Commissioning assistant)"));
        if (b.telegram < 0 || b.telegram > MaxTelegram)
            add(Severity::Error, {}, QT_TRANSLATE_NOOP("mbus::project::Field", "Telegram"),
                tr("%1: 0 for a single-telegram meter, else 1..%2").arg(b.telegram).arg(MaxTelegram));
        if (!b.meter.isEmpty() && !isSecondaryAddress(b.meter))
            add(Severity::Error, {}, QT_TRANSLATE_NOOP("mbus::project::Field", "Meter"), tr("\"%1\" is no secondary address (16 hex digits)").arg(b.meter));
        if (b.index < 0 || b.index > MaxIndex)
            add(Severity::Error, {}, QT_TRANSLATE_NOOP("mbus::project::Field", "Index"),
                tr("%1: the index counts records from 0 (at most %2)").arg(b.index).arg(MaxIndex));
        // Faceplate's runtime writes from its own configuration; the workbench needs the record's
        // DIF and VIF, which an imported binding lacks until it is made from a read record.
        if (!std::isfinite(b.scale) || !std::isfinite(b.offset) || b.scale == 0)
            add(Severity::Error, {}, QT_TRANSLATE_NOOP("mbus::project::Field", "Transformation"),
                tr("the scale must be a number other than 0, the offset a number"));
        if (!b.displayUnit.isEmpty() && !decode::convertUnit(1, b.unit, b.displayUnit))
            add(Severity::Error, {}, QT_TRANSLATE_NOOP("mbus::project::Field", "Display unit"),
                tr("a value in \"%1\" cannot be shown in \"%2\"").arg(b.unit, b.displayUnit));
        if (canWrite(b.access) && b.signature.isEmpty())
            add(Severity::Warning, {}, QT_TRANSLATE_NOOP("mbus::project::Field", "Access"),
                tr("the workbench cannot write this binding: create it from a read record to give it the record's DIF and VIF"));
    }

private:
    QHash<QString, bool> m_secondaryAddresses;
};

} // namespace

QString connectionWhere(const QString &connection)
{
    return Text::tr("connection \"%1\"").arg(connection);
}

QString bindingWhere(const QString &binding, const QString &connection)
{
    return Text::tr("binding \"%1\" of \"%2\"").arg(binding, connection);
}

QString meterWhere(int address, const QString &connection)
{
    return Text::tr("meter %1 of \"%2\"").arg(address).arg(connection);
}

QString Finding::fieldText() const
{
    return QCoreApplication::translate("mbus::project::Field", field.toUtf8().constData());
}

int minimumTimeoutMs(int baud)
{
    return int(std::ceil(link::answerWindowMs(baud, 5)));
}

QString Finding::text() const
{
    const QString kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    return QStringLiteral("%1: %2: %3: %4").arg(kind, where, field, message);
}

bool hasErrors(const QList<Finding> &findings)
{
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Error)
            return true;
    }
    return false;
}

QList<Finding> validate(const Project &project)
{
    Text t;
    QSet<QString> connectionNames;
    QHash<QString, QList<std::pair<int, int>>> tagOwners; // tag -> the bindings (connection, binding) that bind it
    for (int ci = 0; ci < project.connections.size(); ++ci) {
        const Connection &c = project.connections.at(ci);
        const QString where = connectionWhere(c.name);
        t.checkName(c.name, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Name"),
                    QT_TRANSLATE_NOOP("mbus::project::Validation", "a connection needs a name"));
        if (connectionNames.contains(c.name))
            t.add(Text::Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Name"), Text::tr("another connection has this name"));
        connectionNames.insert(c.name);
        if (c.periodMs <= 0)
            t.add(Text::Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Period"), Text::tr("%1 ms: the period must be positive").arg(c.periodMs));
        else if (c.periodMs > MaxPeriodMs)
            t.add(Text::Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Period"),
                  Text::tr("%1 ms is longer than a day (%2 ms)").arg(c.periodMs).arg(MaxPeriodMs));
        else if (c.periodMs < 60000)
            t.add(Text::Severity::Warning, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Period"),
                  Text::tr("%1 ms is below 60000 ms: battery-powered meters drain when read this often").arg(c.periodMs));
        if (c.shutdownTimeoutMs < 0 || c.shutdownTimeoutMs > MaxPeriodMs)
            t.add(Text::Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Shutdown timeout"),
                  Text::tr("%1 ms is outside 0..%2 ms").arg(c.shutdownTimeoutMs).arg(MaxPeriodMs));
        if (c.maxPackageLength < 1 || c.maxPackageLength > 255)
            t.add(Text::Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Max. package length"),
                  Text::tr("%1 is outside 1..255").arg(c.maxPackageLength));
        if (!(c.lineDelayRatio > 0 && c.lineDelayRatio <= 100))
            t.add(Text::Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Line Delay Ratio"),
                  Text::tr("%1 is outside 0..100 (0 excluded)").arg(c.lineDelayRatio));
        t.checkChannel(c.channel, where);
        if (c.backup)
            t.checkChannel(*c.backup, where + Text::tr(" (backup channel)"));
        t.checkWakeUp(allFieldsOf(c.wakeUp), where);
        for (const int cycles : {c.failoverAfterCycles, c.returnAfterCycles}) {
            if (cycles < 1 || cycles > MaxFailoverCycles)
                t.add(Text::Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Redundancy"),
                      Text::tr("%1 cycles is outside 1..%2").arg(cycles).arg(MaxFailoverCycles));
        }

        QSet<int> meterAddresses;
        for (const Meter &m : c.meters) {
            const QString mwhere = meterWhere(m.address, c.name);
            if (m.address < 0 || m.address > 250)
                t.add(Text::Severity::Error, mwhere, QT_TRANSLATE_NOOP("mbus::project::Field", "Address"), Text::tr("%1 is outside 0..250").arg(m.address));
            else if (m.address == 0)
                t.add(Text::Severity::Warning, mwhere, QT_TRANSLATE_NOOP("mbus::project::Field", "Address"), Text::tr("address 0 is the factory default: give the meter its own address (Bus > Commissioning assistant)"));
            if (meterAddresses.contains(m.address))
                t.add(Text::Severity::Error, mwhere, QT_TRANSLATE_NOOP("mbus::project::Field", "Address"), Text::tr("another meter of this connection has this address: meters sharing an address collide; the commissioning assistant gives each its own"));
            meterAddresses.insert(m.address);
            if (m.name.size() > MaxNameLength || std::any_of(m.name.cbegin(), m.name.cend(), [](QChar ch) { return ch.category() == QChar::Other_Control; }))
                t.add(Text::Severity::Error, mwhere, QT_TRANSLATE_NOOP("mbus::project::Field", "Name"),
                      Text::tr("at most %1 characters, no control characters").arg(MaxNameLength));
            if (!m.secondary.isEmpty() && !link::SecondaryAddress::fromString(m.secondary))
                t.add(Text::Severity::Error, mwhere, QT_TRANSLATE_NOOP("mbus::project::Field", "Secondary address"), Text::tr("\"%1\" is no secondary address (16 hex digits)").arg(m.secondary));
            t.checkWakeUp(m.wakeUp, mwhere);
        }
        QSet<QString> bindingNames;
        std::map<std::tuple<int, int, int>, QString> records; // address, telegram, index -> binding name
        for (int bi = 0; bi < c.bindings.size(); ++bi) {
            const Binding &b = c.bindings.at(bi);
            // Where a finding is is said only for a binding that has one: translating it for
            // each of thousands of bindings took most of an edit's time.
            const qsizetype before = t.findings.size();
            t.checkBinding(b);
            if (bindingNames.contains(b.name))
                t.add(Text::Severity::Error, QString(), QT_TRANSLATE_NOOP("mbus::project::Field", "Name"), Text::tr("another binding of this connection has this name"));
            bindingNames.insert(b.name);
            if (!b.tag.isEmpty())
                tagOwners[b.tag].append({ci, bi});
            const auto [record, added] = records.emplace(std::make_tuple(b.address, b.telegram, b.index), b.name);
            if (!added)
                t.add(Text::Severity::Warning, QString(), QT_TRANSLATE_NOOP("mbus::project::Field", "Index"),
                      Text::tr("binding \"%1\" reads the same record (address %2, telegram %3, index %4)")
                          .arg(record->second).arg(b.address).arg(b.telegram).arg(b.index));
            if (t.findings.size() > before) {
                const QString bwhere = bindingWhere(b.name, c.name);
                for (qsizetype i = before; i < t.findings.size(); ++i)
                    t.findings[i].where = bwhere;
            }
        }
    }
    // A tag bound twice is an error on each binding that binds it: the one just edited and the
    // one that had it first both show it.
    for (auto it = tagOwners.cbegin(); it != tagOwners.cend(); ++it) {
        if (it->size() < 2)
            continue;
        QStringList owners;
        for (const auto &[ci, bi] : *it) {
            const Connection &c = project.connections.at(ci);
            owners << bindingWhere(c.bindings.at(bi).name, c.name);
        }
        for (const QString &where : owners) {
            QStringList others = owners;
            others.removeOne(where);
            t.add(Text::Severity::Error, where, QT_TRANSLATE_NOOP("mbus::project::Field", "Tag"),
                  Text::tr("tag \"%1\" is bound also by %2").arg(it.key(), others.join(QStringLiteral(", "))));
        }
    }
    return t.findings;
}

} // namespace mbus::project
