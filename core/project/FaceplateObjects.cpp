#include "FaceplateObjects.h"

#include "project/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace mbus::project {

namespace {

const QString Name = QStringLiteral(".name");
const QString Folder = QStringLiteral(".folder");
const QString Pattern = QStringLiteral(".pattern");
const QString Children = QStringLiteral("@children");
const QString Detached = QStringLiteral("@DETACHED_CONTEXT@");
const QString BackupSuffix = QStringLiteral(" (backup)");

// "/a/b/c" -> {"/a/b", "c"}
QPair<QString, QString> splitPath(const QString &path)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? qMakePair(QString(), path) : qMakePair(path.left(slash), path.mid(slash + 1));
}

QString parityWord(link::Parity parity)
{
    return parityText(parity);
}

class Writer
{
public:
    explicit Writer(const FaceplateObjectOptions &options)
        : m_o(options)
        , m_map(options.keyMap)
    {
    }

    QJsonObject connection(const Connection &c, const Channel &channel, const QString &name, const QString &masterPath, bool disabled) const
    {
        QJsonObject o{{Name, name}, {Folder, Detached}, {Pattern, m_map.connectionPattern}};
        const auto put = [&](const char *field, const QJsonValue &value) { o.insert(m_map.connectionKey(QLatin1String(field)), value); };
        put("title", c.title);
        put("period", c.periodMs);
        put("shutdownTimeout", c.shutdownTimeoutMs);
        put("groupRequests", c.groupRequests);
        put("maxPackageLength", c.maxPackageLength);
        put("lineDelayRatio", c.lineDelayRatio);
        put("disabled", disabled);
        put("timeout", channel.timeoutMs);
        put("attempts", channel.attempts);
        if (channel.type == ChannelType::Tcp) {
            put("type", QStringLiteral("tcp"));
            put("host", channel.host);
            put("tcpPort", channel.tcpPort);
        } else {
            put("type", QStringLiteral("serial"));
            put("serialPort", channel.serialPort);
            put("baudRate", channel.line.baud);
            put("parity", parityWord(channel.line.parity));
            put("dataBits", channel.line.dataBits);
            put("stopBits", channel.line.stopBits);
        }
        if (!masterPath.isEmpty())
            put("masterConnection", masterPath);
        return o;
    }

    QJsonObject binding(const Binding &b, const QString &connectionName) const
    {
        QJsonObject o{{Name, b.name}, {Folder, Detached + QLatin1Char('/') + connectionName}, {Pattern, m_map.bindingPattern}};
        const auto put = [&](const char *field, const QJsonValue &value) { o.insert(m_map.bindingKey(QLatin1String(field)), value); };
        put("title", b.title);
        put("off", b.off);
        put("tag", QJsonObject{{QStringLiteral("type"), QStringLiteral("tag")},
                               {QStringLiteral("value"), QJsonObject{{QStringLiteral("tag"), m_o.tagsRoot + QLatin1Char('/') + b.tag},
                                                                     {QStringLiteral("field"), m_o.tagField}}}});
        put("scale", b.scale);
        put("offset", b.offset);
        put("access", accessText(b.access));
        put("address", b.address);
        put("telegram", b.telegram);
        put("index", b.index);
        return o;
    }

private:
    const FaceplateObjectOptions &m_o;
    const FaceplateKeyMap &m_map;
};

class Reader
{
public:
    Reader(const FaceplateObjectOptions &options, JsonReader &r)
        : m_o(options)
        , m_map(options.keyMap)
        , m_r(r)
    {
    }

    QString ckey(const char *field) const { return m_map.connectionKey(QLatin1String(field)); }
    QString bkey(const char *field) const { return m_map.bindingKey(QLatin1String(field)); }

