// DeliveryLedger: state transitions of delivery rows, each committed before the next step.
#include "delivery/DeliveryLedger.h"

#include <QSqlError>

#include "contacts/EmailKey.h"
#include "storage/Timestamp.h"

QString DeliveryLedger::stateKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Sent:
        return QStringLiteral("sent");
    case Outcome::Deferred:
        return QStringLiteral("deferred");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Bounced:
        return QStringLiteral("bounced");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

DeliveryLedger::DeliveryLedger(Database database, QMutex* writeLock)
    : m_database(std::move(database))
    , m_writeLock(writeLock)
{
    QSqlDatabase db = m_database.connection();
    m_markSending = QSqlQuery(db);
    // Both lookups are by primary key (contacts.id, suppressions.email_key): the re-check costs two index probes in
    // a transaction that is committed anyway. A contact deleted since is looked up by the row's address.
    const QString suppressed
        = QStringLiteral("EXISTS (SELECT 1 FROM suppressions s WHERE s.email_key = COALESCE((SELECT ")
          + EmailKey::expression(QStringLiteral("c"))
          + QStringLiteral(" FROM contacts c WHERE c.id = deliveries.contact_id), lower(deliveries.email)))");
    const QString unsubscribed = QStringLiteral(
        "EXISTS (SELECT 1 FROM contacts c WHERE c.id = deliveries.contact_id AND c.status <> 'subscribed')");
    m_markSending.prepare(
        QStringLiteral("UPDATE deliveries SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ? "
                       "AND NOT ")
        + unsubscribed + QStringLiteral(" AND NOT ") + suppressed);
    m_skip = QSqlQuery(db);
    m_skip.prepare(QStringLiteral("UPDATE deliveries SET state = 'skipped', smtp_code = 0, smtp_reply = CASE WHEN ")
                   + suppressed
                   + QStringLiteral(" THEN ? ELSE ? || COALESCE((SELECT c.status FROM contacts c WHERE c.id = "
                                    "deliveries.contact_id), '') END, updated_at = ? WHERE id = ?"));
    m_update = QSqlQuery(db);
    m_update.prepare(QStringLiteral("UPDATE deliveries SET state = ?, smtp_code = ?, smtp_reply = ?, "
                                    "next_attempt_at = ?, updated_at = ? WHERE id = ?"));
    m_log = QSqlQuery(db);
    m_log.prepare(QStringLiteral(
        "INSERT INTO delivery_log (delivery_id, at, outcome, smtp_code, smtp_reply) VALUES (?, ?, ?, ?, ?)"));
    m_suppress = QSqlQuery(db);
    m_suppress.prepare(QStringLiteral("INSERT OR IGNORE INTO suppressions (email_key, reason, created_at) SELECT ")
                       + EmailKey::expression() + QStringLiteral(", ?, ? FROM contacts WHERE id = ?"));
    m_bounceContact = QSqlQuery(db);
    m_bounceContact.prepare(QStringLiteral(
        "UPDATE contacts SET status = 'bounced', updated_at = ? WHERE id = ? AND status = 'subscribed'"));
    m_putBack = QSqlQuery(db);
    m_putBack.prepare(QStringLiteral(
        "UPDATE deliveries SET state = 'queued', attempts = MAX(0, attempts - 1), updated_at = ? WHERE id = ?"));
}

Status DeliveryLedger::exec(QSqlQuery& query)
{
    if (!query.exec()) {
        return Status::failure(query.lastError().text());
    }
    return success();
}

template <typename Work>
Status DeliveryLedger::commit(Work work)
{
    QMutexLocker lock(m_writeLock);
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        return Status::failure(db.lastError().text());
    }
    Status done = success();
    if (m_pending) {
        done = writeOutcome(*m_pending);
    }
    if (done) {
        done = work();
    }
    if (!done || !db.commit()) {
        db.rollback();
        return done ? Status::failure(db.lastError().text()) : done;
    }
    m_pending.reset();
    return success();
}

Result<bool> DeliveryLedger::markSending(qint64 deliveryId)
{
    bool mayMail = true;
    Status done = commit([&] {
        const qint64 now = Timestamp::nowSeconds();
        m_markSending.bindValue(0, now);
        m_markSending.bindValue(1, deliveryId);
        Status marked = exec(m_markSending);
        if (!marked || m_markSending.numRowsAffected() == 1) {
            return marked;
        }
        mayMail = false;
        m_skip.bindValue(0, tr("Not sent: the address was put on the suppression list after the campaign was made"));
        m_skip.bindValue(1, tr("Not sent: since the campaign was made, the contact's status became "));
        m_skip.bindValue(2, now);
        m_skip.bindValue(3, deliveryId);
        return exec(m_skip);
    });
    if (!done) {
        return Result<bool>::failure(done.error());
    }
    return mayMail;
}

Status DeliveryLedger::flush()
{
    if (!m_pending) {
        return success();
    }
    return commit([] { return success(); });
}

Status DeliveryLedger::record(
    qint64 deliveryId, qint64 contactId, Outcome outcome, int smtpCode, const QString& reply, qint64 nextAttemptAt)
{
    // Two outcomes never wait together: the first is committed before the second is kept.
    Status flushed = flush();
    if (!flushed) {
        return flushed;
    }
    m_pending = Outcome_ {deliveryId, contactId, outcome, smtpCode, reply, nextAttemptAt};
    return success();
}

Status DeliveryLedger::writeOutcome(const Outcome_& p)
{
    const qint64 now = Timestamp::nowSeconds();
    const QString state = stateKey(p.outcome);
    m_update.bindValue(0, state);
    m_update.bindValue(1, p.smtpCode);
    m_update.bindValue(2, p.reply);
    m_update.bindValue(3, p.nextAttemptAt);
    m_update.bindValue(4, now);
    m_update.bindValue(5, p.deliveryId);
    Status done = exec(m_update);
    // The final reply lives in the delivery row; the log keeps the replies of the attempts before it.
    if (done && p.outcome == Outcome::Deferred) {
        m_log.bindValue(0, p.deliveryId);
        m_log.bindValue(1, now);
        m_log.bindValue(2, state);
        m_log.bindValue(3, p.smtpCode);
        m_log.bindValue(4, p.reply);
        done = exec(m_log);
    }
    if (done && p.outcome == Outcome::Bounced && p.contactId > 0) {
        m_suppress.bindValue(0, QString(QStringLiteral("bounced: ") + p.reply.left(200)));
        m_suppress.bindValue(1, Timestamp::nowText());
        m_suppress.bindValue(2, p.contactId);
        done = exec(m_suppress);
        if (done) {
            m_bounceContact.bindValue(0, now);
            m_bounceContact.bindValue(1, p.contactId);
            done = exec(m_bounceContact);
        }
    }
    return done;
}

Status DeliveryLedger::putBack(qint64 deliveryId)
{
    return commit([&] {
        m_putBack.bindValue(0, Timestamp::nowSeconds());
        m_putBack.bindValue(1, deliveryId);
        return exec(m_putBack);
    });
}
