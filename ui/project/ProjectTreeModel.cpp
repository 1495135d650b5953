#include "ProjectTreeModel.h"

#include "decode/CombinableVife.h"
#include "engine/ReadableTagValue.h"

#include <QBrush>
#include <QCoreApplication>
#include <QColor>
#include <QLocale>
#include <QSet>

namespace mbus::ui {

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ProjectTreeModel::setProject(const project::Project &project)
{
    // Rows are inserted, removed and changed where the project changed, never reset: the view
    // keeps what is expanded and selected, and each value stays on its own binding, across edits
    // and undo.
    m_project = project;
    std::vector<Key> connections;
    for (const project::Connection &c : project.connections)
        connections.push_back(Key{c.id, {}});
    syncChildren(m_root, {}, connections, [&](Node &cnode) {
        const int c = project.indexOfConnection(cnode.key.number);
        cnode.kind = Kind::Connection;
        cnode.connection = c;
        const project::Connection &connection = project.connections.at(c);
        std::vector<Key> meters;
        for (const project::Meter &meter : connection.allMeters())
            meters.push_back(Key{meter.address, {}});
        syncChildren(cnode, indexOf(cnode), meters, [&](Node &mnode) {
            mnode.kind = Kind::Meter;
            mnode.connection = c;
            mnode.address = mnode.key.number;
            std::vector<Key> bindings;
            QHash<QString, int> seen;
            for (qsizetype b = 0; b < connection.bindings.size(); ++b) {
                const project::Binding &binding = connection.bindings.at(b);
                if (binding.address == mnode.address)
                    bindings.push_back(Key{int(b), binding.name + QLatin1Char('#') + QString::number(seen[binding.name]++)});
            }
            // A meter with as many bindings as before keeps its rows (an edit of one binding);
            // else rows follow the binding names.
            const bool sameRows = bindings.size() == mnode.children.size();
            syncChildren(mnode, indexOf(mnode), bindings, [&](Node &bnode) {
                bnode.kind = Kind::Binding;
                bnode.connection = c;
                bnode.address = mnode.address;
                bnode.binding = bnode.key.number;
            }, sameRows);
        });
    });
    m_bindingRows.clear();
    for (const auto &c : m_root.children) {
        for (const auto &m : c->children) {
            for (const auto &b : m->children)
                m_bindingRows.insert(tagOf(*b), createIndex(b->row, NameColumn, b.get()));
        }
    }
}

QModelIndex ProjectTreeModel::indexOf(const Node &node) const
{
    return &node == &m_root ? QModelIndex() : createIndex(node.row, 0, &node);
}

void ProjectTreeModel::syncChildren(Node &parent, const QModelIndex &parentIndex, const std::vector<Key> &keys,
                                    const std::function<void(Node &)> &update, bool byPosition)
{
    auto &children = parent.children;
    // A node being inserted is not in any view yet: its own rows are filled without signals
    // (a begin/endInsertRows inside another is not allowed).
    const bool silent = m_filling;
    const auto removeRows = [&](int first, int last) {
        if (!silent)
            beginRemoveRows(parentIndex, first, last);
        children.erase(children.begin() + first, children.begin() + last + 1);
        if (!silent)
            endRemoveRows();
    };
    const auto keyOf = [byPosition](const Key &k) { return byPosition ? QString() : k.text + QLatin1Char('/') + QString::number(k.text.isEmpty() ? k.number : 0); };
    // Rows whose key is gone, from the bottom so that the rows above keep their numbers.
    if (!byPosition) {
        QSet<QString> wanted;
        for (const Key &k : keys)
            wanted.insert(keyOf(k));
        for (int row = int(children.size()) - 1; row >= 0; --row) {
            if (!wanted.contains(keyOf(children[std::size_t(row)]->key)))
                removeRows(row, row);
        }
    } else if (children.size() != keys.size() && !children.empty()) {
        removeRows(0, int(children.size()) - 1);
    }
    // New keys where they belong, in order; a row that moved is taken out and put back.
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const bool same = i < children.size() && (byPosition || keyOf(children[i]->key) == keyOf(keys[i]));
        if (same) {
            children[i]->key = keys[i];
            continue;
        }
        for (std::size_t later = i + 1; later < children.size(); ++later) {
            if (keyOf(children[later]->key) == keyOf(keys[i])) {
                removeRows(int(later), int(later));
                break;
            }
        }
        auto node = std::make_unique<Node>();
        node->key = keys[i];
        node->parent = &parent;
        if (!silent)
            beginInsertRows(parentIndex, int(i), int(i));
        children.insert(children.begin() + std::ptrdiff_t(i), std::move(node));
        for (std::size_t r = 0; r < children.size(); ++r)
            children[r]->row = int(r);
        m_filling = true;
        update(*children[i]); // filled before the view asks for it
        m_filling = silent;
        if (!silent)
            endInsertRows();
    }
    for (std::size_t r = 0; r < children.size(); ++r)
        children[r]->row = int(r);
    for (const auto &child : children)
        update(*child);
    if (!children.empty() && !silent)
        Q_EMIT dataChanged(index(0, 0, parentIndex), index(int(children.size()) - 1, ColumnCount - 1, parentIndex));
}

