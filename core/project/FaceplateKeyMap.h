#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

// Which key of a Faceplate object each field of the workbench goes to: data, not code
// (resources/faceplate/keymap.json, built in; another file matches the Faceplate version on site).
// Each entry is "confirmed" (seen in public Faceplate material, the file cites it) or "assumed".
namespace mbus::project {

struct FaceplateKeyMap
{
    struct Entry
    {
        QString key;
        bool confirmed = false;
    };
    QString folderPattern;
    QString connectionPattern;
    QString bindingPattern;
    QHash<QString, Entry> connection; // our field ("period", "serialPort", ...) -> Faceplate's key
    QHash<QString, Entry> binding;

    QString connectionKey(const QString &field) const { return connection.value(field).key; }
    QString bindingKey(const QString &field) const { return binding.value(field).key; }
    // "connection.period", ... of every field whose key is assumed, for the user to check.
    QStringList assumedFields() const;

    // The built-in map.
    static const FaceplateKeyMap &builtIn();
    // A map from a file's bytes; a field the file leaves out keeps the built-in key. Refuses a
    // file that is not a key map, with what is wrong and where.
    static std::optional<FaceplateKeyMap> fromJson(const QByteArray &json, QString *errorText);
    static std::optional<FaceplateKeyMap> fromFile(const QString &path, QString *errorText);
};

} // namespace mbus::project
