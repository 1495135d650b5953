#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

// mbus-sim as a test starts it: a real process on a pty in a temporary folder and/or an ephemeral
// TCP port on 127.0.0.1, stopped when the object goes (terminate, then kill). --duration bounds
// its life even if the test dies first.
namespace mbus::test {

class SimProcess
{
public:
    // extra: more mbus-sim options (--profile, --baud, faults). pty/tcp choose the endpoints.
    bool start(const QStringList &extra, bool pty = true, bool tcp = true, int durationSeconds = 120)
    {
        QStringList args = extra;
        if (pty) {
            m_ptyPath = m_dir.path() + QStringLiteral("/bus");
            args << QStringLiteral("--pty") << m_ptyPath;
        }
        if (tcp)
            args << QStringLiteral("--tcp") << QStringLiteral("127.0.0.1:0");
        args << QStringLiteral("--duration") << QString::number(durationSeconds);
        m_process.setProgram(QStringLiteral(MBUS_SIM_PATH));
        m_process.setArguments(args);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        QByteArray output;
        while (!output.contains("ready\n")) {
            if (!m_process.waitForReadyRead(5000))
                return false;
            output += m_process.readAllStandardOutput();
        }
        const auto match = QRegularExpression(QStringLiteral("tcp 127\\.0\\.0\\.1:(\\d+)")).match(QString::fromUtf8(output));
        if (match.hasMatch())
            m_tcpPort = quint16(match.captured(1).toUInt());
        m_banner = QString::fromUtf8(output);
        return true;
    }

    ~SimProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }

    QString ptyPath() const { return m_ptyPath; }
    quint16 tcpPort() const { return m_tcpPort; }
    QString banner() const { return m_banner; }
    QString folder() const { return m_dir.path(); }
    QByteArray standardError() { return m_process.readAllStandardError(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_ptyPath;
    quint16 m_tcpPort = 0;
    QString m_banner;
};

} // namespace mbus::test
