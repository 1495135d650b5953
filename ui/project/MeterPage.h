#pragma once

#include "project/Project.h"
#include "project/Validation.h"

#include <QWidget>

class QLineEdit;

// A meter of the project: its name, its wake-up overrides and what is wrong with it or its
// bindings, above its readout (the meter view), split so that the record table keeps the room on a
// short screen.
namespace mbus::ui {

class EngineHost;
class FindingsLabel;
class MeterView;
class WakeUpEditor;

class MeterPage : public QWidget
{
    Q_OBJECT

public:
    explicit MeterPage(EngineHost *host, QWidget *parent = nullptr);

    // Shows the meter at address of connection, with the project's findings that concern it.
    void showMeter(const project::Connection &connection, int address, const QList<project::Finding> &findings);
    QString meterName() const;
    WakeUpEditor *wakeUp() const { return m_wakeUp; }
    MeterView *meterView() const { return m_view; }

Q_SIGNALS:
    void nameEdited();

private:
    QLineEdit *m_name;
    WakeUpEditor *m_wakeUp;
    FindingsLabel *m_findings;
    MeterView *m_view;
};

} // namespace mbus::ui
