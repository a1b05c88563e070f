// CampaignStore: campaigns and delivery rows in SQLite.
#include "campaigns/CampaignStore.h"

#include <algorithm>
#include <cerrno>

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include "contacts/EmailKey.h"
#include "storage/SqlBinding.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace {
const QString campaignColumns = QStringLiteral(
    "id, name, state, subject, from_name, from_address, reply_to, bounce_domain, html, text, charset, audience, "
    "transport_url, dkim_key_path, dkim_key_path2, dkim_selector, dkim_selector2, dkim_domain, dkim_third_party, "
    "base_url, "
    "connections, rate, token, created_at, scheduled_at, started_at, finished_at, last_error, preheader, kind, "
    "template_id, send_window, test_sent_at, resume_at");

Campaign campaignFrom(const QSqlQuery& q)
{
    Campaign c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.name = q.value(i++).toString();
    c.state = CampaignStateText::parse(q.value(i++).toString()).value_or(CampaignState::Draft);
    c.subject = q.value(i++).toString();
    c.fromName = q.value(i++).toString();
    c.fromAddress = q.value(i++).toString();
    c.replyTo = q.value(i++).toString();
    c.bounceDomain = q.value(i++).toString();
    c.html = q.value(i++).toString();
    c.text = q.value(i++).toString();
    c.charset = q.value(i++).toString().toLatin1();
    c.audience = q.value(i++).toString();
    c.transportUrl = q.value(i++).toString();
    c.dkimKeyPath = q.value(i++).toString();
    c.dkimKeyPath2 = q.value(i++).toString();
    c.dkimSelector = q.value(i++).toString();
    c.dkimSelector2 = q.value(i++).toString();
    c.dkimDomain = q.value(i++).toString();
    c.dkimThirdParty = q.value(i++).toBool();
    c.baseUrl = q.value(i++).toString();
    c.connections = q.value(i++).toInt();
    c.rate = q.value(i++).toDouble();
    c.token = q.value(i++).toString();
    c.createdAt = Timestamp::fromSeconds(q.value(i++));
    c.scheduledAt = Timestamp::fromSeconds(q.value(i++));
    c.startedAt = Timestamp::fromSeconds(q.value(i++));
    c.finishedAt = Timestamp::fromSeconds(q.value(i++));
    c.lastError = q.value(i++).toString();
    c.preheader = q.value(i++).toString();
    c.kind = q.value(i++).toString();
    c.templateId = q.value(i++).toLongLong();
    {
        // A window that no longer parses (written by a newer version) is no window rather than a lost campaign.
        const Result<SendWindow> window = SendWindow::parse(q.value(i++).toString());
        c.sendWindow = window ? *window : SendWindow();
    }
    c.testSentAt = Timestamp::fromSeconds(q.value(i++));
    c.resumeAt = Timestamp::fromSeconds(q.value(i++));
    return c;
}

QString randomToken()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString token;
    for (int i = 0; i < 10; ++i) {
        token += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
    }
    return token;
}

template <typename T>
Result<T> failed(const QSqlQuery& query)
{
    return Result<T>::failure(CampaignStore::tr("Database error: %1").arg(query.lastError().text()));
}
} // namespace

CampaignStore::CampaignStore(Database database)
    : m_database(std::move(database))
{
}

