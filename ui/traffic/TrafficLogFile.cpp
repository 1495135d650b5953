#include "TrafficLogFile.h"

#include "common/AtomicFile.h"
#include "traffic/TrafficLogModel.h"

#include <QFileInfo>
#include <QStringList>

namespace mbus::ui {

namespace {

using Kind = frametext::TrafficItem::Kind;

QString kindWord(Kind kind)
{
    switch (kind) {
    case Kind::Frame: return QStringLiteral("frame");
    case Kind::Echo: return QStringLiteral("echo");
    case Kind::Broken: return QStringLiteral("broken");
    case Kind::Garbage: return QStringLiteral("garbage");
    case Kind::Incomplete: return QStringLiteral("incomplete");
    }
    return {};
}

// A tab or line break in a connection name would shift the columns.
QString field(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

QString frameLine(const TrafficLogModel::Frame &frame)
{
    const frametext::TrafficItem &item = frame.item;
    QString address;
    if (item.address >= 0)
        address = item.addressFromRequest ? QStringLiteral("(%1)").arg(item.address) : QString::number(item.address);
    return QStringList{trafficLogTime(frame.msecs),
                       field(frame.connection),
                       item.outgoing ? QStringLiteral("master→meter") : QStringLiteral("meter→master"),
                       address,
                       kindWord(item.kind),
                       field(item.annotation),
                       QString::fromLatin1(item.bytes.toHex(' ').toUpper())}
        .join(QLatin1Char('\t'));
}

} // namespace

QString trafficLogTime(qint64 msecsSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch);
    const int offsetMinutes = time.offsetFromUtc() / 60;
    const int absMinutes = qAbs(offsetMinutes);
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz "))
           + QStringLiteral("%1%2:%3")
                 .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                 .arg(absMinutes / 60, 2, 10, QLatin1Char('0'))
                 .arg(absMinutes % 60, 2, 10, QLatin1Char('0'));
}

QString proposedTrafficLogName(const QDateTime &now)
{
    return now.toString(QStringLiteral("'traffic-'yyyyMMdd-HHmmss'.txt'"));
}

QString withTrafficLogSuffix(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".txt") : path;
}

QByteArray trafficLogText(const TrafficLogModel &model, const QDateTime &savedAt)
{
    QStringList lines;
    lines.reserve(model.frameCount() + 3);
    lines << QStringLiteral("# M-Bus Workbench traffic log: %1 frames, oldest first, saved %2")
                 .arg(model.frameCount())
                 .arg(trafficLogTime(savedAt.toMSecsSinceEpoch()));
    lines << QStringLiteral("# columns, separated by tabs: time (local, UTC offset)\tconnection\tdirection\taddress\tkind\tframe\tbytes (hex)");
    lines << QStringLiteral("# an address in brackets is that of the request the answer follows");
    for (int i = 0; i < model.frameCount(); ++i)
        lines << frameLine(model.frame(i));
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

bool writeTrafficLog(const TrafficLogModel &model, const QString &path, QString *errorText)
{
    return writeFileAtomically(path, trafficLogText(model, QDateTime::currentDateTime()), errorText);
}

} // namespace mbus::ui
