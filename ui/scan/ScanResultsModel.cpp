#include "ScanResultsModel.h"

#include "decode/DataHeader.h"
#include "link/ControlField.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

#include <algorithm>

namespace mbus::ui {

namespace {

const QString Dash = QStringLiteral("\u2014");

// The label of a project meter in a sentence: its name, else its secondary address.
QString meterLabel(const project::Meter &meter)
{
    if (!meter.name.isEmpty())
        return meter.name;
    return meter.secondary.isEmpty() ? ScanResultsModel::tr("meter %1").arg(meter.address) : meter.secondary;
}

// The medium in the user's language, as the meter view and the survey name it.
QString mediumText(std::uint8_t medium)
{
    return decode::tableText("mbus::decode::Medium", decode::mediumName(medium), decode::TextLanguage::User);
}

} // namespace

ScanResultsModel::ScanResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScanResultsModel::setKnown(const QList<project::Meter> &known)
{
    m_known = known;
    for (Row &row : m_rows)
        assess(row);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ScanResultsModel::addHit(const bus::ScanHit &hit)
{
    const int existing = rowOfSameKey(hit);
    if (existing >= 0) {
        Row &row = m_rows[existing];
        // A secondary search may not learn the address a primary scan saw: keep what is known.
        const int address = hit.primaryAddress >= 0 ? hit.primaryAddress : row.hit.primaryAddress;
        row.hit = hit;
        row.hit.primaryAddress = address;
        assess(row);
    } else {
        Row row;
        row.hit = hit;
        assess(row);
        beginInsertRows({}, rowCount(), rowCount());
        m_rows.append(row);
        endInsertRows();
    }
    // Another row's "shares its address" may have changed with this one.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ScanResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ScanResultsModel::rowOfSameKey(const bus::ScanHit &hit) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const bus::ScanHit &h = m_rows.at(i).hit;
        if (h.kind != hit.kind)
            continue;
        const bool same = hit.kind == bus::ScanHit::Kind::Found
                              ? h.secondary == hit.secondary
                              : h.primaryAddress == hit.primaryAddress && h.secondary == hit.secondary;
        if (same)
            return int(i);
    }
    return -1;
}

void ScanResultsModel::assess(Row &row) const
{
    row.knownName.clear();
    if (row.hit.kind != bus::ScanHit::Kind::Found) {
        row.standing = Standing::NotAMeter;
        return;
    }
    const QString secondary = row.hit.secondary.toString();
    const int address = row.hit.primaryAddress;
    for (const project::Meter &m : m_known) {
        const bool sameMeter = m.secondary.isEmpty() ? m.address == address
                                                     : m.secondary.compare(secondary, Qt::CaseInsensitive) == 0;
        if (sameMeter) {
            row.standing = Standing::InProject;
            row.knownName = meterLabel(m);
            return;
        }
    }
    if (!link::Address::isPrimary(address)) {
        row.standing = Standing::NoAddress;
        return;
    }
    for (const project::Meter &m : m_known) {
        if (m.address == address) {
            row.standing = Standing::AddressTaken;
            row.knownName = meterLabel(m);
            return;
        }
    }
    row.standing = Standing::New;
}

bool ScanResultsModel::sharesAddress(int row) const
{
    const bus::ScanHit &hit = m_rows.at(row).hit;
    if (hit.kind != bus::ScanHit::Kind::Found || hit.primaryAddress < 0)
        return false;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const bus::ScanHit &other = m_rows.at(i).hit;
        if (i != row && other.kind == bus::ScanHit::Kind::Found && other.primaryAddress == hit.primaryAddress)
            return true;
    }
    return false;
}

int ScanResultsModel::rowOfSecondary(const QString &secondary) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const bus::ScanHit &h = m_rows.at(i).hit;
        if (h.kind == bus::ScanHit::Kind::Found && h.secondary.toString().compare(secondary, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

int ScanResultsModel::countOf(bus::ScanHit::Kind kind) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [kind](const Row &r) { return r.hit.kind == kind; }));
}

project::Meter ScanResultsModel::meterAt(int row) const
{
    const bus::ScanHit &hit = m_rows.at(row).hit;
    project::Meter meter;
    meter.address = hit.primaryAddress;
    meter.secondary = hit.secondary.toString(); // the form project files and the engine compare with
    meter.name = tr("%1 %2 %3", "proposed meter name: manufacturer, medium, identification")
                     .arg(decode::manufacturerCode(hit.secondary.manufacturer),
                          mediumText(hit.secondary.medium), meter.secondary.left(8));
    return meter;
}

