#include "LineDetector.h"

#include <QCoreApplication>
#include <QTimer>

namespace mbus::bus {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(mbus::bus::LineDetector)
public:
    static QString portError(const QString &why) { return tr("the port cannot be used: %1").arg(why); }
    static QString nothing() { return tr("nothing answered"); }
    static QString noise(qint64 bytes) { return tr("noise (%1 bytes), no valid frame").arg(bytes); }
    static QString valid() { return tr("valid answers"); }
    static QString ack() { return tr("E5 to SND_NKE 254"); }
    static QString collided() { return tr("several meters answer REQ_UD2 254 at once"); }
    static QString userData(const QString &addresses) { return tr("RSP_UD from %1").arg(addresses); }
    static QString alsoNoise(qint64 bytes) { return tr("%1 bytes of noise").arg(bytes); }
};

Request probeRead(std::uint8_t address)
{
    // SND_NKE (the meter starts at its first telegram; some answer nothing before it), then
    // REQ_UD2 0x5B: standard requests only, so that only a meter's valid answer counts.
    Request r = Request::read(address);
    r.maxTelegrams = 1;
    r.retries = 0;
    r.retryCollisions = false;
    r.answerWindowOnly = true;
    return r;
}

} // namespace

QString LineProbe::summary() const
{
    switch (evidence) {
    case Evidence::PortError: return Text::portError(portError);
    case Evidence::Nothing: return Text::nothing();
    case Evidence::Noise: return Text::noise(noiseBytes);
    default: break;
    }
    QStringList parts;
    if (ackToBroadcast)
        parts << Text::ack();
    if (broadcastCollided)
        parts << Text::collided();
    if (!answered.isEmpty()) {
        QStringList addresses;
        for (const int a : answered)
            addresses << QString::number(a);
        parts << Text::userData(addresses.join(QStringLiteral(", ")));
    }
    if (noiseBytes > 0)
        parts << Text::alsoNoise(noiseBytes);
    return Text::valid() + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

QList<link::LineSettings> detectionCandidates(const std::optional<link::LineSettings> &start)
{
    QList<link::LineSettings> list;
    if (start)
        list << *start;
    for (const int baud : {2400, 9600, 300, 1200, 4800, 19200, 38400}) {
        for (const link::Parity parity : {link::Parity::Even, link::Parity::None}) {
            const link::LineSettings line{baud, 8, parity, 1};
            if (!list.contains(line))
                list << line;
        }
    }
    return list;
}

LineDetector::LineDetector(const LineDetectSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_candidates(detectionCandidates(settings.start))
{
    m_settings.connection.type = ChannelType::Serial;
    m_settings.connection.master.timeoutMs = 0; // the EN window of each rate, not a gateway's patience
    m_settings.connection.master.retries = 0;
}

LineDetector::~LineDetector()
{
    dropClient({});
    // Their close is under way on their threads (long done, unless this goes at once): what is
    // left to wait for here is the end of a thread that has nothing more to do.
    for (const QPointer<BusClient> &client : std::exchange(m_closing, {})) {
        if (client)
            delete client.data();
    }
}

void LineDetector::dropClient(std::function<void()> then)
{
    if (m_pending) { // the request ends with its client: nobody waits for it
        m_pending->disconnect(this);
        m_pending = nullptr;
    }
    if (!m_client) {
        if (then)
            then();
        return;
    }
    // Closed on its own thread without a join here; the next candidate opens the device only
    // once it is closed (a serial port opens once only).
    BusClient *client = m_client.release();
    client->disconnect(this);
    m_closing.removeAll(nullptr);
    m_closing.append(client);
    if (then)
        connect(client, &BusClient::closed, this, then);
    client->shutDown();
}

void LineDetector::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_next = 0;
    m_results.clear();
    tryNext();
}

void LineDetector::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    dropClient({});
    m_running = false;
    Q_EMIT finished(true);
}

std::optional<LineProbe> LineDetector::recommended() const
{
    std::optional<LineProbe> best;
    for (const LineProbe &p : m_results) {
        if (p.evidence <= LineProbe::Evidence::Noise)
            continue;
        if (!best || p.evidence > best->evidence || (p.evidence == best->evidence && p.answered.size() > best->answered.size()))
            best = p;
    }
    return best;
}

