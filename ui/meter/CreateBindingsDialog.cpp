#include "CreateBindingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mbus::ui {

namespace {

QTableWidgetItem *fixedItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

CreateBindingsDialog::CreateBindingsDialog(const project::Project &project, const QList<engine::BindingProposal> &proposals,
                                           QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_proposals(proposals)
    , m_table(new QTableWidget(int(proposals.size()), ColumnCount, this))
    , m_problem(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("table"));
    setWindowTitle(tr("Create bindings"));
    m_table->setHorizontalHeaderLabels({tr("Use"), tr("Name"), tr("Tag"), tr("Access"), tr("Address"), tr("Telegram"),
                                        tr("Index"), tr("Record")});
    m_table->verticalHeader()->hide();
    for (int row = 0; row < proposals.size(); ++row) {
        const engine::BindingProposal &p = proposals.at(row);
        auto *use = new QTableWidgetItem;
        use->setFlags(p.accepted() ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemFlags());
        use->setCheckState(p.accepted() ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, UseColumn, use);
        m_table->setItem(row, NameColumn, p.accepted() ? new QTableWidgetItem(p.binding.name) : fixedItem(p.binding.name));
        m_table->setItem(row, TagColumn, p.accepted() ? new QTableWidgetItem(p.binding.tag) : fixedItem(p.refusal));
        auto *access = new QComboBox(m_table);
        access->addItem(tr("R"), int(project::Access::Read));
        access->addItem(tr("W"), int(project::Access::Write));
        access->setEnabled(p.accepted());
        m_table->setCellWidget(row, AccessColumn, access);
        m_table->setItem(row, AddressColumn, fixedItem(QString::number(p.binding.address)));
        m_table->setItem(row, TelegramColumn, fixedItem(QString::number(p.binding.telegram)));
        m_table->setItem(row, IndexColumn, fixedItem(QString::number(p.binding.index)));
        m_table->setItem(row, RecordColumn, fixedItem(p.binding.description));
        if (!p.accepted()) {
            for (int c = 0; c < ColumnCount; ++c) {
                if (QTableWidgetItem *item = m_table->item(row, c))
                    item->setForeground(Qt::darkGray);
            }
            m_table->item(row, TagColumn)->setToolTip(p.refusal);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_problem->setStyleSheet(QStringLiteral("color:#c02020"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create bindings"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateBindingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreateBindingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Names and tags are proposed from the meter and the record; edit them as your SCADA "
                                "naming wants. Address, Telegram and Index are what Faceplate reads."),
                             this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true); // one line of it in German is wider than a laptop's dialog
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // Wide enough for the columns in the longest language, within the screen.
    const int tableWidth = m_table->horizontalHeader()->length() + 2 * m_table->frameWidth() + 2 * layout->contentsMargins().left();
    QSize size(qMax(900, tableWidth), 400);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 9 / 10);
    resize(size);
}

QList<project::Binding> CreateBindingsDialog::bindings() const
{
    QList<project::Binding> result;
    for (int row = 0; row < m_proposals.size(); ++row) {
        if (!m_proposals.at(row).accepted() || m_table->item(row, UseColumn)->checkState() != Qt::Checked)
            continue;
        project::Binding b = m_proposals.at(row).binding;
        b.name = m_table->item(row, NameColumn)->text().trimmed();
        b.tag = m_table->item(row, TagColumn)->text().trimmed();
        const auto *access = static_cast<QComboBox *>(m_table->cellWidget(row, AccessColumn));
        b.access = project::Access(access->currentData().toInt());
        result << b;
    }
    return result;
}

QString CreateBindingsDialog::check() const
{
    QSet<QString> tags;
    for (const project::Connection &c : m_project.connections) {
        for (const project::Binding &b : c.bindings)
            tags.insert(b.tag);
    }
    const QList<project::Binding> chosen = bindings();
    if (chosen.isEmpty())
        return tr("No binding is chosen.");
    for (const project::Binding &b : chosen) {
        if (b.name.isEmpty())
            return tr("Record %1 of telegram %2 has no name.").arg(b.index).arg(b.telegram);
        if (b.tag.isEmpty())
            return tr("Binding \"%1\" has no tag.").arg(b.name);
        if (tags.contains(b.tag))
            return tr("Tag \"%1\" is used twice: tags must be unique in the project.").arg(b.tag);
        tags.insert(b.tag);
    }
    return {};
}

QString CreateBindingsDialog::problemText() const
{
    return m_problem->text();
}

void CreateBindingsDialog::accept()
{
    const QString problem = check();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace mbus::ui
