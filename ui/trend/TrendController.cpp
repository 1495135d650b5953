#include "TrendController.h"

#include "project/ProjectDocument.h"
#include "project/ProjectTreeModel.h"
#include "trend/TrendView.h"

#include <QSet>

#include <algorithm>

namespace mbus::ui {

TrendController::TrendController(ProjectDocument *document, TrendView *view, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_view(view)
{
    connect(m_document, &ProjectDocument::changed, this, &TrendController::onDocumentChanged);
    onDocumentChanged();
}

TrendTag TrendController::trendTagOf(const project::Binding &binding)
{
    return TrendTag{binding.tag, binding.name, binding.unit, binding.displayUnit, binding.quantity};
}

int TrendController::addTags(const QStringList &tags)
{
    QHash<QString, const project::Binding *> bindings;
    for (const project::Connection &c : m_document->project().connections) {
        for (const project::Binding &b : c.bindings)
            bindings.insert(b.tag, &b);
    }
    QList<TrendTag> wanted;
    QList<engine::TagValue> latest;
    for (const QString &tag : tags) {
        const project::Binding *binding = bindings.value(tag);
        if (!binding || isShown(tag))
            continue;
        wanted.append(trendTagOf(*binding));
        if (const auto it = m_latest.constFind(tag); it != m_latest.constEnd())
            latest.append(*it);
    }
    const int added = m_view->addTags(wanted, latest);
    if (added > 0) {
        rememberPlaces();
        storeTags();
    }
    return added;
}

void TrendController::removeTags(const QStringList &tags)
{
    bool removed = false;
    for (const QString &tag : tags) {
        if (!isShown(tag))
            continue;
        m_view->removeTag(tag);
        removed = true;
    }
    if (removed) {
        rememberPlaces();
        storeTags();
    }
}

bool TrendController::isShown(const QString &tag) const
{
    return m_view->graph(tag) != nullptr;
}

QStringList TrendController::bindingTags(const QModelIndexList &rows, const project::Project &project)
{
    QList<std::pair<int, int>> picked; // connection, binding
    for (const QModelIndex &row : rows) {
        const int c = row.data(ProjectTreeModel::ConnectionRole).toInt();
        const auto kind = ProjectTreeModel::Kind(row.data(ProjectTreeModel::KindRole).toInt());
        if (c < 0 || c >= project.connections.size())
            continue;
        const QList<project::Binding> &bindings = project.connections.at(c).bindings;
        for (int b = 0; b < bindings.size(); ++b) {
            if ((kind == ProjectTreeModel::Kind::Binding && b == row.data(ProjectTreeModel::BindingRole).toInt())
                || (kind == ProjectTreeModel::Kind::Meter && bindings.at(b).address == row.data(ProjectTreeModel::AddressRole).toInt()))
                picked.append({c, b});
        }
    }
    std::sort(picked.begin(), picked.end());
    picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
    QStringList tags;
    for (const auto &[c, b] : picked)
        tags << project.connections.at(c).bindings.at(b).tag;
    return tags;
}

void TrendController::takeValues(const QList<engine::TagValue> &values)
{
    for (const engine::TagValue &value : values)
        m_latest.insert(value.tag, value); // in order: the last of a tag is its latest
    m_view->appendValues(values);
}

void TrendController::onDocumentChanged()
{
    // Undo, redo and edits keep the project's trendTags (ProjectDocument::apply): a different list
    // is a project opened or started anew.
    if (m_document->project().trendTags != m_stored)
        restoreFromProject();
    else
        followBindings();
}

void TrendController::restoreFromProject()
{
    for (const QString &tag : m_view->tags())
        m_view->removeTag(tag);
    m_stored = m_document->project().trendTags;
    // A tag of the file that is no binding's is not shown, and stays in the project untouched: the
    // project was just opened, not changed.
    QList<TrendTag> tags;
    for (const QString &tag : m_stored) {
        for (const project::Connection &c : m_document->project().connections) {
            for (const project::Binding &b : c.bindings) {
                if (b.tag == tag)
                    tags.append(trendTagOf(b));
            }
        }
    }
    QList<engine::TagValue> latest;
    for (const TrendTag &tag : tags) {
        if (const auto it = m_latest.constFind(tag.tag); it != m_latest.constEnd())
            latest.append(*it);
    }
    m_view->addTags(tags, latest);
    rememberPlaces();
}

void TrendController::followBindings()
{
    const project::Project &project = m_document->project();
    QHash<QString, const project::Binding *> byTag;
    for (const project::Connection &c : project.connections) {
        for (const project::Binding &b : c.bindings)
            byTag.insert(b.tag, &b);
    }
    // The binding that was at place, now under another tag: the same name, else the same record.
    const auto movedTo = [&project, this](const Place &place) -> const project::Binding * {
        const project::Connection *c = project.connectionById(place.connectionId);
        if (!c)
            return nullptr;
        const project::Binding *sameRecord = nullptr;
        for (const project::Binding &b : c->bindings) {
            if (b.tag.isEmpty() || isShown(b.tag))
                continue;
            if (b.name == place.name)
                return &b;
            if (!sameRecord && b.address == place.address && b.telegram == place.telegram && b.index == place.index)
                sameRecord = &b;
        }
        return sameRecord;
    };
    bool changed = false;
    for (const QString &tag : m_view->tags()) {
        if (const project::Binding *b = byTag.value(tag)) {
            m_view->renameTag(tag, tag, b->name); // a renamed binding renames its legend entry
            m_view->setDisplayUnit(tag, b->displayUnit);
            continue;
        }
        changed = true;
        const auto place = m_places.constFind(tag);
        if (const project::Binding *b = place != m_places.constEnd() ? movedTo(*place) : nullptr)
            m_view->renameTag(tag, b->tag, b->name);
        else
            m_view->removeTag(tag);
    }
    rememberPlaces();
    if (changed)
        storeTags();
}

void TrendController::rememberPlaces()
{
    m_places.clear();
    const QStringList shown = m_view->tags();
    const QSet<QString> wanted(shown.cbegin(), shown.cend());
    for (const project::Connection &c : m_document->project().connections) {
        for (const project::Binding &b : c.bindings) {
            if (wanted.contains(b.tag))
                m_places.insert(b.tag, Place{c.id, b.name, b.address, b.telegram, b.index});
        }
    }
}

void TrendController::storeTags()
{
    m_stored = m_view->tags();
    m_document->setTrendTags(m_stored);
}

} // namespace mbus::ui
