#include "SessionRecorder.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace mbus::engine {

namespace {

const char *const Schema[] = {
    "CREATE TABLE IF NOT EXISTS session (id INTEGER PRIMARY KEY, started INTEGER NOT NULL, project TEXT)",
    "CREATE TABLE IF NOT EXISTS tag_value (session INTEGER NOT NULL, tag TEXT NOT NULL, time INTEGER NOT NULL,"
    " value REAL, text TEXT, unit TEXT, quality TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS tag_value_by_tag_time ON tag_value (tag, time)",
    "CREATE TABLE IF NOT EXISTS diagnostics (session INTEGER NOT NULL, connection TEXT NOT NULL, time INTEGER NOT NULL,"
    " state TEXT, error TEXT, actual TEXT, cycle_ms INTEGER, requests INTEGER, answers INTEGER, timeouts INTEGER,"
    " checksum_errors INTEGER, retries INTEGER)",
    "CREATE INDEX IF NOT EXISTS diagnostics_by_connection_time ON diagnostics (connection, time)",
};

} // namespace

SessionRecorder::SessionRecorder()
    : m_connectionName(QStringLiteral("mbus-recording-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SessionRecorder::~SessionRecorder()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SessionRecorder::open(const QString &path, const QString &projectName, QString *errorText)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *errorText = QStringLiteral("cannot open the recording %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    for (const char *statement : Schema) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *errorText = QStringLiteral("%1 is not a recording: %2").arg(path, query.lastError().text());
            db.close();
            return false;
        }
    }
    query.prepare(QStringLiteral("INSERT INTO session (started, project) VALUES (?, ?)"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(projectName);
    if (!query.exec()) {
        *errorText = query.lastError().text();
        return false;
    }
    m_session = query.lastInsertId().toLongLong();
    return true;
}

bool SessionRecorder::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool SessionRecorder::record(const QList<TagValue> &values, const ConnectionDiagnostics &diagnostics, QString *errorText)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen() || !db.transaction()) {
        *errorText = QStringLiteral("the recording is not open");
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO tag_value (session, tag, time, value, text, unit, quality) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const TagValue &v : values) {
        const bool number = v.value.typeId() == QMetaType::Double;
        insert.addBindValue(m_session);
        insert.addBindValue(v.tag);
        insert.addBindValue(v.timestamp.isValid() ? v.timestamp.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
        insert.addBindValue(number ? v.value : QVariant(QMetaType(QMetaType::Double)));
        insert.addBindValue(number || v.value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v.value.toString()));
        insert.addBindValue(v.unit);
        insert.addBindValue(v.qualityText());
        if (!insert.exec()) {
            *errorText = insert.lastError().text();
            db.rollback();
            return false;
        }
    }
    QSqlQuery diag(db);
    diag.prepare(QStringLiteral("INSERT INTO diagnostics (session, connection, time, state, error, actual, cycle_ms, requests,"
                                " answers, timeouts, checksum_errors, retries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    quint64 requests = 0, answers = 0, timeouts = 0, checksums = 0, retries = 0;
    for (const MeterStatistics &m : diagnostics.meters) {
        requests += m.requests;
        answers += m.answers;
        timeouts += m.timeouts;
        checksums += m.checksumErrors;
        retries += m.retries;
    }
    for (const QVariant &v : {QVariant(m_session), QVariant(diagnostics.connection), QVariant(QDateTime::currentMSecsSinceEpoch()),
                              QVariant(diagnostics.stateText()), QVariant(diagnostics.error), QVariant(diagnostics.actualText()),
                              QVariant(diagnostics.cycleMs), QVariant(requests), QVariant(answers), QVariant(timeouts),
                              QVariant(checksums), QVariant(retries)})
        diag.addBindValue(v);
    if (!diag.exec()) {
        *errorText = diag.lastError().text();
        db.rollback();
        return false;
    }
    return db.commit();
}

QList<RecordedValue> SessionRecorder::series(const QString &tag, qint64 from, qint64 to) const
{
    QList<RecordedValue> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT time, value, text, unit, quality FROM tag_value WHERE tag = ? AND time BETWEEN ? AND ? ORDER BY time"));
    query.addBindValue(tag);
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec())
        return result;
    while (query.next()) {
        RecordedValue v;
        v.msecsSinceEpoch = query.value(0).toLongLong();
        v.value = query.value(1).isNull() ? query.value(2) : query.value(1);
        v.unit = query.value(3).toString();
        v.quality = query.value(4).toString();
        result.append(v);
    }
    return result;
}

QStringList SessionRecorder::tags() const
{
    QStringList tags;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT DISTINCT tag FROM tag_value ORDER BY tag"))) {
        while (query.next())
            tags << query.value(0).toString();
    }
    return tags;
}

} // namespace mbus::engine
