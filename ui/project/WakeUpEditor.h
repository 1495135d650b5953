#pragma once

#include "project/WakeUp.h"

#include <QGroupBox>

class QCheckBox;
class QSpinBox;

// The compact "Wake-up" group: 0x55 preamble length, application reset before reading, extra
// answer margin. On a connection it edits the defaults; on a meter each field may also be left
// to inherit the connection's value (the spin boxes' lowest entry, the check box's middle state).
namespace mbus::ui {

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

    QSpinBox *preamble() const { return m_preamble; }
    QCheckBox *resetBeforeRead() const { return m_reset; }
    QSpinBox *extraMargin() const { return m_margin; }

Q_SIGNALS:
    void edited();

private:
    bool inherits() const { return m_mode == Mode::Override; }

    Mode m_mode;
    QSpinBox *m_preamble;
    QCheckBox *m_reset;
    QSpinBox *m_margin;
};

} // namespace mbus::ui
