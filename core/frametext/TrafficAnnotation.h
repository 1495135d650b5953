#pragma once

#include "link/Frame.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstdint>

// One-line annotations of bus traffic for a traffic log: what each frame is in M-Bus words
// ("REQ_UD2 FCB=1 → 5", "RSP_UD 5 CI 72 id 67001001 KAM v52 …", "E5 (ACK)"), and the cutting of
// the chunks a master writes and receives into frames and the bytes that make none.
namespace mbus::frametext {

struct TrafficItem
{
    enum class Kind : std::uint8_t {
        Frame,      // a valid frame
        Echo,       // an incoming copy of the request just sent (echoing level converter)
        Broken,     // a frame whose extent is certain but which fails a check (checksum, stop byte)
        Garbage,    // bytes that start no frame: noise, collisions
        Incomplete, // the start of a frame whose rest never came
    };
    Kind kind = Kind::Frame;
    bool outgoing = false;
    QByteArray bytes;
    // The A field of the frame; for an incoming item without one (E5, garbage) the address of the
    // request it answers (addressFromRequest); -1 when neither is known.
    int address = -1;
    bool addressFromRequest = false;
    QString annotation;

    bool isFrame() const { return kind == Kind::Frame || kind == Kind::Echo; }
};

// The annotation of one valid frame.
QString frameAnnotation(const link::Frame &frame);

// Cuts the traffic of one connection into items. Incoming bytes are held back while a frame is
// incomplete, since a serial port delivers an answer in several chunks; the next outgoing request
// ends the answer (EN 13757-2 is half duplex: the master speaks only when the answer is over), so
// whatever is still pending then is reported as incomplete or garbage.
class TrafficAnnotator
{
public:
    QList<TrafficItem> feed(bool outgoing, QByteArrayView bytes);
    // Reports the incoming bytes still held back (the line went quiet).
    QList<TrafficItem> flush();
    qsizetype pendingBytes() const { return m_pending.size(); }

private:
    QList<TrafficItem> cut(const QByteArray &bytes, bool outgoing, bool final, qsizetype *consumed);
    TrafficItem makeItem(TrafficItem::Kind kind, bool outgoing, const QByteArray &bytes, const QString &annotation,
                         int frameAddress) const;

    QByteArray m_pending;     // incoming bytes of an unfinished frame
    QByteArray m_lastRequest; // the last outgoing frame, to recognise its echo
    int m_lastRequestAddress = -1;
};

} // namespace mbus::frametext
