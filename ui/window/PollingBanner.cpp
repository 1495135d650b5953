#include "PollingBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace mbus::ui {

PollingBanner::PollingBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_start(new QPushButton(tr("Start (F5)"), this))
{
    setObjectName(QStringLiteral("pollingBanner"));
    m_start->setObjectName(QStringLiteral("startPollingButton"));
    m_text->setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#pollingBanner { background: #fff4ce; border: 1px solid #d8b100; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_start);
    connect(m_start, &QPushButton::clicked, this, &PollingBanner::startRequested);
    hide();
}

void PollingBanner::showState(int enabled, int running, const QString &why)
{
    if (enabled == 0 || running > 0) {
        hide();
        return;
    }
    m_text->setText(why.isEmpty() ? tr("<b>Polling stopped</b>: no connection is reading its meters.")
                                  : tr("<b>Polling stopped</b>: %1").arg(why.toHtmlEscaped()));
    show();
}

} // namespace mbus::ui
