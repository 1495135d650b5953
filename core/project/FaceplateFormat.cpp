#include "FaceplateFormat.h"

#include "project/JsonFields.h"
#include "project/WakeUpJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mbus::project {

namespace {

const QString ConnectionKey = QStringLiteral("plc_mbus_connection");
const QString BindingKey = QStringLiteral("plc_mbus_binding");
// Faceplate's forms have no wake-up fields. Like "Backup", they travel as keys of our own beside
// Faceplate's, written only when used, so an export without them is what it was before.
const QString WakeUpKey = QStringLiteral("Wake-up");
const QString MeterWakeUpKey = QStringLiteral("Meter wake-up"); // [{"Address": 5, "Preamble": 528}]

void channelFields(const Channel &c, QJsonObject &o)
{
    o.insert(QStringLiteral("Type"), c.type == ChannelType::Tcp ? QStringLiteral("tcp") : QStringLiteral("serial"));
    o.insert(QStringLiteral("Timeout"), c.timeoutMs);
    if (c.type == ChannelType::Serial) {
        o.insert(QStringLiteral("Port"), c.serialPort);
        o.insert(QStringLiteral("Baud rate"), c.line.baud);
        o.insert(QStringLiteral("Parity"), parityText(c.line.parity));
        o.insert(QStringLiteral("Data/Stop bits"), QStringLiteral("%1/%2").arg(c.line.dataBits).arg(c.line.stopBits));
    } else {
        o.insert(QStringLiteral("IP/Hostname"), c.host);
        o.insert(QStringLiteral("Port"), c.tcpPort);
    }
}

Channel channelFrom(JsonReader &r, const QJsonObject &o, const QString &path)
{
    Channel c;
    const QString type = r.string(o, QStringLiteral("Type"), path);
    if (type == QLatin1String("tcp"))
        c.type = ChannelType::Tcp;
    else if (type != QLatin1String("serial") && !r.failed())
        r.fail(path + QStringLiteral(".Type"), QStringLiteral("expected serial or tcp"));
    c.timeoutMs = r.integer(o, QStringLiteral("Timeout"), path);
    if (c.type == ChannelType::Serial) {
        c.serialPort = r.string(o, QStringLiteral("Port"), path);
        c.line.baud = r.integer(o, QStringLiteral("Baud rate"), path);
        const QString parity = r.string(o, QStringLiteral("Parity"), path);
        if (parity == QLatin1String("no"))
            c.line.parity = link::Parity::None;
        else if (parity == QLatin1String("even"))
            c.line.parity = link::Parity::Even;
        else if (parity == QLatin1String("odd"))
            c.line.parity = link::Parity::Odd;
        else if (!r.failed())
            r.fail(path + QStringLiteral(".Parity"), QStringLiteral("expected no, even or odd"));
        const QStringList bits = r.string(o, QStringLiteral("Data/Stop bits"), path).split(QLatin1Char('/'));
        bool dataOk = false;
        bool stopOk = false;
        if (bits.size() == 2) {
            c.line.dataBits = bits.at(0).toInt(&dataOk);
            c.line.stopBits = bits.at(1).toInt(&stopOk);
        }
        if ((!dataOk || !stopOk) && !r.failed())
            r.fail(path + QStringLiteral(".Data/Stop bits"), QStringLiteral("expected data/stop bits like 8/1"));
    } else {
        c.host = r.string(o, QStringLiteral("IP/Hostname"), path);
        c.tcpPort = r.integer(o, QStringLiteral("Port"), path);
    }
    return c;
}

} // namespace

