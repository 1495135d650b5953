#pragma once

#include "project/Validation.h"

#include <QLabel>

// Inline validation under a form: the findings for what the form shows, errors red, warnings amber.
namespace mbus::ui {

class FindingsLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FindingsLabel(QWidget *parent = nullptr);
    // Shows the findings whose "where" starts with prefix; hides itself when there are none.
    void showFindings(const QList<project::Finding> &findings, const QString &prefix);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

private:
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace mbus::ui
