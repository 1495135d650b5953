#include "ProjectPane.h"

#include "project/FindingsLabel.h"
#include "project/MeterPage.h"

#include "project/BindingForm.h"
#include "project/ConnectionForm.h"
#include "meter/CreateBindingsDialog.h"
#include "window/EngineHost.h"
#include "meter/MeterView.h"
#include "project/ProjectDocument.h"
#include "project/ProjectTreeModel.h"
#include "project/WakeUpEditor.h"

#include "project/Validation.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace mbus::ui {

using Kind = ProjectTreeModel::Kind;

ProjectPane::ProjectPane(ProjectDocument *document, EngineHost *host, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_host(host)
    , m_model(new ProjectTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_pages(new QStackedWidget(this))
    , m_hint(new QLabel(tr("Select a connection, a meter or a binding.\nScan the bus to find meters."), this))
    , m_connectionForm(new ConnectionForm(this))
    , m_meterPage(new MeterPage(host, this))
    , m_bindingForm(new BindingForm(this))
{
    m_tree->setModel(m_model);
    // Several rows for the trend's "Add to trend" (Ctrl/Shift+click); the forms beside the tree
    // follow the current row only.
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Room for "12345.678 m^3/h" before the user sizes it.
    m_tree->header()->resizeSection(ProjectTreeModel::ValueColumn, 140);
    m_hint->setAlignment(Qt::AlignCenter);
    // The forms scroll: on a 768-pixel laptop screen a connection form with its backup is taller
    // than the room left by the menus, the docks and the status bar.
    const auto scrolled = [this](QWidget *form) {
        auto *area = new QScrollArea(m_pages);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(form);
        return area;
    };
    m_pages->addWidget(m_hint);
    m_pages->addWidget(scrolled(m_connectionForm));
    m_pages->addWidget(m_meterPage); // its record table scrolls itself
    m_pages->addWidget(scrolled(m_bindingForm));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({500, 750}); // the record table's minimum width must not squeeze the tree
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_document, &ProjectDocument::changed, this, &ProjectPane::onDocumentChanged);
    // A connection or meter that appears (scan, paste, undo of a delete) shows its contents.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        for (int row = first; row <= last; ++row) {
            const QModelIndex inserted = m_model->index(row, 0, parent);
            if (inserted.data(ProjectTreeModel::KindRole).toInt() != int(Kind::Binding))
                m_tree->expandRecursively(inserted);
        }
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_restoring)
            showSelection();
    });
    connect(m_connectionForm, &ConnectionForm::edited, this, &ProjectPane::applyConnection);
    connect(m_bindingForm, &BindingForm::edited, this, &ProjectPane::applyBinding);
    connect(m_meterPage, &MeterPage::nameEdited, this, &ProjectPane::applyMeterName);
    connect(m_meterPage->wakeUp(), &WakeUpEditor::edited, this, &ProjectPane::applyMeterWakeUp);
    connect(m_meterPage->meterView(), &MeterView::createBindingsRequested, this, &ProjectPane::createBindings);
    onDocumentChanged();
}

MeterView *ProjectPane::meterView() const
{
    return m_meterPage->meterView();
}

WakeUpEditor *ProjectPane::meterWakeUp() const
{
    return m_meterPage->wakeUp();
}

ProjectPane::Selection ProjectPane::selection() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return {};
    return Selection{current.data(ProjectTreeModel::KindRole).toInt(), current.data(ProjectTreeModel::ConnectionRole).toInt(),
                     current.data(ProjectTreeModel::AddressRole).toInt(), current.data(ProjectTreeModel::BindingRole).toInt()};
}

void ProjectPane::restore(const Selection &s)
{
    QModelIndex index;
    if (s.kind == int(Kind::Connection))
        index = m_model->connectionIndex(s.connection);
    else if (s.kind == int(Kind::Meter))
        index = m_model->meterIndex(s.connection, s.address);
    else if (s.kind == int(Kind::Binding))
        index = m_model->bindingIndex(s.connection, s.binding);
    // What was selected is gone (deleted, or an undo of its creation): its parent, if any.
    if (!index.isValid() && s.kind == int(Kind::Binding))
        index = m_model->meterIndex(s.connection, s.address);
    if (!index.isValid() && s.connection >= 0)
        index = m_model->connectionIndex(qMin(s.connection, m_model->rowCount() - 1));
    if (index.isValid()) {
        m_tree->expand(index.parent());
        m_restoring = true; // shown once, below, not once more by the tree's signal
        m_tree->setCurrentIndex(index);
        m_restoring = false;
    }
    showSelection();
}

int ProjectPane::currentConnection() const
{
    return selection().connection;
}

int ProjectPane::currentAddress() const
{
    const Selection s = selection();
    return s.kind == int(Kind::Meter) || s.kind == int(Kind::Binding) ? s.address : -1;
}

