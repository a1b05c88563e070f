// SequenceProgress: next step and due time per enrolled contact.
#include "automation/SequenceProgress.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include "storage/Timestamp.h"

std::optional<SequenceProgress::Next> SequenceProgress::next(const Sequence& sequence,
                                                             qint64 lastStepId,
                                                             const QSet<qint64>& sent,
                                                             const QDateTime& enrolledAt,
                                                             const QDateTime& lastSentAt)
{
    qsizetype from = 0;
    if (lastStepId != 0) {
        for (qsizetype i = 0; i < sequence.steps.size(); ++i) {
            if (sequence.steps.at(i).id == lastStepId) {
                from = i + 1;
                break;
            }
        }
    }
    for (qsizetype i = from; i < sequence.steps.size(); ++i) {
        const SequenceStep& step = sequence.steps.at(i);
        if (!sent.contains(step.id)) {
            return Next {step.id, step.dueAt(enrolledAt, lastSentAt, sequence.zone())};
        }
    }
    return std::nullopt;
}

Status SequenceProgress::refresh(QSqlDatabase db,
                                 const Sequence& sequence,
                                 const QDateTime& now,
                                 const std::optional<QList<qint64>>& contactIds)
{
    auto failed = [](const QSqlQuery& query) {
        return Status::failure(tr("Cannot update the progress of the sequence: %1").arg(query.lastError().text()));
    };
    struct Row
    {
        qint64 contactId = 0;
        qint64 lastStepId = 0;
        QDateTime enrolledAt;
        QDateTime lastSentAt;
    };
    QList<Row> rows;
    QHash<qint64, QSet<qint64>> sent;
    QSqlQuery query(db);
    auto load = [&](const QVariantList& extra, const QString& where) {
        query.prepare(QStringLiteral("SELECT contact_id, last_step_id, enrolled_at, last_sent_at FROM "
                                     "sequence_progress WHERE sequence_id = ? AND state = 'active'")
                      + where);
        query.addBindValue(sequence.id);
        for (const QVariant& value : extra) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return false;
        }
        while (query.next()) {
            rows.append({query.value(0).toLongLong(),
                         query.value(1).toLongLong(),
                         Timestamp::fromSeconds(query.value(2)),
                         Timestamp::fromSeconds(query.value(3))});
        }
        query.prepare(QStringLiteral("SELECT contact_id, step_id FROM sequence_sends WHERE sequence_id = ?")
                      + (where.isEmpty() ? QString() : QStringLiteral(" AND contact_id = ?")));
        query.addBindValue(sequence.id);
        for (const QVariant& value : extra) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return false;
        }
        while (query.next()) {
            sent[query.value(0).toLongLong()].insert(query.value(1).toLongLong());
        }
        return true;
    };
    if (contactIds) {
        for (qint64 contactId : *contactIds) {
            if (!load({contactId}, QStringLiteral(" AND contact_id = ?"))) {
                return failed(query);
            }
        }
    } else if (!load({}, QString())) {
        return failed(query);
    }

    QSqlQuery pending(db);
    pending.prepare(QStringLiteral("UPDATE sequence_progress SET next_step_id = ?, next_due_at = ?, updated_at = ? "
                                   "WHERE sequence_id = ? AND contact_id = ?"));
    QSqlQuery finished(db);
    finished.prepare(QStringLiteral("UPDATE sequence_progress SET state = 'finished', next_step_id = NULL, "
                                    "next_due_at = NULL, updated_at = ? WHERE sequence_id = ? AND contact_id = ?"));
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    for (const Row& row : std::as_const(rows)) {
        const std::optional<Next> next = SequenceProgress::next(
            sequence, row.lastStepId, sent.value(row.contactId), row.enrolledAt, row.lastSentAt);
        QSqlQuery& update = next ? pending : finished;
        if (next) {
            update.addBindValue(next->stepId);
            update.addBindValue(next->dueAt.toSecsSinceEpoch());
        }
        update.addBindValue(nowSeconds);
        update.addBindValue(sequence.id);
        update.addBindValue(row.contactId);
        if (!update.exec()) {
            return failed(update);
        }
    }
    return success();
}