namespace {

template <typename T>
Result<T> dbFailed(const QSqlDatabase& db)
{
    return Result<T>::failure(CampaignStore::tr("Database error: %1").arg(db.lastError().text()));
}

QVariant templateIdValue(qint64 templateId)
{
    return templateId > 0 ? QVariant(templateId) : QVariant(QMetaType(QMetaType::LongLong));
}

// The columns a draft's editor may change, with their values: what insertCampaign() writes and update() saves.
QList<std::pair<QString, QVariant>> editableColumns(const Campaign& campaign)
{
    return {
        {QStringLiteral("name"), campaign.name},
        {QStringLiteral("subject"), campaign.subject},
        {QStringLiteral("preheader"), campaign.preheader},
        {QStringLiteral("from_name"), campaign.fromName},
        {QStringLiteral("from_address"), campaign.fromAddress},
        {QStringLiteral("reply_to"), campaign.replyTo},
        {QStringLiteral("bounce_domain"), campaign.bounceDomain},
        {QStringLiteral("html"), campaign.html},
        {QStringLiteral("text"), campaign.text},
        {QStringLiteral("charset"), QString::fromLatin1(campaign.charset)},
        {QStringLiteral("audience"), campaign.audience},
        {QStringLiteral("transport_url"), campaign.transportUrl},
        {QStringLiteral("dkim_key_path"), campaign.dkimKeyPath},
        {QStringLiteral("dkim_key_path2"), campaign.dkimKeyPath2},
        {QStringLiteral("dkim_selector"), campaign.dkimSelector},
        {QStringLiteral("dkim_selector2"), campaign.dkimSelector2},
        {QStringLiteral("dkim_domain"), campaign.dkimDomain},
        {QStringLiteral("dkim_third_party"), campaign.dkimThirdParty ? 1 : 0},
        {QStringLiteral("base_url"), campaign.baseUrl},
        {QStringLiteral("connections"), campaign.connections},
        {QStringLiteral("rate"), campaign.rate},
        {QStringLiteral("template_id"), templateIdValue(campaign.templateId)},
        {QStringLiteral("send_window"), campaign.sendWindow.toText()},
    };
}

// The row of `campaign` (not its recipients); returns the new id.
Result<qint64> insertCampaign(QSqlDatabase& db, const Campaign& campaign)
{
    QList<std::pair<QString, QVariant>> columns = editableColumns(campaign);
    columns += {
        {QStringLiteral("state"), CampaignStateText::key(campaign.state)},
        {QStringLiteral("kind"), campaign.kind.isEmpty() ? QStringLiteral("campaign") : campaign.kind},
        {QStringLiteral("token"), campaign.token},
        {QStringLiteral("created_at"), Timestamp::toSeconds(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("scheduled_at"), Timestamp::toSeconds(campaign.scheduledAt)},
        {QStringLiteral("test_sent_at"), Timestamp::toSeconds(campaign.testSentAt)},
    };
    QStringList names;
    for (const auto& column : std::as_const(columns)) {
        names << column.first;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO campaigns (%1) VALUES (%2)")
                       .arg(names.join(QStringLiteral(", ")),
                            QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    for (const auto& column : std::as_const(columns)) {
        insert.addBindValue(SqlBinding::textOrEmpty(column.second));
    }
    if (!insert.exec()) {
        return failed<qint64>(insert);
    }
    return insert.lastInsertId().toLongLong();
}

Status insertImages(QSqlDatabase& db, qint64 campaignId, const QList<InlineImage>& images)
{
    QSqlQuery image(db);
    image.prepare(QStringLiteral(
        "INSERT INTO campaign_images (campaign_id, content_id, mime_type, file_name, data) VALUES (?, ?, ?, ?, ?)"));
    for (const InlineImage& inlineImage : images) {
        image.addBindValue(campaignId);
        image.addBindValue(QString::fromLatin1(inlineImage.contentId));
        image.addBindValue(QString::fromLatin1(inlineImage.mimeType));
        image.addBindValue(inlineImage.fileName);
        image.addBindValue(inlineImage.data);
        if (!image.exec()) {
            return failed<Done>(image);
        }
    }
    return success();
}

// One delivery row per contact; those that may not be mailed get 'skipped' with the reason. The audience goes
// through a temporary table so one INSERT … SELECT decides every row in SQL.
Status insertDeliveries(QSqlDatabase& db, qint64 campaignId, const QList<qint64>& contactIds)
{
    QSqlQuery temp(db);
    if (!temp.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS campaign_audience (contact_id INTEGER PRIMARY KEY)"))
        || !temp.exec(QStringLiteral("DELETE FROM temp.campaign_audience"))) {
        return failed<Done>(temp);
    }
    QSqlQuery add(db);
    add.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.campaign_audience (contact_id) VALUES (?)"));
    for (qint64 id : contactIds) {
        add.bindValue(0, id);
        if (!add.exec()) {
            return failed<Done>(add);
        }
    }
    const QString key = EmailKey::expression(QStringLiteral("c"));
    QSqlQuery queue(db);
    queue.prepare(
        QStringLiteral("INSERT INTO deliveries (campaign_id, contact_id, email, state, smtp_reply, updated_at) "
                       "SELECT ?, c.id, c.email, "
                       "CASE WHEN c.status <> 'subscribed' OR s.email_key IS NOT NULL THEN 'skipped' "
                       "ELSE 'queued' END, "
                       "CASE WHEN s.email_key IS NOT NULL THEN ? "
                       "WHEN c.status <> 'subscribed' THEN ? || c.status ELSE '' END, ? "
                       "FROM temp.campaign_audience a JOIN contacts c ON c.id = a.contact_id "
                       "LEFT JOIN suppressions s ON s.email_key = ")
        + key + QStringLiteral(" ORDER BY c.id"));
    queue.addBindValue(campaignId);
    queue.addBindValue(CampaignStore::tr("Not sent: the address is on the suppression list"));
    queue.addBindValue(CampaignStore::tr("Not sent: the contact's status is "));
    queue.addBindValue(Timestamp::nowSeconds());
    if (!queue.exec()) {
        return failed<Done>(queue);
    }
    temp.exec(QStringLiteral("DELETE FROM temp.campaign_audience"));
    return success();
}

QString describe(const Campaign& campaign)
{
    return campaign.name.isEmpty() ? CampaignStore::tr("Campaign %1").arg(campaign.id)
                                   : CampaignStore::tr("Campaign “%1”").arg(campaign.name);
}
} // namespace

Result<qint64> CampaignStore::create(Campaign campaign, const QList<qint64>& contactIds)
{
    if (campaign.token.isEmpty()) {
        campaign.token = randomToken();
    }
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        return dbFailed<qint64>(db);
    }
    const Result<qint64> inserted = insertCampaign(db, campaign);
    if (!inserted) {
        return inserted;
    }
    const qint64 campaignId = *inserted;
    if (Status images = insertImages(db, campaignId, campaign.inlineImages); !images) {
        return Result<qint64>::failure(images.error());
    }
    if (Status rows = insertDeliveries(db, campaignId, contactIds); !rows) {
        return Result<qint64>::failure(rows.error());
    }
    if (!transaction.commit()) {
        return dbFailed<qint64>(db);
    }
    return campaignId;
}

Result<qint64> CampaignStore::createDraft(Campaign campaign)
{
    // Its recipients are written by resolveAudience() when it starts.
    campaign.state = CampaignState::Draft;
    return create(std::move(campaign), {});
}

Status CampaignStore::wrongState(qint64 campaignId, const QString& action) const
{
    const auto campaign = find(campaignId);
    if (!campaign) {
        return Status::failure(tr("There is no campaign %1; it may have been deleted.").arg(campaignId));
    }
    return Status::failure(tr("%1 is %2: it cannot be %3.")
                               .arg(describe(*campaign), CampaignStateText::displayName(campaign->state).toLower())
                               .arg(action));
}

Status CampaignStore::update(const Campaign& campaign)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        return dbFailed<Done>(db);
    }
    // A changed message needs a new test: the one sent before showed something else.
    const QList<std::pair<QString, QVariant>> columns = editableColumns(campaign);
    QStringList assignments;
    for (const auto& column : columns) {
        assignments << column.first + QStringLiteral(" = ?");
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE campaigns SET test_sent_at = CASE WHEN subject = ? AND preheader = ? AND html "
                                 "= ? AND text = ? AND from_name = ? AND from_address = ? AND charset = ? THEN "
                                 "test_sent_at ELSE NULL END, %1 WHERE id = ? AND state IN ('draft', 'scheduled')")
                      .arg(assignments.join(QStringLiteral(", "))));
    for (const QVariant& value : {QVariant(campaign.subject),
                                  QVariant(campaign.preheader),
                                  QVariant(campaign.html),
                                  QVariant(campaign.text),
                                  QVariant(campaign.fromName),
                                  QVariant(campaign.fromAddress),
                                  QVariant(QString::fromLatin1(campaign.charset))}) {
        query.addBindValue(SqlBinding::textOrEmpty(value));
    }
    for (const auto& column : columns) {
        query.addBindValue(SqlBinding::textOrEmpty(column.second));
    }
    query.addBindValue(campaign.id);
    if (!query.exec()) {
        return failed<Done>(query);
    }
    if (query.numRowsAffected() != 1) {
        return wrongState(campaign.id, tr("edited any more (only drafts and scheduled campaigns can be)"));
    }
    QSqlQuery drop(db);
    drop.prepare(QStringLiteral("DELETE FROM campaign_images WHERE campaign_id = ?"));
    drop.addBindValue(campaign.id);
    if (!drop.exec()) {
        return failed<Done>(drop);
    }
    if (Status images = insertImages(db, campaign.id, campaign.inlineImages); !images) {
        return images;
    }
    if (!transaction.commit()) {
        return dbFailed<Done>(db);
    }
    return success();
}

