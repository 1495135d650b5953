#include "MeterSettingsActions.h"

#include "window/EngineHost.h"

#include "commission/BaudSwitcher.h"
#include "commission/PlanRunner.h"
#include "decode/DataHeader.h"

#include <QMessageBox>
#include <QTimer>

namespace mbus::ui {

MeterSettingsActions::MeterSettingsActions(EngineHost *host, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_host(host)
    , m_dialogParent(dialogParent)
{
}

MeterSettingsActions::~MeterSettingsActions()
{
    // The view that listens is going away with us, and the window's host may be gone already.
    blockSignals(true);
    m_wasPolling = false;
    cancel();
}

bool MeterSettingsActions::isBusy() const
{
    return (m_runner && m_runner->isBusy()) || (m_switcher && m_switcher->isRunning());
}

void MeterSettingsActions::cancel()
{
    if (m_runner)
        m_runner->cancel();
    if (m_switcher && m_switcher->isRunning())
        m_switcher->cancel(); // finished() follows at once and resumes polling
}

void MeterSettingsActions::setAddress(const QString &connection, const MeterNaming &meter, const QMap<int, QString> &used)
{
    if (isBusy())
        return;
    const auto secondary = link::SecondaryAddress::fromString(meter.secondary);
    if (!secondary) {
        Q_EMIT finished(false, tr("Read the meter first: its secondary address identifies it for the change."));
        return;
    }
    ReaddressDialog dialog(meter, used, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || !dialog.newAddress())
        return;
    bus::RequestPort *port = m_host->port(connection);
    if (!port) {
        Q_EMIT finished(false, tr("The connection is disabled: enable it to change its meters."));
        return;
    }
    const int to = *dialog.newAddress();
    commission::SurveyedMeter surveyed;
    surveyed.secondary = *secondary;
    surveyed.manufacturer = decode::manufacturerCode(secondary->manufacturer);
    surveyed.primaryBefore = meter.address;
    commission::AddressMove move;
    move.meter = 0;
    move.from = meter.address;
    move.to = to;
    m_runner = std::make_unique<commission::PlanRunner>(*port, QList<commission::SurveyedMeter>{surveyed},
                                                        QList<commission::AddressMove>{move});
    connect(m_runner.get(), &commission::PlanRunner::moveStarted, this, [this](int, const QString &text) {
        Q_EMIT progress(text + QStringLiteral("…"));
    });
    connect(m_runner.get(), &commission::PlanRunner::moveFinished, this,
            [this, connection, from = meter.address, to, text = meter.secondary](int, bool ok, const QString &outcome) {
                if (ok)
                    Q_EMIT readdressed(connection, from, to, text);
                Q_EMIT finished(ok, ok ? tr("Primary address set: %1.").arg(outcome) : tr("Primary address not set: %1.").arg(outcome));
            });
    m_runner->applyNext();
}

void MeterSettingsActions::setBaud(const QString &connection, const MeterNaming &meter, int lineBaud)
{
    if (isBusy())
        return;
    MeterBaudDialog dialog(meter, lineBaud, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    bus::RequestPort *port = m_host->port(connection);
    if (!port) {
        Q_EMIT finished(false, tr("The connection is disabled: enable it to change its meters."));
        return;
    }
    m_connection = connection;
    m_meter = meter;
    m_lineBaud = lineBaud;
    m_baudTexts.clear();
    // The switch moves the master's UART between the rates: no poll may come between.
    m_wasPolling = m_host->isRunning(connection);
    m_host->stop(connection);
    const int newBaud = dialog.newBaud();
    commission::BaudTarget target;
    target.address = meter.address;
    target.secondary = link::SecondaryAddress::fromString(meter.secondary);
    target.label = meter.text();
    m_switcher = std::make_unique<commission::BaudSwitcher>(*port, lineBaud, newBaud, false);
    connect(m_switcher.get(), &commission::BaudSwitcher::progress, this, &MeterSettingsActions::progress);
    connect(m_switcher.get(), &commission::BaudSwitcher::refused, this, [this](const QString &text) {
        m_baudTexts << tr("The link cannot change its rate (%1): nothing was switched.").arg(text);
    });
    connect(m_switcher.get(), &commission::BaudSwitcher::meterDone, this,
            [this](int, bool, const QString &text) { m_baudTexts << text; });
    connect(m_switcher.get(), &commission::BaudSwitcher::finished, this,
            [this, newBaud](bool switched, int) { onBaudFinished(switched, newBaud); });
    m_switcher->start({target});
}

void MeterSettingsActions::onBaudFinished(bool switched, int newBaud)
{
    resumePolling();
    const QString texts = m_baudTexts.join(QStringLiteral("; "));
    Q_EMIT finished(switched, switched ? tr("Baud rate switched: %1.").arg(texts) : tr("Baud rate not switched: %1.").arg(texts));
    // Asked after the switcher's signal has returned: the question runs an event loop.
    if (switched)
        QTimer::singleShot(0, this, [this, newBaud] { askToFollow(newBaud); });
}

void MeterSettingsActions::askToFollow(int newBaud)
{
    QMessageBox box(QMessageBox::Question, tr("Switch the connection too?"),
                    tr("%1 answers at %2 Bd now. The connection \"%3\" still runs at %4 Bd and will not read it until "
                       "its line is switched too; every other meter on this bus must be at %2 Bd then as well.\n\n"
                       "Set the connection to %2 Bd now?")
                        .arg(m_meter.text())
                        .arg(newBaud)
                        .arg(m_connection)
                        .arg(m_lineBaud),
                    QMessageBox::Yes | QMessageBox::No, m_dialogParent);
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() == QMessageBox::Yes)
        Q_EMIT lineBaudRequested(m_connection, newBaud);
}

void MeterSettingsActions::resumePolling()
{
    if (m_wasPolling)
        m_host->start(m_connection);
    m_wasPolling = false;
}

} // namespace mbus::ui