QByteArray exportFaceplate(const Project &project)
{
    QJsonArray connections;
    for (const Connection &c : project.connections) {
        QJsonObject o{{QStringLiteral("Name"), c.name}, {QStringLiteral("Period"), c.periodMs}};
        channelFields(c.channel, o);
        if (c.backup) {
            QJsonObject backup;
            channelFields(*c.backup, backup);
            o.insert(QStringLiteral("Backup"), backup);
        }
        if (!c.wakeUp.isDefault())
            o.insert(WakeUpKey, wakeUpToJson(allFieldsOf(c.wakeUp), WakeUpKeys::faceplate()));
        QJsonArray meterWakeUps;
        for (const Meter &m : c.meters) {
            if (m.wakeUp.isEmpty())
                continue;
            QJsonObject mo = wakeUpToJson(m.wakeUp, WakeUpKeys::faceplate());
            mo.insert(QStringLiteral("Address"), m.address);
            meterWakeUps.append(mo);
        }
        if (!meterWakeUps.isEmpty())
            o.insert(MeterWakeUpKey, meterWakeUps);
        QJsonArray bindings;
        for (const Binding &b : c.bindings) {
            bindings.append(QJsonObject{{QStringLiteral("Name"), b.name},
                                        {QStringLiteral("Tag"), b.tag},
                                        {QStringLiteral("Access"), accessText(b.access)},
                                        {QStringLiteral("Address"), b.address},
                                        {QStringLiteral("Telegram"), b.telegram},
                                        {QStringLiteral("Index"), b.index}});
        }
        o.insert(BindingKey, bindings);
        connections.append(o);
    }
    return QJsonDocument(QJsonObject{{ConnectionKey, connections}}).toJson(QJsonDocument::Indented);
}

std::optional<Project> importFaceplate(const QByteArray &json, QString *errorText)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    JsonReader r;
    Project project;
    if (parseError.error != QJsonParseError::NoError)
        r.fail({}, QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    else if (!doc.object().value(ConnectionKey).isArray())
        r.fail({}, QStringLiteral("no %1 list: not a Faceplate M-Bus export").arg(ConnectionKey));
    const QJsonArray connections = doc.object().value(ConnectionKey).toArray();
    for (qsizetype i = 0; i < connections.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(ConnectionKey).arg(i);
        const QJsonObject o = connections.at(i).toObject();
        Connection c;
        c.name = r.string(o, QStringLiteral("Name"), path);
        c.periodMs = r.integer(o, QStringLiteral("Period"), path);
        c.channel = channelFrom(r, o, path);
        if (o.contains(QStringLiteral("Backup")))
            c.backup = channelFrom(r, o.value(QStringLiteral("Backup")).toObject(), path + QStringLiteral(".Backup"));
        c.wakeUp = wakeUpFromJson(r, o.value(WakeUpKey).toObject(), path + QLatin1Char('.') + WakeUpKey, WakeUpKeys::faceplate())
                       .over(WakeUpOptions{});
        if (o.contains(MeterWakeUpKey)) {
            // Meters are not part of Faceplate's forms: an imported meter knows its address and wake-up only.
            const QJsonArray meters = r.array(o, MeterWakeUpKey, path);
            for (qsizetype j = 0; j < meters.size() && !r.failed(); ++j) {
                const QString mpath = QStringLiteral("%1.%2[%3]").arg(path, MeterWakeUpKey).arg(j);
                const QJsonObject mo = meters.at(j).toObject();
                Meter m;
                m.address = r.integer(mo, QStringLiteral("Address"), mpath);
                m.wakeUp = wakeUpFromJson(r, mo, mpath, WakeUpKeys::faceplate());
                c.meters.append(m);
            }
        }
        const QJsonArray bindings = r.array(o, BindingKey, path);
        for (qsizetype j = 0; j < bindings.size() && !r.failed(); ++j) {
            const QString bpath = QStringLiteral("%1.%2[%3]").arg(path, BindingKey).arg(j);
            const QJsonObject bo = bindings.at(j).toObject();
            Binding b;
            b.name = r.string(bo, QStringLiteral("Name"), bpath);
            b.tag = r.string(bo, QStringLiteral("Tag"), bpath);
            const QString access = r.string(bo, QStringLiteral("Access"), bpath);
            if (access == QLatin1String("W"))
                b.access = Access::Write;
            else if (access != QLatin1String("R") && !r.failed())
                r.fail(bpath + QStringLiteral(".Access"), QStringLiteral("expected R or W"));
            b.address = r.integer(bo, QStringLiteral("Address"), bpath);
            b.telegram = r.integer(bo, QStringLiteral("Telegram"), bpath);
            b.index = r.integer(bo, QStringLiteral("Index"), bpath);
            c.bindings.append(b);
        }
        project.connections.append(c);
    }
    if (r.failed()) {
        if (errorText)
            *errorText = r.error;
        return std::nullopt;
    }
    assignConnectionIds(project);
    return project;
}

} // namespace mbus::project
