// The master against a scripted slave on a socat pseudo-terminal pair: real QSerialPort on both
// ends, 2400 8E1 set before open, EN timing, echo, retries with the same FCB, the FCB procedure
// over several telegrams, collisions, and the port vanishing.
#include "BusHarness.h"

#include "link/FrameAssembler.h"
#include "link/MasterRequests.h"

#include <QFileInfo>
#include <QProcess>
#include <QSerialPort>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <functional>

using namespace mbus;
using namespace mbus::bus;
namespace Requests = mbus::link::MasterRequests;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

QByteArray telegram(bool moreFollows, int value)
{
    QByteArray data = hex("78563412 2D2C 01 04 2A 00 0000 0413");
    data += char(value) + QByteArray(3, '\0');
    if (moreFollows)
        data += char(0x1F);
    return link::encodeLongFrame(0x08, 5, 0x72, data);
}

} // namespace

class TestMasterOnSocatPty : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_socat;
    QSerialPort m_slave;
    link::FrameAssembler m_assembler;
    QList<QByteArray> m_requests;
    // The slave's script: the answer to the n-th request (empty: silence).
    std::function<QByteArray(const QByteArray &request, int n)> m_script;
    std::unique_ptr<BusClient> m_client;

    void onSlaveReadable()
    {
        m_assembler.append(m_slave.readAll());
        while (m_assembler.next() == link::FrameAssembler::Status::FrameReady) {
            const QByteArray request = m_assembler.frame().raw;
            m_requests.append(request);
            if (m_script) {
                const QByteArray answer = m_script(request, int(m_requests.size()));
                if (!answer.isEmpty())
                    m_slave.write(answer);
            }
        }
    }

    Outcome run(const Request &request, int retries = 0)
    {
        Request r = request;
        r.retries = retries;
        return test::runRequest(*m_client, r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty())
            QSKIP("socat is not installed");
        const QString master = m_dir.path() + QStringLiteral("/master");
        const QString slave = m_dir.path() + QStringLiteral("/slave");
        m_socat.start(QStringLiteral("socat"), {QStringLiteral("pty,raw,echo=0,link=") + master,
                                                QStringLiteral("pty,raw,echo=0,link=") + slave});
        QVERIFY(m_socat.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(master) && QFileInfo::exists(slave), 5000);
        m_slave.setPortName(slave);
        m_slave.setBaudRate(2400);
        QVERIFY2(m_slave.open(QIODevice::ReadWrite), qPrintable(m_slave.errorString()));
        connect(&m_slave, &QSerialPort::readyRead, this, &TestMasterOnSocatPty::onSlaveReadable);
        // 2400 8E1: Even parity is set before open, which a pty requires.
        m_client = test::openClient(test::serialSettings(master, 2400));
        QVERIFY2(m_client, "the master could not open the pty with 2400 8E1");
    }

    void init()
    {
        m_requests.clear();
        m_script = nullptr;
    }

    void readsAnAnswer()
    {
        m_script = [](const QByteArray &, int) { return telegram(false, 7); };
        const Outcome outcome = run(Request::read(5));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.text()));
        QCOMPARE(outcome.frames.size(), 1);
        QCOMPARE(m_requests.first(), Requests::sndNke(5)); // link reset first
    }

    void timesOutWithinTheEnWindow()
    {
        const Outcome outcome = run(Request::ping(9));
        QCOMPARE(outcome.error.code, BusErrorCode::Timeout);
        // 5 characters + 330 bit times + 50 ms at 2400 Bd = 210 ms, plus the 15 ms margin.
        QVERIFY2(outcome.elapsedMs >= 200 && outcome.elapsedMs < 400, qPrintable(QString::number(outcome.elapsedMs)));
    }

    void dropsTheEchoOfAnEchoingConverter()
    {
        m_script = [](const QByteArray &request, int) { return request + hex("E5"); };
        const Outcome outcome = run(Request::ping(5));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.text()));
        QCOMPARE(outcome.echoes, 1);
    }

    void retriesWithTheSameFcb()
    {
        // Silent the first time, then the answer.
        m_script = [](const QByteArray &request, int n) {
            return request.size() == 5 && request[1] != char(0x40) && n > 2 ? telegram(false, 1) : QByteArray(n == 1 ? "\xE5" : "");
        };
        const Outcome outcome = run(Request::read(5), 2);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.text()));
        QCOMPARE(outcome.retries, 1);
        QCOMPARE(m_requests.size(), 3);
        QCOMPARE(m_requests.at(1), m_requests.at(2)); // the repeat carries the same FCB
    }

    // SND_NKE, then REQ_UD2 0x5B, 0x7B, 0x5B (FCB 0, 1, 0) while the meter says more records follow.
    void readsEveryTelegramWithTheFcbProcedure()
    {
        m_script = [](const QByteArray &request, int n) {
            if (request == Requests::sndNke(5))
                return hex("E5");
            return telegram(n < 4, n);
        };
        const Outcome outcome = run(Request::read(5));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.text()));
        QCOMPARE(outcome.frames.size(), 3);
        QCOMPARE(m_requests, (QList<QByteArray>{Requests::sndNke(5), Requests::reqUd2(5, false), Requests::reqUd2(5, true),
                                                Requests::reqUd2(5, false)}));
    }

    void capsTheTelegramsOfAReadAndSaysSo()
    {
        m_script = [](const QByteArray &request, int n) { return request == Requests::sndNke(5) ? hex("E5") : telegram(true, n); };
        Request request = Request::read(5);
        request.maxTelegrams = 2;
        const Outcome outcome = run(request);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.frames.size(), 2);
        QVERIFY(outcome.moreTelegramsPending);
    }

    void namesChecksumErrorsAfterTheRetries()
    {
        m_script = [](const QByteArray &, int) {
            QByteArray answer = telegram(false, 3);
            answer[answer.size() - 2] = char(answer[answer.size() - 2] + 1);
            return answer;
        };
        Request request = Request::read(5);
        request.linkReset = false;
        const Outcome outcome = run(request, 2);
        QCOMPARE(outcome.error.code, BusErrorCode::ChecksumError);
        QCOMPARE(outcome.error.text(), QStringLiteral("Checksum error"));
        QCOMPARE(outcome.retries, 2);
        QCOMPARE(m_requests.size(), 3);
    }

    void namesCollisions()
    {
        m_script = [](const QByteArray &, int) { return telegram(false, 1) + telegram(false, 2); };
        Request request = Request::read(5);
        request.linkReset = false;
        request.retryCollisions = false;
        QCOMPARE(run(request, 2).error.code, BusErrorCode::Collision);
        QCOMPARE(m_requests.size(), 1); // a scan learns about a collision once
    }

    void reportsThePortVanishing()
    {
        m_slave.close();
        m_socat.kill();
        m_socat.waitForFinished(3000);
        const Outcome outcome = run(Request::ping(5));
        QVERIFY2(outcome.error.code == BusErrorCode::PortError || outcome.error.code == BusErrorCode::Timeout,
                 qPrintable(outcome.error.text()));
        // Once the device is gone for good, the next request says so plainly.
        const Outcome next = run(Request::ping(5));
        QCOMPARE(next.error.code, BusErrorCode::PortError);
    }
};

QTEST_GUILESS_MAIN(TestMasterOnSocatPty)
#include "tst_master_on_socat_pty.moc"
