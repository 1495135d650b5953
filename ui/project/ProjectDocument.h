#pragma once

#include "project/Project.h"

#include <QObject>
#include <QUndoStack>

// The open project: its content, its file and its undo history. Every edit goes through apply(),
// which records it on the undo stack, so every project edit can be undone.
namespace mbus::ui {

class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);

    const project::Project &project() const { return m_project; }
    QUndoStack *undoStack() { return &m_undo; }
    QString filePath() const { return m_filePath; }
    bool isModified() const { return !m_undo.isClean() || m_trendTagsModified; }

    // Replaces the content with an edited copy, undoably; text names the edit ("Edit connection").
    // The trend's tags are not part of an edit: edited's are ignored.
    void apply(const project::Project &edited, const QString &text);
    // The tags the trend shows. Kept with the project and saved, but not an undo step: Undo takes
    // back edits of the bus and its bindings, not what the user chose to watch, and undo or redo
    // leaves them as they are. Unsaved, they make the document modified (closing asks).
    void setTrendTags(const QStringList &tags);
    // A new content that is not an edit (opened file, new project): clears the history.
    void reset(const project::Project &project, const QString &filePath);

    bool save(const QString &filePath, QString *errorText);
    bool open(const QString &filePath, QString *errorText);

Q_SIGNALS:
    void changed();
    // isModified() changed because of the trend's tags (undo steps: QUndoStack::cleanChanged).
    void modifiedChanged();
    void filePathChanged(const QString &filePath);

private:
    friend class ProjectEditCommand;
    void setProject(const project::Project &project);

    project::Project m_project;
    QString m_filePath;
    QUndoStack m_undo;
    bool m_trendTagsModified = false;
    int m_highestConnectionId = 0; // of any state of this document, undone ones included
};

} // namespace mbus::ui
