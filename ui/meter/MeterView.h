#pragma once

#include "bus/Reply.h"
#include "decode/Telegram.h"
#include "engine/BindingProposal.h"
#include "project/Project.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

// One meter of a connection: read it (through the connection's request port, polling or not),
// its telegrams decoded into the record table, the frame's bytes annotated beside it; selecting
// a record highlights its bytes, and selected records become bindings ("Create bindings"). A read
// can be cancelled, and a failed one says what to check. The records' context menu binds, trends
// and copies them; the readout can be saved for support; the meter's primary address and baud
// rate are set through the commissioning assistant's core (MeterSettingsActions).
namespace mbus::ui {

class EngineHost;
class HexView;
class MeterSettingsActions;
class ProjectDocument;
class RecordTableModel;

class MeterView : public QWidget
{
    Q_OBJECT

public:
    explicit MeterView(EngineHost *host, QWidget *parent = nullptr);

    // The meter to show; its last read is shown again at once, when there was one.
    void setMeter(const QString &connection, const project::Meter &meter, const QList<project::Binding> &bindings);
    // The wake-up the meter's read uses (its own fields over the connection's).
    void setWakeUp(const project::WakeUpOptions &wakeUp) { m_wakeUp = wakeUp; }
    // Where the connection's settings (tries, timeout, baud, port) and the other meters come from.
    void setDocument(const ProjectDocument *document) { m_document = document; }
    QString connection() const { return m_connection; }
    int address() const { return m_meter.address; }
    const QList<decode::Telegram> &telegrams() const;
    QList<engine::RecordPick> selectedRecords() const;
    void selectRecord(int telegramNumber, int index);

    RecordTableModel *model() const { return m_model; }
    QString statusText() const;
    bool isReading() const { return m_pending; }
    // The selected rows as tab-separated text (also on the clipboard by copySelection()).
    QString selectionText() const;
    // The bound tags among the selected records.
    QStringList selectedTags() const;
    // The readout: records as CSV at csvPath, the telegrams as hex beside it (.hex).
    bool saveReadout(const QString &csvPath, QString *errorText) const;
    // "67001001…" from the read, the project's secondary address, else "address-7".
    QString meterIdentity() const;

public Q_SLOTS:
    void read();
    void cancelRead();
    void copySelection();
    void saveReadoutWithDialog();
    void setPrimaryAddress();
    void setBaudRate();

Q_SIGNALS:
    void readFinished(bool ok);
    void createBindingsRequested(const QString &connection, int address, const QList<mbus::engine::RecordPick> &records);
    // "Add to trend" on bound records.
    void trendRequested(const QStringList &tags);
    // The meter answers at to now (verified): the project's meter and bindings should follow.
    void meterReaddressed(const QString &connection, int from, int to, const QString &secondary);
    // The meter was switched to baud and the user wants the connection's line to follow.
    void lineBaudRequested(const QString &connection, int baud);

private:
    void createActions();
    void showRecordMenu(const QPoint &position);
    void onOutcome(const bus::Outcome &outcome);
    void showProgress();
    const project::Connection *projectConnection() const;
    QString secondaryAddress() const;
    void showTelegrams(const QList<decode::Telegram> &telegrams);
    void showHeader(const QList<decode::Telegram> &telegrams);
    void onCurrentRowChanged(int row);
    void updateButtons();
    QString cacheKey() const { return m_connection + QLatin1Char('/') + QString::number(m_meter.address); }

    EngineHost *m_host;
    const ProjectDocument *m_document = nullptr;
    QString m_connection;
    project::Meter m_meter;
    project::WakeUpOptions m_wakeUp;
    QHash<QString, QList<decode::Telegram>> m_lastRead; // "connection/address" -> telegrams
    QPointer<bus::Reply> m_pending;
    QElapsedTimer m_readClock;
    QTimer m_progress; // the elapsed time while a read waits
    int m_shownTelegram = -1;
    QLabel *m_title;
    QLabel *m_header;
    QLabel *m_status;
    QPushButton *m_read;
    QPushButton *m_cancel;
    QPushButton *m_createBindings;
    QPushButton *m_saveReadout;
    QPushButton *m_setAddress;
    QPushButton *m_setBaud;
    QAction *m_bindAction = nullptr;
    QAction *m_trendAction = nullptr;
    QAction *m_copyAction = nullptr;
    MeterSettingsActions *m_settings;
    QString m_saveDir;
    RecordTableModel *m_model;
    QTableView *m_table;
    HexView *m_hex;
    bool m_columnsRestored = false; // the user's column widths from an earlier session
    bool m_sizingColumns = false;   // fitting columns ourselves: not the user's widths to keep
};

} // namespace mbus::ui
