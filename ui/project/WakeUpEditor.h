#pragma once

#include "project/WakeUp.h"

#include <QGroupBox>

class QCheckBox;

// The compact "Wake-up" group: 0x55 preamble length, application reset before reading, extra
// answer margin. On a connection it edits the defaults; on a meter each field may also be left
// to inherit the connection's value (an empty number field, the check box's middle state).
namespace mbus::ui {

class FindingsLabel;
class NumberField;

class WakeUpEditor : public QGroupBox
{
    Q_OBJECT

public:
    enum class Mode { Defaults, Override };
    explicit WakeUpEditor(Mode mode, QWidget *parent = nullptr);

    // values: what the fields show (in Defaults mode every field is set); inherited: what an unset
    // field of a meter stands for.
    void setValues(const project::WakeUpOverride &values, const project::WakeUpOptions &inherited = {});
    project::WakeUpOverride values() const;

    NumberField *preamble() const { return m_preamble; }
    QCheckBox *resetBeforeRead() const { return m_reset; }
    NumberField *extraMargin() const { return m_margin; }

Q_SIGNALS:
    void edited();

private:
    bool inherits() const { return m_mode == Mode::Override; }

    void emitEdited();

    Mode m_mode;
    project::WakeUpOverride m_values; // as last set: what a field whose text is no number keeps
    NumberField *m_preamble;
    QCheckBox *m_reset;
    NumberField *m_margin;
    FindingsLabel *m_typing;
};

} // namespace mbus::ui
