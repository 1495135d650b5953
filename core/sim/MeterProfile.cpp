#include "MeterProfile.h"

#include "decode/DataHeader.h"
#include "frametext/HexInput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mbus::sim {

namespace {

// Collects the first error with the path to the field ("meters[2].telegrams[0].records[3].value").
struct Parser
{
    QString error;

    bool fail(const QString &where, const QString &what)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2").arg(where, what);
        return false;
    }

    bool parseHex(const QJsonValue &value, const QString &where, QByteArray *out)
    {
        const auto bytes = frametext::parseHexText(value.toString().toLatin1());
        if (!value.isString() || !bytes)
            return fail(where, QStringLiteral("expected hex bytes"));
        *out = bytes.value();
        return true;
    }

    bool parseValue(const QJsonValue &value, const QString &where, ValueSource *out)
    {
        if (value.isDouble()) {
            out->kind = ValueSource::Kind::Constant;
            out->value = value.toDouble();
            return true;
        }
        if (value.isString() && value.toString() == QLatin1String("clock")) {
            out->kind = ValueSource::Kind::Clock;
            return true;
        }
        const QJsonObject o = value.toObject();
        if (o.contains(QLatin1String("counter"))) {
            const QJsonObject c = o.value(QLatin1String("counter")).toObject();
            out->kind = ValueSource::Kind::Counter;
            out->value = c.value(QLatin1String("start")).toDouble();
            out->perHour = c.value(QLatin1String("per_hour")).toDouble();
            if (out->perHour < 0)
                return fail(where, QStringLiteral("a counter never runs backwards (per_hour < 0)"));
            return true;
        }
        if (o.contains(QLatin1String("wave"))) {
            const QJsonObject w = o.value(QLatin1String("wave")).toObject();
            out->kind = ValueSource::Kind::Wave;
            out->value = w.value(QLatin1String("mean")).toDouble();
            out->amplitude = w.value(QLatin1String("amplitude")).toDouble();
            out->periodSeconds = w.value(QLatin1String("period_s")).toDouble(3600);
            out->noise = w.value(QLatin1String("noise")).toDouble();
            if (out->periodSeconds <= 0)
                return fail(where, QStringLiteral("period_s must be positive"));
            return true;
        }
        if (o.contains(QLatin1String("date"))) {
            out->kind = ValueSource::Kind::Date;
            out->date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
            return out->date.isValid() || fail(where, QStringLiteral("date must be YYYY-MM-DD"));
        }
        if (o.contains(QLatin1String("text"))) {
            out->kind = ValueSource::Kind::Text;
            out->text = o.value(QLatin1String("text")).toString();
            return true;
        }
        return fail(where, QStringLiteral("expected a number, \"clock\", or an object with counter, wave, date or text"));
    }

