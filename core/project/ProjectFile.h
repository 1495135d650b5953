#pragma once

#include "project/Project.h"

#include <QString>

#include <optional>

// The *.mbwproj file: versioned JSON, written atomically (QSaveFile: a crash or a full disk
// during a save leaves the previous file as it was). A corrupt, truncated or newer-version file is
// refused with a sentence that says what is wrong.
namespace mbus::project {

// 2: wake-up options per connection and meter (format 1 files load with none).
constexpr int ProjectFormatVersion = 5; // 3: connection ids, binding quantity and unit; 4: Faceplate form fields; 5: display unit, trend tags

QByteArray projectToJson(const Project &project);
std::optional<Project> projectFromJson(const QByteArray &json, QString *errorText);

bool saveProject(const Project &project, const QString &path, QString *errorText);
std::optional<Project> loadProject(const QString &path, QString *errorText);

} // namespace mbus::project
