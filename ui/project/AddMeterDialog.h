#pragma once

#include "project/Project.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

// "Add meter…": the primary address as typed (no spin box turning 300 into 30), with a word on
// what the address means for this connection before the meter is added: not an address, the
// factory default 0, or a meter the project has there already.
namespace mbus::ui {

class NumberField;

class AddMeterDialog : public QDialog
{
    Q_OBJECT

public:
    AddMeterDialog(const project::Connection &connection, QWidget *parent = nullptr);
    int address() const;

private:
    void check();

    project::Connection m_connection;
    NumberField *m_address;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace mbus::ui
