#pragma once

#include "engine/BindingProposal.h"
#include "project/Project.h"

#include <QDialog>

class QLabel;
class QTableWidget;

// Click-to-bind: the bindings proposed for the records the user picked, with names and tags to
// edit before they go into the project; records already bound are listed with the reason and
// cannot be chosen; duplicate or empty tags keep the dialog open with the reason shown.
namespace mbus::ui {

class CreateBindingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { UseColumn, NameColumn, TagColumn, AccessColumn, AddressColumn, TelegramColumn, IndexColumn, RecordColumn, ColumnCount };

    CreateBindingsDialog(const project::Project &project, const QList<engine::BindingProposal> &proposals,
                         QWidget *parent = nullptr);

    // The chosen bindings, as edited.
    QList<project::Binding> bindings() const;
    QString problemText() const;

    void accept() override;

private:
    QString check() const;

    project::Project m_project;
    QList<engine::BindingProposal> m_proposals;
    QTableWidget *m_table;
    QLabel *m_problem;
};

} // namespace mbus::ui
