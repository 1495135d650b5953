#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

class QTableView;

// Columns of a table that widen to what they show, measured at most every FitIntervalMs and only
// while the table is in view. QHeaderView::ResizeToContents measures every row of every column
// on each change: a table that every poll cycle updates paid that on the GUI thread many times a
// second, even hidden behind another dock tab. Widening only: a column the user widened keeps its
// width; one narrowed below its contents widens again after the next change.
namespace mbus::ui {

class ColumnFitter : public QObject
{
public:
    static constexpr int FitIntervalMs = 2000;

    // skipped: columns left to the user (sentences that would take the whole width).
    explicit ColumnFitter(QTableView *view, QList<int> skipped = {});
    void fitNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();

    QTableView *m_view;
    QList<int> m_skipped;
    QTimer m_timer;
};

} // namespace mbus::ui
