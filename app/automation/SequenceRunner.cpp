// SequenceRunner: enrols, lets go, and queues due step mail, each pass in transactions that make it idempotent.
#include "automation/SequenceRunner.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "automation/SequenceProgress.h"
#include "automation/SequenceStore.h"
#include "campaigns/CampaignFactory.h"
#include "campaigns/CampaignStore.h"
#include "contacts/EmailKey.h"
#include "storage/SqlBinding.h"

using SqlBinding::execWith;

namespace {
template <typename T>
Result<T> failedQuery(const QSqlQuery& query)
{
    return Result<T>::failure(SequenceRunner::tr("Step mail: database error: %1").arg(query.lastError().text()));
}

// BEGIN IMMEDIATE takes the write lock at once: two runners (the app and `run-due`) take turns instead of both
// reading the same due contacts.
bool beginImmediate(QSqlDatabase& db)
{
    QSqlQuery begin(db);
    return begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool commit(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("COMMIT"))) {
        return true;
    }
    query.exec(QStringLiteral("ROLLBACK"));
    return false;
}

void rollback(QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("ROLLBACK"));
}
} // namespace

SequenceRunner::SequenceRunner(Database database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{
}

Result<QList<qint64>> SequenceRunner::enqueueDue()
{
    const QDateTime now = m_clock.nowUtc();
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    QList<Sequence> sequences;
    for (const Sequence& sequence : SequenceStore(m_database, m_clock).list()) {
        if (sequence.active && sequence.listId != 0 && sequence.activeSince.isValid()) {
            sequences.append(sequence);
        }
    }
    QSqlDatabase db = m_database.connection();
    const QString key = EmailKey::expression(QStringLiteral("c"));

    // 1. Who left (unsubscribed, suppressed, off the list) leaves; who joined the list since the sequence became
    // active is enrolled, with the time they joined as their start.
    if (!beginImmediate(db)) {
        return Result<QList<qint64>>::failure(tr("Step mail: database error: %1").arg(db.lastError().text()));
    }
    QSqlQuery query(db);
    for (const Sequence& sequence : std::as_const(sequences)) {
        query.prepare(QStringLiteral("UPDATE sequence_progress SET state = 'left', next_step_id = NULL, "
                                     "next_due_at = NULL, updated_at = ? WHERE sequence_id = ? AND state = 'active' "
                                     "AND (NOT EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = ? AND "
                                     "m.contact_id = sequence_progress.contact_id) OR EXISTS (SELECT 1 FROM contacts "
                                     "c LEFT JOIN suppressions s ON s.email_key = ")
                      + key
                      + QStringLiteral(" WHERE c.id = sequence_progress.contact_id AND (c.status <> 'subscribed' OR "
                                       "s.email_key IS NOT NULL)))"));
        if (!execWith(query, {nowSeconds, sequence.id, sequence.listId})) {
            rollback(db);
            return failedQuery<QList<qint64>>(query);
        }
        query.prepare(QStringLiteral("INSERT INTO sequence_progress (sequence_id, contact_id, enrolled_at, state, "
                                     "updated_at) SELECT ?, m.contact_id, CAST(strftime('%s', m.added_at) AS INTEGER), "
                                     "'active', ? FROM list_members m JOIN contacts c ON c.id = m.contact_id "
                                     "LEFT JOIN suppressions s ON s.email_key = ")
                      + key
                      + QStringLiteral(" WHERE m.list_id = ? AND CAST(strftime('%s', m.added_at) AS INTEGER) >= ? "
                                       "AND c.status = 'subscribed' AND s.email_key IS NULL "
                                       "ON CONFLICT (sequence_id, contact_id) DO NOTHING"));
        if (!execWith(query, {sequence.id, nowSeconds, sequence.listId, sequence.activeSince.toSecsSinceEpoch()})) {
            rollback(db);
            return failedQuery<QList<qint64>>(query);
        }
        QList<qint64> fresh;
        query.prepare(QStringLiteral("SELECT contact_id FROM sequence_progress WHERE sequence_id = ? AND state = "
                                     "'active' AND next_step_id IS NULL"));
        if (!execWith(query, {sequence.id})) {
            rollback(db);
            return failedQuery<QList<qint64>>(query);
        }
        while (query.next()) {
            fresh.append(query.value(0).toLongLong());
        }
        if (!fresh.isEmpty()) {
            if (Status refreshed = SequenceProgress::refresh(db, sequence, now, fresh); !refreshed) {
                rollback(db);
                return Result<QList<qint64>>::failure(refreshed.error());
            }
        }
    }
    if (!commit(db)) {
        return Result<QList<qint64>>::failure(tr("Step mail: database error: %1").arg(db.lastError().text()));
    }

    // 2. A step someone is due for gets its delivery queue, made from its template and the sequence's sender. Made
    // outside the lock (the factory renders the template); should another runner link one first, ours is dropped.
    CampaignStore campaigns(m_database);
    for (const Sequence& sequence : std::as_const(sequences)) {
        QString problem; // the first step of this sequence that could not be made, said in the sequences list
        for (qsizetype i = 0; i < sequence.steps.size(); ++i) {
            const SequenceStep& step = sequence.steps.at(i);
            if (step.campaignId != 0) {
                continue;
            }
            query.prepare(QStringLiteral("SELECT 1 FROM sequence_progress WHERE sequence_id = ? AND state = 'active' "
                                         "AND next_step_id = ? AND next_due_at <= ? LIMIT 1"));
            if (!execWith(query, {sequence.id, step.id, nowSeconds})) {
                return failedQuery<QList<qint64>>(query);
            }
            if (!query.next()) {
                continue;
            }
            Campaign campaign;
            campaign.name = tr("%1 — step %2").arg(sequence.name).arg(i + 1);
            campaign.kind = QStringLiteral("step");
            campaign.subject = step.subject;
            campaign.preheader = step.preheader;
            campaign.audience = tr("Step mail: %1, step %2").arg(sequence.name).arg(i + 1);
            campaign.baseUrl = sequence.baseUrl;
            Status made = CampaignFactory::applySender(m_database, sequence.identityId, campaign);
            if (made) {
                made = CampaignFactory::applyTemplate(m_database, step.templateId, campaign);
            }
            if (!made) {
                // The contacts wait at this step; the next pass tries again (the template may be fixed by then).
                if (problem.isEmpty()) {
                    problem = tr("Step %1 cannot be sent: %2").arg(i + 1).arg(made.error());
                }
                qWarning("%s",
                         qPrintable(tr("Step %1 of the sequence \"%2\" cannot be sent: %3")
                                        .arg(i + 1)
                                        .arg(sequence.name, made.error())));
                continue;
            }
            const Result<qint64> created = campaigns.create(campaign, {});
            if (!created) {
                return Result<QList<qint64>>::failure(created.error());
            }
            query.prepare(
                QStringLiteral("UPDATE sequence_steps SET campaign_id = ? WHERE id = ? AND campaign_id IS NULL"));
            if (!execWith(query, {*created, step.id})) {
                return failedQuery<QList<qint64>>(query);
            }
            if (query.numRowsAffected() != 1) {
                (void)campaigns.remove(*created);
            }
        }
        query.prepare(QStringLiteral("UPDATE sequences SET last_error = ? WHERE id = ? AND last_error <> ?"));
        if (!execWith(query, {problem, sequence.id, problem})) {
            return failedQuery<QList<qint64>>(query);
        }
    }

    // 3. Due contacts go into their step's queue and on to their next step, in one transaction: the sends table's
    // primary key (contact, step) and the progress moving on make a second pass, or a second process, queue nothing.
    if (!beginImmediate(db)) {
        return Result<QList<qint64>>::failure(tr("Step mail: database error: %1").arg(db.lastError().text()));
    }
    QSet<qint64> touched;
    QList<qint64> stepCampaigns;
    for (const Sequence& sequence : std::as_const(sequences)) {
        QHash<qint64, qint64> campaignOfStep;
        query.prepare(QStringLiteral("SELECT id, campaign_id FROM sequence_steps WHERE sequence_id = ? AND "
                                     "campaign_id IS NOT NULL"));
        if (!execWith(query, {sequence.id})) {
            rollback(db);
            return failedQuery<QList<qint64>>(query);
        }
        while (query.next()) {
            campaignOfStep.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
            stepCampaigns.append(query.value(1).toLongLong());
        }
        QList<std::pair<qint64, qint64>> due; // contact, step
        query.prepare(QStringLiteral("SELECT contact_id, next_step_id FROM sequence_progress WHERE sequence_id = ? "
                                     "AND state = 'active' AND next_due_at <= ? ORDER BY contact_id"));
        if (!execWith(query, {sequence.id, nowSeconds})) {
            rollback(db);
            return failedQuery<QList<qint64>>(query);
        }
        while (query.next()) {
            due.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
        }
        QList<qint64> advanced;
        QSqlQuery send(db);
        QSqlQuery delivery(db);
        QSqlQuery progress(db);
        for (const auto& [contactId, stepId] : std::as_const(due)) {
            const qint64 campaignId = campaignOfStep.value(stepId);
            if (campaignId == 0) {
                continue; // its queue could not be made: waits
            }
            send.prepare(QStringLiteral("INSERT INTO sequence_sends (sequence_id, contact_id, step_id, campaign_id, "
                                        "queued_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
            if (!execWith(send, {sequence.id, contactId, stepId, campaignId, nowSeconds})) {
                rollback(db);
                return failedQuery<QList<qint64>>(send);
            }
            if (send.numRowsAffected() == 1) {
                // The same rule as CampaignStore::create: who may not be mailed gets a 'skipped' row with the reason.
                delivery.prepare(
                    QStringLiteral("INSERT INTO deliveries (campaign_id, contact_id, email, state, smtp_reply, "
                                   "updated_at) SELECT ?, c.id, c.email, "
                                   "CASE WHEN c.status <> 'subscribed' OR s.email_key IS NOT NULL THEN 'skipped' "
                                   "ELSE 'queued' END, "
                                   "CASE WHEN s.email_key IS NOT NULL THEN ? "
                                   "WHEN c.status <> 'subscribed' THEN ? || c.status ELSE '' END, ? "
                                   "FROM contacts c LEFT JOIN suppressions s ON s.email_key = ")
                    + key + QStringLiteral(" WHERE c.id = ?"));
                if (!execWith(delivery,
                              {campaignId,
                               CampaignStore::tr("Not sent: the address is on the suppression list"),
                               CampaignStore::tr("Not sent: the contact's status is "),
                               nowSeconds,
                               contactId})) {
                    rollback(db);
                    return failedQuery<QList<qint64>>(delivery);
                }
                touched.insert(campaignId);
            }
            progress.prepare(QStringLiteral("UPDATE sequence_progress SET last_step_id = ?, last_sent_at = ?, "
                                            "updated_at = ? WHERE sequence_id = ? AND contact_id = ?"));
            if (!execWith(progress, {stepId, nowSeconds, nowSeconds, sequence.id, contactId})) {
                rollback(db);
                return failedQuery<QList<qint64>>(progress);
            }
            advanced.append(contactId);
        }
        if (!advanced.isEmpty()) {
            if (Status refreshed = SequenceProgress::refresh(db, sequence, now, advanced); !refreshed) {
                rollback(db);
                return Result<QList<qint64>>::failure(refreshed.error());
            }
        }
    }
    // A queue that was new (draft) or had sent everything (done) can be sent again: a run resumes it. One that is
    // sending right now picks up the new rows itself or is resumed next time.
    QList<qint64> ready;
    for (qint64 campaignId : std::as_const(stepCampaigns)) {
        query.prepare(
            QStringLiteral("UPDATE campaigns SET state = 'paused' WHERE id = ? AND state IN ('draft', "
                           "'done') AND EXISTS (SELECT 1 FROM deliveries d WHERE d.campaign_id = campaigns.id "
                           "AND d.state = 'queued')"));
        if (!execWith(query, {campaignId})) {
            rollback(db);
            return failedQuery<QList<qint64>>(query);
        }
        query.prepare(QStringLiteral("SELECT 1 FROM campaigns WHERE id = ? AND state IN ('paused', 'waiting', "
                                     "'sending') AND EXISTS (SELECT 1 FROM deliveries d WHERE d.campaign_id = "
                                     "campaigns.id AND d.state = 'queued')"));
        if (!execWith(query, {campaignId})) {
            rollback(db);
            return failedQuery<QList<qint64>>(query);
        }
        if (query.next()) {
            ready.append(campaignId);
        }
    }
    if (!commit(db)) {
        return Result<QList<qint64>>::failure(tr("Step mail: database error: %1").arg(db.lastError().text()));
    }
    return ready;
}

QDateTime SequenceRunner::nextDue() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT MIN(p.next_due_at) FROM sequence_progress p JOIN sequences s ON s.id = "
                                   "p.sequence_id WHERE p.state = 'active' AND s.active = 1 AND s.list_id IS NOT NULL"))
        || !query.next() || query.value(0).isNull()) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
}
