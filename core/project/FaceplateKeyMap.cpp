#include "FaceplateKeyMap.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace mbus::project {

namespace {

const QString KeyMapFormat = QStringLiteral("mbus-workbench-faceplate-keymap");

// Reads one section ("connection", "binding") over what base has; false with the error.
bool readSection(const QJsonObject &root, const QString &section, QHash<QString, FaceplateKeyMap::Entry> &entries, QString *error)
{
    const QJsonObject o = root.value(section).toObject();
    const bool known = !entries.isEmpty(); // over the built-in map: only its fields exist
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        const QString key = e.value(QStringLiteral("key")).toString();
        if (key.isEmpty()) {
            *error = QStringLiteral("%1.%2: no \"key\"").arg(section, it.key());
            return false;
        }
        if (known && !entries.contains(it.key())) {
            *error = QStringLiteral("%1.%2: no such field of the workbench (fields: %3)")
                         .arg(section, it.key(), QStringList(entries.keys()).join(QStringLiteral(", ")));
            return false;
        }
        entries[it.key()] = FaceplateKeyMap::Entry{key, e.value(QStringLiteral("status")).toString() == QLatin1String("confirmed")};
    }
    return true;
}

std::optional<FaceplateKeyMap> parse(const QByteArray &json, const FaceplateKeyMap &base, QString *errorText)
{
    QString error;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    FaceplateKeyMap map = base;
    if (parseError.error != QJsonParseError::NoError)
        error = QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
    else if (root.value(QStringLiteral("format")).toString() != KeyMapFormat)
        error = QStringLiteral("not a Faceplate key map (\"format\" is not \"%1\")").arg(KeyMapFormat);
    else if (readSection(root, QStringLiteral("connection"), map.connection, &error)
             && readSection(root, QStringLiteral("binding"), map.binding, &error)) {
        const QJsonObject patterns = root.value(QStringLiteral("patterns")).toObject();
        const auto pattern = [&](const char *name, QString &into) {
            const QString value = patterns.value(QLatin1String(name)).toObject().value(QStringLiteral("value")).toString();
            if (!value.isEmpty())
                into = value;
        };
        pattern("folder", map.folderPattern);
        pattern("connection", map.connectionPattern);
        pattern("binding", map.bindingPattern);
    }
    if (!error.isEmpty()) {
        if (errorText)
            *errorText = error;
        return std::nullopt;
    }
    return map;
}

} // namespace

QStringList FaceplateKeyMap::assumedFields() const
{
    QStringList fields;
    for (auto it = connection.cbegin(); it != connection.cend(); ++it) {
        if (!it->confirmed)
            fields << QStringLiteral("connection.") + it.key();
    }
    for (auto it = binding.cbegin(); it != binding.cend(); ++it) {
        if (!it->confirmed)
            fields << QStringLiteral("binding.") + it.key();
    }
    fields.sort();
    return fields;
}

const FaceplateKeyMap &FaceplateKeyMap::builtIn()
{
    static const FaceplateKeyMap map = [] {
        QFile file(QStringLiteral(":/mbus/faceplate/keymap.json"));
        file.open(QIODevice::ReadOnly);
        QString error;
        auto parsed = parse(file.readAll(), FaceplateKeyMap{}, &error);
        if (!parsed)
            qFatal("built-in Faceplate key map: %s", qPrintable(error));
        return *parsed;
    }();
    return map;
}

std::optional<FaceplateKeyMap> FaceplateKeyMap::fromJson(const QByteArray &json, QString *errorText)
{
    return parse(json, builtIn(), errorText);
}

std::optional<FaceplateKeyMap> FaceplateKeyMap::fromFile(const QString &path, QString *errorText)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorText)
            *errorText = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.read(4 * 1024 * 1024), errorText);
}

} // namespace mbus::project
