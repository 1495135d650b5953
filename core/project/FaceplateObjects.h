#pragma once

#include "project/FaceplateKeyMap.h"
#include "project/Project.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The configuration in Faceplate's own object format, as Faceplate Studio exports and imports a
// folder (FACEPLATE.md 3): {"dependent_catalogs", "dependent_patterns", "template"}, the template
// being the folder of the M-Bus connections (".name", ".folder", ".pattern") whose "@children"
// are the plc_mbus_connection objects, each with its plc_mbus_binding objects as "@children".
// Field keys come from a key map. A backup channel is its own connection object whose master
// connection links to the main one. Runtime fields (state, error, pid, node, info, actual
// connection) are never written. export(import(export(P))) == export(P).
namespace mbus::project {

struct FaceplateObjectOptions
{
    // The folder the connections live in: its path is ".folder" + "/" + ".name" of the template.
    QString root = QStringLiteral("/root/FP/PROJECT/@connections/plc_mbus_connection");
    // Where the tags' objects are: a binding's tag "boiler.energy" refers to the object
    // "<tagsRoot>/boiler.energy" and its field tagField.
    QString tagsRoot = QStringLiteral("/root/FP/PROJECT/TAGS");
    QString tagField = QStringLiteral("value");
    FaceplateKeyMap keyMap = FaceplateKeyMap::builtIn();
};

QByteArray exportFaceplateObjects(const Project &project, const FaceplateObjectOptions &options = {});
// One connection object or a folder of several. Refuses what is not Faceplate's shape, naming
// what is wrong and where ("template.@children[1].baudrate: expected a whole number").
std::optional<Project> importFaceplateObjects(const QByteArray &json, const FaceplateObjectOptions &options, QString *errorText);
// The name of the connection object a backup channel is exported as (its Master connection is
// the connection itself): "<connection> (backup)".
QString faceplateBackupName(const QString &connection);
// True when json has the folder-export envelope (else it may be the workbench's older format).
bool looksLikeFaceplateObjects(const QByteArray &json);

} // namespace mbus::project
