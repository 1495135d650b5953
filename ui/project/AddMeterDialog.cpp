#include "AddMeterDialog.h"

#include "common/NumberField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace mbus::ui {

AddMeterDialog::AddMeterDialog(const project::Connection &connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_address(new NumberField(NumberField::Kind::Integer, this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add meter"));
    m_address->setObjectName(QStringLiteral("address"));
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_address->setInteger(1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Primary address (1..250)"), m_address);
    form->addRow(m_hint);
    form->addRow(m_buttons);
    connect(m_address, &QLineEdit::textChanged, this, &AddMeterDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

int AddMeterDialog::address() const
{
    return m_address->integer().value_or(-1);
}

void AddMeterDialog::check()
{
    QString hint = m_address->problem();
    bool ok = hint.isEmpty();
    const int a = address();
    if (ok && (a < 0 || a > 250)) {
        hint = tr("%1 is not a primary address: 1..250 (0 is the factory default)").arg(a);
        ok = false;
    } else if (ok && a == 0) {
        hint = tr("Address 0 is the factory default: every new meter answers there. Give the meter its own "
                  "address with Bus > Commissioning assistant.");
    } else if (ok) {
        for (const project::Meter &m : m_connection.allMeters()) {
            if (m.address == a)
                hint = tr("The project has meter %1 at this address already: it will be selected.").arg(m.name.isEmpty() ? QString::number(a) : m.name);
        }
    }
    m_hint->setText(hint);
    m_hint->setStyleSheet(ok ? QString() : QStringLiteral("color: #c02020"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace mbus::ui