Status CampaignStore::schedule(qint64 campaignId, const QDateTime& atUtc)
{
    if (!atUtc.isValid() || atUtc.toUTC() <= QDateTime::currentDateTimeUtc()) {
        return Status::failure(
            tr("%1 is in the past; choose a later time, or send now.")
                .arg(atUtc.isValid() ? QLocale().toString(atUtc.toLocalTime(), QLocale::ShortFormat) : tr("The time")));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE campaigns SET state = 'scheduled', scheduled_at = ? "
                                 "WHERE id = ? AND state IN ('draft', 'scheduled')"));
    query.addBindValue(Timestamp::toSeconds(atUtc.toUTC()));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return failed<Done>(query);
    }
    if (query.numRowsAffected() != 1) {
        return wrongState(campaignId, tr("scheduled (only a draft or a scheduled campaign can be)"));
    }
    return success();
}

Status CampaignStore::unschedule(qint64 campaignId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE campaigns SET state = 'draft', scheduled_at = NULL WHERE id = ? AND state = 'scheduled'"));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return failed<Done>(query);
    }
    if (query.numRowsAffected() != 1) {
        return wrongState(campaignId, tr("unscheduled (it is not scheduled)"));
    }
    return success();
}

Status CampaignStore::resolveAudience(qint64 campaignId, const QList<qint64>& contactIds)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        return dbFailed<Done>(db);
    }
    QSqlQuery check(db);
    check.prepare(QStringLiteral("SELECT state, EXISTS (SELECT 1 FROM deliveries WHERE campaign_id = campaigns.id) "
                                 "FROM campaigns WHERE id = ?"));
    check.addBindValue(campaignId);
    if (!check.exec()) {
        return failed<Done>(check);
    }
    if (!check.next()) {
        return Status::failure(tr("There is no campaign %1; it may have been deleted.").arg(campaignId));
    }
    const QString state = check.value(0).toString();
    const bool hasRows = check.value(1).toBool();
    check.finish();
    if (state != QLatin1String("draft") && state != QLatin1String("scheduled")) {
        return wrongState(campaignId, tr("given recipients again (it has started already)"));
    }
    if (hasRows) {
        return Status::failure(tr("Campaign %1 has its recipients already; resume it instead.").arg(campaignId));
    }
    if (Status rows = insertDeliveries(db, campaignId, contactIds); !rows) {
        return rows;
    }
    if (!transaction.commit()) {
        return dbFailed<Done>(db);
    }
    return success();
}

