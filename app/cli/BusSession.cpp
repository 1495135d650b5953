#include "BusSession.h"

#include "common/QuitOnSignals.h"
#include "frametext/HexInput.h"
#include "frametext/TelegramText.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

namespace mbus::cli {

BusSession::BusSession(const BusOptions &options, QTextStream &err)
    : m_options(options)
    , m_err(err)
    , m_client(std::make_unique<bus::BusClient>(options.connection))
{
    ShutdownSignals::instance(); // Ctrl-C and SIGTERM end the wait below; the verb prints what it has
    if (options.verbose)
        QObject::connect(m_client.get(), &bus::BusClient::traffic, m_client.get(),
                         [this](bool out, const QByteArray &bytes, qint64 t) { printTraffic(out, bytes, t); });
}

BusSession::~BusSession() = default;

void BusSession::printTraffic(bool outgoing, const QByteArray &bytes, qint64 msecsSinceEpoch)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss.zzz"));
    QString note;
    if (bytes.count(char(0x55)) == bytes.size() && bytes.size() > 1) {
        note = QStringLiteral("wake-up preamble, %1 characters").arg(bytes.size());
    } else if (const auto frames = frametext::splitFrames(bytes)) {
        for (const link::Frame &frame : frames.value())
            note += frametext::frameSummary(frame).trimmed().remove(QStringLiteral("Frame: ")) + QStringLiteral("; ");
        note.chop(2);
    } else {
        note = QStringLiteral("%1 bytes, no whole frame").arg(bytes.size());
    }
    m_err << time << (outgoing ? " -> " : " <- ") << bytes.toHex(' ').toUpper() << "  [" << note << "]\n";
    m_err.flush();
}

bool BusSession::open()
{
    QEventLoop loop;
    bool ok = false;
    bus::BusError error;
    const auto onOpened = QObject::connect(m_client.get(), &bus::BusClient::opened, &loop, [&] {
        ok = true;
        loop.quit();
    });
    const auto onFailed = QObject::connect(m_client.get(), &bus::BusClient::failed, &loop, [&](const bus::BusError &e) {
        error = e;
        loop.quit();
    });
    const int connectTimeout = m_options.connection.tcp.connectTimeoutMs + 1000;
    QTimer::singleShot(connectTimeout, &loop, [&] {
        error = bus::BusError::of(bus::BusErrorCode::PortError, QStringLiteral("no connection"));
        loop.quit();
    });
    m_client->open();
    QObject::connect(&ShutdownSignals::instance(), &ShutdownSignals::shutdownRequested, &loop, [&] {
        error = bus::BusError::of(bus::BusErrorCode::Cancelled);
        loop.quit();
    });
    if (!ShutdownSignals::instance().received())
        loop.exec();
    QObject::disconnect(onOpened);
    QObject::disconnect(onFailed);
    if (!ok)
        printBusError(m_err, error, errorPlace(m_options));
    return ok;
}

bus::Outcome BusSession::run(const bus::Request &request)
{
    QEventLoop loop;
    bus::Outcome result;
    bus::Reply *reply = m_client->send(request);
    QObject::connect(reply, &bus::Reply::finished, &loop, [&] {
        result = reply->outcome();
        loop.quit();
    });
    QObject::connect(&ShutdownSignals::instance(), &ShutdownSignals::shutdownRequested, reply, &bus::Reply::abort);
    if (ShutdownSignals::instance().received())
        reply->abort();
    loop.exec();
    return result;
}

void BusSession::exec()
{
    QEventLoop loop;
    m_loop = &loop;
    QObject::connect(&ShutdownSignals::instance(), &ShutdownSignals::shutdownRequested, &loop, &QEventLoop::quit);
    if (!ShutdownSignals::instance().received())
        loop.exec();
    m_loop = nullptr;
}

void BusSession::quit()
{
    if (m_loop)
        m_loop->quit();
}

bus::ErrorPlace errorPlace(const BusOptions &options, int address)
{
    const bus::ConnectionSettings &c = options.connection;
    bus::ErrorPlace place;
    place.address = address;
    place.tries = c.master.retries + 1;
    // Over TCP --baud only times the gateway's serial side; the meter's rate is set in the gateway.
    place.baud = c.type == bus::ChannelType::Serial ? c.serial.line.baud : 0;
    place.port = c.type == bus::ChannelType::Serial ? c.serial.portName : QStringLiteral("%1:%2").arg(c.tcp.host).arg(c.tcp.port);
    return place;
}

void printBusError(QTextStream &err, const bus::BusError &error, const bus::ErrorPlace &place, const QString &context)
{
    // The first line stays as scripts grep it ("error: Timeout"); the advice follows for people.
    err << "error: " << error.text();
    if (!context.isEmpty())
        err << " (" << context << ')';
    err << '\n';
    if (error.code != bus::BusErrorCode::Cancelled)
        err << bus::adviceFor(error, place) << '\n';
    err.flush();
}

} // namespace mbus::cli
