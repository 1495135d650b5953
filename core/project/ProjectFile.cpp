#include "ProjectFile.h"

#include "common/AtomicFile.h"

#include "project/JsonFields.h"
#include "project/WakeUpJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace mbus::project {

namespace {

const QString FormatName = QStringLiteral("mbus-workbench-project");
const QString WakeUpKey = QStringLiteral("wake_up"); // since format 2; absent: no wake-up

QJsonObject channelToJson(const Channel &c)
{
    QJsonObject o{{QStringLiteral("type"), c.type == ChannelType::Tcp ? QStringLiteral("tcp") : QStringLiteral("serial")},
                  {QStringLiteral("timeout_ms"), c.timeoutMs},
                  {QStringLiteral("attempts"), c.attempts},
                  {QStringLiteral("baud"), c.line.baud}};
    if (c.type == ChannelType::Serial) {
        o.insert(QStringLiteral("port"), c.serialPort);
        o.insert(QStringLiteral("parity"), parityText(c.line.parity));
        o.insert(QStringLiteral("data_bits"), c.line.dataBits);
        o.insert(QStringLiteral("stop_bits"), c.line.stopBits);
    } else {
        o.insert(QStringLiteral("host"), c.host);
        o.insert(QStringLiteral("port"), c.tcpPort);
    }
    return o;
}

QJsonObject bindingToJson(const Binding &b)
{
    return QJsonObject{{QStringLiteral("name"), b.name},
                       {QStringLiteral("title"), b.title},
                       {QStringLiteral("off"), b.off},
                       {QStringLiteral("scale"), b.scale},
                       {QStringLiteral("offset"), b.offset},
                       {QStringLiteral("tag"), b.tag},
                       {QStringLiteral("access"), accessText(b.access)},
                       {QStringLiteral("address"), b.address},
                       {QStringLiteral("telegram"), b.telegram},
                       {QStringLiteral("index"), b.index},
                       {QStringLiteral("signature"), QString::fromLatin1(b.signature.toHex().toUpper())},
                       {QStringLiteral("description"), b.description},
                       {QStringLiteral("quantity"), b.quantity},
                       {QStringLiteral("unit"), b.unit},
                       {QStringLiteral("display_unit"), b.displayUnit},
                       {QStringLiteral("meter"), b.meter}};
}

Channel channelFromJson(JsonReader &r, const QJsonObject &o, const QString &path)
{
    Channel c;
    const QString type = r.string(o, QStringLiteral("type"), path);
    if (type == QLatin1String("tcp"))
        c.type = ChannelType::Tcp;
    else if (type != QLatin1String("serial") && !r.failed())
        r.fail(path + QStringLiteral(".type"), QStringLiteral("expected serial or tcp"));
    c.timeoutMs = r.integer(o, QStringLiteral("timeout_ms"), path);
    c.attempts = r.integer(o, QStringLiteral("attempts"), path, false, 3);
    c.line.baud = r.integer(o, QStringLiteral("baud"), path, false, 2400);
    if (c.type == ChannelType::Serial) {
        c.serialPort = r.string(o, QStringLiteral("port"), path);
        const QString parity = r.string(o, QStringLiteral("parity"), path);
        if (!link::parseParity(parity == QLatin1String("no") ? QByteArray("none") : parity.toLatin1(), &c.line.parity) && !r.failed())
            r.fail(path + QStringLiteral(".parity"), QStringLiteral("expected no, even or odd"));
        c.line.dataBits = r.integer(o, QStringLiteral("data_bits"), path, false, 8);
        c.line.stopBits = r.integer(o, QStringLiteral("stop_bits"), path, false, 1);
    } else {
        c.host = r.string(o, QStringLiteral("host"), path);
        c.tcpPort = r.integer(o, QStringLiteral("port"), path);
    }
    return c;
}

Binding bindingFromJson(JsonReader &r, const QJsonObject &o, const QString &path)
{
    Binding b;
    b.name = r.string(o, QStringLiteral("name"), path);
    b.tag = r.string(o, QStringLiteral("tag"), path);
    b.title = r.string(o, QStringLiteral("title"), path, false);
    b.off = r.boolean(o, QStringLiteral("off"), path, false);
    b.scale = o.value(QStringLiteral("scale")).toDouble(1);
    b.offset = o.value(QStringLiteral("offset")).toDouble(0);
    if (!std::isfinite(b.scale) || !std::isfinite(b.offset))
        r.fail(path + QStringLiteral(".scale"), QStringLiteral("expected finite numbers"));
    const QString access = r.string(o, QStringLiteral("access"), path);
    if (access == QLatin1String("W"))
        b.access = Access::Write;
    else if (access == QLatin1String("RW"))
        b.access = Access::ReadWrite;
    else if (access != QLatin1String("R") && !r.failed())
        r.fail(path + QStringLiteral(".access"), QStringLiteral("expected R, W or RW"));
    b.address = r.integer(o, QStringLiteral("address"), path);
    b.telegram = r.integer(o, QStringLiteral("telegram"), path);
    b.index = r.integer(o, QStringLiteral("index"), path);
    const QString signature = r.string(o, QStringLiteral("signature"), path, false);
    b.signature = QByteArray::fromHex(signature.toLatin1());
    if (b.signature.toHex().toUpper() != signature.toUpper().toLatin1() && !r.failed())
        r.fail(path + QStringLiteral(".signature"), QStringLiteral("expected hex digits"));
    b.description = r.string(o, QStringLiteral("description"), path, false);
    if (o.contains(QStringLiteral("quantity")) || o.contains(QStringLiteral("unit"))) {
        b.quantity = r.string(o, QStringLiteral("quantity"), path, false);
        b.unit = r.string(o, QStringLiteral("unit"), path, false);
    } else { // format 2 kept them only inside the description: "Energy [Wh]"
        const int open = b.description.lastIndexOf(QLatin1Char('['));
        const bool bracketed = open > 0 && b.description.endsWith(QLatin1Char(']'));
        b.quantity = bracketed ? b.description.left(open).trimmed() : b.description;
        b.unit = bracketed ? b.description.mid(open + 1, b.description.size() - open - 2) : QString();
    }
    b.displayUnit = r.string(o, QStringLiteral("display_unit"), path, false); // format 5
    b.meter = r.string(o, QStringLiteral("meter"), path, false);
    return b;
}

} // namespace

