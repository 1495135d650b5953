#include "TrendToolbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QToolButton>

namespace mbus::ui {

TrendToolbar::TrendToolbar(QWidget *parent)
    : QWidget(parent)
    , m_follow(new QToolButton(this))
    , m_window(new QComboBox(this))
    , m_csv(new QToolButton(this))
{
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest values in view; dragging or zooming the trend pauses"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    connect(m_follow, &QToolButton::toggled, this, &TrendToolbar::followToggled);

    m_window->setToolTip(tr("Time span shown while following"));
    const std::pair<QString, double> spans[] = {{tr("1 minute"), 60},       {tr("10 minutes"), 600},
                                                {tr("1 hour"), 3600},       {tr("8 hours"), 8 * 3600},
                                                {tr("24 hours"), 24 * 3600}, {tr("All"), 0}};
    for (const auto &[text, seconds] : spans)
        m_window->addItem(text, seconds);
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this](int index) { Q_EMIT windowChosen(m_window->itemData(index).toDouble()); });

    auto *png = new QToolButton(this);
    png->setText(tr("Export PNG…"));
    png->setToolTip(tr("Save the trend as it is shown as a picture"));
    connect(png, &QToolButton::clicked, this, &TrendToolbar::exportPngRequested);
    m_csv->setText(tr("Export CSV…"));
    m_csv->setToolTip(tr("Save every recorded sample of the trend's tags"));
    connect(m_csv, &QToolButton::clicked, this, &TrendToolbar::exportCsvRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_follow);
    layout->addWidget(m_window);
    layout->addStretch(1);
    layout->addWidget(png);
    layout->addWidget(m_csv);
}

void TrendToolbar::setFollowing(bool following)
{
    const QSignalBlocker blocker(m_follow);
    m_follow->setChecked(following);
}

void TrendToolbar::setWindowSeconds(double seconds)
{
    const QSignalBlocker blocker(m_window);
    m_window->setCurrentIndex(m_window->findData(seconds)); // none shown for a span not listed
}

void TrendToolbar::setCsvExportRunning(bool running)
{
    m_csv->setEnabled(!running);
}

} // namespace mbus::ui
