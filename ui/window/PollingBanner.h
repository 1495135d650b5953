#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// The bar above the project that says polling is stopped, with the button to start it: a new or
// reopened project that does not poll must say so where the engineer looks, not only in the
// status bar.
namespace mbus::ui {

class PollingBanner : public QFrame
{
    Q_OBJECT

public:
    explicit PollingBanner(QWidget *parent = nullptr);
    // Shown while connections could poll and none does; why says what stops them, if anything.
    void showState(int enabled, int running, const QString &why = {});

Q_SIGNALS:
    void startRequested();

private:
    QLabel *m_text;
    QPushButton *m_start;
};

} // namespace mbus::ui
