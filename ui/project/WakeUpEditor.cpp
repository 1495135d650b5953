#include "WakeUpEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSignalBlocker>
#include <QSpinBox>

namespace mbus::ui {

namespace {
constexpr int Inherit = -1; // the spin boxes' lowest value on a meter: the connection's value
}

WakeUpEditor::WakeUpEditor(Mode mode, QWidget *parent)
    : QGroupBox(tr("Wake-up"), parent)
    , m_mode(mode)
    , m_preamble(new QSpinBox(this))
    , m_reset(new QCheckBox(tr("Application reset before reading"), this))
    , m_margin(new QSpinBox(this))
{
    m_preamble->setObjectName(QStringLiteral("wakeUpPreamble"));
    m_reset->setObjectName(QStringLiteral("wakeUpReset"));
    m_margin->setObjectName(QStringLiteral("wakeUpMargin"));
    const int lowest = inherits() ? Inherit : 0;
    m_preamble->setRange(lowest, project::MaxWakeUpCharacters);
    m_preamble->setSingleStep(48);
    m_preamble->setSuffix(tr(" characters"));
    m_preamble->setToolTip(tr("0x55 characters sent at the bus rate before the read, for battery meters and "
                              "optical heads that sleep (about 2.2 s: 528 at 2400 Bd); 0 = none"));
    m_reset->setTristate(inherits());
    m_reset->setToolTip(tr("Some meters send the wanted telegram only after an application reset (CI 0x50)"));
    m_margin->setRange(lowest, project::MaxExtraMarginMs);
    m_margin->setSingleStep(100);
    m_margin->setSuffix(tr(" ms"));
    m_margin->setToolTip(tr("Added to every answer window of the read, for meters slower than EN 13757-2 allows"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Preamble"), m_preamble);
    form->addRow(QString(), m_reset);
    form->addRow(tr("Extra answer margin"), m_margin);

    connect(m_preamble, &QSpinBox::editingFinished, this, &WakeUpEditor::edited);
    connect(m_margin, &QSpinBox::editingFinished, this, &WakeUpEditor::edited);
    connect(m_reset, &QCheckBox::stateChanged, this, &WakeUpEditor::edited);
}

void WakeUpEditor::setValues(const project::WakeUpOverride &values, const project::WakeUpOptions &inherited)
{
    const QSignalBlocker blockReset(m_reset);
    if (inherits()) {
        m_preamble->setSpecialValueText(tr("as connection (%1)").arg(inherited.preambleCharacters));
        m_margin->setSpecialValueText(tr("as connection (%1 ms)").arg(inherited.extraMarginMs));
    }
    m_preamble->setValue(values.preambleCharacters.value_or(inherits() ? Inherit : 0));
    m_margin->setValue(values.extraMarginMs.value_or(inherits() ? Inherit : 0));
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
    project::WakeUpOverride w;
    if (m_preamble->value() != Inherit)
        w.preambleCharacters = m_preamble->value();
    if (m_margin->value() != Inherit)
        w.extraMarginMs = m_margin->value();
    if (m_reset->checkState() != Qt::PartiallyChecked)
        w.resetBeforeRead = m_reset->checkState() == Qt::Checked;
    return w;
}

} // namespace mbus::ui
