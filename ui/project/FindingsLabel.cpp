#include "FindingsLabel.h"

#include "common/NumberField.h"

#include <QCoreApplication>

namespace mbus::ui {

FindingsLabel::FindingsLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    hide();
}

void FindingsLabel::showFindings(const QList<project::Finding> &findings, const QString &prefix)
{
    m_shown.clear();
    for (const project::Finding &f : findings) {
        if (f.where.startsWith(prefix))
            m_shown << f;
    }
    render();
}

void FindingsLabel::watch(NumberField *field, const char *fieldName)
{
    m_watched.append({field, fieldName});
    connect(field, &QLineEdit::textChanged, this, &FindingsLabel::render);
}

bool FindingsLabel::hasTypingProblems() const
{
    for (const Watched &w : m_watched) {
        if (w.field && !w.field->problem().isEmpty())
            return true;
    }
    return false;
}

void FindingsLabel::render()
{
    const auto line = [](bool error, const QString &field, const QString &message) {
        return QStringLiteral("<span style=\"color:%1\">%2 <b>%3</b>: %4</span>")
            .arg(error ? QStringLiteral("#c02020") : QStringLiteral("#a07000"), error ? tr("Error") : tr("Warning"),
                 field.toHtmlEscaped(), message.toHtmlEscaped());
    };
    m_errors = 0;
    m_warnings = 0;
    QStringList lines;
    for (const Watched &w : m_watched) {
        const QString problem = w.field ? w.field->problem() : QString();
        if (problem.isEmpty())
            continue;
        m_errors += 1;
        const QString kept = w.field->appliedText().isEmpty() ? tr("not applied") : tr("not applied: the project keeps %1").arg(w.field->appliedText());
        lines << line(true, QCoreApplication::translate("mbus::project::Field", w.name), tr("%1 (%2)").arg(problem, kept));
    }
    for (const project::Finding &f : std::as_const(m_shown)) {
        const bool error = f.severity == project::Finding::Severity::Error;
        (error ? m_errors : m_warnings) += 1;
        lines << line(error, f.fieldText(), f.message);
    }
    setText(lines.join(QStringLiteral("<br>")));
    setVisible(!lines.isEmpty());
}

} // namespace mbus::ui
