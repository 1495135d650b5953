#pragma once

#include "project/Project.h"
#include "project/Validation.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// Faceplate's plc_mbus_binding form, field for field (Name, Tag, Access, Address, Telegram, Index),
// with the record the binding was made from (signature, description, meter) and the project's
// findings for this binding.
namespace mbus::ui {

class FindingsLabel;
class NumberField;

class BindingForm : public QWidget
{
    Q_OBJECT

public:
    explicit BindingForm(QWidget *parent = nullptr);

    void setBinding(const project::Binding &binding, const QString &connectionName);
    project::Binding binding() const;
    void showFindings(const QList<project::Finding> &findings);
    FindingsLabel *findings() const { return m_findings; }

Q_SIGNALS:
    void edited(const mbus::project::Binding &binding);

private:
    void emitEdited();

    project::Binding m_binding;
    QString m_connectionName;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QCheckBox *m_off;
    QLineEdit *m_tag;
    NumberField *m_scale;
    NumberField *m_offset;
    QComboBox *m_access;
    QComboBox *m_displayUnit;
    NumberField *m_address;
    NumberField *m_telegram;
    NumberField *m_index;
    QLabel *m_record;
    FindingsLabel *m_findings;
};

} // namespace mbus::ui
