// How times are stored: UTC, ISO 8601 text with a Z, so they sort and read the same on SQLite and PostgreSQL.
#pragma once

#include <QDateTime>
#include <QString>

namespace Timestamp {
inline QString toStorage(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}
inline QDateTime fromStorage(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() != Qt::UTC) {
        time = time.toUTC();
    }
    return time;
}
inline QString now()
{
    return toStorage(QDateTime::currentDateTimeUtc());
}
} // namespace Timestamp
