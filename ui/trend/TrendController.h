#pragma once

#include "engine/TagValue.h"

#include <QHash>
#include <QModelIndexList>
#include <QObject>
#include <QStringList>

// Between the project and the trend: which bindings the trend shows, kept in the project
// (Project::trendTags) and restored when a project opens; a renamed tag keeps its line, a removed
// binding leaves the trend. It remembers each tag's latest value, so a tag put on the trend shows
// its value at once instead of a poll period later.
namespace mbus::project {
struct Binding;
struct Project;
}

namespace mbus::ui {

class ProjectDocument;
class TrendView;
struct TrendTag;

class TrendController : public QObject
{
    Q_OBJECT

public:
    TrendController(ProjectDocument *document, TrendView *view, QObject *parent = nullptr);

    // Puts the bindings with these tags on the trend in one go, in this order; tags of no binding
    // and tags already shown are skipped. Returns how many were added.
    int addTags(const QStringList &tags);
    void removeTags(const QStringList &tags);
    bool isShown(const QString &tag) const;
    // The tags of the bindings among rows of the project tree (a meter's row: all of its
    // bindings), in tree order: what "Add to trend" on a multi-selection puts on the trend.
    static QStringList bindingTags(const QModelIndexList &rows, const project::Project &project);

    // The engine's values, kept as each tag's latest and passed on to the trend. Connect
    // EngineHost::cycleFinished here.
    void takeValues(const QList<mbus::engine::TagValue> &values);

private:
    // Where a trended tag's binding is: found again after its tag was renamed.
    struct Place
    {
        int connectionId = 0;
        QString name;
        int address = 0;
        int telegram = 0;
        int index = 0;
    };

    void onDocumentChanged();
    void restoreFromProject();
    void followBindings();
    void rememberPlaces();
    void storeTags();
    static TrendTag trendTagOf(const project::Binding &binding);

    ProjectDocument *m_document;
    TrendView *m_view;
    QHash<QString, engine::TagValue> m_latest;
    QStringList m_stored; // the project's trendTags as this controller last saw or set them
    QHash<QString, Place> m_places;
};

} // namespace mbus::ui