Result<qint64> CampaignStore::duplicate(qint64 campaignId)
{
    auto original = find(campaignId);
    if (!original) {
        return Result<qint64>::failure(tr("There is no campaign %1; it may have been deleted.").arg(campaignId));
    }
    Campaign copy = *original;
    copy.id = 0;
    copy.name = tr("%1 (copy)").arg(original->name);
    copy.state = CampaignState::Draft;
    copy.token.clear(); // a new token: the copy's Message-IDs must differ from the original's
    copy.scheduledAt = QDateTime();
    copy.startedAt = QDateTime();
    copy.finishedAt = QDateTime();
    copy.resumeAt = QDateTime();
    copy.testSentAt = QDateTime();
    copy.lastError.clear();
    return createDraft(copy);
}

Status CampaignStore::remove(qint64 campaignId)
{
    QSqlQuery query(m_database.connection());
    // Rows and images go with it (ON DELETE CASCADE); a draft has no rows anyway.
    query.prepare(QStringLiteral("DELETE FROM campaigns WHERE id = ? AND state = 'draft'"));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return failed<Done>(query);
    }
    if (query.numRowsAffected() != 1) {
        return wrongState(campaignId,
                          tr("deleted (only drafts can be; unschedule it first, and keep sent ones for "
                             "their report)"));
    }
    return success();
}

