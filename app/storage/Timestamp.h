// How times are stored. Contacts' times (created_at, updated_at, consent_at) are INTEGER seconds since the Unix
// epoch, UTC: 4 bytes a value instead of 20, on every row. Other tables and exports keep UTC ISO 8601 text with a Z.
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Timestamp {
// Seconds since the epoch; an invalid time is NULL.
inline QVariant toSeconds(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}
// NULL (or anything not a number) is an invalid time.
inline QDateTime fromSeconds(const QVariant& seconds)
{
    bool ok = false;
    const qint64 value = seconds.isNull() ? 0 : seconds.toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(value, Qt::UTC) : QDateTime();
}
inline qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// "2026-12-04T07:20:45Z"; an invalid time is the empty string.
inline QString toText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}
inline QDateTime fromText(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() != Qt::UTC) {
        time = time.toUTC();
    }
    return time;
}
inline QString nowText()
{
    return toText(QDateTime::currentDateTimeUtc());
}
} // namespace Timestamp
