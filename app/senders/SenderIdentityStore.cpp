// SenderIdentityStore: the From addresses the user sends as.
#include "SenderIdentityStore.h"

#include <QSqlError>
#include <QSqlQuery>

#include "contacts/EmailAddress.h"
#include "senders/DefaultRow.h"
#include "storage/SqlBinding.h"

namespace {
const QString kColumns = QStringLiteral("id, display_name, address, reply_to, bounce_domain, is_default");

SenderIdentity identityFrom(const QSqlQuery& query)
{
    SenderIdentity identity;
    identity.id = query.value(0).toLongLong();
    identity.displayName = query.value(1).toString();
    identity.address = query.value(2).toString();
    identity.replyTo = query.value(3).toString();
    identity.bounceDomain = query.value(4).toString();
    identity.isDefault = query.value(5).toBool();
    return identity;
}

using SqlBinding::execWith;

bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}
} // namespace

SenderIdentityStore::SenderIdentityStore(Database database)
    : m_database(std::move(database))
{
}

Status SenderIdentityStore::normalize(SenderIdentity& identity)
{
    identity.displayName = identity.displayName.trimmed();
    if (hasControlCharacter(identity.displayName)) {
        return Status::failure(tr("The sender name contains a line break or control character; type it on one "
                                  "line."));
    }
    const EmailCheck address = EmailAddress::check(identity.address.trimmed());
    if (!address.valid) {
        return Status::failure(
            tr("The sender address '%1' is not valid: %2").arg(identity.address.trimmed(), address.error));
    }
    identity.address = address.address;
    if (!identity.replyTo.trimmed().isEmpty()) {
        const EmailCheck replyTo = EmailAddress::check(identity.replyTo.trimmed());
        if (!replyTo.valid) {
            return Status::failure(
                tr("The reply-to address '%1' is not valid: %2").arg(identity.replyTo.trimmed(), replyTo.error));
        }
        identity.replyTo = replyTo.address;
    } else {
        identity.replyTo.clear();
    }
    QString bounce = identity.bounceDomain.trimmed();
    if (bounce.startsWith(QLatin1Char('@'))) {
        bounce.remove(0, 1);
    }
    if (!bounce.isEmpty()) {
        // The bounce address is bounce+TOKEN@DOMAIN: a domain is valid exactly when such an address is.
        const EmailCheck probe = EmailAddress::check(QString(QStringLiteral("bounce@") + bounce));
        if (!probe.valid || !bounce.contains(QLatin1Char('.'))) {
            return Status::failure(
                tr("The bounce domain '%1' is not a valid domain name; type a domain such as mail.example.co.jp.")
                    .arg(bounce));
        }
        bounce = EmailAddress::domainOf(probe.address);
    }
    identity.bounceDomain = bounce;
    return success();
}

Status SenderIdentityStore::clearDefaultExcept(qint64 id)
{
    return DefaultRow::makeOnlyDefault(m_database.connection(), QStringLiteral("sender_identities"), id);
}

Result<qint64> SenderIdentityStore::add(SenderIdentity identity)
{
    const Status normalized = normalize(identity);
    if (!normalized) {
        return Result<qint64>::failure(normalized.error());
    }
    QSqlDatabase db = m_database.connection();
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM sender_identities WHERE lower(address) = lower(?)"));
    if (execWith(exists, {identity.address}) && exists.next()) {
        return Result<qint64>::failure(
            tr("A sender with the address %1 already exists; edit that one instead.").arg(identity.address));
    }
    db.transaction();
    const bool first = !defaultIdentity().has_value();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO sender_identities (display_name, address, reply_to, bounce_domain, "
                                 "is_default) VALUES (?,?,?,?,0)"));
    if (!execWith(query, {identity.displayName, identity.address, identity.replyTo, identity.bounceDomain})) {
        db.rollback();
        return Result<qint64>::failure(query.lastError().text());
    }
    const qint64 id = query.lastInsertId().toLongLong();
    const Status defaulted = first || identity.isDefault ? clearDefaultExcept(id) : success();
    if (!defaulted || !db.commit()) {
        db.rollback();
        return Result<qint64>::failure(defaulted ? db.lastError().text() : defaulted.error());
    }
    return id;
}

Status SenderIdentityStore::update(SenderIdentity identity)
{
    if (!find(identity.id)) {
        return Status::failure(tr("That sender no longer exists; reopen the settings."));
    }
    const Status normalized = normalize(identity);
    if (!normalized) {
        return normalized;
    }
    QSqlDatabase db = m_database.connection();
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM sender_identities WHERE lower(address) = lower(?) AND id != ?"));
    if (execWith(exists, {identity.address, identity.id}) && exists.next()) {
        return Status::failure(
            tr("A sender with the address %1 already exists; edit that one instead.").arg(identity.address));
    }
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE sender_identities SET display_name = ?, address = ?, reply_to = ?, "
                                 "bounce_domain = ? WHERE id = ?"));
    Status done
        = execWith(query,
                   {identity.displayName, identity.address, identity.replyTo, identity.bounceDomain, identity.id})
              ? success()
              : Status::failure(query.lastError().text());
    if (done && identity.isDefault) {
        done = clearDefaultExcept(identity.id);
    }
    if (!done || !db.commit()) {
        db.rollback();
        return done ? Status::failure(db.lastError().text()) : done;
    }
    return success();
}

Status SenderIdentityStore::remove(qint64 id)
{
    return DefaultRow::removeKeepingDefault(m_database.connection(), QStringLiteral("sender_identities"), id);
}

Status SenderIdentityStore::makeDefault(qint64 id)
{
    if (!find(id)) {
        return Status::failure(tr("That sender no longer exists; reopen the settings."));
    }
    return clearDefaultExcept(id);
}

QList<SenderIdentity> SenderIdentityStore::list() const
{
    QList<SenderIdentity> identities;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM sender_identities ORDER BY address, id"));
    while (query.next()) {
        identities << identityFrom(query);
    }
    return identities;
}

std::optional<SenderIdentity> SenderIdentityStore::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM sender_identities WHERE id = ?"));
    if (execWith(query, {id}) && query.next()) {
        return identityFrom(query);
    }
    return std::nullopt;
}

std::optional<SenderIdentity> SenderIdentityStore::defaultIdentity() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT ") + kColumns
                   + QStringLiteral(" FROM sender_identities WHERE is_default = 1 LIMIT 1"))
        && query.next()) {
        return identityFrom(query);
    }
    return std::nullopt;
}
