// How contacts store the key their addresses are compared by: NULL when it equals the address (most addresses are
// lowercase already), so the table does not hold every address twice. The unique index contacts_by_key is on
// COALESCE(email_key, email); every lookup, sort, search and conflict target uses that same expression, so SQLite
// uses the index.
#pragma once

#include <QString>
#include <QVariant>

namespace EmailKey {
// Whether the key is stored as NULL: it equals the address.
inline bool storedAsNull(const QString& email, const QString& key)
{
    return key == email;
}
// The key as stored: NULL when it equals the address.
inline QVariant stored(const QString& email, const QString& key)
{
    return storedAsNull(email, key) ? QVariant() : QVariant(key);
}
// The key in SQL, over the contacts table or an alias of it ("c").
inline QString expression(const QString& alias = QString())
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("COALESCE(") + prefix + QStringLiteral("email_key, ") + prefix + QStringLiteral("email)");
}
} // namespace EmailKey
