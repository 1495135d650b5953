#pragma once

#include "engine/TagValue.h"

#include <QString>

// A session's tag values and diagnostics in an SQLite file (Qt SQL, QSQLITE): one transaction per
// cycle, values indexed by tag and time, so a 24-hour acceptance run can be reviewed, re-opened and
// trended later.
namespace mbus::engine {

struct RecordedValue
{
    qint64 msecsSinceEpoch = 0;
    QVariant value;
    QString unit;
    QString quality;
};

class SessionRecorder
{
public:
    SessionRecorder();
    ~SessionRecorder();
    SessionRecorder(const SessionRecorder &) = delete;
    SessionRecorder &operator=(const SessionRecorder &) = delete;

    // Opens (or creates) the file; an existing recording is added to, under a new session.
    bool open(const QString &path, const QString &projectName, QString *errorText);
    bool isOpen() const;
    // One cycle of one connection, in one transaction.
    bool record(const QList<TagValue> &values, const ConnectionDiagnostics &diagnostics, QString *errorText);

    // Reading back (the trend, reviews): a tag's values in [from, to] (ms since epoch), oldest first.
    QList<RecordedValue> series(const QString &tag, qint64 from, qint64 to) const;
    QStringList tags() const;

private:
    QString m_connectionName;
    qint64 m_session = 0;
};

} // namespace mbus::engine
