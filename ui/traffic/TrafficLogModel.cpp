#include "TrafficLogModel.h"

#include <QBrush>
#include <QDateTime>
#include <QFontDatabase>
#include <QPalette>

#include <utility>

namespace mbus::ui {

using Kind = frametext::TrafficItem::Kind;

TrafficLogModel::TrafficLogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_fixedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(BatchIntervalMs);
    connect(&m_batch, &QTimer::timeout, this, &TrafficLogModel::flushPending);
}

int TrafficLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TrafficLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrafficLogModel::displayText(const Entry &entry, int column) const
{
    const frametext::TrafficItem &item = entry.item;
    switch (column) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(entry.msecs).toString(QStringLiteral("HH:mm:ss.zzz"));
    case ConnectionColumn:
        return entry.connection;
    case DirectionColumn:
        return item.outgoing ? QStringLiteral("→") : QStringLiteral("←");
    case AddressColumn:
        if (item.address < 0)
            return {};
        // In brackets: no A field of its own, the address of the request it answers.
        return item.addressFromRequest ? QStringLiteral("(%1)").arg(item.address) : QString::number(item.address);
    case AnnotationColumn:
        return item.annotation;
    case HexColumn:
        return QString::fromLatin1(item.bytes.toHex(' ').toUpper());
    default:
        return {};
    }
}

QVariant TrafficLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == AnnotationColumn || index.column() == HexColumn ? displayText(entry, index.column()) : QVariant();
    case Qt::FontRole:
        return index.column() == HexColumn ? QVariant(m_fixedFont) : QVariant();
    case Qt::ForegroundRole:
        if (entry.item.kind == Kind::Broken || entry.item.kind == Kind::Garbage || entry.item.kind == Kind::Incomplete)
            return QBrush(QColor(0xC6, 0x28, 0x28));
        if (entry.item.kind == Kind::Echo)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == AddressColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case BytesRole:
        return entry.item.bytes;
    case OutgoingRole:
        return entry.item.outgoing;
    case AddressRole:
        return entry.item.address;
    case KindRole:
        return int(entry.item.kind);
    default:
        return {};
    }
}

QVariant TrafficLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case ConnectionColumn: return tr("Connection");
    case DirectionColumn: return tr("Dir");
    case AddressColumn: return tr("Address");
    case AnnotationColumn: return tr("Frame");
    case HexColumn: return tr("Bytes");
    default: return {};
    }
}

void TrafficLogModel::setCapacity(int frames)
{
    m_capacity = qMax(1, frames);
    if (m_entries.size() > std::size_t(m_capacity))
        dropOldest(m_entries.size() - std::size_t(m_capacity));
}

void TrafficLogModel::setConnectionFilter(const QString &connection)
{
    if (connection == m_connectionFilter)
        return;
    m_connectionFilter = connection;
    refilter();
}

void TrafficLogModel::setAddressFilter(int address)
{
    if (address == m_addressFilter)
        return;
    m_addressFilter = address;
    refilter();
}

void TrafficLogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    if (paused)
        flushPending(); // what came before the pause is shown
    m_paused = paused;
    // Bytes held back for an unfinished frame would be joined to traffic after the pause.
    m_annotators.clear();
}

void TrafficLogModel::clear()
{
    beginResetModel();
    m_queue.clear();
    m_batch.stop();
    m_annotators.clear();
    m_firstSerial += m_entries.size();
    m_entries.clear();
    m_visible.clear();
    endResetModel();
}

QString TrafficLogModel::lineText(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Entry &entry = entryAt(row);
    return QStringList{displayText(entry, TimeColumn), entry.connection, displayText(entry, DirectionColumn),
                       displayText(entry, HexColumn), entry.item.annotation}
        .join(QStringLiteral("  "));
}

void TrafficLogModel::appendChunks(const QString &connection, const QList<engine::TrafficChunk> &chunks)
{
    if (m_paused)
        return;
    noteConnection(connection);
    for (const engine::TrafficChunk &chunk : chunks) {
        for (const engine::TrafficFrame &frame : chunk.frames)
            enqueue(Entry{frame.msecsSinceEpoch, connection, frame.item});
    }
}

void TrafficLogModel::appendTraffic(const QString &connection, bool outgoing, const QByteArray &bytes, qint64 msecsSinceEpoch)
{
    if (m_paused || bytes.isEmpty())
        return;
    noteConnection(connection);
    for (frametext::TrafficItem &item : m_annotators[connection].feed(outgoing, bytes))
        enqueue(Entry{msecsSinceEpoch, connection, std::move(item)});
}

void TrafficLogModel::noteConnection(const QString &connection)
{
    if (m_connections.contains(connection))
        return;
    m_connections.append(connection);
    Q_EMIT connectionSeen(connection);
}

void TrafficLogModel::enqueue(Entry &&entry)
{
    // A GUI thread that fell behind must not let the queue grow without end: the ring keeps the
    // newest capacity() frames of a batch anyway, so the older half goes, in one step.
    if (m_queue.size() >= 2 * std::size_t(m_capacity))
        m_queue.erase(m_queue.begin(), m_queue.begin() + std::ptrdiff_t(m_capacity));
    m_queue.push_back(std::move(entry));
    if (!m_batch.isActive())
        m_batch.start();
}

void TrafficLogModel::flushPending()
{
    m_batch.stop();
    if (m_queue.empty())
        return;
    appendEntries(std::exchange(m_queue, {}));
}

void TrafficLogModel::appendEntries(std::vector<Entry> &&entries)
{
    const std::size_t capacity = std::size_t(m_capacity);
    // A batch larger than the ring keeps only its newest frames.
    const std::size_t skip = entries.size() > capacity ? entries.size() - capacity : 0;
    const std::size_t incoming = entries.size() - skip;
    if (m_entries.size() + incoming > capacity)
        dropOldest(m_entries.size() + incoming - capacity);
    std::vector<quint64> shown;
    const quint64 firstNew = m_firstSerial + m_entries.size();
    for (std::size_t i = skip; i < entries.size(); ++i) {
        if (passes(entries[i]))
            shown.push_back(firstNew + (i - skip));
        m_entries.push_back(std::move(entries[i]));
    }
    if (shown.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(shown.size()) - 1);
    m_visible.insert(m_visible.end(), shown.begin(), shown.end());
    endInsertRows();
}

void TrafficLogModel::dropOldest(std::size_t count)
{
    count = qMin(count, m_entries.size());
    const quint64 newFirst = m_firstSerial + count;
    std::size_t rows = 0;
    while (rows < m_visible.size() && m_visible[rows] < newFirst)
        ++rows;
    if (rows > 0)
        beginRemoveRows({}, 0, int(rows) - 1);
    m_visible.erase(m_visible.begin(), m_visible.begin() + std::ptrdiff_t(rows));
    m_entries.erase(m_entries.begin(), m_entries.begin() + std::ptrdiff_t(count));
    m_firstSerial = newFirst;
    if (rows > 0)
        endRemoveRows();
}

bool TrafficLogModel::passes(const Entry &entry) const
{
    return (m_connectionFilter.isEmpty() || entry.connection == m_connectionFilter)
           && (m_addressFilter < 0 || entry.item.address == m_addressFilter);
}

void TrafficLogModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (passes(m_entries[i]))
            m_visible.push_back(m_firstSerial + i);
    }
    endResetModel();
}

} // namespace mbus::ui