Result<int> CampaignStore::retryFailed(qint64 campaignId)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        return dbFailed<int>(db);
    }
    // Not while sending (its queue would not see the rows); a crashed 'sending' one is resumed first.
    QSqlQuery state(db);
    state.prepare(
        QStringLiteral("UPDATE campaigns SET state = 'paused', finished_at = NULL, resume_at = NULL, last_error = '' "
                       "WHERE id = ? AND state IN ('paused', 'waiting', 'done', 'cancelled')"));
    state.addBindValue(campaignId);
    if (!state.exec()) {
        return failed<int>(state);
    }
    if (state.numRowsAffected() != 1) {
        const Status refused = wrongState(campaignId, tr("retried now (pause it or let it finish first)"));
        return Result<int>::failure(refused.error());
    }
    // A bounced address is suppressed: retrying it would mail a dead mailbox again.
    QSqlQuery rows(db);
    rows.prepare(QStringLiteral("UPDATE deliveries SET state = 'queued', attempts = 0, next_attempt_at = 0, "
                                "updated_at = ? WHERE campaign_id = ? AND state = 'failed'"));
    rows.addBindValue(Timestamp::nowSeconds());
    rows.addBindValue(campaignId);
    if (!rows.exec()) {
        return failed<int>(rows);
    }
    const int retried = rows.numRowsAffected();
    if (retried == 0) {
        return Result<int>::failure(tr("Campaign %1 has no failed recipients to retry.").arg(campaignId));
    }
    if (!transaction.commit()) {
        return dbFailed<int>(db);
    }
    return retried;
}

Status CampaignStore::reopen(qint64 campaignId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE campaigns SET state = 'paused', finished_at = NULL, last_error = '' WHERE id = ? AND state = "
        "'cancelled' AND EXISTS (SELECT 1 FROM deliveries d WHERE d.campaign_id = campaigns.id AND d.state IN "
        "('queued', 'deferred', 'sending'))"));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return failed<Done>(query);
    }
    if (query.numRowsAffected() == 1) {
        return success();
    }
    const auto campaign = find(campaignId);
    if (campaign && campaign->state == CampaignState::Cancelled) {
        return Status::failure(tr("%1 reached every recipient before it was cancelled: there is no one left to send "
                                  "to. Use “Retry failed” for the failed ones.")
                                   .arg(describe(*campaign)));
    }
    return wrongState(campaignId, tr("sent to the rest (only a cancelled campaign can be)"));
}

Status CampaignStore::markTestSent(qint64 campaignId, const QDateTime& atUtc)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE campaigns SET test_sent_at = ? WHERE id = ?"));
    query.addBindValue(Timestamp::toSeconds(atUtc));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return failed<Done>(query);
    }
    if (query.numRowsAffected() != 1) {
        return Status::failure(tr("There is no campaign %1; it may have been deleted.").arg(campaignId));
    }
    return success();
}

QList<Campaign> CampaignStore::usingTemplate(qint64 templateId) const
{
    QList<Campaign> campaigns;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + campaignColumns
                  + QStringLiteral(" FROM campaigns WHERE template_id = ? AND state IN ('draft', 'scheduled') "
                                   "ORDER BY scheduled_at IS NULL, scheduled_at, id"));
    query.addBindValue(templateId);
    if (query.exec()) {
        while (query.next()) {
            campaigns << campaignFrom(query);
        }
    }
    return campaigns;
}

