#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Reading JSON fields with the path of the first one that is wrong, for the file formats' errors.
namespace mbus::project {

class JsonReader
{
public:
    QString error; // "connections[1].bindings[0].Address: expected a number"

    bool failed() const { return !error.isEmpty(); }
    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = path.isEmpty() ? what : path + QStringLiteral(": ") + what;
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isString())
            return v.toString();
        if (required || !v.isUndefined())
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected a text"));
        return {};
    }

    int integer(const QJsonObject &o, const QString &key, const QString &path, bool required = true, int fallback = 0)
    {
        const QJsonValue v = o.value(key);
        if (v.isDouble() && v.toDouble() == double(v.toInt()))
            return v.toInt();
        if (required || !v.isUndefined())
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected a whole number"));
        return fallback;
    }

    // A list that must be there (it may be empty).
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            fail(path.isEmpty() ? key : path + QLatin1Char('.') + key, QStringLiteral("expected a list"));
        return v.toArray();
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined())
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected true or false"));
        return fallback;
    }
};

} // namespace mbus::project
