// The port vanishes under the bus, as an unplugged USB adapter does: a pseudo-terminal is hung up
// (its master side closed) during each phase of an exchange (the request's write, the purge
// before it, the answer's arrival, the reopen) hundreds of times, under the master directly and
// under the workbench's own worker (a polling session with the user's requests on it). Nothing
// may crash; every request gets its outcome; the next port is used again.
#include "bus/Master.h"
#include "bus/SerialTransport.h"
#include "engine/PollingEngine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace mbus;

namespace {

// A pty whose slave is reached through a fixed link (the port name the transport keeps).
class VanishingPty
{
public:
    explicit VanishingPty(const QString &link)
        : m_link(link)
    {
    }
    ~VanishingPty() { hangUp(); }

    bool plugIn()
    {
        hangUp();
        int slave = -1;
        char name[256] = {};
        if (::openpty(&m_master, &slave, name, nullptr, nullptr) != 0)
            return false;
        termios t{};
        ::tcgetattr(m_master, &t);
        ::cfmakeraw(&t);
        ::tcsetattr(m_master, TCSANOW, &t);
        ::close(slave); // the transport opens it by the link
        QFile::remove(m_link);
        return QFile::link(QString::fromLocal8Bit(name), m_link);
    }
    void hangUp()
    {
        if (m_master >= 0)
            ::close(m_master);
        m_master = -1;
    }
    // Waits (bounded) for the master's request on the line; the event loop runs meanwhile
    // (QSerialPort writes from it).
    bool awaitRequest(int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_master >= 0 && clock.elapsed() < timeoutMs) {
            pollfd p{m_master, POLLIN, 0};
            if (::poll(&p, 1, 0) > 0 && (p.revents & POLLIN)) {
                char buffer[256];
                return ::read(m_master, buffer, sizeof buffer) > 0;
            }
            QTest::qWait(1);
        }
        return false;
    }
    void send(const QByteArray &bytes)
    {
        if (m_master >= 0)
            (void)!::write(m_master, bytes.constData(), size_t(bytes.size()));
    }

private:
    QString m_link;
    int m_master = -1;
};

// The first half of a RSP_UD: the answer that stops when the adapter goes.
const QByteArray HalfAnswer = QByteArray::fromHex("681F1F680801720100000096150100180000000C785634120C13");

} // namespace

class TestPortVanishes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hangUpInEveryPhaseOfAnExchange()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("ttyVanishing"));
        VanishingPty pty(link);
        QVERIFY(pty.plugIn());
        bus::SerialSettings settings;
        settings.portName = link;
        settings.line = link::LineSettings{38400, 8, link::Parity::None, 1};
        bus::SerialTransport transport(settings);
        bus::MasterSettings masterSettings;
        masterSettings.timeoutMs = 150;
        masterSettings.retries = 0;
        bus::Master master(transport, masterSettings);
        QList<bus::Outcome> outcomes;
        connect(&master, &bus::Master::finished, this, [&](const bus::Outcome &o) { outcomes << o; });
        enum Phase { Write, Purge, Receive, Reopen, Phases };
        const int PerPhase = qEnvironmentVariableIntValue("PER_PHASE") > 0 ? qEnvironmentVariableIntValue("PER_PHASE") : 200;
        int requests = 0;
        for (int i = 0; i < PerPhase * Phases; ++i) {
            const Phase phase = Phase(i % Phases);
            QVERIFY(pty.plugIn());
            transport.open();
            QTest::qWait(1);
            bus::Request read = bus::Request::read(1);
            read.linkReset = false;
            if (phase == Reopen) {
                pty.hangUp(); // gone again before the port is used: the open itself fails
                transport.open();
            }
            master.submit(quint64(++requests), read);
            switch (phase) {
            case Write: // before the event loop writes the request
                pty.hangUp();
                break;
            case Purge: // the exchange has begun (purge, write) when it goes
                QTest::qWait(i % 3);
                pty.hangUp();
                break;
            case Receive: // half the answer is in
                if (pty.awaitRequest(500))
                    pty.send(HalfAnswer);
                QTest::qWait(i % 4);
                pty.hangUp();
                break;
            default:
                break;
            }
            QElapsedTimer clock;
            clock.start();
            while (outcomes.size() < requests && clock.elapsed() < 3000)
                QTest::qWait(2);
            QVERIFY2(outcomes.size() == requests, qPrintable(QStringLiteral("no outcome in phase %1, round %2").arg(phase).arg(i)));
            QVERIFY(outcomes.last().error.isError());
        }
        // Plugged in again, the same transport and master work.
        QVERIFY(pty.plugIn());
        transport.open();
        QTRY_VERIFY_WITH_TIMEOUT(transport.isOpen(), 3000);
        master.submit(quint64(++requests), bus::Request::ping(1));
        const bool heard = pty.awaitRequest(2000);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), requests - (heard ? 1 : 0), 3000);
        if (!heard)
            qWarning("after the last hang-up: %s", qPrintable(outcomes.last().error.text()));
        QVERIFY(heard);
        pty.send(QByteArray(1, char(0xE5)));
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), requests, 3000);
        QVERIFY2(outcomes.last().ok(), qPrintable(outcomes.last().error.text()));
    }

    // The workbench's worker: a session polling the vanishing port flat out, the user's reads on
    // it, the channel edited meanwhile; the adapter pulled and plugged 200 times.
    void hangUpUnderAPollingSession()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("ttyVanishing"));
        VanishingPty pty(link);
        QVERIFY(pty.plugIn());
        project::Project p;
        project::Connection c;
        c.name = QStringLiteral("Unplugged");
        c.periodMs = 1;
        c.channel.serialPort = link;
        c.channel.line = link::LineSettings{38400, 8, link::Parity::None, 1};
        c.channel.timeoutMs = 100;
        project::Binding b;
        b.name = QStringLiteral("Energy");
        b.tag = QStringLiteral("e");
        b.address = 1;
        c.bindings << b;
        p.connections << c;
        project::assignConnectionIds(p);
        const int id = p.connections.first().id;
        engine::PollingEngine engine(p);
        QPointer<engine::ConnectionSession> session = engine.session(id);
        QVERIFY(session);
        int cycles = 0;
        connect(&engine, &engine::PollingEngine::cycleFinished, this, [&] { ++cycles; });
        engine.start();
        int replies = 0;
        int finished = 0;
        for (int i = 0; i < 200; ++i) {
            QTest::qWait(i % 7);
            pty.hangUp();
            bus::Reply *reply = session->read(1);
            ++replies;
            connect(reply, &bus::Reply::finished, this, [&] { ++finished; });
            if (i % 25 == 0) { // the channel edited while the port is gone: that connection reopens
                p.connections[0].channel.timeoutMs = 100 + i;
                engine.setProject(p);
            }
            QTest::qWait(i % 5);
            QVERIFY(pty.plugIn());
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, replies, 10000);
        QVERIFY(cycles > 0);
        QCOMPARE(engine.session(id), session.data());
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestPortVanishes)
#include "tst_port_vanishes.moc"