void ProjectTreeModel::updateValues(const QList<engine::TagValue> &values)
{
    // One dataChanged per meter for the rows that changed, not one per value: a busy bus
    // delivers thousands of values a second.
    QHash<const Node *, QPair<int, int>> changed; // meter node -> first and last row
    for (const engine::TagValue &v : values) {
        m_values.insert(v.tag, v);
        const QModelIndex at = m_bindingRows.value(v.tag);
        if (!at.isValid())
            continue;
        const Node *meter = static_cast<const Node *>(at.internalPointer())->parent;
        auto it = changed.find(meter);
        if (it == changed.end())
            changed.insert(meter, {at.row(), at.row()});
        else
            *it = {qMin(it->first, at.row()), qMax(it->second, at.row())};
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        const Node *meter = it.key();
        const QModelIndex parent = createIndex(meter->row, 0, meter);
        Q_EMIT dataChanged(index(it->first, 0, parent), index(it->second, ColumnCount - 1, parent));
    }
}

bool ProjectTreeModel::isDrifted(const QString &tag) const
{
    const auto it = m_values.constFind(tag);
    return it != m_values.constEnd() && it->detail.isDrift();
}

const ProjectTreeModel::Node *ProjectTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : &m_root;
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || row >= int(p->children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, p->children[std::size_t(row)].get());
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!child.isValid() || n->parent == &m_root)
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ProjectTreeModel::tagOf(const Node &node) const
{
    return m_project.connections.at(node.connection).bindings.at(node.binding).tag;
}

namespace {

// Why the value is not good, in the user's language, from the engine's typed reason.
QString detailText(const engine::TagValue &value)
{
    using engine::QualityReason;
    const engine::QualityDetail &d = value.detail;
    switch (d.reason) {
    case QualityReason::None: return {};
    case QualityReason::ReadFailed: return d.readError.text();
    case QualityReason::TelegramMissing:
        return ProjectTreeModel::tr("the meter sent %n telegram(s), telegram %1 is bound", nullptr, d.count).arg(value.telegram);
    case QualityReason::OtherMeter: return ProjectTreeModel::tr("another meter answers: %1, bound on %2").arg(d.found, d.bound);
    case QualityReason::IndexDrift:
        if (!d.signatureKnown)
            return ProjectTreeModel::tr("index drift: the telegram has %1 records").arg(d.count);
        if (d.movedIndex < 0)
            return ProjectTreeModel::tr("index drift: the record is no longer sent");
        return ProjectTreeModel::tr("index drift: the record is now at telegram %1 index %2").arg(d.movedTelegram).arg(d.movedIndex);
    case QualityReason::RecordError:
        return QCoreApplication::translate("mbus::decode::Vife", decode::recordErrorText(std::uint8_t(d.recordError)));
    case QualityReason::InvalidTime: return ProjectTreeModel::tr("the meter marks this time invalid");
    case QualityReason::NoValue: return ProjectTreeModel::tr("no value");
    case QualityReason::NotANumber: return ProjectTreeModel::tr("not a number");
    case QualityReason::Stale: return ProjectTreeModel::tr("stale");
    }
    return {};
}

// "bad: Timeout" with the quality word and the reason in the user's language.
QString qualityText(const engine::TagValue &value)
{
    QString text;
    switch (value.quality) {
    case engine::Quality::Good: text = ProjectTreeModel::tr("good"); break;
    case engine::Quality::Uncertain: text = ProjectTreeModel::tr("uncertain"); break;
    case engine::Quality::Bad: text = ProjectTreeModel::tr("bad"); break;
    }
    const QString detail = detailText(value);
    return detail.isEmpty() || value.isGood() ? text : ProjectTreeModel::tr("%1: %2").arg(text, detail);
}

} // namespace

