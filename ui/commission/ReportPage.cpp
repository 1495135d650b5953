#include "ReportPage.h"

#include "commission/CommissioningSession.h"
#include "commission/ReportPrinter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mbus::ui {

ReportPage::ReportPage(CommissioningSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Commissioning report"));
    setSubTitle(tr("Every meter with its addresses before and after, the line settings and what is left to do."));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_save = new QPushButton(tr("Save report…"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_print = new QPushButton(tr("Print…"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] { saveReportWithDialog(report(), this); });
    connect(m_print, &QPushButton::clicked, this, [this] { printReport(report(), this); });
    connect(session, &CommissioningSession::busyChanged, this, &ReportPage::completeChanged);
}

void ReportPage::initializePage()
{
    updateSummary();
}

bool ReportPage::isComplete() const
{
    return !m_session->isBusy();
}

commission::CommissioningReport ReportPage::report() const
{
    return m_session->report();
}

void ReportPage::updateSummary()
{
    const commission::CommissioningReport r = report();
    int moved = 0;
    int failed = 0;
    for (const commission::SurveyedMeter &m : r.meters) {
        if (m.primaryAfter >= 0 && m.primaryAfter != m.primaryBefore)
            ++moved;
        if (m.primaryNow() < 0)
            ++failed;
    }
    QStringList lines;
    lines << tr("Connection: %1 (%2)").arg(r.connection, r.link);
    lines << tr("Line settings: %1").arg(QString::fromLatin1(link::lineSettingsText(r.line)));
    lines << tr("Meters surveyed: %1; moved to a new address: %2; not answering: %3").arg(r.meters.size()).arg(moved).arg(failed);
    if (r.meters.isEmpty())
        lines << tr("No survey yet: the report lists the meters once the bus was surveyed (page \"Meters and addresses\").");
    for (const QString &note : r.notes)
        lines << tr("Note: %1").arg(note);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_save->setEnabled(!r.meters.isEmpty() || !r.notes.isEmpty());
    m_print->setEnabled(m_save->isEnabled());
}

} // namespace mbus::ui
