#include "NumberField.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace mbus::ui {

NumberField::NumberField(Kind kind, QWidget *parent)
    : QLineEdit(parent)
    , m_kind(kind)
{
    connect(this, &QLineEdit::textChanged, this, &NumberField::markProblem);
}

void NumberField::setNumber(double value)
{
    QLocale plain = locale();
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    m_applied = m_kind == Kind::Integer ? plain.toString(qint64(std::llround(value))) : plain.toString(value, 'g', 12);
    setText(m_applied);
}

void NumberField::clearNumber()
{
    m_applied.clear();
    clear();
}

std::optional<double> NumberField::number() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = locale().toDouble(typed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(typed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    if (m_kind == Kind::Integer
        && (value != std::floor(value) || value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()))
        return std::nullopt;
    return value;
}

std::optional<int> NumberField::integer() const
{
    const std::optional<double> value = number();
    if (!value || *value != std::floor(*value) || *value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*value);
}

bool NumberField::isEmptyText() const
{
    return text().trimmed().isEmpty();
}

QString NumberField::problem() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return m_emptyAllowed ? QString() : tr("empty: type a number");
    if (number())
        return {};
    bool ok = false;
    double value = locale().toDouble(typed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(typed, &ok);
    if (!ok || !std::isfinite(value))
        return tr("\"%1\" is not a number").arg(typed);
    if (value != std::floor(value))
        return tr("\"%1\" is not a whole number").arg(typed);
    return tr("\"%1\" is too large").arg(typed);
}

void NumberField::markProblem()
{
    // A red frame while the text is no number: the form's findings say why.
    const bool bad = !problem().isEmpty();
    if (property("numberProblem").toBool() == bad)
        return;
    setProperty("numberProblem", bad);
    setStyleSheet(bad ? QStringLiteral("border: 1px solid #c02020;") : QString());
}

} // namespace mbus::ui