void ProjectPane::selectConnection(int connection)
{
    restore(Selection{int(Kind::Connection), connection, -1, -1});
}

void ProjectPane::selectMeter(int connection, int address)
{
    restore(Selection{int(Kind::Meter), connection, address, -1});
}

void ProjectPane::selectBinding(int connection, int binding)
{
    restore(Selection{int(Kind::Binding), connection, -1, binding});
}

void ProjectPane::showPage(QWidget *page)
{
    // A form sits in a scroll area's viewport: the page of the stack is the area around it.
    while (page && page->parentWidget() != m_pages)
        page = page->parentWidget();
    m_pages->setCurrentWidget(page);
}

QWidget *ProjectPane::currentPage() const
{
    auto *area = qobject_cast<QScrollArea *>(m_pages->currentWidget());
    return area ? area->widget() : m_pages->currentWidget();
}

void ProjectPane::onDocumentChanged()
{
    const Selection before = selection();
    const bool firstFill = m_model->rowCount() == 0;
    m_findings = project::validate(m_document->project()); // once per change, for every form
    m_model->setProject(m_document->project());
    m_host->setProject(m_document->project());
    restore(before);
    // The model changes rows in place: what the user expanded and the column widths stay. Only a
    // first fill opens everything and fits the names, never at the cost of the values beside them.
    if (firstFill) {
        m_tree->expandAll();
        m_tree->resizeColumnToContents(ProjectTreeModel::NameColumn);
        const int widest = qMax(220, m_tree->viewport()->width() * 55 / 100);
        if (m_tree->columnWidth(ProjectTreeModel::NameColumn) > widest)
            m_tree->setColumnWidth(ProjectTreeModel::NameColumn, widest);
    }
}

void ProjectPane::showSelection()
{
    const Selection s = selection();
    const project::Project &project = m_document->project();
    if (s.connection < 0 || s.connection >= project.connections.size()) {
        showPage(m_hint);
        Q_EMIT selectionChanged();
        return;
    }
    const project::Connection &connection = project.connections.at(s.connection);
    const QList<project::Finding> &findings = m_findings;
    if (s.kind == int(Kind::Connection)) {
        m_connectionForm->setConnection(connection);
        m_connectionForm->showFindings(findings);
        showPage(m_connectionForm);
    } else if (s.kind == int(Kind::Meter)) {
        m_meterPage->showMeter(connection, s.address, findings);
        showPage(m_meterPage);
    } else if (s.kind == int(Kind::Binding) && s.binding < connection.bindings.size()) {
        m_bindingForm->setBinding(connection.bindings.at(s.binding), connection.name);
        m_bindingForm->showFindings(findings);
        showPage(m_bindingForm);
    }
    Q_EMIT selectionChanged();
}

void ProjectPane::applyConnection(const project::Connection &connection)
{
    const int c = currentConnection();
    if (c < 0)
        return;
    project::Project edited = m_document->project();
    edited.connections[c] = connection;
    m_document->apply(edited, tr("Edit connection \"%1\"").arg(connection.name));
}

void ProjectPane::applyBinding(const project::Binding &binding)
{
    const Selection s = selection();
    if (s.kind != int(Kind::Binding))
        return;
    project::Project edited = m_document->project();
    edited.connections[s.connection].bindings[s.binding] = binding;
    m_document->apply(edited, tr("Edit binding \"%1\"").arg(binding.name));
}

void ProjectPane::applyMeterName()
{
    const Selection s = selection();
    if (s.kind != int(Kind::Meter))
        return;
    const QString name = m_meterPage->meterName();
    editMeter(s.address, tr("Rename meter %1").arg(s.address), [&](project::Meter &meter) { meter.name = name; });
}

void ProjectPane::applyMeterWakeUp()
{
    const Selection s = selection();
    if (s.kind != int(Kind::Meter))
        return;
    const project::WakeUpOverride wakeUp = m_meterPage->wakeUp()->values();
    editMeter(s.address, tr("Wake-up of meter %1").arg(s.address), [&](project::Meter &meter) { meter.wakeUp = wakeUp; });
}

void ProjectPane::editMeter(int address, const QString &undoText, const std::function<void(project::Meter &)> &change)
{
    const Selection s = selection();
    project::Project edited = m_document->project();
    project::Connection &c = edited.connections[s.connection];
    auto it = std::find_if(c.meters.begin(), c.meters.end(), [&](const project::Meter &m) { return m.address == address; });
    if (it == c.meters.end()) {
        // A meter the tree only knew from its bindings becomes a meter of the project.
        project::Meter meter;
        meter.address = address;
        c.meters << meter;
        it = c.meters.end() - 1;
    }
    const project::Meter before = *it;
    change(*it);
    if (!(*it == before))
        m_document->apply(edited, undoText);
}

