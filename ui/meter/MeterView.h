#pragma once

#include "bus/Reply.h"
#include "decode/Telegram.h"
#include "engine/BindingProposal.h"
#include "project/Project.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

// One meter of a connection: read it (through the connection's request port, polling or not),
// its telegrams decoded into the record table, the frame's bytes annotated beside it; selecting
// a record highlights its bytes, and selected records become bindings ("Create bindings").
namespace mbus::ui {

class EngineHost;
class HexView;
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
    QString connection() const { return m_connection; }
    int address() const { return m_meter.address; }
    const QList<decode::Telegram> &telegrams() const;
    QList<engine::RecordPick> selectedRecords() const;
    void selectRecord(int telegramNumber, int index);

    RecordTableModel *model() const { return m_model; }
    QString statusText() const;

public Q_SLOTS:
    void read();

Q_SIGNALS:
    void readFinished(bool ok);
    void createBindingsRequested(const QString &connection, int address, const QList<mbus::engine::RecordPick> &records);

private:
    void onOutcome(const bus::Outcome &outcome);
    void showTelegrams(const QList<decode::Telegram> &telegrams);
    void showHeader(const QList<decode::Telegram> &telegrams);
    void onCurrentRowChanged(int row);
    void updateButtons();
    QString cacheKey() const { return m_connection + QLatin1Char('/') + QString::number(m_meter.address); }

    EngineHost *m_host;
    QString m_connection;
    project::Meter m_meter;
    project::WakeUpOptions m_wakeUp;
    QHash<QString, QList<decode::Telegram>> m_lastRead; // "connection/address" -> telegrams
    QPointer<bus::Reply> m_pending;
    int m_shownTelegram = -1;
    QLabel *m_title;
    QLabel *m_header;
    QLabel *m_status;
    QPushButton *m_read;
    QPushButton *m_createBindings;
    RecordTableModel *m_model;
    QTableView *m_table;
    HexView *m_hex;
    bool m_columnsRestored = false; // the user's column widths from an earlier session
    bool m_sizingColumns = false;   // fitting columns ourselves: not the user's widths to keep
};

} // namespace mbus::ui