QVariant ProjectTreeModel::nodeText(const Node &node, int column) const
{
    const project::Connection &c = m_project.connections.at(node.connection);
    switch (node.kind) {
    case Kind::Connection:
        if (column == NameColumn)
            return c.name;
        if (column == DetailColumn)
            return c.channel.description() + (c.backup ? tr(" (backup: %1)").arg(c.backup->description()) : QString());
        return tr("period %1 s").arg(double(c.periodMs) / 1000);
    case Kind::Meter: {
        QString name;
        QString secondary;
        for (const project::Meter &m : c.allMeters()) {
            if (m.address == node.address) {
                name = m.name;
                secondary = m.secondary;
            }
        }
        if (column == NameColumn)
            return name.isEmpty() ? tr("Meter %1").arg(node.address) : tr("%1 (%2)").arg(name).arg(node.address);
        if (column == DetailColumn)
            return secondary.isEmpty() ? tr("address %1").arg(node.address) : tr("address %1, %2").arg(node.address).arg(secondary);
        return {};
    }
    case Kind::Binding: {
        const project::Binding &b = c.bindings.at(node.binding);
        if (column == NameColumn)
            return b.name;
        if (column == DetailColumn)
            return tr("%1  (%2, telegram %3, index %4)").arg(b.tag, project::accessText(b.access)).arg(b.telegram).arg(b.index);
        const auto it = m_values.constFind(b.tag);
        if (it == m_values.constEnd())
            return {};
        // In the binding's display unit (or the readable one), the locale's separators.
        const decode::ReadableValue readable = engine::readableTagValue(*it, b.displayUnit, b.quantity, QLocale());
        const QString shown = readable.unit.isEmpty() ? readable.text : tr("%1 %2").arg(readable.text, readable.unit);
        return it->isGood() ? shown : tr("%1 [%2]").arg(shown, qualityText(*it));
    }
    }
    return {};
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = *nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return nodeText(node, index.column());
    case KindRole:
        return int(node.kind);
    case ConnectionRole:
        return node.connection;
    case AddressRole:
        return node.address;
    case BindingRole:
        return node.binding;
    case DriftRole:
        return node.kind == Kind::Binding && isDrifted(tagOf(node));
    case Qt::ForegroundRole:
        if (node.kind == Kind::Binding) {
            const auto it = m_values.constFind(tagOf(node));
            if (it != m_values.constEnd() && it->quality == engine::Quality::Bad)
                return QBrush(QColor(0xC0, 0x20, 0x20));
            if (it != m_values.constEnd() && it->quality == engine::Quality::Uncertain)
                return QBrush(QColor(0xA0, 0x70, 0x00));
        }
        return {};
    case Qt::ToolTipRole:
        if (node.kind == Kind::Binding) {
            const auto it = m_values.constFind(tagOf(node));
            if (isDrifted(tagOf(node)))
                return tr("The record moved or the meter changed: %1").arg(qualityText(*it));
            if (it != m_values.constEnd())
                return qualityText(*it);
        }
        return {};
    default:
        return {};
    }
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case DetailColumn: return tr("Details");
    case ValueColumn: return tr("Value");
    default: return {};
    }
}

QModelIndex ProjectTreeModel::connectionIndex(int connection) const
{
    return index(connection, 0);
}

QModelIndex ProjectTreeModel::meterIndex(int connection, int address) const
{
    const QModelIndex parent = connectionIndex(connection);
    for (int row = 0; row < rowCount(parent); ++row) {
        const QModelIndex meter = index(row, 0, parent);
        if (meter.data(AddressRole).toInt() == address)
            return meter;
    }
    return {};
}

QModelIndex ProjectTreeModel::bindingIndex(int connection, int binding) const
{
    // By the binding's place, not its tag: two bindings may share a tag while the user edits.
    const QModelIndex parent = connectionIndex(connection);
    for (int m = 0; m < rowCount(parent); ++m) {
        const QModelIndex meter = index(m, 0, parent);
        for (int row = 0; row < rowCount(meter); ++row) {
            const QModelIndex at = index(row, 0, meter);
            if (at.data(BindingRole).toInt() == binding)
                return at;
        }
    }
    return {};
}

} // namespace mbus::ui
