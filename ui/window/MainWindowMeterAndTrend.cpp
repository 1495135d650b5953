// What the tree's context menu and the meter view do to the project and the trend: add and remove
// trended bindings, a meter moved or switched by the meter view followed by the project. The
// window's making and its menus are in MainWindow.cpp.
#include "MainWindow.h"

#include "commission/MeterMove.h"
#include "commission/TagRenameQuestion.h"
#include "meter/MeterView.h"
#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "project/ProjectTreeModel.h"
#include "trend/TrendController.h"

#include <QItemSelectionModel>
#include <QMenu>
#include <QTreeView>

namespace mbus::ui {

void MainWindow::connectMeterView()
{
    MeterView *view = m_pane->meterView();
    view->setDocument(m_document);
    connect(view, &MeterView::trendRequested, this, [this](const QStringList &tags) { addToTrend(tags); });
    // The meter answers at its new address (verified): the project's meter and bindings follow.
    connect(view, &MeterView::meterReaddressed, this, [this](const QString &connection, int from, int to, const QString &secondary) {
        project::Project edited = m_document->project();
        for (project::Connection &c : edited.connections) {
            if (c.name != connection)
                continue;
            const project::Connection moved = commission::withMeterMoved(c, from, to, secondary);
            // Tags that name the old address ("gas4.volume") would name the wrong meter now.
            const QList<commission::TagRename> renames = commission::tagRenamesForMovedMeters(c, moved, edited);
            c = moved;
            if (TagRenameQuestion::ask(this, renames))
                commission::applyTagRenames(c, renames);
        }
        m_document->apply(edited, tr("Move the meter of \"%1\" from address %2 to %3").arg(connection).arg(from).arg(to));
    });
    connect(view, &MeterView::lineBaudRequested, this, [this](const QString &connection, int baud) {
        project::Project edited = m_document->project();
        for (project::Connection &c : edited.connections) {
            if (c.name == connection)
                c.channel.line.baud = baud;
        }
        m_document->apply(edited, tr("Set the baud rate of \"%1\" to %2").arg(connection).arg(baud));
    });
}

bool MainWindow::addToTrend(const QString &tag)
{
    return m_trendController->addTags({tag}) == 1;
}

int MainWindow::addToTrend(const QStringList &tags)
{
    return m_trendController->addTags(tags);
}

void MainWindow::removeFromTrend(const QStringList &tags)
{
    m_trendController->removeTags(tags);
}

void MainWindow::showTreeMenu(const QPoint &position)
{
    const QModelIndex index = m_pane->tree()->indexAt(position);
    if (!index.isValid())
        return;
    // A click into the selection keeps it (several bindings go on the trend at once); outside, the
    // clicked row alone is selected.
    if (m_pane->tree()->selectionModel()->isSelected(index))
        m_pane->tree()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    else
        m_pane->tree()->setCurrentIndex(index);
    const auto kind = ProjectTreeModel::Kind(index.data(ProjectTreeModel::KindRole).toInt());
    const project::Connection &connection = m_document->project().connections.at(index.data(ProjectTreeModel::ConnectionRole).toInt());
    QMenu menu(this);
    if (kind == ProjectTreeModel::Kind::Binding) {
        const QStringList tags = TrendController::bindingTags(m_pane->tree()->selectionModel()->selectedRows(), m_document->project());
        QStringList off, on;
        for (const QString &tag : tags)
            (m_trendController->isShown(tag) ? on : off) << tag;
        const bool one = tags.size() == 1;
        if (!off.isEmpty())
            menu.addAction(one ? tr("Add to trend") : tr("Add %n binding(s) to the trend", nullptr, int(off.size())), this,
                           [this, off] { addToTrend(off); });
        if (!on.isEmpty())
            menu.addAction(one ? tr("Remove from trend") : tr("Remove %n binding(s) from the trend", nullptr, int(on.size())),
                           this, [this, on] { removeFromTrend(on); });
    } else if (kind == ProjectTreeModel::Kind::Meter) {
        const int address = index.data(ProjectTreeModel::AddressRole).toInt();
        QStringList tags;
        for (const project::Binding &b : connection.bindings) {
            if (b.address == address)
                tags << b.tag;
        }
        menu.addAction(tr("Add its bindings to the trend"), this, [this, tags] { addToTrend(tags); })->setEnabled(!tags.isEmpty());
        menu.addAction(m_readAction);
    }
    if (kind == ProjectTreeModel::Kind::Connection) {
        menu.addAction(m_scanAction);
        menu.addAction(m_addMeterAction);
    }
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_pane->tree()->viewport()->mapToGlobal(position));
}

} // namespace mbus::ui
