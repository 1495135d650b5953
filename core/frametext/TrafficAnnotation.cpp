#include "TrafficAnnotation.h"

#include "decode/TelegramDecoder.h"
#include "link/CiField.h"
#include "link/ControlField.h"

#include <QCoreApplication>

namespace mbus::frametext {

using namespace mbus::decode;
namespace Cf = link::ControlField;

namespace {

class TrafficText
{
    Q_DECLARE_TR_FUNCTIONS(mbus::frametext::TrafficAnnotation)

public:
    static QString masterFrame(const link::Frame &frame, const Telegram *telegram);
    static QString slaveFrame(const link::Frame &frame, const Telegram *telegram, const Error &error);
    static QString masterCi(const Telegram &telegram);
    static QString slaveCi(const Telegram &telegram);
    static QString garbage(qsizetype size) { return size == 1 ? tr("garbled 1 byte") : tr("garbled %1 bytes").arg(size); }
    static QString broken(const Error &error) { return tr("broken frame: %1").arg(error.message()); }
    static QString incomplete(qsizetype size, qsizetype needed) { return tr("incomplete frame: %1 of %2 bytes").arg(size).arg(needed); }
    static QString echo(const QString &request) { return tr("echo of %1").arg(request); }
    // No plural forms without a translation loaded: the two English ones by hand.
    static QString recordCount(const Telegram &telegram)
    {
        const auto n = telegram.records.size();
        return n == 1 ? tr("1 record") : tr("%1 records").arg(n);
    }
};

QString hex2(int value)
{
    return QString::number(value, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

QString functionText(std::uint8_t c)
{
    const char *name = Cf::functionName(c);
    return name ? QString::fromLatin1(name) : QStringLiteral("C=%1").arg(hex2(c));
}

bool isStartByte(std::uint8_t b)
{
    return b == link::FrameByte::Ack || b == link::FrameByte::ShortStart || b == link::FrameByte::LongStart;
}

QString TrafficText::masterFrame(const link::Frame &frame, const Telegram *telegram)
{
    QString text = functionText(frame.c);
    const std::uint8_t function = Cf::function(frame.c);
    // FCB means something only with FCV set (EN 13757-2, MBUS_FACTS 1.4); SND_NKE carries neither.
    if (function == Cf::FunctionReqUd2 || function == Cf::FunctionReqUd1 || function == Cf::FunctionSndUd)
        text += Cf::fcv(frame.c) ? QStringLiteral(" FCB=%1").arg(Cf::fcb(frame.c) ? 1 : 0) : QStringLiteral(" FCV=0");
    text += QStringLiteral(" → %1").arg(frame.a);
    if (frame.hasCi()) {
        text += QStringLiteral(" CI %1").arg(hex2(frame.ci));
        if (telegram)
            text += masterCi(*telegram);
        else if (const char *name = link::CiField::name(frame.ci))
            text += QLatin1Char(' ') + QString::fromLatin1(name);
    }
    return text;
}

QString TrafficText::masterCi(const Telegram &telegram)
{
    switch (telegram.kind) {
    case TelegramKind::Selection:
        return tr(" select %1").arg(telegram.header.secondaryAddressText());
    case TelegramKind::ApplicationReset:
        return telegram.applicationResetSubcode >= 0 ? tr(" application reset, subcode %1").arg(hex2(telegram.applicationResetSubcode))
                                                     : tr(" application reset");
    case TelegramKind::BaudRateSwitch:
        return tr(" switch to %1 Bd").arg(link::CiField::baudRateOf(telegram.frame.ci));
    case TelegramKind::DataSend:
        return tr(" data send, %1").arg(recordCount(telegram));
    default:
        return {};
    }
}

QString TrafficText::slaveCi(const Telegram &telegram)
{
    const DataHeader &h = telegram.header;
    QString text;
    if (h.hasIdentification())
        text += tr(" id %1").arg(h.identificationText());
    if (h.hasManufacturerAndVersion())
        text += QStringLiteral(" %1 v%2").arg(manufacturerCode(h.manufacturer)).arg(h.version);
    if (h.hasMedium())
        text += QLatin1Char(' ') + h.mediumText();
    if (h.hasAccessAndStatus()) {
        text += tr(", access %1").arg(h.accessNumber);
        if (h.status != 0)
            text += tr(", status %1").arg(h.statusText());
    }
    switch (telegram.kind) {
    case TelegramKind::VariableData:
        text += QStringLiteral(", ") + recordCount(telegram);
        break;
    case TelegramKind::FixedData:
        text += tr(", fixed data");
        break;
    case TelegramKind::ApplicationError:
        text += tr(" application error: %1").arg(QString::fromLatin1(applicationErrorText(telegram.applicationError)));
        break;
    case TelegramKind::Alarm:
        text += tr(" alarm %1").arg(hex2(telegram.alarmStatus));
        break;
    default:
        break;
    }
    if (telegram.moreRecordsFollow)
        text += tr(", more follows");
    return text;
}

QString TrafficText::slaveFrame(const link::Frame &frame, const Telegram *telegram, const Error &error)
{
    QString text = functionText(frame.c) + QStringLiteral(" %1").arg(frame.a);
    if (Cf::acd(frame.c))
        text += QStringLiteral(" ACD");
    if (Cf::dfc(frame.c))
        text += QStringLiteral(" DFC");
    if (!frame.hasCi())
        return text;
    text += QStringLiteral(" CI %1").arg(hex2(frame.ci));
    if (telegram)
        text += slaveCi(*telegram);
    else if (const char *name = link::CiField::name(frame.ci))
        text += QLatin1Char(' ') + QString::fromLatin1(name);
    if (error.isError())
        text += tr(" (decode error: %1)").arg(error.message());
    return text;
}

} // namespace

QString frameAnnotation(const link::Frame &frame)
{
    if (frame.type == link::FrameType::Ack)
        return TrafficText::tr("E5 (ACK)");
    Telegram telegram;
    Error error;
    if (frame.hasCi())
        error = decodeTelegram(frame, telegram);
    // An unknown CI is no error on a log line: the CI byte is shown, with its name when it has one.
    const bool unknownCi = error.code == ErrorCode::UnsupportedCi;
    const Telegram *known = frame.hasCi() && !unknownCi ? &telegram : nullptr;
    if (Cf::fromMaster(frame.c))
        return TrafficText::masterFrame(frame, error.isError() ? nullptr : known);
    // A telegram that fails to decode keeps what came before the failing byte (its header).
    return TrafficText::slaveFrame(frame, known, unknownCi ? Error{} : error);
}

TrafficItem TrafficAnnotator::makeItem(TrafficItem::Kind kind, bool outgoing, const QByteArray &bytes, const QString &annotation,
                                       int frameAddress) const
{
    TrafficItem item;
    item.kind = kind;
    item.outgoing = outgoing;
    item.bytes = bytes;
    item.annotation = annotation;
    item.address = frameAddress;
    // What has no A field of its own (E5, noise) belongs to the request it answers.
    if (frameAddress < 0 && !outgoing && m_lastRequestAddress >= 0) {
        item.address = m_lastRequestAddress;
        item.addressFromRequest = true;
    }
    return item;
}

QList<TrafficItem> TrafficAnnotator::cut(const QByteArray &bytes, bool outgoing, bool final, qsizetype *consumed)
{
    QList<TrafficItem> items;
    const auto *p = reinterpret_cast<const std::uint8_t *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    qsizetype garbageFrom = -1;
    auto add = [&](TrafficItem::Kind kind, qsizetype from, qsizetype length, const QString &annotation, int frameAddress = -1) {
        items.append(makeItem(kind, outgoing, bytes.mid(from, length), annotation, frameAddress));
    };
    auto endGarbage = [&](qsizetype end) {
        if (garbageFrom >= 0 && end > garbageFrom)
            add(TrafficItem::Kind::Garbage, garbageFrom, end - garbageFrom, TrafficText::garbage(end - garbageFrom));
        garbageFrom = -1;
    };
    while (pos < size) {
        const link::FrameScan scan = isStartByte(p[pos]) ? link::scanFrame(p + pos, size - pos) : link::FrameScan{link::FrameScan::Status::Invalid, 0, {}};
        if (scan.status == link::FrameScan::Status::Complete) {
            endGarbage(pos);
            const link::Frame frame = link::frameFromScanned(p + pos, scan.length);
            const bool echo = !outgoing && frame.raw == m_lastRequest;
            const QString text = frameAnnotation(frame);
            add(echo ? TrafficItem::Kind::Echo : TrafficItem::Kind::Frame, pos, scan.length, echo ? TrafficText::echo(text) : text,
                frame.type == link::FrameType::Ack ? -1 : int(frame.a));
            pos += scan.length;
        } else if (scan.status == link::FrameScan::Status::Invalid && scan.length > 0) {
            endGarbage(pos);
            add(TrafficItem::Kind::Broken, pos, scan.length, TrafficText::broken(scan.error));
            pos += scan.length;
        } else if (scan.status == link::FrameScan::Status::NeedMore && !final) {
            break; // the rest of the frame may be in the next chunk
        } else if (scan.status == link::FrameScan::Status::NeedMore && p[pos] == link::FrameByte::LongStart && size - pos >= 4) {
            // 68 L L 68 checked: a long frame that was cut short, not noise.
            endGarbage(pos);
            add(TrafficItem::Kind::Incomplete, pos, size - pos, TrafficText::incomplete(size - pos, scan.length));
            pos = size;
        } else {
            if (garbageFrom < 0)
                garbageFrom = pos; // noise, or a start byte that starts nothing
            ++pos;
        }
    }
    endGarbage(pos);
    *consumed = pos;
    return items;
}

QList<TrafficItem> TrafficAnnotator::feed(bool outgoing, QByteArrayView bytes)
{
    if (!outgoing) {
        m_pending.append(bytes);
        qsizetype consumed = 0;
        QList<TrafficItem> items = cut(m_pending, false, false, &consumed);
        m_pending.remove(0, consumed);
        return items;
    }
    QList<TrafficItem> items = flush();
    qsizetype consumed = 0;
    const QByteArray request = bytes.toByteArray();
    const QList<TrafficItem> sent = cut(request, true, true, &consumed);
    for (const TrafficItem &item : sent) {
        if (item.isFrame()) {
            m_lastRequest = item.bytes;
            m_lastRequestAddress = item.address;
        }
    }
    return items + sent;
}

QList<TrafficItem> TrafficAnnotator::flush()
{
    if (m_pending.isEmpty())
        return {};
    qsizetype consumed = 0;
    QList<TrafficItem> items = cut(m_pending, false, true, &consumed);
    m_pending.clear();
    return items;
}

} // namespace mbus::frametext