QList<project::Meter> ScanResultsModel::addableMeters(const QList<int> &rows, int *sharedAddress) const
{
    QList<project::Meter> meters;
    QSet<int> addresses;
    *sharedAddress = -1;
    for (int row : rows) {
        if (row < 0 || row >= rowCount() || !isAddable(row))
            continue;
        const project::Meter meter = meterAt(row);
        if (addresses.contains(meter.address))
            *sharedAddress = meter.address;
        addresses.insert(meter.address);
        meters.append(meter);
    }
    std::sort(meters.begin(), meters.end(), [](const project::Meter &a, const project::Meter &b) { return a.address < b.address; });
    return meters;
}

int ScanResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScanResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScanResultsModel::resultText(int row) const
{
    const bus::ScanHit &hit = m_rows.at(row).hit;
    switch (hit.kind) {
    case bus::ScanHit::Kind::Found:
        if (!hit.identified())
            return tr("Found, but it sends no data (%1): check its wake-up and read settings").arg(hit.error.text());
        return sharesAddress(row) ? tr("Found; another meter answers on this address too") : tr("Found");
    case bus::ScanHit::Kind::Collision:
        return hit.primaryAddress >= 0 ? tr("Collision: two or more meters answer")
                                       : tr("Collision: meters that no selection tells apart");
    case bus::ScanHit::Kind::Error:
        return hit.error.text();
    }
    return {};
}

QString ScanResultsModel::projectText(const Row &row) const
{
    switch (row.standing) {
    case Standing::InProject: return tr("in project as \"%1\"").arg(row.knownName);
    case Standing::AddressTaken: return tr("address taken by \"%1\"").arg(row.knownName);
    case Standing::NoAddress: return tr("no primary address: read it by secondary address");
    case Standing::New:
    case Standing::NotAMeter: break;
    }
    return {};
}

QString ScanResultsModel::text(int row, int column) const
{
    const Row &r = m_rows.at(row);
    const bus::ScanHit &hit = r.hit;
    const bool found = hit.identified();
    switch (column) {
    case AddressColumn:
        if (hit.primaryAddress < 0)
            return Dash;
        return hit.primaryAddress == link::Address::BroadcastReply ? tr("%1 (broadcast)").arg(hit.primaryAddress)
                                                                   : QString::number(hit.primaryAddress);
    case SecondaryColumn:
        // A primary collision knows no identity; a secondary one names the mask the meters share.
        return found || (hit.kind == bus::ScanHit::Kind::Collision && hit.primaryAddress < 0) ? hit.secondary.toString()
                                                                                              : Dash;
    case ManufacturerColumn: return found ? decode::manufacturerCode(hit.secondary.manufacturer) : QString();
    case MediumColumn: return found ? mediumText(hit.secondary.medium) : QString();
    case VersionColumn: return found ? QString::number(hit.secondary.version) : QString();
    case ResultColumn: return resultText(row);
    case ProjectColumn: return projectText(r);
    default: return {};
    }
}

QVariant ScanResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows.at(index.row());
    const bus::ScanHit::Kind kind = row.hit.kind;
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::BackgroundRole:
        if (kind == bus::ScanHit::Kind::Collision)
            return QBrush(QColor(0xff, 0xc8, 0xc8));
        if (kind == bus::ScanHit::Kind::Error)
            return QBrush(QColor(0xff, 0xe4, 0xa8));
        return {};
    case Qt::ForegroundRole:
        // Dark text on the light highlight, also under a dark theme.
        if (kind != bus::ScanHit::Kind::Found)
            return QBrush(Qt::black);
        if (row.standing == Standing::InProject)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (kind == bus::ScanHit::Kind::Collision) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (kind == bus::ScanHit::Kind::Collision)
            return tr("Several meters share this address: give all but one another address (by secondary "
                      "address), or search by secondary address to tell them apart.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AddressColumn || index.column() == VersionColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ScanResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn: return tr("Address");
    case SecondaryColumn: return tr("Secondary address");
    case ManufacturerColumn: return tr("Manufacturer");
    case MediumColumn: return tr("Medium");
    case VersionColumn: return tr("Version");
    case ResultColumn: return tr("Result");
    case ProjectColumn: return tr("Project");
    default: return {};
    }
}

} // namespace mbus::ui