    double number(const QJsonObject &o, const QString &key, const QString &path, double fallback)
    {
        if (!o.contains(key))
            return fallback;
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            m_r.fail(path + QLatin1Char('.') + key, QStringLiteral("expected a number"));
            return fallback;
        }
        return v.toDouble();
    }

    // A connection object; its master connection's path when it is a backup.
    Connection connection(const QJsonObject &o, const QString &path, QString *masterPath)
    {
        Connection c;
        c.name = m_r.string(o, Name, path);
        c.title = m_r.string(o, ckey("title"), path, false);
        c.periodMs = m_r.integer(o, ckey("period"), path, false, 1000);
        c.shutdownTimeoutMs = m_r.integer(o, ckey("shutdownTimeout"), path, false, 60000);
        c.groupRequests = m_r.boolean(o, ckey("groupRequests"), path, true);
        c.maxPackageLength = m_r.integer(o, ckey("maxPackageLength"), path, false, 250);
        c.lineDelayRatio = number(o, ckey("lineDelayRatio"), path, 1);
        c.enabled = !m_r.boolean(o, ckey("disabled"), path, false);
        Channel &ch = c.channel;
        ch.timeoutMs = m_r.integer(o, ckey("timeout"), path, false, 3000);
        ch.attempts = m_r.integer(o, ckey("attempts"), path, false, 5);
        const QString type = m_r.string(o, ckey("type"), path, false);
        if (type == QLatin1String("tcp")) {
            ch.type = ChannelType::Tcp;
            ch.host = m_r.string(o, ckey("host"), path);
            ch.tcpPort = m_r.integer(o, ckey("tcpPort"), path, false, 1024);
        } else if (type.isEmpty() || type == QLatin1String("serial")) {
            ch.serialPort = m_r.string(o, ckey("serialPort"), path, false);
            ch.line.baud = m_r.integer(o, ckey("baudRate"), path, false, 9600);
            const QString parity = m_r.string(o, ckey("parity"), path, false);
            ch.line.parity = parity == QLatin1String("even") ? link::Parity::Even
                             : parity == QLatin1String("odd") ? link::Parity::Odd
                                                              : link::Parity::None;
            if (!parity.isEmpty() && parity != QLatin1String("no") && parity != QLatin1String("even") && parity != QLatin1String("odd")
                && !m_r.failed())
                m_r.fail(path + QLatin1Char('.') + ckey("parity"), QStringLiteral("expected no, even or odd"));
            ch.line.dataBits = m_r.integer(o, ckey("dataBits"), path, false, 8);
            ch.line.stopBits = m_r.integer(o, ckey("stopBits"), path, false, 1);
        } else if (!m_r.failed()) {
            m_r.fail(path + QLatin1Char('.') + ckey("type"), QStringLiteral("expected serial or tcp"));
        }
        *masterPath = m_r.string(o, ckey("masterConnection"), path, false);
        const QJsonArray children = o.value(Children).toArray();
        for (qsizetype j = 0; j < children.size() && !m_r.failed(); ++j) {
            const QString bpath = QStringLiteral("%1.%2[%3]").arg(path, Children).arg(j);
            const QJsonObject bo = children.at(j).toObject();
            if (bo.value(Pattern).toString() != m_map.bindingPattern) {
                m_r.fail(bpath + QLatin1Char('.') + Pattern, QStringLiteral("expected %1").arg(m_map.bindingPattern));
                break;
            }
            c.bindings.append(binding(bo, bpath));
        }
        return c;
    }

    Binding binding(const QJsonObject &o, const QString &path)
    {
        Binding b;
        b.name = m_r.string(o, Name, path);
        b.title = m_r.string(o, bkey("title"), path, false);
        b.off = m_r.boolean(o, bkey("off"), path, false);
        const QJsonObject tag = o.value(bkey("tag")).toObject();
        const QString object = tag.value(QStringLiteral("value")).toObject().value(QStringLiteral("tag")).toString();
        if (tag.value(QStringLiteral("type")).toString() != QLatin1String("tag") || object.isEmpty()) {
            m_r.fail(path + QLatin1Char('.') + bkey("tag"), QStringLiteral("expected {\"type\": \"tag\", \"value\": {\"tag\": PATH, \"field\": FIELD}}"));
            return b;
        }
        const QString prefix = m_o.tagsRoot + QLatin1Char('/');
        b.tag = object.startsWith(prefix) ? object.mid(prefix.size()) : object; // another tags root: the whole path
        b.scale = number(o, bkey("scale"), path, 1);
        b.offset = number(o, bkey("offset"), path, 0);
        const QString access = m_r.string(o, bkey("access"), path, false);
        if (access == QLatin1String("W"))
            b.access = Access::Write;
        else if (access == QLatin1String("RW"))
            b.access = Access::ReadWrite;
        else if (!access.isEmpty() && access != QLatin1String("R") && !m_r.failed())
            m_r.fail(path + QLatin1Char('.') + bkey("access"), QStringLiteral("expected R, W or RW"));
        b.address = m_r.integer(o, bkey("address"), path, false, 1);
        b.telegram = m_r.integer(o, bkey("telegram"), path, false, 0);
        b.index = m_r.integer(o, bkey("index"), path, false, 0);
        return b;
    }

