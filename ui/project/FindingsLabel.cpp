#include "FindingsLabel.h"

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
    m_errors = 0;
    m_warnings = 0;
    QStringList lines;
    for (const project::Finding &f : findings) {
        if (!f.where.startsWith(prefix))
            continue;
        const bool error = f.severity == project::Finding::Severity::Error;
        (error ? m_errors : m_warnings) += 1;
        lines << QStringLiteral("<span style=\"color:%1\">%2 <b>%3</b>: %4</span>")
                     .arg(error ? QStringLiteral("#c02020") : QStringLiteral("#a07000"),
                          error ? tr("Error") : tr("Warning"), f.fieldText().toHtmlEscaped(), f.message.toHtmlEscaped());
    }
    setText(lines.join(QStringLiteral("<br>")));
    setVisible(!lines.isEmpty());
}

} // namespace mbus::ui
