#pragma once

#include "meter/MeterSettingsDialogs.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace mbus::commission {
class BaudSwitcher;
class PlanRunner;
} // namespace mbus::commission

// The meter view's "Set primary address…" and "Set baud rate…" for the one meter it shows,
// through the commissioning assistant's core: PlanRunner moves the meter (select by secondary
// address, SND_UD CI 0x51, read back at the new address) and BaudSwitcher switches it (CI
// 0xB8..0xBF, read at the new rate, back to the old one if it did not follow). Each asks first,
// in a dialog that names the meter and says what will be sent. The project is not edited here:
// readdressed() and lineBaudRequested() ask the window to, as undoable edits.
namespace mbus::ui {

class EngineHost;

class MeterSettingsActions : public QObject
{
    Q_OBJECT

public:
    MeterSettingsActions(EngineHost *host, QWidget *dialogParent);
    ~MeterSettingsActions() override;

    bool isBusy() const;
    // used: the connection's other meters by address (address -> name), for the warning.
    void setAddress(const QString &connection, const MeterNaming &meter, const QMap<int, QString> &used);
    void setBaud(const QString &connection, const MeterNaming &meter, int lineBaud);
    void cancel();

Q_SIGNALS:
    void progress(const QString &text);
    void finished(bool ok, const QString &text);
    void readdressed(const QString &connection, int from, int to, const QString &secondary);
    void lineBaudRequested(const QString &connection, int baud);

private:
    void onBaudFinished(bool switched, int newBaud);
    void askToFollow(int newBaud);
    void resumePolling();

    EngineHost *m_host;
    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<commission::PlanRunner> m_runner;
    std::unique_ptr<commission::BaudSwitcher> m_switcher;
    QString m_connection;
    MeterNaming m_meter;
    int m_lineBaud = 0;
    bool m_wasPolling = false;
    QStringList m_baudTexts;
};

} // namespace mbus::ui
