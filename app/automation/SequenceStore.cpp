// SequenceStore: sequences, steps and progress in SQLite.
#include "automation/SequenceStore.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include "automation/SequenceProgress.h"
#include "storage/SqlBinding.h"
#include "storage/Timestamp.h"

using SqlBinding::execWith;

namespace {
Status databaseError(const QSqlQuery& query)
{
    return Status::failure(SequenceStore::tr("Cannot save the sequence: %1").arg(query.lastError().text()));
}

bool exists(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    return execWith(query, values) && query.next();
}

QVariant sendTimeValue(const SequenceStep& step)
{
    return step.sendTime ? QVariant(step.sendTime->msecsSinceStartOfDay() / 60000) : QVariant();
}
} // namespace

SequenceStore::SequenceStore(Database database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{
}

Status SequenceStore::validate(const Sequence& sequence) const
{
    const QSqlDatabase db = m_database.connection();
    const QString name = sequence.name.trimmed();
    if (name.isEmpty()) {
        return Status::failure(tr("The sequence has no name. Give it one."));
    }
    if (exists(db, QStringLiteral("SELECT 1 FROM sequences WHERE name = ? AND id <> ?"), {name, sequence.id})) {
        return Status::failure(tr("Another sequence is already called \"%1\". Choose another name.").arg(name));
    }
    if (sequence.listId == 0 || !exists(db, QStringLiteral("SELECT 1 FROM lists WHERE id = ?"), {sequence.listId})) {
        return Status::failure(tr("The sequence has no trigger list. Choose the list whose new members get it."));
    }
    if (sequence.identityId != 0
        && !exists(db, QStringLiteral("SELECT 1 FROM sender_identities WHERE id = ?"), {sequence.identityId})) {
        return Status::failure(tr("The sender identity of the sequence no longer exists. Choose another sender."));
    }
    if (!sequence.timeZone.isEmpty() && !QTimeZone(sequence.timeZone.toUtf8()).isValid()) {
        return Status::failure(tr("The time zone \"%1\" is unknown. Choose one from the list, such as Asia/Tokyo.")
                                   .arg(sequence.timeZone));
    }
    if (const QString url = sequence.baseUrl.trimmed(); !url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))) {
            return Status::failure(
                tr("The web address \"%1\" is not valid. Give the https:// address where Tayori's web pages answer.")
                    .arg(url));
        }
    }
    if (sequence.steps.isEmpty()) {
        return Status::failure(tr("The sequence has no steps. Add at least one mail to send."));
    }
    for (qsizetype i = 0; i < sequence.steps.size(); ++i) {
        const SequenceStep& step = sequence.steps.at(i);
        const int number = int(i + 1);
        if (step.templateId == 0) {
            return Status::failure(tr("Step %1 has no template. Choose the template it sends.").arg(number));
        }
        if (!exists(db, QStringLiteral("SELECT 1 FROM templates WHERE id = ?"), {step.templateId})) {
            return Status::failure(
                tr("The template of step %1 no longer exists. Choose another template.").arg(number));
        }
        if (step.subject.trimmed().isEmpty()) {
            return Status::failure(tr("Step %1 has no subject. Write the subject of its mail.").arg(number));
        }
        if (step.delayAmount < 0) {
            return Status::failure(tr("The delay of step %1 is negative. Enter 0 or more.").arg(number));
        }
    }
    return success();
}

Result<qint64> SequenceStore::create(Sequence sequence)
{
    sequence.id = 0;
    for (SequenceStep& step : sequence.steps) {
        step.id = 0;
    }
    if (Status valid = validate(sequence); !valid) {
        return Result<qint64>::failure(valid.error());
    }
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        return Result<qint64>::failure(tr("Cannot save the sequence: %1").arg(db.lastError().text()));
    }
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO sequences (name, list_id, identity_id, time_zone, base_url, active, "
                                  "active_since, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!execWith(insert,
                  {sequence.name.trimmed(),
                   sequence.listId,
                   sequence.identityId,
                   sequence.timeZone,
                   sequence.baseUrl.trimmed(),
                   sequence.active ? 1 : 0,
                   sequence.active ? QVariant(now) : QVariant(),
                   now,
                   now})) {
        const QString reason = insert.lastError().text();
        db.rollback();
        return Result<qint64>::failure(tr("Cannot save the sequence: %1").arg(reason));
    }
    sequence.id = insert.lastInsertId().toLongLong();
    if (Status saved = saveSteps(db, sequence, std::nullopt); !saved) {
        db.rollback();
        return Result<qint64>::failure(saved.error());
    }
    if (!db.commit()) {
        db.rollback();
        return Result<qint64>::failure(tr("Cannot save the sequence: %1").arg(db.lastError().text()));
    }
    return sequence.id;
}

