#include "WakeUpEditor.h"

#include "common/NumberField.h"
#include "project/FindingsLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSignalBlocker>

namespace mbus::ui {

WakeUpEditor::WakeUpEditor(Mode mode, QWidget *parent)
    : QGroupBox(tr("Wake-up"), parent)
    , m_mode(mode)
    , m_preamble(new NumberField(NumberField::Kind::Integer, this))
    , m_reset(new QCheckBox(tr("Application reset before reading"), this))
    , m_margin(new NumberField(NumberField::Kind::Integer, this))
    , m_typing(new FindingsLabel(this))
{
    m_preamble->setObjectName(QStringLiteral("wakeUpPreamble"));
    m_reset->setObjectName(QStringLiteral("wakeUpReset"));
    m_margin->setObjectName(QStringLiteral("wakeUpMargin"));
    m_preamble->setEmptyAllowed(inherits());
    m_margin->setEmptyAllowed(inherits());
    m_preamble->setToolTip(tr("0x55 characters sent at the bus rate before the read, for battery meters and "
                              "optical heads that sleep (about 2.2 s: 528 at 2400 Bd); 0 = none"));
    m_reset->setTristate(inherits());
    m_reset->setToolTip(tr("Some meters send the wanted telegram only after an application reset (CI 0x50)"));
    m_margin->setToolTip(tr("Added to every answer window of the read, for meters slower than EN 13757-2 allows"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Preamble (characters)"), m_preamble);
    form->addRow(QString(), m_reset);
    form->addRow(tr("Extra answer margin (ms)"), m_margin);
    form->addRow(m_typing);
    m_typing->watch(m_preamble, QT_TRANSLATE_NOOP("mbus::project::Field", "Wake-up preamble"));
    m_typing->watch(m_margin, QT_TRANSLATE_NOOP("mbus::project::Field", "Extra answer margin"));

    connect(m_preamble, &QLineEdit::editingFinished, this, &WakeUpEditor::emitEdited);
    connect(m_margin, &QLineEdit::editingFinished, this, &WakeUpEditor::emitEdited);
    connect(m_reset, &QCheckBox::stateChanged, this, &WakeUpEditor::emitEdited);
}

void WakeUpEditor::emitEdited()
{
    // Text that is no number stays in its field with a finding; nothing is applied until it is.
    if (!m_typing->hasTypingProblems())
        Q_EMIT edited();
}

void WakeUpEditor::setValues(const project::WakeUpOverride &values, const project::WakeUpOptions &inherited)
{
    m_values = values;
    const QSignalBlocker blockReset(m_reset);
    if (inherits()) {
        m_preamble->setPlaceholderText(tr("as connection (%1)").arg(inherited.preambleCharacters));
        m_margin->setPlaceholderText(tr("as connection (%1 ms)").arg(inherited.extraMarginMs));
    }
    const auto show = [this](NumberField *field, std::optional<int> value) {
        if (value || !inherits())
            field->setInteger(value.value_or(0));
        else
            field->clearNumber();
    };
    show(m_preamble, values.preambleCharacters);
    show(m_margin, values.extraMarginMs);
    if (values.resetBeforeRead)
        m_reset->setCheckState(*values.resetBeforeRead ? Qt::Checked : Qt::Unchecked);
    else
        m_reset->setCheckState(inherits() ? Qt::PartiallyChecked : Qt::Unchecked);
    m_reset->setToolTip(inherits() && !values.resetBeforeRead
                            ? tr("As the connection: %1").arg(inherited.resetBeforeRead ? tr("reset") : tr("no reset"))
                            : tr("Some meters send the wanted telegram only after an application reset (CI 0x50)"));
}

project::WakeUpOverride WakeUpEditor::values() const
{
    project::WakeUpOverride w = m_values;
    const auto read = [this](const NumberField *field, std::optional<int> &value) {
        if (inherits() && field->isEmptyText())
            value.reset();
        else if (const std::optional<int> typed = field->integer())
            value = typed; // else the value it had: the finding says the text is not applied
    };
    read(m_preamble, w.preambleCharacters);
    read(m_margin, w.extraMarginMs);
    if (m_reset->checkState() != Qt::PartiallyChecked)
        w.resetBeforeRead = m_reset->checkState() == Qt::Checked;
    else
        w.resetBeforeRead.reset();
    return w;
}

} // namespace mbus::ui
