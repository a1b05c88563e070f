// RelayStore: the mail servers (relays) the user configured, one of them the default.
#include "RelayStore.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include "senders/DefaultRow.h"
#include "storage/SqlBinding.h"

namespace {
const QString kColumns = QStringLiteral("id, name, url, connections, rate, ca_certificates, is_default");

Relay relayFrom(const QSqlQuery& query)
{
    Relay relay;
    relay.id = query.value(0).toLongLong();
    relay.name = query.value(1).toString();
    relay.url = query.value(2).toString();
    relay.connections = query.value(3).toInt();
    relay.rate = query.value(4).toDouble();
    relay.caCertificatesPem = query.value(5).toString();
    relay.isDefault = query.value(6).toBool();
    return relay;
}

using SqlBinding::execWith;
} // namespace

Result<RelayConfig> Relay::config() const
{
    Result<RelayConfig> parsed = RelayConfig::fromUrl(url);
    if (!parsed) {
        return parsed;
    }
    RelayConfig config = parsed.value();
    config.connections = connections;
    config.maxRate = rate;
    config.extraCaCertificates = QSslCertificate::fromData(caCertificatesPem.toLatin1(), QSsl::Pem);
    return config;
}

RelayStore::RelayStore(Database database)
    : m_database(std::move(database))
{
}

QString RelayStore::defaultOutboxPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("outbox"));
}

Status RelayStore::validate(const Relay& relay)
{
    if (relay.name.trimmed().isEmpty()) {
        return Status::failure(tr("The mail server has no name; give it one, such as \"Office server\"."));
    }
    if (QUrl(relay.url).password().size() > 0) {
        return Status::failure(tr("The mail server address contains a password; remove it, the password belongs in "
                                  "the system keychain."));
    }
    const Result<RelayConfig> config = RelayConfig::fromUrl(relay.url);
    if (!config) {
        return Status::failure(config.error());
    }
    if (relay.connections < 1 || relay.connections > 100) {
        return Status::failure(tr("The number of connections must be between 1 and 100."));
    }
    if (relay.rate < 0) {
        return Status::failure(tr("The sending rate cannot be negative; use 0 for no limit."));
    }
    if (!relay.caCertificatesPem.trimmed().isEmpty()
        && QSslCertificate::fromData(relay.caCertificatesPem.toLatin1(), QSsl::Pem).isEmpty()) {
        return Status::failure(tr("The trusted certificates are not PEM certificates; paste them again or clear "
                                  "them."));
    }
    return success();
}

Status RelayStore::normalize(Relay& relay) const
{
    const Status valid = validate(relay);
    if (!valid) {
        return valid;
    }
    relay.name = relay.name.trimmed();
    relay.url = RelayConfig::fromUrl(relay.url)->toUrl(); // one spelling per relay: the keychain key depends on it
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM relays WHERE name = ? AND id != ?"));
    if (!execWith(query, {relay.name, relay.id})) {
        return Status::failure(query.lastError().text());
    }
    if (query.next()) {
        return Status::failure(tr("A mail server named \"%1\" already exists; choose another name.").arg(relay.name));
    }
    return success();
}

Status RelayStore::clearDefaultExcept(qint64 id)
{
    return DefaultRow::makeOnlyDefault(m_database.connection(), QStringLiteral("relays"), id);
}

Result<qint64> RelayStore::add(Relay relay)
{
    relay.id = 0;
    const Status normalized = normalize(relay);
    if (!normalized) {
        return Result<qint64>::failure(normalized.error());
    }
    QSqlDatabase db = m_database.connection();
    db.transaction();
    const bool first = !defaultRelay().has_value();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO relays (name, url, connections, rate, ca_certificates, is_default) VALUES (?,?,?,?,?,0)"));
    if (!execWith(query, {relay.name, relay.url, relay.connections, relay.rate, relay.caCertificatesPem})) {
        db.rollback();
        return Result<qint64>::failure(query.lastError().text());
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (first || relay.isDefault) {
        const Status cleared = clearDefaultExcept(id);
        if (!cleared) {
            db.rollback();
            return Result<qint64>::failure(cleared.error());
        }
    }
    if (!db.commit()) {
        db.rollback();
        return Result<qint64>::failure(db.lastError().text());
    }
    return id;
}

Status RelayStore::update(Relay relay)
{
    if (!find(relay.id)) {
        return Status::failure(tr("That mail server no longer exists; reopen the settings."));
    }
    const Status normalized = normalize(relay);
    if (!normalized) {
        return normalized;
    }
    QSqlDatabase db = m_database.connection();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE relays SET name = ?, url = ?, connections = ?, rate = ?, ca_certificates = ? WHERE id = ?"));
    Status done
        = execWith(query, {relay.name, relay.url, relay.connections, relay.rate, relay.caCertificatesPem, relay.id})
              ? success()
              : Status::failure(query.lastError().text());
    if (done && relay.isDefault) {
        done = clearDefaultExcept(relay.id);
    }
    if (!done || !db.commit()) {
        db.rollback();
        return done ? Status::failure(db.lastError().text()) : done;
    }
    return success();
}

Status RelayStore::remove(qint64 id)
{
    return DefaultRow::removeKeepingDefault(m_database.connection(), QStringLiteral("relays"), id);
}

Status RelayStore::makeDefault(qint64 id)
{
    if (!find(id)) {
        return Status::failure(tr("That mail server no longer exists; reopen the settings."));
    }
    return clearDefaultExcept(id);
}

QList<Relay> RelayStore::list() const
{
    QList<Relay> relays;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM relays ORDER BY name COLLATE NOCASE, id"));
    while (query.next()) {
        relays << relayFrom(query);
    }
    return relays;
}

std::optional<Relay> RelayStore::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM relays WHERE id = ?"));
    if (execWith(query, {id}) && query.next()) {
        return relayFrom(query);
    }
    return std::nullopt;
}

std::optional<Relay> RelayStore::defaultRelay() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM relays WHERE is_default = 1 LIMIT 1"))
        && query.next()) {
        return relayFrom(query);
    }
    return std::nullopt;
}