std::optional<Campaign> CampaignStore::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + campaignColumns + QStringLiteral(" FROM campaigns WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    Campaign campaign = campaignFrom(query);
    // Only here, not in list(): the images are what a send needs, not an overview.
    QSqlQuery images(m_database.connection());
    images.prepare(QStringLiteral("SELECT content_id, mime_type, file_name, data FROM campaign_images "
                                  "WHERE campaign_id = ? ORDER BY rowid"));
    images.addBindValue(id);
    if (!images.exec()) {
        return std::nullopt; // a campaign without its images must not be sent
    }
    {
        while (images.next()) {
            campaign.inlineImages.append({images.value(0).toString().toLatin1(),
                                          images.value(1).toString().toLatin1(),
                                          images.value(2).toString(),
                                          images.value(3).toByteArray()});
        }
    }
    return campaign;
}

QList<Campaign> CampaignStore::list() const
{
    QList<Campaign> campaigns;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT ") + campaignColumns
                   + QStringLiteral(" FROM campaigns WHERE kind = 'campaign' ORDER BY id DESC"))) {
        while (query.next()) {
            campaigns << campaignFrom(query);
        }
    }
    return campaigns;
}

QList<qint64> CampaignStore::due(const QDateTime& now) const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM campaigns WHERE state = 'scheduled' AND scheduled_at <= ? "
                                 "ORDER BY scheduled_at, id"));
    query.addBindValue(Timestamp::toSeconds(now));
    if (query.exec()) {
        while (query.next()) {
            ids << query.value(0).toLongLong();
        }
    }
    return ids;
}

QList<qint64> CampaignStore::waitingDue(const QDateTime& now) const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id FROM campaigns WHERE state = 'waiting' AND (resume_at IS NULL OR resume_at <= ?) ORDER BY id"));
    query.addBindValue(Timestamp::toSeconds(now));
    if (query.exec()) {
        while (query.next()) {
            ids << query.value(0).toLongLong();
        }
    }
    return ids;
}

QDateTime CampaignStore::firstRetryAt(qint64 campaignId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT MIN(next_attempt_at) FROM deliveries WHERE campaign_id = ? AND state = 'deferred'"));
    query.addBindValue(campaignId);
    if (!query.exec() || !query.next() || query.value(0).isNull()) {
        return {};
    }
    return Timestamp::fromSeconds(query.value(0));
}

QList<qint64> CampaignStore::resumable() const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    if (query.exec(
            QStringLiteral("SELECT id FROM campaigns WHERE state IN ('sending', 'paused', 'waiting') ORDER BY id"))) {
        while (query.next()) {
            ids << query.value(0).toLongLong();
        }
    }
    return ids;
}

DeliveryCounts CampaignStore::counts(qint64 campaignId) const
{
    DeliveryCounts counts;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT state, COUNT(*) FROM deliveries WHERE campaign_id = ? GROUP BY state"));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return counts;
    }
    while (query.next()) {
        const QString state = query.value(0).toString();
        const qint64 n = query.value(1).toLongLong();
        if (state == QLatin1String("queued")) {
            counts.queued = n;
        } else if (state == QLatin1String("sending")) {
            counts.sending = n;
        } else if (state == QLatin1String("sent")) {
            counts.sent = n;
        } else if (state == QLatin1String("deferred")) {
            counts.deferred = n;
        } else if (state == QLatin1String("failed")) {
            counts.failed = n;
        } else if (state == QLatin1String("bounced")) {
            counts.bounced = n;
        } else if (state == QLatin1String("skipped")) {
            counts.skipped = n;
        }
    }
    return counts;
}