QByteArray projectToJson(const Project &project)
{
    QJsonArray connections;
    for (const Connection &c : project.connections) {
        QJsonArray bindings;
        for (const Binding &b : c.bindings)
            bindings.append(bindingToJson(b));
        QJsonArray meters;
        for (const Meter &m : c.meters) {
            QJsonObject mo{{QStringLiteral("address"), m.address},
                           {QStringLiteral("secondary"), m.secondary},
                           {QStringLiteral("name"), m.name}};
            if (!m.wakeUp.isEmpty())
                mo.insert(WakeUpKey, wakeUpToJson(m.wakeUp, WakeUpKeys::projectFile()));
            meters.append(mo);
        }
        QJsonObject o{{QStringLiteral("id"), c.id},
                      {QStringLiteral("name"), c.name},
                      {QStringLiteral("title"), c.title},
                      {QStringLiteral("shutdown_timeout_ms"), c.shutdownTimeoutMs},
                      {QStringLiteral("group_requests"), c.groupRequests},
                      {QStringLiteral("max_package_length"), c.maxPackageLength},
                      {QStringLiteral("line_delay_ratio"), c.lineDelayRatio},
                      {QStringLiteral("meters"), meters},
                      {QStringLiteral("period_ms"), c.periodMs},
                      {QStringLiteral("enabled"), c.enabled},
                      {QStringLiteral("channel"), channelToJson(c.channel)},
                      {QStringLiteral("failover_after_cycles"), c.failoverAfterCycles},
                      {QStringLiteral("return_after_cycles"), c.returnAfterCycles},
                      {WakeUpKey, wakeUpToJson(allFieldsOf(c.wakeUp), WakeUpKeys::projectFile())},
                      {QStringLiteral("bindings"), bindings}};
        if (c.backup)
            o.insert(QStringLiteral("backup"), channelToJson(*c.backup));
        connections.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("version"), ProjectFormatVersion},
                           {QStringLiteral("name"), project.name},
                           {QStringLiteral("connections"), connections},
                           {QStringLiteral("trend_tags"), QJsonArray::fromStringList(project.trendTags)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Project> projectFromJson(const QByteArray &json, QString *errorText)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    JsonReader r;
    Project project;
    if (parseError.error != QJsonParseError::NoError) {
        r.fail({}, QStringLiteral("not a project file: %1 at byte %2 (truncated or damaged?)")
                       .arg(parseError.errorString()).arg(parseError.offset));
    } else if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != FormatName) {
        r.fail({}, QStringLiteral("not an M-Bus Workbench project file"));
    } else {
        const QJsonObject root = doc.object();
        const int version = r.integer(root, QStringLiteral("version"), QStringLiteral("project"));
        if (version < 1 && !r.failed())
            r.fail(QStringLiteral("project.version"), QStringLiteral("%1 is no format version").arg(version));
        if (version > ProjectFormatVersion)
            r.fail({}, QStringLiteral("the file was made by a newer M-Bus Workbench (format %1, this one reads up to %2)")
                           .arg(version).arg(ProjectFormatVersion));
        project.name = r.string(root, QStringLiteral("name"), QStringLiteral("project"), false);
        const QJsonArray connections = r.array(root, QStringLiteral("connections"), QString());
        for (qsizetype i = 0; i < connections.size() && !r.failed(); ++i) {
            const QString path = QStringLiteral("connections[%1]").arg(i);
            const QJsonObject o = connections.at(i).toObject();
            Connection c;
            c.id = r.integer(o, QStringLiteral("id"), path, false, 0); // format 2 had none
            c.name = r.string(o, QStringLiteral("name"), path);
            c.title = r.string(o, QStringLiteral("title"), path, false);
            c.periodMs = r.integer(o, QStringLiteral("period_ms"), path);
            c.shutdownTimeoutMs = r.integer(o, QStringLiteral("shutdown_timeout_ms"), path, false, 60000);
            c.groupRequests = r.boolean(o, QStringLiteral("group_requests"), path, true);
            c.maxPackageLength = r.integer(o, QStringLiteral("max_package_length"), path, false, 250);
            c.lineDelayRatio = o.value(QStringLiteral("line_delay_ratio")).toDouble(1);
            c.enabled = r.boolean(o, QStringLiteral("enabled"), path, true);
            c.channel = channelFromJson(r, o.value(QStringLiteral("channel")).toObject(), path + QStringLiteral(".channel"));
            if (o.contains(QStringLiteral("backup")))
                c.backup = channelFromJson(r, o.value(QStringLiteral("backup")).toObject(), path + QStringLiteral(".backup"));
            c.failoverAfterCycles = r.integer(o, QStringLiteral("failover_after_cycles"), path, false, 3);
            c.returnAfterCycles = r.integer(o, QStringLiteral("return_after_cycles"), path, false, 10);
            c.wakeUp = wakeUpFromJson(r, o.value(WakeUpKey).toObject(), path + QLatin1Char('.') + WakeUpKey,
                                      WakeUpKeys::projectFile()).over(WakeUpOptions{});
            if (o.contains(QStringLiteral("meters"))) {
                const QJsonArray meters = r.array(o, QStringLiteral("meters"), path);
                for (qsizetype j = 0; j < meters.size() && !r.failed(); ++j) {
                    const QString mpath = path + QStringLiteral(".meters[%1]").arg(j);
                    const QJsonObject mo = meters.at(j).toObject();
                    Meter m;
                    m.address = r.integer(mo, QStringLiteral("address"), mpath);
                    m.secondary = r.string(mo, QStringLiteral("secondary"), mpath, false);
                    m.name = r.string(mo, QStringLiteral("name"), mpath, false);
                    m.wakeUp = wakeUpFromJson(r, mo.value(WakeUpKey).toObject(), mpath + QLatin1Char('.') + WakeUpKey,
                                              WakeUpKeys::projectFile());
                    c.meters.append(m);
                }
            }
            const QJsonArray bindings = r.array(o, QStringLiteral("bindings"), path);
            for (qsizetype j = 0; j < bindings.size() && !r.failed(); ++j)
                c.bindings.append(bindingFromJson(r, bindings.at(j).toObject(), path + QStringLiteral(".bindings[%1]").arg(j)));
            project.connections.append(c);
        }
        // Format 5: the trended tags (older files have none).
        const QJsonArray trend = root.value(QStringLiteral("trend_tags")).toArray();
        for (qsizetype i = 0; i < trend.size() && !r.failed(); ++i) {
            if (!trend.at(i).isString())
                r.fail(QStringLiteral("trend_tags[%1]").arg(i), QStringLiteral("expected a tag name"));
            else if (!project.trendTags.contains(trend.at(i).toString()))
                project.trendTags.append(trend.at(i).toString());
        }
    }
    if (r.failed()) {
        if (errorText)
            *errorText = r.error;
        return std::nullopt;
    }
    assignConnectionIds(project);
    return project;
}

bool saveProject(const Project &project, const QString &path, QString *errorText)
{
    return writeFileAtomically(path, projectToJson(project), errorText);
}

std::optional<Project> loadProject(const QString &path, QString *errorText)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorText)
            *errorText = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString error;
    auto project = projectFromJson(file.readAll(), &error);
    if (!project && errorText)
        *errorText = QStringLiteral("%1: %2").arg(path, error);
    return project;
}

} // namespace mbus::project
