#include "web/PublicAddress.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {
const QString settingKey = QStringLiteral("public_base_url");
}

QString PublicAddress::load(const Database& database)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM app_settings WHERE key = ?"));
    query.addBindValue(settingKey);
    if (!query.exec() || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

Result<QString> PublicAddress::check(const QString& url)
{
    QString text = url.trimmed();
    while (text.endsWith(QLatin1Char('/'))) {
        text.chop(1);
    }
    const QUrl parsed(text, QUrl::StrictMode);
    if (text.isEmpty() || !parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")) || parsed.hasQuery()
        || parsed.hasFragment()) {
        return Result<QString>::failure(
            tr("“%1” is not a web address Tayori can put in links. Write it as https://news.example.jp (the address "
               "where tayori-cli serve answers for your recipients).")
                .arg(url));
    }
    return text;
}

Status PublicAddress::save(const Database& database, const QString& url)
{
    QSqlQuery query(database.connection());
    if (url.trimmed().isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM app_settings WHERE key = ?"));
        query.addBindValue(settingKey);
    } else {
        const Result<QString> checked = check(url);
        if (!checked) {
            return Status::failure(checked.error());
        }
        query.prepare(QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(settingKey);
        query.addBindValue(*checked);
    }
    if (!query.exec()) {
        return Status::failure(tr("Could not save the web address: %1").arg(query.lastError().text()));
    }
    return success();
}
