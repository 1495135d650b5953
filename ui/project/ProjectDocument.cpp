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

    void undo() override { restore(m_before); }
    void redo() override { restore(m_after); }

private:
    void restore(project::Project project)
    {
        project.trendTags = m_document->m_project.trendTags; // not part of the history
        m_document->setProject(project);
    }

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
    withIds.trendTags = m_project.trendTags;
    // A connection added by the edit gets its id here, never one a removed connection had.
    m_highestConnectionId = project::assignConnectionIds(withIds, m_highestConnectionId);
    if (withIds == m_project)
        return;
    m_undo.push(new ProjectEditCommand(this, m_project, withIds, text));
}

void ProjectDocument::setTrendTags(const QStringList &tags)
{
    if (tags == m_project.trendTags)
        return;
    m_project.trendTags = tags;
    // No changed(): nothing the views show from the project is different.
    if (!m_trendTagsModified) {
        m_trendTagsModified = true;
        Q_EMIT modifiedChanged();
    }
}

void ProjectDocument::reset(const project::Project &project, const QString &filePath)
{
    m_undo.clear();
    m_filePath = filePath;
    const bool wasModified = m_trendTagsModified;
    m_trendTagsModified = false;
    project::Project withIds = project;
    m_highestConnectionId = project::assignConnectionIds(withIds);
    setProject(withIds);
    m_undo.setClean();
    if (wasModified)
        Q_EMIT modifiedChanged();
    Q_EMIT filePathChanged(filePath);
}

bool ProjectDocument::save(const QString &filePath, QString *errorText)
{
    if (!project::saveProject(m_project, filePath, errorText))
        return false;
    m_filePath = filePath;
    m_undo.setClean();
    if (m_trendTagsModified) {
        m_trendTagsModified = false;
        Q_EMIT modifiedChanged();
    }
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