    bool parseTelegram(const QJsonObject &o, const QString &where, TelegramSpec *out)
    {
        const QJsonArray records = o.value(QLatin1String("records")).toArray();
        if (records.isEmpty())
            return fail(where, QStringLiteral("a telegram needs records"));
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString at = QStringLiteral("%1.records[%2]").arg(where).arg(i);
            const QJsonObject r = records.at(i).toObject();
            RecordSpec record;
            if (!parseHex(r.value(QLatin1String("record")), at + QStringLiteral(".record"), &record.signature)
                || !parseValue(r.value(QLatin1String("value")), at + QStringLiteral(".value"), &record.value))
                return false;
            if (record.signature.isEmpty())
                return fail(at, QStringLiteral("empty record signature"));
            out->records.append(record);
        }
        if (o.contains(QLatin1String("manufacturer_data")))
            return parseHex(o.value(QLatin1String("manufacturer_data")), where + QStringLiteral(".manufacturer_data"),
                            &out->manufacturerData);
        return true;
    }

    bool parseIdentity(const QJsonObject &o, const QString &where, link::SecondaryAddress *out)
    {
        bool ok = false;
        const QString id = o.value(QLatin1String("id")).toString();
        out->identification = id.toUInt(&ok, 16);
        const bool digits = std::all_of(id.begin(), id.end(), [](QChar c) { return c.isDigit(); });
        if (id.size() != 8 || !ok || !digits)
            return fail(where + QStringLiteral(".id"), QStringLiteral("expected 8 decimal digits"));
        const int manufacturer = decode::manufacturerId(o.value(QLatin1String("manufacturer")).toString());
        if (manufacturer < 0)
            return fail(where + QStringLiteral(".manufacturer"), QStringLiteral("expected three letters A-Z"));
        out->manufacturer = std::uint16_t(manufacturer);
        out->version = std::uint8_t(o.value(QLatin1String("version")).toInt());
        const QJsonValue medium = o.value(QLatin1String("medium"));
        out->medium = std::uint8_t(medium.isString() ? medium.toString().toUInt(nullptr, 16) : medium.toInt());
        return true;
    }

    bool parseBehaviour(const QJsonObject &o, const QString &where, MeterSpec *out)
    {
        static const QStringList known = {
            QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("id"), QStringLiteral("manufacturer"),
            QStringLiteral("version"), QStringLiteral("medium"), QStringLiteral("baud"), QStringLiteral("telegrams"),
            QStringLiteral("wake_up_characters"), QStringLiteral("answers_only_5b"), QStringLiteral("ignores_broadcast"),
            QStringLiteral("needs_link_reset"), QStringLiteral("late_answer"), QStringLiteral("stays_selected"),
            QStringLiteral("accepts_short_masks"), QStringLiteral("comment")};
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(where + QLatin1Char('.') + it.key(), QStringLiteral("unknown key (a typo?)"));
        }
        const auto flag = [&](const char *key, bool *target) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                return true;
            if (!v.isBool())
                return fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("expected true or false"));
            *target = v.toBool();
            return true;
        };
        MeterBehaviour &b = out->behaviour;
        if (!flag("answers_only_5b", &b.answersOnly5B) || !flag("ignores_broadcast", &b.ignoresBroadcast)
            || !flag("needs_link_reset", &b.needsLinkReset) || !flag("late_answer", &b.lateAnswer)
            || !flag("stays_selected", &b.staysSelected) || !flag("accepts_short_masks", &b.acceptsShortMasks))
            return false;
        const QJsonValue wakeUp = o.value(QLatin1String("wake_up_characters"));
        if (!wakeUp.isUndefined()) {
            const int n = wakeUp.toInt(-1);
            if (!wakeUp.isDouble() || n < 1 || n > 2000)
                return fail(where + QStringLiteral(".wake_up_characters"), QStringLiteral("expected 1..2000"));
            out->wakeUpCharacters = n;
        }
        return true;
    }

    bool parseMeter(const QJsonObject &o, const QString &where, MeterSpec *out)
    {
        if (!parseBehaviour(o, where, out))
            return false;
        out->name = o.value(QLatin1String("name")).toString();
        const int address = o.value(QLatin1String("address")).toInt(-1);
        if (address < 0 || address > 250)
            return fail(where + QStringLiteral(".address"), QStringLiteral("primary address must be 0..250"));
        out->address = std::uint8_t(address);
        out->baud = o.value(QLatin1String("baud")).toInt(0);
        if (!parseIdentity(o, where, &out->identity))
            return false;
        const QJsonArray telegrams = o.value(QLatin1String("telegrams")).toArray();
        if (telegrams.isEmpty())
            return fail(where + QStringLiteral(".telegrams"), QStringLiteral("a meter needs at least one telegram"));
        for (qsizetype i = 0; i < telegrams.size(); ++i) {
            TelegramSpec telegram;
            if (!parseTelegram(telegrams.at(i).toObject(), QStringLiteral("%1.telegrams[%2]").arg(where).arg(i), &telegram))
                return false;
            out->telegrams.append(telegram);
        }
        if (out->behaviour.answersOnly5B && out->telegrams.size() > 1)
            return fail(where + QStringLiteral(".telegrams"),
                        QStringLiteral("a meter that answers only 0x5B has no FCB procedure, so one telegram"));
        return true;
    }
};

} // namespace

std::optional<Profile> Profile::fromJson(const QByteArray &json, QString *errorText)
{
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &jsonError);
    Parser parser;
    Profile profile;
    if (jsonError.error != QJsonParseError::NoError) {
        parser.fail(QStringLiteral("offset %1").arg(jsonError.offset), jsonError.errorString());
    } else {
        const QJsonObject root = doc.object();
        profile.name = root.value(QLatin1String("name")).toString();
        const QJsonArray meters = root.value(QLatin1String("meters")).toArray();
        for (qsizetype i = 0; i < meters.size() && parser.error.isEmpty(); ++i) {
            MeterSpec meter;
            if (parser.parseMeter(meters.at(i).toObject(), QStringLiteral("meters[%1]").arg(i), &meter))
                profile.meters.append(meter);
        }
    }
    if (!parser.error.isEmpty()) {
        if (errorText)
            *errorText = parser.error;
        return std::nullopt;
    }
    return profile;
}

bool Profile::builtIn(const QString &name, Profile *profile)
{
    if (name == QLatin1String("empty")) {
        *profile = Profile{QStringLiteral("empty"), {}};
        return true;
    }
    QFile file(QStringLiteral(":/mbus/profiles/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const auto parsed = fromJson(file.readAll(), nullptr);
    if (!parsed)
        return false;
    *profile = *parsed;
    return true;
}

} // namespace mbus::sim