Status SequenceStore::update(const Sequence& sequence)
{
    const std::optional<Sequence> before = find(sequence.id);
    if (!before) {
        return Status::failure(tr("The sequence no longer exists; it may have been deleted."));
    }
    QSet<qint64> known;
    for (const SequenceStep& step : before->steps) {
        known.insert(step.id);
    }
    for (const SequenceStep& step : sequence.steps) {
        if (step.id != 0 && !known.contains(step.id)) {
            return Status::failure(tr("A step of the sequence was deleted meanwhile. Open the sequence again."));
        }
    }
    if (Status valid = validate(sequence); !valid) {
        return valid;
    }
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        return Status::failure(tr("Cannot save the sequence: %1").arg(db.lastError().text()));
    }
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    // Made active again: who joined the list while it was off is not enrolled.
    const QVariant activeSince = !sequence.active ? QVariant()
                                 : before->active ? Timestamp::toSeconds(before->activeSince)
                                                  : QVariant(now);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE sequences SET name = ?, list_id = ?, identity_id = ?, time_zone = ?, "
                                 "base_url = ?, active = ?, active_since = ?, updated_at = ? WHERE id = ?"));
    if (!execWith(query,
                  {sequence.name.trimmed(),
                   sequence.listId,
                   sequence.identityId,
                   sequence.timeZone,
                   sequence.baseUrl.trimmed(),
                   sequence.active ? 1 : 0,
                   activeSince,
                   now,
                   sequence.id})) {
        const Status failure = databaseError(query);
        db.rollback();
        return failure;
    }
    if (Status saved = saveSteps(db, sequence, before); !saved) {
        db.rollback();
        return saved;
    }
    if (!db.commit()) {
        db.rollback();
        return Status::failure(tr("Cannot save the sequence: %1").arg(db.lastError().text()));
    }
    return success();
}

Status SequenceStore::saveSteps(QSqlDatabase& db, const Sequence& sequence, const std::optional<Sequence>& before)
{
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    QHash<qint64, SequenceStep> old;
    if (before) {
        for (const SequenceStep& step : before->steps) {
            old.insert(step.id, step);
        }
    }
    const bool senderChanged
        = before && (before->identityId != sequence.identityId || before->baseUrl != sequence.baseUrl.trimmed());
    Sequence saved = sequence;
    QSet<qint64> kept;
    QSqlQuery query(db);
    for (qsizetype i = 0; i < saved.steps.size(); ++i) {
        SequenceStep& step = saved.steps[i];
        const QVariantList values = {i + 1,
                                     step.delayAmount,
                                     SequenceStep::unitKey(step.delayUnit),
                                     SequenceStep::anchorKey(step.anchor),
                                     sendTimeValue(step),
                                     step.templateId,
                                     step.subject,
                                     step.preheader};
        if (step.id == 0) {
            query.prepare(QStringLiteral("INSERT INTO sequence_steps (position, delay_amount, delay_unit, "
                                         "relative_to, send_time, template_id, subject, preheader, sequence_id, "
                                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            if (!execWith(query, values + QVariantList {sequence.id, now})) {
                return databaseError(query);
            }
            step.id = query.lastInsertId().toLongLong();
        } else {
            const SequenceStep& was = old.value(step.id);
            // New content goes out through a new delivery queue: the old one keeps what it already holds.
            const bool contentChanged = senderChanged || was.templateId != step.templateId
                                        || was.subject != step.subject || was.preheader != step.preheader;
            query.prepare(QStringLiteral("UPDATE sequence_steps SET position = ?, delay_amount = ?, delay_unit = ?, "
                                         "relative_to = ?, send_time = ?, template_id = ?, subject = ?, "
                                         "preheader = ?%1 WHERE id = ? AND sequence_id = ?")
                              .arg(contentChanged ? QStringLiteral(", campaign_id = NULL") : QString()));
            if (!execWith(query, values + QVariantList {step.id, sequence.id})) {
                return databaseError(query);
            }
            kept.insert(step.id);
        }
    }
    if (!before) {
        return success();
    }

    // Contacts whose last step is deleted keep their place: they now stand after the last step before it that stays
    // (or at the start), and the sends table keeps whatever they already had from being sent again.
    qint64 lastKept = 0;
    for (const SequenceStep& step : before->steps) {
        if (kept.contains(step.id)) {
            lastKept = step.id;
            continue;
        }
        query.prepare(QStringLiteral("UPDATE sequence_progress SET last_step_id = ? WHERE sequence_id = ? AND "
                                     "last_step_id = ?"));
        if (!execWith(query, {lastKept == 0 ? QVariant() : QVariant(lastKept), sequence.id, step.id})) {
            return databaseError(query);
        }
        query.prepare(QStringLiteral("DELETE FROM sequence_steps WHERE id = ?"));
        if (!execWith(query, {step.id})) {
            return databaseError(query);
        }
    }
    return SequenceProgress::refresh(db, saved, m_clock.nowUtc());
}

Status SequenceStore::remove(qint64 id)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        return Status::failure(tr("Cannot delete the sequence: %1").arg(db.lastError().text()));
    }
    QSqlQuery query(db);
    // Mail of a deleted sequence that is queued but not sent stays unsent; what was sent stays in the reports.
    query.prepare(
        QStringLiteral("UPDATE campaigns SET state = 'cancelled' WHERE state IN ('draft', 'paused', "
                       "'waiting') AND id IN (SELECT campaign_id FROM sequence_steps WHERE sequence_id = ?)"));
    bool ok = execWith(query, {id});
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM sequences WHERE id = ?"));
        ok = execWith(query, {id});
    }
    if (!ok || !db.commit()) {
        const QString reason = ok ? db.lastError().text() : query.lastError().text();
        db.rollback();
        return Status::failure(tr("Cannot delete the sequence: %1").arg(reason));
    }
    return success();
}