namespace {
DeliveryRecord recordFrom(const QSqlQuery& query)
{
    DeliveryRecord r;
    r.id = query.value(0).toLongLong();
    r.contactId = query.value(1).toLongLong();
    r.email = query.value(2).toString();
    r.state = query.value(3).toString();
    r.attempts = query.value(4).toInt();
    r.smtpCode = query.value(5).toInt();
    r.smtpReply = query.value(6).toString();
    r.updatedAt = Timestamp::fromSeconds(query.value(7));
    return r;
}

// `text` as a LIKE pattern matching it anywhere: %, _ and the escape character itself taken literally.
QString containsPattern(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_')) {
            escaped += QLatin1Char('\\');
        }
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

QList<DeliveryRecord> CampaignStore::deliveries(qint64 campaignId) const
{
    return deliveries(campaignId, QString(), QString(), -1, 0);
}

QList<DeliveryRecord>
CampaignStore::deliveries(qint64 campaignId, const QString& search, const QString& state, int limit, int offset) const
{
    QList<DeliveryRecord> records;
    QString sql = QStringLiteral("SELECT id, contact_id, email, state, attempts, smtp_code, smtp_reply, updated_at "
                                 "FROM deliveries WHERE campaign_id = ?");
    QVariantList values {campaignId};
    if (!search.isEmpty()) {
        sql += QStringLiteral(" AND (email LIKE ? ESCAPE '\\' OR smtp_reply LIKE ? ESCAPE '\\')");
        const QString pattern = containsPattern(search);
        values << pattern << pattern;
    }
    if (!state.isEmpty()) {
        sql += QStringLiteral(" AND state = ?");
        values << state;
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?");
    values << (limit < 0 ? qint64(-1) : qint64(limit)) << qint64(std::max(0, offset));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : std::as_const(values)) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return records;
    }
    while (query.next()) {
        records << recordFrom(query);
    }
    return records;
}

QList<CampaignStore::TimelinePoint> CampaignStore::timeline(qint64 campaignId, int bucketSeconds) const
{
    QList<TimelinePoint> points;
    if (bucketSeconds <= 0) {
        return points;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT (updated_at / ?) * ? AS bucket, "
                       "SUM(CASE WHEN state = 'sent' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN state IN ('failed', 'bounced') THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN state = 'deferred' THEN 1 ELSE 0 END) "
                       "FROM deliveries WHERE campaign_id = ? AND state IN ('sent', 'failed', 'bounced', 'deferred') "
                       "GROUP BY bucket ORDER BY bucket"));
    query.addBindValue(bucketSeconds);
    query.addBindValue(bucketSeconds);
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return points;
    }
    // Empty buckets in between are filled in (a chart's line must drop to zero when nothing happened), up to a
    // sensible number of points.
    constexpr qint64 maxFilledPoints = 10000;
    qint64 previous = 0;
    while (query.next()) {
        const qint64 bucket = query.value(0).toLongLong();
        if (!points.isEmpty() && (bucket - previous) / bucketSeconds <= maxFilledPoints) {
            for (qint64 at = previous + bucketSeconds; at < bucket; at += bucketSeconds) {
                points.append({QDateTime::fromSecsSinceEpoch(at, Qt::UTC)});
            }
        }
        points.append({QDateTime::fromSecsSinceEpoch(bucket, Qt::UTC),
                       query.value(1).toLongLong(),
                       query.value(2).toLongLong(),
                       query.value(3).toLongLong()});
        previous = bucket;
    }
    return points;
}

Status CampaignStore::setState(qint64 campaignId, CampaignState state, const QString& lastError)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE campaigns SET state = ?, last_error = ? WHERE id = ?"));
    query.addBindValue(CampaignStateText::key(state));
    query.addBindValue(SqlBinding::textOrEmpty(lastError)); // a null QString would bind NULL
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return failed<Done>(query);
    }
    return success();
}

Status CampaignStore::markStarted(qint64 campaignId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE campaigns SET state = 'sending', last_error = '', "
                       "started_at = COALESCE(started_at, ?), finished_at = NULL, resume_at = NULL WHERE id = ?"));
    query.addBindValue(Timestamp::nowSeconds());
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return failed<Done>(query);
    }
    return success();
}

Status CampaignStore::markFinished(qint64 campaignId, CampaignState state)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE campaigns SET state = ?, finished_at = ? WHERE id = ?"));
    query.addBindValue(CampaignStateText::key(state));
    query.addBindValue(Timestamp::nowSeconds());
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return failed<Done>(query);
    }
    return success();
}

