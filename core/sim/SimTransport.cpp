#include "SimTransport.h"

#include "sim/AnswerScheduling.h"

#include <QTimer>

namespace mbus::sim {

SimTransport::SimTransport(std::shared_ptr<SimulatedBus> bus, bool pacing, QObject *parent)
    : bus::Transport(parent)
    , m_bus(std::move(bus))
    , m_pacing(pacing)
    , m_line(m_bus->line())
    , m_writer([this](const QByteArray &bytes) {
        if (m_open)
            Q_EMIT received(bytes);
    }, this)
{
    m_clock.start();
}

void SimTransport::open()
{
    if (m_broken) {
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(bus::BusError::of(bus::BusErrorCode::PortError, QStringLiteral("simulated port is gone"))); });
        return;
    }
    m_open = true;
    QTimer::singleShot(0, this, &SimTransport::opened);
}

void SimTransport::setBroken(bool broken)
{
    m_broken = broken;
    if (broken && m_open) {
        close();
        Q_EMIT failed(bus::BusError::of(bus::BusErrorCode::PortError, QStringLiteral("simulated port is gone")));
    }
}

void SimTransport::close()
{
    m_open = false;
    m_writer.clear();
}

void SimTransport::write(const QByteArray &bytes)
{
    if (!m_open)
        return;
    const link::LineSettings line = m_line;
    const QList<BusAnswer> answers = m_bus->receive(bytes, line, double(m_clock.nsecsElapsed()) / 1e9);
    if (m_pacing) {
        scheduleAnswers(m_writer, answers, bytes.size(), line.baud);
        return;
    }
    QByteArray all;
    for (const BusAnswer &a : answers)
        all += a.bytes;
    if (!all.isEmpty())
        QTimer::singleShot(0, this, [this, all] {
            if (m_open)
                Q_EMIT received(all);
        });
}

} // namespace mbus::sim