namespace {
QList<Sequence> loadSequences(const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    QList<Sequence> sequences;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, name, list_id, identity_id, time_zone, active, active_since, created_at, "
                                 "base_url FROM sequences ")
                  + where + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    if (!execWith(query, values)) {
        return sequences;
    }
    while (query.next()) {
        Sequence sequence;
        sequence.id = query.value(0).toLongLong();
        sequence.name = query.value(1).toString();
        sequence.listId = query.value(2).toLongLong();
        sequence.identityId = query.value(3).toLongLong();
        sequence.timeZone = query.value(4).toString();
        sequence.active = query.value(5).toBool();
        sequence.activeSince = Timestamp::fromSeconds(query.value(6));
        sequence.createdAt = Timestamp::fromSeconds(query.value(7));
        sequence.baseUrl = query.value(8).toString();
        sequences.append(sequence);
    }
    QSqlQuery steps(db);
    steps.prepare(QStringLiteral("SELECT id, delay_amount, delay_unit, relative_to, send_time, template_id, subject, "
                                 "preheader, campaign_id FROM sequence_steps WHERE sequence_id = ? ORDER BY position"));
    for (Sequence& sequence : sequences) {
        steps.bindValue(0, sequence.id);
        if (!steps.exec()) {
            continue;
        }
        while (steps.next()) {
            SequenceStep step;
            step.id = steps.value(0).toLongLong();
            step.delayAmount = steps.value(1).toInt();
            step.delayUnit = SequenceStep::parseUnit(steps.value(2).toString()).value_or(DelayUnit::Days);
            step.anchor = SequenceStep::parseAnchor(steps.value(3).toString()).value_or(StepAnchor::PreviousStep);
            if (!steps.value(4).isNull()) {
                step.sendTime = QTime::fromMSecsSinceStartOfDay(steps.value(4).toInt() * 60000);
            }
            step.templateId = steps.value(5).toLongLong();
            step.subject = steps.value(6).toString();
            step.preheader = steps.value(7).toString();
            step.campaignId = steps.value(8).toLongLong();
            sequence.steps.append(step);
        }
    }
    return sequences;
}
} // namespace

std::optional<Sequence> SequenceStore::find(qint64 id) const
{
    const QList<Sequence> found = loadSequences(m_database.connection(), QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Sequence>(found.first());
}

QList<Sequence> SequenceStore::list() const
{
    return loadSequences(m_database.connection(), QString(), {});
}

SequenceCounts SequenceStore::counts(qint64 sequenceId) const
{
    SequenceCounts counts;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT state, COUNT(*) FROM sequence_progress WHERE sequence_id = ? GROUP BY state"));
    if (!execWith(query, {sequenceId})) {
        return counts;
    }
    while (query.next()) {
        const QString state = query.value(0).toString();
        const qint64 n = query.value(1).toLongLong();
        counts.enrolled += n;
        if (state == QLatin1String("active")) {
            counts.active = n;
        } else if (state == QLatin1String("finished")) {
            counts.finished = n;
        } else if (state == QLatin1String("left")) {
            counts.left = n;
        }
    }
    return counts;
}

QList<SequenceStepCounts> SequenceStore::stepCounts(qint64 sequenceId) const
{
    QList<SequenceStepCounts> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT s.id, (SELECT COUNT(*) FROM sequence_sends x WHERE x.step_id = s.id), "
        "(SELECT COUNT(*) FROM sequence_progress p WHERE p.sequence_id = s.sequence_id AND p.state = 'active' "
        "AND p.next_step_id = s.id) FROM sequence_steps s WHERE s.sequence_id = ? ORDER BY s.position"));
    if (!execWith(query, {sequenceId})) {
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    }
    return result;
}

QList<SequenceStore::ListChoice> SequenceStore::lists() const
{
    QList<ListChoice> result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, name FROM lists ORDER BY name COLLATE NOCASE"))) {
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    return result;
}

QString SequenceStore::problem(qint64 sequenceId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT last_error FROM sequences WHERE id = ?"));
    if (execWith(query, {sequenceId}) && query.next() && !query.value(0).toString().isEmpty()) {
        return query.value(0).toString();
    }
    query.prepare(
        QStringLiteral("SELECT st.position, c.last_error FROM sequence_steps st JOIN campaigns c ON c.id = "
                       "st.campaign_id WHERE st.sequence_id = ? AND c.state = 'paused' AND c.last_error <> '' "
                       "ORDER BY st.position LIMIT 1"));
    if (execWith(query, {sequenceId}) && query.next()) {
        return tr("Step %1 stopped: %2").arg(query.value(0).toInt()).arg(query.value(1).toString());
    }
    return {};
}
