#pragma once

#include "bus/Transport.h"
#include "link/LineSettings.h"
#include "sim/PacedWriter.h"
#include "sim/SimulatedBus.h"

#include <QElapsedTimer>

#include <memory>

// A transport whose bus is simulated in the same process: the master's bytes go straight to a
// SimulatedBus and its answers come back paced at the bus's baud rate. The GUI's embedded demo
// bus, fast engine tests and the engine benchmark use it; it lives on the caller's thread.
namespace mbus::sim {

class SimTransport : public bus::Transport
{
    Q_OBJECT

public:
    // pacing false: answers arrive at once (benchmarks of the engine's own cost).
    SimTransport(std::shared_ptr<SimulatedBus> bus, bool pacing = true, QObject *parent = nullptr);

    void open() override;
    void close() override;
    bool isOpen() const override { return m_open; }
    void write(const QByteArray &bytes) override;
    void discardInput() override {}
    int baud() const override { return m_line.baud; }
    bool setBaud(int baud) override
    {
        m_line.baud = baud;
        return true;
    }
    int latencyMarginMs() const override { return 5; }
    QString description() const override { return QStringLiteral("simulated bus"); }

    SimulatedBus &bus() { return *m_bus; }

public Q_SLOTS:
    // The port vanishes (true) or comes back (false), as an unplugged USB adapter does.
    void setBroken(bool broken);
    void setFaults(const mbus::sim::FaultSettings &faults) { m_bus->setFaults(faults); }
    // Changes a meter's telegrams under a running poll (a firmware update).
    void setMeterTelegrams(int address, const QList<mbus::sim::TelegramSpec> &telegrams) { m_bus->setMeterTelegrams(address, telegrams); }

private:
    std::shared_ptr<SimulatedBus> m_bus;
    bool m_pacing = true;
    bool m_open = false;
    bool m_broken = false;
    link::LineSettings m_line; // the master's UART: the bus's settings until setBaud()
    QElapsedTimer m_clock;
    PacedWriter m_writer;
};

} // namespace mbus::sim
