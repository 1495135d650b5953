#pragma once

#include "engine/BindingProposal.h"
#include "engine/TagValue.h"
#include "project/Project.h"
#include "project/Validation.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

// The project tree and, beside it, what is selected: the connection form, the meter view or the
// binding form. Every form edit becomes an undoable edit of the document; the selection survives
// edits, undo and redo.
namespace mbus::ui {

class FindingsLabel;
class MeterPage;

class BindingForm;
class ConnectionForm;
class EngineHost;
class MeterView;
class WakeUpEditor;
class ProjectDocument;
class ProjectTreeModel;

class ProjectPane : public QWidget
{
    Q_OBJECT

public:
    ProjectPane(ProjectDocument *document, EngineHost *host, QWidget *parent = nullptr);

    // The connection of the selection (a connection, one of its meters or bindings), or -1.
    int currentConnection() const;
    // The meter address of the selection (a meter or a binding), or -1.
    int currentAddress() const;
    void selectConnection(int connection);
    void selectMeter(int connection, int address);
    void selectBinding(int connection, int binding);

    QTreeView *tree() const { return m_tree; }
    ProjectTreeModel *model() const { return m_model; }
    ConnectionForm *connectionForm() const { return m_connectionForm; }
    MeterView *meterView() const;
    WakeUpEditor *meterWakeUp() const;
    QWidget *currentPage() const; // the form shown (not the scroll area around it)
    // The project's findings as validated after its last change.
    const QList<project::Finding> &findings() const { return m_findings; }

public Q_SLOTS:
    void addConnection();
    void addMeter(int address);
    void addMeters(int connection, const QList<project::Meter> &meters);
    void deleteSelected();
    void updateValues(const QList<engine::TagValue> &values);
    // Click-to-bind: proposals for the records, edited in a dialog, then added in one undo step.
    void createBindings(const QString &connection, int address, const QList<engine::RecordPick> &records);

Q_SIGNALS:
    void selectionChanged();

private:
    struct Selection
    {
        int kind = -1; // ProjectTreeModel::Kind, -1 none
        int connection = -1;
        int address = -1;
        int binding = -1;
    };
    Selection selection() const;
    void restore(const Selection &selection);
    void onDocumentChanged();
    void showSelection();
    void showPage(QWidget *page);
    void applyConnection(const project::Connection &connection);
    void applyBinding(const project::Binding &binding);
    void applyMeterName();
    void applyMeterWakeUp();
    // The meter at address in edited, added to the project's meters when the tree only knew it
    // from its bindings; the change is applied as one undo step.
    void editMeter(int address, const QString &undoText, const std::function<void(project::Meter &)> &change);
    int connectionNamed(const QString &name) const;

    ProjectDocument *m_document;
    EngineHost *m_host;
    ProjectTreeModel *m_model;
    QTreeView *m_tree;
    QStackedWidget *m_pages;
    QLabel *m_hint;
    ConnectionForm *m_connectionForm;
    MeterPage *m_meterPage;
    BindingForm *m_bindingForm;
    QList<project::Finding> m_findings; // of the document as it is now
    bool m_restoring = false;
};

} // namespace mbus::ui