private:
    const FaceplateObjectOptions &m_o;
    const FaceplateKeyMap &m_map;
    JsonReader &m_r;
};

} // namespace

QByteArray exportFaceplateObjects(const Project &project, const FaceplateObjectOptions &options)
{
    const Writer w(options);
    const auto [parent, folderName] = splitPath(options.root);
    QJsonArray connections;
    for (const Connection &c : project.connections) {
        QJsonObject main = w.connection(c, c.channel, c.name, QString(), !c.enabled);
        QJsonArray bindings;
        for (const Binding &b : c.bindings)
            bindings.append(w.binding(b, c.name));
        main.insert(Children, bindings);
        connections.append(main);
        if (c.backup) {
            // Faceplate's redundancy: the backup is a connection of its own, linked to the main one.
            connections.append(w.connection(c, *c.backup, faceplateBackupName(c.name), options.root + QLatin1Char('/') + c.name, !c.enabled));
        }
    }
    const QJsonObject folder{{Name, folderName}, {Folder, parent}, {Pattern, options.keyMap.folderPattern}, {Children, connections}};
    const QJsonObject root{{QStringLiteral("dependent_catalogs"), QJsonArray()},
                           {QStringLiteral("dependent_patterns"), QJsonArray()},
                           {QStringLiteral("template"), folder}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString faceplateBackupName(const QString &connection)
{
    return connection + BackupSuffix;
}

bool looksLikeFaceplateObjects(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    return root.contains(QStringLiteral("template"));
}

std::optional<Project> importFaceplateObjects(const QByteArray &json, const FaceplateObjectOptions &options, QString *errorText)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    JsonReader r;
    Project project;
    const QJsonObject root = doc.object();
    const QJsonObject tmpl = root.value(QStringLiteral("template")).toObject();
    if (parseError.error != QJsonParseError::NoError)
        r.fail({}, QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    else if (!root.value(QStringLiteral("template")).isObject())
        r.fail({}, QStringLiteral("no \"template\" object: not a Faceplate folder export"));
    else if (!tmpl.contains(Pattern))
        r.fail(QStringLiteral("template"), QStringLiteral("no \".pattern\": not a Faceplate object"));

    Reader reader(options, r);
    struct Read
    {
        Connection connection;
        QString masterPath;
        QString path; // where it lives, for backups that link to it
    };
    QList<Read> read;
    const QString templatePath = tmpl.value(Folder).toString() + QLatin1Char('/') + tmpl.value(Name).toString();
    if (!r.failed()) {
        const QString pattern = tmpl.value(Pattern).toString();
        if (pattern == options.keyMap.connectionPattern) { // one connection exported on its own
            Read one;
            one.connection = reader.connection(tmpl, QStringLiteral("template"), &one.masterPath);
            one.path = templatePath;
            read << one;
        } else {
            const QJsonArray children = tmpl.value(Children).toArray();
            for (qsizetype i = 0; i < children.size() && !r.failed(); ++i) {
                const QString path = QStringLiteral("template.%1[%2]").arg(Children).arg(i);
                const QJsonObject o = children.at(i).toObject();
                if (o.value(Pattern).toString() != options.keyMap.connectionPattern)
                    continue; // other objects of the folder are not ours to read
                Read one;
                one.connection = reader.connection(o, path, &one.masterPath);
                one.path = templatePath + QLatin1Char('/') + one.connection.name;
                read << one;
            }
            if (read.isEmpty() && !r.failed())
                r.fail(QStringLiteral("template"), QStringLiteral("no object of pattern %1 in it").arg(options.keyMap.connectionPattern));
        }
    }
    // Backups become the backup channel of the connection their master connection links to.
    for (const Read &one : read) {
        if (!one.masterPath.isEmpty() || r.failed())
            continue;
        project.connections.append(one.connection);
    }
    for (const Read &one : read) {
        if (one.masterPath.isEmpty() || r.failed())
            continue;
        const auto main = std::find_if(read.cbegin(), read.cend(), [&](const Read &m) { return m.path == one.masterPath; });
        bool linked = false;
        for (Connection &c : project.connections) {
            if (main != read.cend() && c.name == main->connection.name && !c.backup) {
                c.backup = one.connection.channel;
                linked = true;
                break;
            }
        }
        if (!linked)
            r.fail(one.path, QStringLiteral("its master connection %1 is not in the file").arg(one.masterPath));
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
