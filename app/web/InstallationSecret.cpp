// InstallationSecret: the per-installation HMAC key, in app_settings.
#include "web/InstallationSecret.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString secretKey = QStringLiteral("link_token_secret");

Result<QByteArray> read(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM app_settings WHERE key = ?"));
    query.addBindValue(secretKey);
    if (!query.exec()) {
        return Result<QByteArray>::failure(query.lastError().text());
    }
    if (!query.next()) {
        return QByteArray();
    }
    return QByteArray::fromBase64(query.value(0).toString().toLatin1());
}
} // namespace

Result<QByteArray> InstallationSecret::load(const Database& database)
{
    QSqlDatabase db = database.connection();
    auto existing = read(db);
    if (!existing || !existing->isEmpty()) {
        return existing;
    }
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    QSqlQuery insert(db);
    // OR IGNORE: another process may have made one at the same moment; then theirs wins and is read back.
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO app_settings (key, value) VALUES (?, ?)"));
    insert.addBindValue(secretKey);
    insert.addBindValue(QString::fromLatin1(secret.toBase64()));
    if (!insert.exec()) {
        return Result<QByteArray>::failure(insert.lastError().text());
    }
    return read(db);
}
