#pragma once

#include "project/Validation.h"

#include <QLabel>
#include <QPointer>

// Inline validation under a form: the findings for what the form shows, errors red, warnings amber,
// and, while the user types, the number fields whose text is no number (the form keeps such text
// and does not apply it: nothing is changed behind the user's back).
namespace mbus::ui {

class NumberField;

class FindingsLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FindingsLabel(QWidget *parent = nullptr);
    // Shows the findings whose "where" starts with prefix; hides itself when there are none.
    void showFindings(const QList<project::Finding> &findings, const QString &prefix);
    // A number field of the form, named as validation names the field (English, translated in the
    // "mbus::project::Field" context): its typing problems are shown with the findings.
    void watch(NumberField *field, const char *fieldName);
    bool hasTypingProblems() const;
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

private:
    void render();

    struct Watched
    {
        QPointer<NumberField> field;
        const char *name;
    };
    QList<project::Finding> m_shown;
    QList<Watched> m_watched;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace mbus::ui
