#pragma once

#include "engine/TagValue.h"
#include "project/Project.h"

#include <QAbstractItemModel>
#include <QHash>

#include <functional>
#include <memory>
#include <vector>

// The project tree: connections, their meters, the bindings on each meter; beside each binding its
// tag and latest value. Bindings whose record drifted (or whose meter changed) are marked.
namespace mbus::ui {

class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind : std::uint8_t { Connection, Meter, Binding };
    enum Column { NameColumn, ValueColumn, DetailColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, ConnectionRole, AddressRole, BindingRole, DriftRole };

    explicit ProjectTreeModel(QObject *parent = nullptr);

    void setProject(const project::Project &project);
    // The latest values: shown beside the bindings, drift and wrong meters marked.
    void updateValues(const QList<engine::TagValue> &values);
    bool isDrifted(const QString &tag) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The index of a connection, meter (address) or binding (its index in the connection).
    QModelIndex connectionIndex(int connection) const;
    QModelIndex meterIndex(int connection, int address) const;
    QModelIndex bindingIndex(int connection, int binding) const;

private:
    // What a row stands for, to match rows across project changes: a connection's id, a meter's
    // address, a binding's index (number) and "name#n" (text).
    struct Key
    {
        int number = 0;
        QString text;
    };

    struct Node
    {
        Key key;
        Kind kind = Kind::Connection;
        int connection = -1;
        int address = -1;   // meters and bindings
        int binding = -1;   // index in the connection's bindings
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    const Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node &node) const;
    // Makes parent's rows those of keys (inserting, removing, moving rows as needed) and calls
    // update on each child; byPosition keeps the rows when their count is unchanged.
    void syncChildren(Node &parent, const QModelIndex &parentIndex, const std::vector<Key> &keys,
                      const std::function<void(Node &)> &update, bool byPosition = false);
    QString tagOf(const Node &node) const;
    QVariant nodeText(const Node &node, int column) const;

    project::Project m_project;
    Node m_root;
    bool m_filling = false; // inside syncChildren filling a node not yet in the views
    QHash<QString, engine::TagValue> m_values;
    QHash<QString, QModelIndex> m_bindingRows; // tag -> name-column index
};

} // namespace mbus::ui
