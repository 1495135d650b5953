#pragma once

#include "engine/TrafficBatcher.h"
#include "frametext/TrafficAnnotation.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QHash>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <vector>

// The traffic log: every frame in and out of every connection, annotated by core, newest last.
// It records from the start, whether its window is in view or not, so a fault can be looked at
// after it happened. A ring of at most capacity() frames, so a bus that runs for days does not eat
// memory. Frames come cut and annotated (the engine does that on each connection's thread) and are
// queued and turned into rows a few times per second, so a flat-out bus does not stall the GUI. The connection and address filters live here rather than in a proxy: dropping the oldest
// rows of a 10 000-row proxy on every batch is what would make the view slow.
namespace mbus::ui {

class TrafficLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ConnectionColumn, DirectionColumn, AddressColumn, AnnotationColumn, HexColumn, ColumnCount };
    enum Role { BytesRole = Qt::UserRole + 1, OutgoingRole, AddressRole, KindRole };
    // The last frames kept: with the annotation about 0.5 KB each, a few MB.
    static constexpr int DefaultCapacity = 10000;
    static constexpr int BatchIntervalMs = 250;

    // One frame as recorded: when, on which connection, and core's cut and annotation of it.
    struct Frame
    {
        qint64 msecs = 0;
        QString connection;
        frametext::TrafficItem item;
    };

    explicit TrafficLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCapacity(int frames);
    int capacity() const { return m_capacity; }
    // Frames held, whether the filter shows them or not.
    int frameCount() const { return int(m_entries.size()); }
    // The frames held, oldest first (0 .. frameCount() - 1), whether the filter shows them or not.
    const Frame &frame(int index) const { return m_entries[std::size_t(index)]; }

    // "" shows every connection, -1 every address.
    void setConnectionFilter(const QString &connection);
    void setAddressFilter(int address);
    QString connectionFilter() const { return m_connectionFilter; }
    int addressFilter() const { return m_addressFilter; }

    // While paused, traffic is not recorded.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void clear();

    // One row as a line of text: "12:00:01.250  Demo bus  →  10 7B 05 80 16  REQ_UD2 FCB=1 → 5".
    QString lineText(int row) const;
    QStringList connections() const { return m_connections; }

public Q_SLOTS:
    // The frames as EngineHost::traffic() delivers them; they become rows with the next batch.
    void appendChunks(const QString &connection, const QList<mbus::engine::TrafficChunk> &chunks);
    // Raw bytes from a source that does not cut them (a replay): cut and annotated here.
    void appendTraffic(const QString &connection, bool outgoing, const QByteArray &bytes, qint64 msecsSinceEpoch);
    // Inserts the rows of the queued frames now.
    void flushPending();

Q_SIGNALS:
    void connectionSeen(const QString &connection);

private:
    using Entry = Frame;

    bool passes(const Entry &entry) const;
    const Entry &entryAt(int row) const { return m_entries[std::size_t(m_visible[std::size_t(row)] - m_firstSerial)]; }
    void noteConnection(const QString &connection);
    void enqueue(Entry &&entry);
    void dropOldest(std::size_t count);
    void appendEntries(std::vector<Entry> &&entries);
    void refilter();
    QString displayText(const Entry &entry, int column) const;

    std::deque<Entry> m_entries;
    quint64 m_firstSerial = 0;     // serial number of m_entries.front()
    std::deque<quint64> m_visible; // serial numbers of the rows the filter lets through
    std::vector<Entry> m_queue; // frames not yet rows
    QHash<QString, frametext::TrafficAnnotator> m_annotators;
    QStringList m_connections;
    QTimer m_batch;
    QFont m_fixedFont;
    int m_capacity = DefaultCapacity;
    QString m_connectionFilter;
    int m_addressFilter = -1;
    bool m_paused = false;
};

} // namespace mbus::ui
