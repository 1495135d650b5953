#pragma once

#include <QLineEdit>

#include <optional>

// A number the user types as text. What is typed stays as typed: a spin box turns 300 into 30 when
// its range ends at 255, and that silent change is what an engineer on site must never meet. The
// form's validation says why a number is out of range; this field says when the text is no number.
namespace mbus::ui {

class NumberField : public QLineEdit
{
    Q_OBJECT

public:
    enum class Kind : std::uint8_t { Integer, Decimal };

    explicit NumberField(Kind kind, QWidget *parent = nullptr);

    // Shows the number in the user's locale (no group separators: a value to edit, not to read).
    void setNumber(double value);
    void setInteger(int value) { setNumber(value); }
    // The typed number, in the user's locale or with a point; nullopt for empty or non-numeric
    // text, for a fraction in an integer field, or beyond what an int holds.
    std::optional<double> number() const;
    std::optional<int> integer() const;
    bool isEmptyText() const;
    // "" when the text is a number (or empty and allowed to be), else why not, for the form's findings.
    QString problem() const;
    // An empty field means "not set" (a meter's wake-up inherits the connection's): no problem.
    void setEmptyAllowed(bool allowed) { m_emptyAllowed = allowed; }
    // Empty text (when allowed), remembered as what the project holds.
    void clearNumber();
    // The text of the number the project holds (what setNumber last showed), for "not applied" findings.
    QString appliedText() const { return m_applied; }

private:
    void markProblem();

    Kind m_kind;
    bool m_emptyAllowed = false;
    QString m_applied;
};

} // namespace mbus::ui
