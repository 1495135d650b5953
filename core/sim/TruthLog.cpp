#include "TruthLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace mbus::sim {

bool TruthLog::open(const QString &path, QString *errorText)
{
    m_file.setFileName(path);
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return true;
    if (errorText)
        *errorText = m_file.errorString();
    return false;
}

void TruthLog::write(const SimulatedMeter &meter, const TruthValue &value, const char *fate, double seconds)
{
    if (!m_file.isOpen())
        return;
    QJsonObject line{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("t"), seconds},
        {QStringLiteral("meter"), meter.secondaryAddress().toString()},
        {QStringLiteral("address"), meter.primaryAddress()},
        {QStringLiteral("telegram"), value.telegram},
        {QStringLiteral("index"), value.index},
        {QStringLiteral("quantity"), value.quantity},
        {QStringLiteral("unit"), value.unit},
        {QStringLiteral("fate"), QString::fromLatin1(fate)},
    };
    line.insert(QStringLiteral("value"), value.isNumber ? QJsonValue(value.number) : QJsonValue(value.value));
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace mbus::sim
