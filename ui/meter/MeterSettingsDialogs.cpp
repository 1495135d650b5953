#include "MeterSettingsDialogs.h"

#include "common/NumberField.h"
#include "link/CiField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mbus::ui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent, const QString &name = {})
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setObjectName(name);
    return label;
}

} // namespace

QString MeterNaming::text() const
{
    const QString who = name.isEmpty() ? tr("The meter at address %1").arg(address)
                                       : tr("%1 at address %2").arg(name).arg(address);
    return secondary.isEmpty() ? who : tr("%1 (secondary address %2)").arg(who, secondary);
}

ReaddressDialog::ReaddressDialog(const MeterNaming &meter, const QMap<int, QString> &used, QWidget *parent)
    : QDialog(parent)
    , m_meter(meter)
    , m_used(used)
    , m_address(new NumberField(NumberField::Kind::Integer, this))
    , m_finding(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Set primary address"));
    m_address->setObjectName(QStringLiteral("newAddressField"));
    m_finding->setObjectName(QStringLiteral("findingLabel"));
    m_finding->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set address"));
    auto *form = new QFormLayout;
    form->addRow(tr("New primary address:"), m_address);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(meter.text() + QLatin1Char('.'), this, QStringLiteral("meterLabel")));
    layout->addWidget(wrapped(tr("The meter is selected by its secondary address and told its new primary address "
                                 "(SND_UD, CI 0x51), then read at the new address to prove it. The project's meter and "
                                 "its bindings follow, as one step you can undo."), this));
    layout->addLayout(form);
    layout->addWidget(m_finding);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &ReaddressDialog::check);
    check();
}

std::optional<int> ReaddressDialog::newAddress() const
{
    const std::optional<int> a = m_address->integer();
    if (!a || *a < 1 || *a > 250 || *a == m_meter.address)
        return std::nullopt;
    return a;
}

QString ReaddressDialog::findingText() const
{
    return m_finding->text();
}

void ReaddressDialog::check()
{
    const std::optional<int> a = m_address->integer();
    QString finding;
    if (m_address->isEmptyText())
        finding = tr("Type an address from 1 to 250.");
    else if (!a)
        finding = m_address->problem();
    else if (*a < 1 || *a > 250)
        finding = tr("%1 is no primary address for a meter: use 1 to 250 (0 is the factory default, 251 to 255 are "
                     "reserved).").arg(*a);
    else if (*a == m_meter.address)
        finding = tr("The meter is at %1 already.").arg(*a);
    else if (m_used.contains(*a))
        finding = tr("Warning: %1 uses address %2 in this project; two meters on one address collide.")
                      .arg(m_used.value(*a).isEmpty() ? tr("another meter") : m_used.value(*a))
                      .arg(*a);
    m_finding->setText(finding);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(newAddress().has_value());
}

MeterBaudDialog::MeterBaudDialog(const MeterNaming &meter, int lineBaud, QWidget *parent)
    : QDialog(parent)
    , m_baud(new QComboBox(this))
{
    setWindowTitle(tr("Set baud rate"));
    m_baud->setObjectName(QStringLiteral("baudBox"));
    // The rates EN 13757-3 has a switch CI for (0xB8..0xBF).
    for (int ci = link::CiField::BaudRate300; ci <= link::CiField::BaudRate38400; ++ci) {
        const int rate = link::CiField::baudRateOf(std::uint8_t(ci));
        if (rate != lineBaud)
            m_baud->addItem(tr("%1 Bd").arg(rate), rate);
    }
    setNewBaud(lineBaud == 9600 ? 2400 : 9600);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Switch"));
    auto *form = new QFormLayout;
    form->addRow(tr("New baud rate:"), m_baud);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(meter.text() + QLatin1Char('.'), this, QStringLiteral("meterLabel")));
    layout->addWidget(wrapped(tr("The meter is told at %1 Bd to answer at the new rate (CI 0xB8..0xBF), then read at the "
                                 "new rate to prove it; a meter that did not switch is read at %1 Bd again. The connection "
                                 "stays at %1 Bd: afterwards it has to be switched too, and every other meter on the bus "
                                 "with it.").arg(lineBaud), this));
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int MeterBaudDialog::newBaud() const
{
    return m_baud->currentData().toInt();
}

void MeterBaudDialog::setNewBaud(int baud)
{
    const int i = m_baud->findData(baud);
    if (i >= 0)
        m_baud->setCurrentIndex(i);
}

} // namespace mbus::ui
