#include "ProjectDocument.h"

#include "project/ProjectFile.h"

#include <QUndoCommand>

namespace mbus::ui {

// One project edit: the content before and after. Projects are small; whole copies keep every
// edit undoable without a command class per kind of edit.
class ProjectEditCommand : public QUndoCommand
{
public:
    ProjectEditCommand(ProjectDocument *document, project::Project before, project::Project after, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void undo() override { m_document->setProject(m_before); }
    void redo() override { m_document->setProject(m_after); }

private:
    ProjectDocument *m_document;
    project::Project m_before;
    project::Project m_after;
};

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
{
}

void ProjectDocument::setProject(const project::Project &project)
{
    m_project = project;
    Q_EMIT changed();
}

void ProjectDocument::apply(const project::Project &edited, const QString &text)
{
    project::Project withIds = edited;
    // A connection added by the edit gets its id here, never one a removed connection had.
    m_highestConnectionId = project::assignConnectionIds(withIds, m_highestConnectionId);
    if (withIds == m_project)
        return;
    m_undo.push(new ProjectEditCommand(this, m_project, withIds, text));
}

void ProjectDocument::reset(const project::Project &project, const QString &filePath)
{
    m_undo.clear();
    m_filePath = filePath;
    project::Project withIds = project;
    m_highestConnectionId = project::assignConnectionIds(withIds);
    setProject(withIds);
    m_undo.setClean();
    Q_EMIT filePathChanged(filePath);
}

bool ProjectDocument::save(const QString &filePath, QString *errorText)
{
    if (!project::saveProject(m_project, filePath, errorText))
        return false;
    m_filePath = filePath;
    m_undo.setClean();
    Q_EMIT filePathChanged(filePath);
    return true;
}

bool ProjectDocument::open(const QString &filePath, QString *errorText)
{
    const auto loaded = project::loadProject(filePath, errorText);
    if (!loaded)
        return false;
    reset(*loaded, filePath);
    return true;
}

} // namespace mbus::ui
