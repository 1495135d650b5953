#pragma once

#include <QWidget>

class QComboBox;
class QToolButton;

// The trend's controls: Follow (on: the newest values stay in view), the span shown while
// following, and the two exports. It only asks; TrendView decides.
namespace mbus::ui {

class TrendToolbar : public QWidget
{
    Q_OBJECT

public:
    explicit TrendToolbar(QWidget *parent = nullptr);

    void setFollowing(bool following);     // without emitting followToggled
    void setWindowSeconds(double seconds); // without emitting windowChosen
    void setCsvExportRunning(bool running);

Q_SIGNALS:
    void followToggled(bool following);
    void windowChosen(double seconds); // 0: the whole history
    void exportPngRequested();
    void exportCsvRequested();

private:
    QToolButton *m_follow;
    QComboBox *m_window;
    QToolButton *m_csv;
};

} // namespace mbus::ui
