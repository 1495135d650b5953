#include "MeterPage.h"

#include "meter/MeterView.h"
#include "project/FindingsLabel.h"
#include "project/WakeUpEditor.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QVBoxLayout>

namespace mbus::ui {

MeterPage::MeterPage(EngineHost *host, QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_wakeUp(new WakeUpEditor(WakeUpEditor::Mode::Override, this))
    , m_findings(new FindingsLabel(this))
    , m_view(new MeterView(host, this))
{
    m_name->setObjectName(QStringLiteral("meterName"));
    m_name->setPlaceholderText(tr("e.g. Heat meter, flat 12"));
    m_wakeUp->setObjectName(QStringLiteral("meterWakeUp"));
    m_findings->setObjectName(QStringLiteral("meterFindings"));
    auto *settings = new QWidget;
    auto *form = new QFormLayout;
    form->addRow(tr("Meter name"), m_name);
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    settingsLayout->addLayout(form);
    settingsLayout->addWidget(m_findings);
    settingsLayout->addWidget(m_wakeUp);
    auto *settingsArea = new QScrollArea;
    settingsArea->setWidgetResizable(true);
    settingsArea->setFrameShape(QFrame::NoFrame);
    settingsArea->setWidget(settings);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("meterSplitter"));
    splitter->addWidget(settingsArea);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // The readout gets the room; the settings show their first lines and scroll.
    splitter->setSizes({m_name->sizeHint().height() * 4, 2000});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_name, &QLineEdit::editingFinished, this, &MeterPage::nameEdited);
}

void MeterPage::showMeter(const project::Connection &connection, int address, const QList<project::Finding> &findings)
{
    for (const project::Meter &meter : connection.allMeters()) {
        if (meter.address == address) {
            m_name->setText(meter.name);
            m_wakeUp->setValues(meter.wakeUp, connection.wakeUp);
            m_view->setMeter(connection.name, meter, connection.bindings);
            m_view->setWakeUp(connection.wakeUpFor(meter.address));
        }
    }
    // What is wrong with the meter or the bindings on it, where the meter is looked at.
    QSet<QString> wheres{project::meterWhere(address, connection.name)};
    for (const project::Binding &b : connection.bindings) {
        if (b.address == address)
            wheres.insert(project::bindingWhere(b.name, connection.name));
    }
    QList<project::Finding> own;
    for (const project::Finding &f : findings) {
        if (wheres.contains(f.where))
            own << f;
    }
    m_findings->showFindings(own, QString());
}

QString MeterPage::meterName() const
{
    return m_name->text().trimmed();
}

} // namespace mbus::ui
