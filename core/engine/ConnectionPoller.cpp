#include "ConnectionPoller.h"

#include "bus/TransportFactory.h"
#include "engine/RecordExtraction.h"
#include "engine/WakeUpRequest.h"
#include "engine/WriteEncoding.h"
#include "link/CiField.h"
#include "project/ChannelSettings.h"

#include <QDateTime>
#include <QMap>

namespace mbus::engine {

ConnectionPoller::ConnectionPoller(const project::Connection &connection, const PollerOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<mbus::engine::TagValue>();
    qRegisterMetaType<QList<mbus::engine::TagValue>>();
    qRegisterMetaType<mbus::engine::ConnectionDiagnostics>();
    applyConnection(connection);
    connect(&m_period, &QTimer::timeout, this, &ConnectionPoller::startCycle);
    m_openWait.setSingleShot(true);
    connect(&m_openWait, &QTimer::timeout, this, &ConnectionPoller::startFirstCycle);
    connect(&m_traffic, &TrafficBatcher::batch, this, &ConnectionPoller::traffic);
}

void ConnectionPoller::applyConnection(const project::Connection &connection)
{
    // The last good value of a binding stays only while it still means the same record.
    QHash<QString, TagValue> kept;
    for (const project::Binding &b : connection.bindings) {
        const auto it = m_lastGood.constFind(b.tag);
        if (it != m_lastGood.cend() && it->address == b.address && it->telegram == b.telegram && it->index == b.index) {
            TagValue v = *it;
            v.name = b.name;
            v.connection = connection.name;
            kept.insert(b.tag, v);
        }
    }
    m_lastGood = kept;
    m_connection = connection;
    m_diagnostics.connection = connection.name;
    m_diagnostics.connectionId = connection.id;
    // One read per meter, however many bindings: the highest bound telegram decides how far.
    QMap<int, int> telegrams;
    for (const project::Binding &b : connection.bindings) {
        if (!b.off) // Faceplate's Off: kept in the project, not read
            telegrams[b.address] = qMax(telegrams.value(b.address, 0), b.telegram);
    }
    m_meters.clear();
    QHash<int, MeterStatistics> stats;
    for (auto it = telegrams.begin(); it != telegrams.end(); ++it) {
        m_meters.append(Meter{it.key(), it.value()});
        MeterStatistics s = m_diagnostics.meters.value(it.key());
        s.address = it.key();
        stats.insert(it.key(), s);
    }
    m_diagnostics.meters = stats;
    m_period.setInterval(qMax(1, connection.periodMs));
}

void ConnectionPoller::reconfigure(const project::Connection &connection)
{
    const bool channelChanged = !(connection.channel == m_connection.channel) || !(connection.backup == m_connection.backup);
    if (!channelChanged) {
        if (m_cycleBusy)
            m_deferred = connection; // the cycle under way reads by the bindings it started with
        else
            applyConnection(connection);
        return;
    }
    // A new channel: the old ports close (what was under way on them ends as Cancelled), the
    // connection starts over on the master channel.
    m_deferred.reset();
    closeChannels();
    m_cycleBusy = false;
    m_openWait.stop();
    m_firstCycleWaits = false;
    m_diagnostics.actual = ConnectionDiagnostics::Channel::Master;
    m_failedCycles = 0;
    m_cyclesOnBackup = 0;
    applyConnection(connection);
    if (m_running) {
        awaitPortThenCycle();
        if (!m_once)
            m_period.start();
    }
}

void ConnectionPoller::closeChannels()
{
    for (Channel *c : {&m_master, &m_backup}) {
        if (c->master) {
            c->master->disconnect(this);
            c->master->cancelAll();
        }
        if (c->transport) {
            c->transport->disconnect(this);
            c->transport->close();
        }
        // Deleted later: this may run inside one of their signals.
        if (c->master)
            c->master.release()->deleteLater();
        if (c->transport)
            c->transport.release()->deleteLater();
    }
    const bus::BusError cancelled = bus::BusError::of(bus::BusErrorCode::Cancelled);
    const auto interactive = std::exchange(m_interactive, {});
    for (auto it = interactive.cbegin(); it != interactive.cend(); ++it) {
        bus::Outcome o;
        o.id = it.value();
        o.error = cancelled;
        Q_EMIT interactiveFinished(o);
    }
    const auto writes = std::exchange(m_writes, {});
    for (const QString &tag : writes)
        Q_EMIT writeFinished(tag, false, cancelled.text());
    failWaitingForPort(cancelled); // the old port will not open for them
}

void ConnectionPoller::failWaitingForPort(const bus::BusError &error)
{
    const auto waiting = std::exchange(m_waitingForPort, {});
    for (const auto &w : waiting) {
        bus::Outcome o;
        o.id = w.first;
        o.request = w.second;
        o.error = error;
        Q_EMIT interactiveFinished(o);
    }
}

ConnectionPoller::~ConnectionPoller() = default;

ConnectionPoller::Channel ConnectionPoller::makeChannel(const project::Channel &settings, bool backup)
{
    Channel channel;
    bus::ConnectionSettings bus = project::connectionSettings(settings);
    if (m_options.gateway) { // mbus-cli poll --gateway: every channel through this gateway
        bus.type = link::ChannelType::Tcp;
        bus.tcp = *m_options.gateway;
        bus.tcp.busBaud = settings.line.baud;
    }
    channel.transport = m_options.transportFactory ? m_options.transportFactory(m_connection, settings, backup) : bus::makeTransport(bus);
    channel.master = std::make_unique<bus::Master>(*channel.transport, bus.master);
    connect(channel.master.get(), &bus::Master::finished, this, &ConnectionPoller::onOutcome);
    connect(channel.master.get(), &bus::Master::traffic, &m_traffic, &TrafficBatcher::add);
    connect(channel.transport.get(), &bus::Transport::opened, this, &ConnectionPoller::onPortOpened);
    // The transport itself, not active(): a port that fails inside open() reports while this
    // channel is still being made.
    bus::Transport *transport = channel.transport.get();
    connect(transport, &bus::Transport::failed, this,
            [this, transport](const bus::BusError &error) { onPortFailed(transport->reconnectsByItself(), error); });
    channel.transport->open();
    return channel;
}

ConnectionPoller::Channel &ConnectionPoller::active()
{
    if (m_diagnostics.actual == ConnectionDiagnostics::Channel::Backup && m_connection.backup) {
        if (!m_backup.master)
            m_backup = makeChannel(*m_connection.backup, true);
        return m_backup;
    }
    if (!m_master.master)
        m_master = makeChannel(m_connection.channel, false);
    return m_master;
}

void ConnectionPoller::start()
{
    m_running = true;
    m_once = false;
    m_diagnostics.running = true;
    awaitPortThenCycle();
    m_period.start();
}

void ConnectionPoller::awaitPortThenCycle()
{
    // The transport opens asynchronously: the first cycle starts when it is open, or when it has
    // failed for good, or after the connection's timeout (a slow gateway is not a failed cycle).
    Channel &channel = active();
    channel.transport->reopenIfClosed(); // after stop() the port was closed
    if (channel.transport->isOpen()) {
        QTimer::singleShot(0, this, &ConnectionPoller::startCycle);
        return;
    }
    m_firstCycleWaits = true;
    m_openWait.start(qMax(m_connection.channel.timeoutMs, MinimumOpenWaitMs));
}

void ConnectionPoller::startFirstCycle()
{
    if (!m_firstCycleWaits)
        return;
    m_firstCycleWaits = false;
    m_openWait.stop();
    startCycle();
}

void ConnectionPoller::runOnce()
{
    m_running = true;
    m_once = true;
    m_diagnostics.running = true;
    awaitPortThenCycle();
}

void ConnectionPoller::stop()
{
    m_running = false;
    m_cycleOverdue = false;
    m_period.stop();
    m_openWait.stop();
    m_firstCycleWaits = false;
    m_diagnostics.running = false;
    for (Channel *c : {&m_master, &m_backup}) {
        if (c->master)
            c->master->cancelAll();
        if (c->transport)
            c->transport->close();
    }
    m_cycleBusy = false;
    // The last values stay visible, no longer refreshed: uncertain from now on (not after a
    // single --once cycle, whose values are fresh).
    if (!m_lastGood.isEmpty() && !m_once) {
        QList<TagValue> stale;
        for (const project::Binding &binding : m_connection.bindings) {
            if (!m_lastGood.contains(binding.tag))
                continue;
            TagValue value = m_lastGood.value(binding.tag);
            value.quality = Quality::Uncertain;
            value.detail = QualityDetail{};
            value.detail.reason = QualityReason::Stale;
            stale.append(value);
        }
        m_lastGood.clear();
        Q_EMIT cycleFinished(stale, m_diagnostics);
    }
    Q_EMIT stopped();
}

void ConnectionPoller::startCycle()
{
    if (m_cycleBusy && m_running) {
        m_cycleOverdue = true; // a cycle longer than the period: the next one starts when this one ends
        return;
    }
    if (!m_running || m_firstCycleWaits)
        return;
    m_cycleOverdue = false;
    m_cycleBusy = true;
    m_cycleClock.start();
    active().transport->reopenIfClosed();
    m_values.clear();
    m_answeredThisCycle = 0;
    m_cycleError.clear();
    m_nextMeter = 0;
    readNextMeter();
}

void ConnectionPoller::readNextMeter()
{
    if (m_nextMeter >= m_meters.size()) {
        finishCycle();
        return;
    }
    const Meter &meter = m_meters.at(m_nextMeter);
    bus::Request request = bus::Request::read(std::uint8_t(meter.address));
    // SND_NKE, then REQ_UD2 0x5B and the FCB procedure up to the highest bound telegram. Always
    // with the link reset: it costs one short exchange, and some meters answer nothing without it.
    request.maxTelegrams = qMax(1, meter.telegrams);
    request.watchAfterAnswer = false;
    applyWakeUp(request, m_connection.wakeUpFor(meter.address));
    m_readId = ++m_nextId;
    active().master->submit(m_readId, request);
}

void ConnectionPoller::onOutcome(const bus::Outcome &outcome)
{
    if (m_interactive.contains(outcome.id)) {
        bus::Outcome relayed = outcome;
        relayed.id = m_interactive.take(outcome.id);
        Q_EMIT interactiveFinished(relayed);
        return;
    }
    if (m_writes.contains(outcome.id)) {
        const QString tag = m_writes.take(outcome.id);
        Q_EMIT writeFinished(tag, outcome.ok(), outcome.ok() ? QString() : outcome.error.text());
        return;
    }
    if (outcome.id != m_readId || !m_cycleBusy)
        return;
    finishRead(outcome);
    ++m_nextMeter;
    readNextMeter();
}

void ConnectionPoller::finishRead(const bus::Outcome &outcome)
{
    const Meter &meter = m_meters.at(m_nextMeter);
    MeterStatistics &stats = m_diagnostics.meters[meter.address];
    ++stats.requests;
    stats.retries += quint64(outcome.retries);
    stats.lastReadMs = outcome.elapsedMs;

    const QList<decode::Telegram> &telegrams = outcome.telegrams; // decoded once, by the master
    if (outcome.ok()) {
        ++stats.answers;
        stats.lastAnswer = QDateTime::currentDateTimeUtc();
        stats.lastError.clear();
        ++m_answeredThisCycle;
    } else {
        if (outcome.error.code == bus::BusErrorCode::Timeout)
            ++stats.timeouts;
        else if (outcome.error.code == bus::BusErrorCode::ChecksumError)
            ++stats.checksumErrors;
        else
            ++stats.otherErrors;
        stats.lastError = outcome.error.text();
        noteError(QStringLiteral("%1 (address %2)").arg(outcome.error.text()).arg(meter.address));
    }

    for (const project::Binding &binding : m_connection.bindings) {
        if (binding.address != meter.address || binding.off)
            continue;
        TagValue value;
        if (outcome.ok()) {
            value = extractValue(binding, telegrams);
            // The time its telegram came, not the end of the read or the cycle: retries of a
            // later telegram or a slow cycle make no value younger than it is.
            const qsizetype t = qMax(0, value.telegram - 1);
            const qint64 arrived = t < outcome.telegramArrivedAtMs.size() ? outcome.telegramArrivedAtMs.at(t) : outcome.answeredAtMs;
            if (arrived > 0)
                value.timestamp = QDateTime::fromMSecsSinceEpoch(arrived, Qt::UTC);
        } else {
            // Not read this cycle: the last good value stays, marked with what went wrong.
            value = m_lastGood.value(binding.tag);
            value.name = binding.name;
            value.tag = binding.tag;
            value.address = binding.address;
            value.telegram = binding.telegram;
            value.index = binding.index;
            value.quality = Quality::Bad;
            value.detail = QualityDetail{};
            value.detail.reason = QualityReason::ReadFailed;
            value.detail.readError = outcome.error;
        }
        value.connection = m_connection.name;
        if (value.isGood())
            m_lastGood.insert(binding.tag, value);
        else if (outcome.ok() && value.quality == Quality::Bad)
            noteError(QStringLiteral("%1: %2").arg(binding.name, value.qualityDetail()));
        m_values.append(value);
    }
}

void ConnectionPoller::noteError(const QString &text)
{
    if (m_cycleError.isEmpty())
        m_cycleError = text;
}

void ConnectionPoller::finishCycle()
{
    m_cycleBusy = false;
    ++m_diagnostics.cycles;
    m_diagnostics.cycleMs = m_cycleClock.elapsed();
    m_diagnostics.lastCycle = QDateTime::currentDateTimeUtc();
    m_diagnostics.error = m_cycleError;
    const bool failed = !m_meters.isEmpty() && m_answeredThisCycle == 0;
    updateRedundancy(failed);
    Q_EMIT cycleFinished(m_values, m_diagnostics);
    if (m_deferred)
        applyConnection(*std::exchange(m_deferred, std::nullopt));
    if (m_once) {
        stop();
        return;
    }
    // The period passed while this cycle ran (a slow gateway, a reconnect): the next one starts
    // now, not a whole period late; the period timer keeps its rhythm from here.
    if (m_cycleOverdue && m_running) {
        m_period.start();
        QTimer::singleShot(0, this, &ConnectionPoller::startCycle);
    }
}

// Redundancy policy: after failoverAfterCycles cycles in a row in which no meter answered on the
// master channel, poll over the backup channel; after returnAfterCycles cycles there, try the
// master channel for one cycle, and go back to the backup at once if that cycle fails.
void ConnectionPoller::updateRedundancy(bool cycleFailed)
{
    if (!m_connection.backup)
        return;
    if (m_diagnostics.actual == ConnectionDiagnostics::Channel::Master) {
        m_failedCycles = cycleFailed ? m_failedCycles + 1 : 0;
        const bool trial = m_cyclesOnBackup > 0;
        if ((trial && cycleFailed) || m_failedCycles >= qMax(1, m_connection.failoverAfterCycles)) {
            m_diagnostics.actual = ConnectionDiagnostics::Channel::Backup;
            m_cyclesOnBackup = 0;
            m_failedCycles = 0;
        } else if (!cycleFailed) {
            m_cyclesOnBackup = 0;
        }
        return;
    }
    ++m_cyclesOnBackup;
    if (m_cyclesOnBackup >= qMax(1, m_connection.returnAfterCycles))
        m_diagnostics.actual = ConnectionDiagnostics::Channel::Master; // one trial cycle
}

void ConnectionPoller::submitInteractive(quint64 id, const bus::Request &request)
{
    Channel &channel = active();
    if (!channel.transport->isOpen()) {
        // Not polling: open the port for the user's request, and send it once it is open.
        m_waitingForPort.append({id, request});
        channel.transport->reopenIfClosed();
        return;
    }
    const quint64 own = ++m_nextId;
    m_interactive.insert(own, id);
    channel.master->submit(own, request);
}

void ConnectionPoller::cancelInteractive(quint64 id)
{
    for (qsizetype i = 0; i < m_waitingForPort.size(); ++i) {
        if (m_waitingForPort.at(i).first != id)
            continue;
        bus::Outcome o;
        o.id = id;
        o.request = m_waitingForPort.takeAt(i).second;
        o.error = bus::BusError::of(bus::BusErrorCode::Cancelled);
        Q_EMIT interactiveFinished(o);
        return;
    }
    // A request with the master: only it stops, the poller's own reads go on.
    for (auto it = m_interactive.cbegin(); it != m_interactive.cend(); ++it) {
        if (it.value() != id)
            continue;
        for (Channel *c : {&m_master, &m_backup}) {
            if (c->master)
                c->master->cancel(it.key());
        }
        return;
    }
}

void ConnectionPoller::onPortOpened()
{
    startFirstCycle();
    const auto waiting = m_waitingForPort;
    m_waitingForPort.clear();
    for (const auto &w : waiting)
        submitInteractive(w.first, w.second);
}

void ConnectionPoller::onPortFailed(bool retrying, const bus::BusError &error)
{
    // A serial port that would not open is the cycle's error at once (queued: this may be inside
    // open()); a gateway keeps trying.
    if (!retrying)
        QTimer::singleShot(0, this, &ConnectionPoller::startFirstCycle);
    failWaitingForPort(error);
}

void ConnectionPoller::write(const QString &tag, const QVariant &value)
{
    for (const project::Binding &binding : m_connection.bindings) {
        if (binding.tag != tag)
            continue;
        QString error;
        const auto data = encodeWrite(binding, value, &error);
        if (!data) {
            Q_EMIT writeFinished(tag, false, error);
            return;
        }
        bus::Request request;
        request.kind = bus::Request::Kind::SendUserData;
        request.address = std::uint8_t(binding.address);
        request.ci = link::CiField::DataSend;
        request.data = *data;
        const quint64 id = ++m_nextId;
        m_writes.insert(id, tag);
        active().master->submit(id, request); // queued behind the reads of a running cycle
        return;
    }
    Q_EMIT writeFinished(tag, false, QStringLiteral("no binding has the tag \"%1\"").arg(tag));
}

} // namespace mbus::engine
