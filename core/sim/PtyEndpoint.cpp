#include "PtyEndpoint.h"

#include "sim/AnswerScheduling.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace mbus::sim {

namespace {

int baudOf(speed_t speed)
{
    switch (speed) {
    case B300: return 300;
    case B600: return 600;
    case B1200: return 1200;
    case B2400: return 2400;
    case B4800: return 4800;
    case B9600: return 9600;
    case B19200: return 19200;
    case B38400: return 38400;
    case B57600: return 57600;
    case B115200: return 115200;
    default: return 0;
    }
}

QString systemError(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

PtyEndpoint::PtyEndpoint(SimulatedBus &bus, const QElapsedTimer &clock, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_clock(clock)
    , m_writer([this](const QByteArray &bytes) { writeMaster(bytes); })
{
}

PtyEndpoint::~PtyEndpoint()
{
    if (!m_linkPath.isEmpty())
        QFile::remove(m_linkPath);
    if (m_slaveKeeper >= 0)
        ::close(m_slaveKeeper);
    if (m_master >= 0)
        ::close(m_master);
}

bool PtyEndpoint::open(const QString &linkPath, QString *errorText)
{
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0) {
        *errorText = systemError("cannot create a pseudo-terminal");
        return false;
    }
    m_slaveName = QString::fromLocal8Bit(::ptsname(m_master));
    m_slaveKeeper = ::open(m_slaveName.toLocal8Bit().constData(), O_RDWR | O_NOCTTY);
    if (m_slaveKeeper < 0) {
        *errorText = systemError("cannot open the pseudo-terminal's slave side");
        return false;
    }
    // Raw until the client sets its own mode: no echo, no line editing, the bus's rate.
    termios tio{};
    ::tcgetattr(m_slaveKeeper, &tio);
    ::cfmakeraw(&tio);
    ::cfsetispeed(&tio, B2400);
    ::cfsetospeed(&tio, B2400);
    ::tcsetattr(m_slaveKeeper, TCSANOW, &tio);

    QFile::remove(linkPath);
    if (!QFile::link(m_slaveName, linkPath)) {
        *errorText = QStringLiteral("cannot create the link %1 to %2").arg(linkPath, m_slaveName);
        return false;
    }
    m_linkPath = linkPath;
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PtyEndpoint::readMaster);
    return true;
}

LineSettings PtyEndpoint::clientLine() const
{
    LineSettings line = m_bus.line();
    termios tio{};
    if (::tcgetattr(m_master, &tio) == 0) {
        if (const int baud = baudOf(::cfgetospeed(&tio)))
            line.baud = baud;
    }
    return line;
}

void PtyEndpoint::readMaster()
{
    char buffer[512];
    const ssize_t n = ::read(m_master, buffer, sizeof buffer);
    if (n <= 0)
        return;
    const QByteArray bytes(buffer, qsizetype(n));
    Q_EMIT traffic(QStringLiteral("in"), bytes);
    const LineSettings master = clientLine();
    const QList<BusAnswer> answers = m_bus.receive(bytes, master, double(m_clock.nsecsElapsed()) / 1e9);
    scheduleAnswers(m_writer, answers, bytes.size(), master.baud);
}

void PtyEndpoint::writeMaster(const QByteArray &bytes)
{
    Q_EMIT traffic(QStringLiteral("out"), bytes);
    const ssize_t n = ::write(m_master, bytes.constData(), std::size_t(bytes.size()));
    Q_UNUSED(n); // a full pty buffer loses bytes, as a line loses them when nobody listens
}

} // namespace mbus::sim