void ProjectPane::addConnection()
{
    project::Project edited = m_document->project();
    project::Connection connection;
    QString name = tr("Connection %1").arg(edited.connections.size() + 1);
    for (int n = int(edited.connections.size()) + 2; connectionNamed(name) >= 0; ++n)
        name = tr("Connection %1").arg(n);
    connection.name = name;
    connection.channel.line = link::LineSettings{2400, 8, link::Parity::Even, 1};
    edited.connections << connection;
    m_document->apply(edited, tr("Add connection \"%1\"").arg(name));
    selectConnection(int(edited.connections.size()) - 1);
}

void ProjectPane::addMeter(int address)
{
    const int c = currentConnection();
    if (c < 0)
        return;
    project::Meter meter;
    meter.address = address;
    addMeters(c, {meter});
    selectMeter(c, address);
}

void ProjectPane::addMeters(int connection, const QList<project::Meter> &meters)
{
    if (connection < 0 || connection >= m_document->project().connections.size() || meters.isEmpty())
        return;
    project::Project edited = m_document->project();
    project::Connection &c = edited.connections[connection];
    int added = 0;
    QStringList shared; // addresses where the project knows another meter than the one added
    for (const project::Meter &meter : meters) {
        for (const project::Meter &known : c.allMeters()) {
            if (known.address == meter.address && !known.secondary.isEmpty() && !meter.secondary.isEmpty()
                && known.secondary.compare(meter.secondary, Qt::CaseInsensitive) != 0)
                shared << tr("address %1: the project has meter %2 there, this is meter %3").arg(meter.address).arg(known.secondary, meter.secondary);
        }
        bool known = false;
        for (project::Meter &existing : c.meters) {
            if (existing.address == meter.address) {
                // The scan knows the meter's identity better than the hand-made entry.
                if (existing.secondary.isEmpty())
                    existing.secondary = meter.secondary;
                if (existing.name.isEmpty())
                    existing.name = meter.name;
                known = true;
            }
        }
        if (!known) {
            c.meters << meter;
            ++added;
        }
    }
    m_document->apply(edited, tr("Add %n meter(s)", nullptr, added > 0 ? added : int(meters.size())));
    if (!shared.isEmpty()) {
        // Two meters on one address collide on every read: say so now, not at export.
        QMessageBox::warning(this, tr("Two meters on one address"),
                             tr("%1\n\nTwo meters cannot share a primary address: their answers collide. Use Bus > "
                                "Commissioning assistant to give each meter its own address.")
                                 .arg(shared.join(QLatin1Char('\n'))));
    }
}

void ProjectPane::deleteSelected()
{
    const Selection s = selection();
    if (s.connection < 0)
        return;
    project::Project edited = m_document->project();
    QString text;
    if (s.kind == int(Kind::Connection)) {
        text = tr("Delete connection \"%1\"").arg(edited.connections.at(s.connection).name);
        edited.connections.removeAt(s.connection);
    } else if (s.kind == int(Kind::Meter)) {
        project::Connection &c = edited.connections[s.connection];
        text = tr("Delete meter %1 and its bindings").arg(s.address);
        c.meters.removeIf([&](const project::Meter &m) { return m.address == s.address; });
        c.bindings.removeIf([&](const project::Binding &b) { return b.address == s.address; });
    } else if (s.kind == int(Kind::Binding)) {
        project::Connection &c = edited.connections[s.connection];
        text = tr("Delete binding \"%1\"").arg(c.bindings.at(s.binding).name);
        c.bindings.removeAt(s.binding);
    }
    m_document->apply(edited, text); // undoable: no "are you sure?"
}

void ProjectPane::updateValues(const QList<engine::TagValue> &values)
{
    m_model->updateValues(values);
}

int ProjectPane::connectionNamed(const QString &name) const
{
    const auto &connections = m_document->project().connections;
    for (int i = 0; i < connections.size(); ++i) {
        if (connections.at(i).name == name)
            return i;
    }
    return -1;
}

void ProjectPane::createBindings(const QString &connectionName, int address, const QList<engine::RecordPick> &records)
{
    const int c = connectionNamed(connectionName);
    if (c < 0 || records.isEmpty())
        return;
    const QList<engine::BindingProposal> proposals =
        engine::proposeBindings(m_document->project(), c, address, m_meterPage->meterView()->telegrams(), records);
    CreateBindingsDialog dialog(m_document->project(), proposals, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<project::Binding> bindings = dialog.bindings();
    project::Project edited = m_document->project();
    project::Connection &connection = edited.connections[c];
    connection.bindings << bindings;
    // The meter the bindings were made on joins the project with its identity.
    const bool known = std::any_of(connection.meters.cbegin(), connection.meters.cend(),
                                   [address](const project::Meter &m) { return m.address == address; });
    if (!known && !bindings.isEmpty()) {
        project::Meter meter;
        meter.address = address;
        meter.secondary = bindings.first().meter;
        connection.meters << meter;
    }
    m_document->apply(edited, tr("Create %n binding(s)", nullptr, int(bindings.size())));
}

} // namespace mbus::ui
