#include "BindingForm.h"

#include "common/NumberField.h"
#include "decode/EngineeringUnits.h"
#include "project/FindingsLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace mbus::ui {

BindingForm::BindingForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_off(new QCheckBox(tr("Off: kept, not read"), this))
    , m_tag(new QLineEdit(this))
    , m_scale(new NumberField(NumberField::Kind::Decimal, this))
    , m_offset(new NumberField(NumberField::Kind::Decimal, this))
    , m_access(new QComboBox(this))
    , m_displayUnit(new QComboBox(this))
    , m_address(new NumberField(NumberField::Kind::Integer, this))
    , m_telegram(new NumberField(NumberField::Kind::Integer, this))
    , m_index(new NumberField(NumberField::Kind::Integer, this))
    , m_record(new QLabel(this))
    , m_findings(new FindingsLabel(this))
{
    // Names for tests and style sheets.
    m_name->setObjectName(QStringLiteral("name"));
    m_title->setObjectName(QStringLiteral("title"));
    m_off->setObjectName(QStringLiteral("off"));
    m_tag->setObjectName(QStringLiteral("tag"));
    m_scale->setObjectName(QStringLiteral("scale"));
    m_offset->setObjectName(QStringLiteral("offset"));
    m_access->setObjectName(QStringLiteral("access"));
    m_displayUnit->setObjectName(QStringLiteral("displayUnit"));
    m_displayUnit->setToolTip(tr("The unit the tree and the trend show the value in; the engine and the "
                                 "Faceplate export keep the unit the meter sends"));
    m_address->setObjectName(QStringLiteral("address"));
    m_telegram->setObjectName(QStringLiteral("telegram"));
    m_index->setObjectName(QStringLiteral("index"));
    m_access->addItem(tr("R (read)"), int(project::Access::Read));
    m_access->addItem(tr("W (write)"), int(project::Access::Write));
    m_access->addItem(tr("RW (read and write)"), int(project::Access::ReadWrite));
    m_scale->setToolTip(tr("Faceplate's linear transformation: the value shown is value × scale + offset"));
    m_offset->setToolTip(m_scale->toolTip());
    m_address->setToolTip(tr("Primary address of the meter, 1..250"));
    m_telegram->setToolTip(tr("0 for a single-telegram meter, else 1, 2, ..."));
    m_index->setToolTip(tr("Record index in the telegram, counted from 0 as the meter view shows it"));
    m_record->setWordWrap(true);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Title"), m_title);
    form->addRow(QString(), m_off);
    form->addRow(tr("Tag"), m_tag);
    form->addRow(tr("Access"), m_access);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Telegram"), m_telegram);
    form->addRow(tr("Index"), m_index);
    form->addRow(tr("Transformation: scale"), m_scale);
    form->addRow(tr("Transformation: offset"), m_offset);
    form->addRow(tr("Display unit"), m_displayUnit);
    form->addRow(tr("Record"), m_record);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_findings);
    layout->addStretch();

    m_findings->watch(m_address, QT_TRANSLATE_NOOP("mbus::project::Field", "Address"));
    m_findings->watch(m_telegram, QT_TRANSLATE_NOOP("mbus::project::Field", "Telegram"));
    m_findings->watch(m_index, QT_TRANSLATE_NOOP("mbus::project::Field", "Index"));
    m_findings->watch(m_scale, QT_TRANSLATE_NOOP("mbus::project::Field", "Transformation"));
    m_findings->watch(m_offset, QT_TRANSLATE_NOOP("mbus::project::Field", "Transformation"));

    connect(m_name, &QLineEdit::editingFinished, this, &BindingForm::emitEdited);
    connect(m_title, &QLineEdit::editingFinished, this, &BindingForm::emitEdited);
    connect(m_scale, &QLineEdit::editingFinished, this, &BindingForm::emitEdited);
    connect(m_offset, &QLineEdit::editingFinished, this, &BindingForm::emitEdited);
    connect(m_off, &QCheckBox::clicked, this, &BindingForm::emitEdited);
    connect(m_tag, &QLineEdit::editingFinished, this, &BindingForm::emitEdited);
    connect(m_access, &QComboBox::activated, this, &BindingForm::emitEdited);
    connect(m_displayUnit, &QComboBox::activated, this, &BindingForm::emitEdited);
    for (NumberField *field : {m_address, m_telegram, m_index})
        connect(field, &QLineEdit::editingFinished, this, &BindingForm::emitEdited);
}

void BindingForm::setBinding(const project::Binding &b, const QString &connectionName)
{
    m_binding = b;
    m_connectionName = connectionName;
    const QSignalBlocker block(m_access);
    const QSignalBlocker blockOff(m_off);
    m_name->setText(b.name);
    m_title->setText(b.title);
    m_off->setChecked(b.off);
    m_tag->setText(b.tag);
    m_access->setCurrentIndex(m_access->findData(int(b.access)));
    // The units the meter's unit converts to; "automatic" picks the readable one per value.
    const QSignalBlocker blockUnit(m_displayUnit);
    m_displayUnit->clear();
    m_displayUnit->addItem(tr("automatic"), QString());
    for (const decode::UnitChoice &choice : decode::unitChoices(b.unit)) {
        if (!choice.unit.isEmpty())
            m_displayUnit->addItem(decode::unitSymbol(choice.unit), choice.unit);
    }
    if (m_displayUnit->findData(b.displayUnit) < 0) // kept as the file has it; validation says why it is wrong
        m_displayUnit->addItem(b.displayUnit, b.displayUnit);
    m_displayUnit->setCurrentIndex(m_displayUnit->findData(b.displayUnit));
    m_displayUnit->setEnabled(m_displayUnit->count() > 2 || !b.displayUnit.isEmpty());
    m_scale->setNumber(b.scale);
    m_offset->setNumber(b.offset);
    m_address->setInteger(b.address);
    m_telegram->setInteger(b.telegram);
    m_index->setInteger(b.index);
    QStringList record;
    if (!b.description.isEmpty())
        record << b.description;
    if (!b.signature.isEmpty())
        record << tr("signature %1").arg(QString::fromLatin1(b.signature.toHex(' ').toUpper()));
    if (!b.meter.isEmpty())
        record << tr("meter %1").arg(b.meter);
    m_record->setText(record.isEmpty() ? tr("entered by hand (no record signature: no drift guard)") : record.join(QStringLiteral("\n")));
}

project::Binding BindingForm::binding() const
{
    project::Binding b = m_binding;
    b.name = m_name->text().trimmed();
    b.title = m_title->text().trimmed();
    b.off = m_off->isChecked();
    b.tag = m_tag->text().trimmed();
    // Typed in the user's locale (2,5) or with a point; a field whose text is no number keeps the
    // value the binding had, and its finding says so.
    b.scale = m_scale->number().value_or(b.scale);
    b.offset = m_offset->number().value_or(b.offset);
    b.access = project::Access(m_access->currentData().toInt());
    b.displayUnit = m_displayUnit->currentData().toString();
    b.address = m_address->integer().value_or(b.address);
    b.telegram = m_telegram->integer().value_or(b.telegram);
    b.index = m_index->integer().value_or(b.index);
    return b;
}

void BindingForm::emitEdited()
{
    if (m_findings->hasTypingProblems())
        return; // the text stays in its field with a finding until it is a number
    const project::Binding edited = binding();
    if (!(edited == m_binding))
        Q_EMIT this->edited(edited);
}

void BindingForm::showFindings(const QList<project::Finding> &findings)
{
    m_findings->showFindings(findings, project::bindingWhere(m_binding.name, m_connectionName));
}

} // namespace mbus::ui