void LineDetector::tryNext()
{
    if (m_cancelled)
        return;
    const bool clear = !m_results.isEmpty() && m_results.last().evidence >= LineProbe::Evidence::Collision;
    const bool portGone = !m_results.isEmpty() && m_results.last().evidence == LineProbe::Evidence::PortError;
    if (m_next >= m_candidates.size() || (clear && m_settings.stopWhenClear) || portGone) {
        dropClient({});
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    m_current = LineProbe{};
    m_current.line = m_candidates.at(m_next);
    Q_EMIT trying(m_current.line, m_next, int(m_candidates.size()));
    ++m_next;

    m_probes = {Request::ping(254), probeRead(254)};
    m_probes.first().retries = 0;
    m_probes.first().retryCollisions = false;
    m_probes.first().answerWindowOnly = true;
    for (const int address : m_settings.addresses)
        m_probes << probeRead(std::uint8_t(address));
    m_nextProbe = 0;

    // The port at the old settings closes before it opens at the new ones.
    dropClient([this] { openCandidate(); });
}

void LineDetector::openCandidate()
{
    if (m_cancelled)
        return;
    ConnectionSettings settings = m_settings.connection;
    settings.serial.line = m_current.line;
    m_client = std::make_unique<BusClient>(settings);
    connect(m_client.get(), &BusClient::opened, this, &LineDetector::probeNext);
    connect(m_client.get(), &BusClient::failed, this, [this](const BusError &error) {
        if (m_pending)
            return; // the request reports it
        m_current.evidence = LineProbe::Evidence::PortError;
        m_current.portError = error.text();
        finishCandidate();
    });
    m_client->open();
}

void LineDetector::probeNext()
{
    if (m_nextProbe >= m_probes.size()) {
        finishCandidate();
        return;
    }
    m_pending = sendRequest(m_client.get(), m_probes.at(m_nextProbe++), this,
                            [this](const Outcome &outcome) { onOutcome(outcome); });
}

void LineDetector::onOutcome(const Outcome &outcome)
{
    m_pending = nullptr;
    using Evidence = LineProbe::Evidence;
    const auto raise = [this](Evidence e) { m_current.evidence = qMax(m_current.evidence, e); };
    m_current.noiseBytes += outcome.garbageBytes;
    const bool broadcast = outcome.request.address == 254;
    if (outcome.ok()) {
        if (outcome.request.kind == Request::Kind::Ping) {
            m_current.ackToBroadcast = true;
            raise(Evidence::Acknowledge);
        } else if (!outcome.frames.isEmpty()) {
            const int address = outcome.frames.first().a;
            if (!m_current.answered.contains(address))
                m_current.answered << address;
            raise(Evidence::UserData);
        }
    } else if (outcome.error.code == BusErrorCode::PortError) {
        m_current.evidence = Evidence::PortError;
        m_current.portError = outcome.error.text();
        finishCandidate();
        return;
    } else if (outcome.error.code != BusErrorCode::Timeout && outcome.error.code != BusErrorCode::Cancelled) {
        // Bytes came back but made no valid answer. To REQ_UD2 254 that is several meters
        // answering at once: they understood the request, which takes the right baud rate and
        // parity (its checksum byte breaks at the wrong parity). Anything else is noise.
        if (broadcast && outcome.request.kind == Request::Kind::Read) {
            m_current.broadcastCollided = true;
            raise(Evidence::Collision);
        } else {
            raise(Evidence::Noise);
        }
    }
    probeNext();
}

void LineDetector::finishCandidate()
{
    if (m_current.evidence == LineProbe::Evidence::Nothing && m_current.noiseBytes > 0)
        m_current.evidence = LineProbe::Evidence::Noise;
    m_results << m_current;
    Q_EMIT tried(m_current);
    // The next candidate opens the port anew: leave this call chain first (the client's signal).
    QTimer::singleShot(0, this, &LineDetector::tryNext);
}

} // namespace mbus::bus