namespace {
constexpr qint64 runnerSilenceLimit = 120; // seconds without a heartbeat after which a remote holder is presumed dead

QString thisRunner()
{
    return QSysInfo::machineHostName() + QLatin1Char('\t') + QString::number(QCoreApplication::applicationPid());
}

bool holderAlive(const QString& runner, qint64 seen)
{
    const QString host = runner.section(QLatin1Char('\t'), 0, 0);
    const qint64 pid = runner.section(QLatin1Char('\t'), 1, 1).toLongLong();
#ifdef Q_OS_UNIX
    if (host == QSysInfo::machineHostName() && pid > 0) {
        return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
    }
#endif
    Q_UNUSED(pid)
    return Timestamp::nowSeconds() - seen < runnerSilenceLimit;
}
} // namespace

Status CampaignStore::claimRunner(qint64 campaignId)
{
    QSqlQuery read(m_database.connection());
    read.prepare(QStringLiteral("SELECT runner, runner_seen FROM campaigns WHERE id = ?"));
    read.addBindValue(campaignId);
    if (!read.exec() || !read.next()) {
        return Status::failure(tr("There is no campaign %1.").arg(campaignId));
    }
    const QString holder = read.value(0).toString();
    const qint64 seen = read.value(1).toLongLong();
    read.finish();
    if (!holder.isEmpty() && holder != thisRunner() && holderAlive(holder, seen)) {
        return Status::failure(
            tr("Campaign %1 is being sent by another Tayori (process %2 on %3); wait for it to "
               "finish or pause it there.")
                .arg(campaignId)
                .arg(holder.section(QLatin1Char('\t'), 1, 1), holder.section(QLatin1Char('\t'), 0, 0)));
    }
    // Compare-and-swap: if another process claimed it since we read, no row changes and we back off.
    QSqlQuery claim(m_database.connection());
    claim.prepare(QStringLiteral("UPDATE campaigns SET runner = ?, runner_seen = ? WHERE id = ? AND runner = ?"));
    claim.addBindValue(thisRunner());
    claim.addBindValue(Timestamp::nowSeconds());
    claim.addBindValue(campaignId);
    claim.addBindValue(holder);
    if (!claim.exec()) {
        return failed<Done>(claim);
    }
    if (claim.numRowsAffected() != 1) {
        return Status::failure(tr("Campaign %1 was just started by another Tayori.").arg(campaignId));
    }
    return success();
}

void CampaignStore::touchRunner(qint64 campaignId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE campaigns SET runner_seen = ? WHERE id = ? AND runner = ?"));
    query.addBindValue(Timestamp::nowSeconds());
    query.addBindValue(campaignId);
    query.addBindValue(thisRunner());
    query.exec();
}

void CampaignStore::releaseRunner(qint64 campaignId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE campaigns SET runner = '' WHERE id = ? AND runner = ?"));
    query.addBindValue(campaignId);
    query.addBindValue(thisRunner());
    query.exec();
}

Status CampaignStore::setResumeAt(qint64 campaignId, const QDateTime& atUtc)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE campaigns SET resume_at = ? WHERE id = ?"));
    query.addBindValue(Timestamp::toSeconds(atUtc));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return failed<Done>(query);
    }
    return success();
}

Result<int> CampaignStore::requeueInFlight(qint64 campaignId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE deliveries SET state = 'queued' WHERE campaign_id = ? AND state = 'sending'"));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return failed<int>(query);
    }
    return query.numRowsAffected();
}

QList<qint64> CampaignStore::interrupted() const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    if (query.exec(
            QStringLiteral("SELECT id, runner, runner_seen FROM campaigns WHERE state = 'sending' ORDER BY id"))) {
        while (query.next()) {
            const QString holder = query.value(1).toString();
            if (holder.isEmpty() || !holderAlive(holder, query.value(2).toLongLong())) {
                ids << query.value(0).toLongLong();
            }
        }
    }
    return ids;
}
