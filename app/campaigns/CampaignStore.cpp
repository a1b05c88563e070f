// CampaignStore: campaigns and delivery rows in SQLite.
#include "campaigns/CampaignStore.h"

#include <cerrno>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include "contacts/EmailKey.h"
#include "storage/SqlBinding.h"
#include "storage/Timestamp.h"

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace {
const QString campaignColumns = QStringLiteral(
    "id, name, state, subject, from_name, from_address, reply_to, bounce_domain, html, text, charset, audience, "
    "transport_url, dkim_key_path, dkim_key_path2, dkim_selector, dkim_selector2, dkim_domain, dkim_third_party, "
    "base_url, "
    "connections, rate, token, created_at, scheduled_at, started_at, finished_at, last_error");

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

Result<qint64> CampaignStore::create(Campaign campaign, const QList<qint64>& contactIds)
{
    if (campaign.token.isEmpty()) {
        campaign.token = randomToken();
    }
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        return Result<qint64>::failure(tr("Database error: %1").arg(db.lastError().text()));
    }
    auto rollback = [&db](const QSqlQuery& query) {
        db.rollback();
        return failed<qint64>(query);
    };
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO campaigns (name, state, subject, from_name, from_address, reply_to, bounce_domain, html, text, "
        "charset, audience, transport_url, dkim_key_path, dkim_key_path2, dkim_selector, dkim_selector2, dkim_domain, "
        "dkim_third_party, base_url, connections, rate, token, created_at, scheduled_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : {QVariant(campaign.name),
                                  QVariant(CampaignStateText::key(campaign.state)),
                                  QVariant(campaign.subject),
                                  QVariant(campaign.fromName),
                                  QVariant(campaign.fromAddress),
                                  QVariant(campaign.replyTo),
                                  QVariant(campaign.bounceDomain),
                                  QVariant(campaign.html),
                                  QVariant(campaign.text),
                                  QVariant(QString::fromLatin1(campaign.charset)),
                                  QVariant(campaign.audience),
                                  QVariant(campaign.transportUrl),
                                  QVariant(campaign.dkimKeyPath),
                                  QVariant(campaign.dkimKeyPath2),
                                  QVariant(campaign.dkimSelector),
                                  QVariant(campaign.dkimSelector2),
                                  QVariant(campaign.dkimDomain),
                                  QVariant(campaign.dkimThirdParty ? 1 : 0),
                                  QVariant(campaign.baseUrl),
                                  QVariant(campaign.connections),
                                  QVariant(campaign.rate),
                                  QVariant(campaign.token),
                                  Timestamp::toSeconds(QDateTime::currentDateTimeUtc()),
                                  Timestamp::toSeconds(campaign.scheduledAt)}) {
        insert.addBindValue(SqlBinding::textOrEmpty(value));
    }
    if (!insert.exec()) {
        return rollback(insert);
    }
    const qint64 campaignId = insert.lastInsertId().toLongLong();

    QSqlQuery image(db);
    image.prepare(QStringLiteral(
        "INSERT INTO campaign_images (campaign_id, content_id, mime_type, file_name, data) VALUES (?, ?, ?, ?, ?)"));
    for (const InlineImage& inlineImage : std::as_const(campaign.inlineImages)) {
        image.addBindValue(campaignId);
        image.addBindValue(QString::fromLatin1(inlineImage.contentId));
        image.addBindValue(QString::fromLatin1(inlineImage.mimeType));
        image.addBindValue(inlineImage.fileName);
        image.addBindValue(inlineImage.data);
        if (!image.exec()) {
            return rollback(image);
        }
    }

    // The audience goes through a temporary table so one INSERT … SELECT decides every row in SQL.
    QSqlQuery temp(db);
    if (!temp.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS campaign_audience (contact_id INTEGER PRIMARY KEY)"))
        || !temp.exec(QStringLiteral("DELETE FROM temp.campaign_audience"))) {
        return rollback(temp);
    }
    QSqlQuery add(db);
    add.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.campaign_audience (contact_id) VALUES (?)"));
    for (qint64 id : contactIds) {
        add.bindValue(0, id);
        if (!add.exec()) {
            return rollback(add);
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
    queue.addBindValue(tr("Not sent: the address is on the suppression list"));
    queue.addBindValue(tr("Not sent: the contact's status is "));
    queue.addBindValue(Timestamp::nowSeconds());
    if (!queue.exec()) {
        return rollback(queue);
    }
    temp.exec(QStringLiteral("DELETE FROM temp.campaign_audience"));
    if (!db.commit()) {
        db.rollback();
        return Result<qint64>::failure(tr("Database error: %1").arg(db.lastError().text()));
    }
    return campaignId;
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
    if (query.exec(QStringLiteral("SELECT ") + campaignColumns + QStringLiteral(" FROM campaigns ORDER BY id DESC"))) {
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

QDateTime CampaignStore::nextAttempt(qint64 campaignId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT MIN(CASE WHEN state = 'deferred' THEN next_attempt_at ELSE 0 END) FROM "
                                 "deliveries WHERE campaign_id = ? AND state IN ('queued', 'deferred')"));
    query.addBindValue(campaignId);
    if (!query.exec() || !query.next()) {
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

QList<DeliveryRecord> CampaignStore::deliveries(qint64 campaignId) const
{
    QList<DeliveryRecord> records;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, contact_id, email, state, attempts, smtp_code, smtp_reply, updated_at "
                                 "FROM deliveries WHERE campaign_id = ? ORDER BY id"));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return records;
    }
    while (query.next()) {
        DeliveryRecord r;
        r.id = query.value(0).toLongLong();
        r.contactId = query.value(1).toLongLong();
        r.email = query.value(2).toString();
        r.state = query.value(3).toString();
        r.attempts = query.value(4).toInt();
        r.smtpCode = query.value(5).toInt();
        r.smtpReply = query.value(6).toString();
        r.updatedAt = Timestamp::fromSeconds(query.value(7));
        records << r;
    }
    return records;
}

Status CampaignStore::setState(qint64 campaignId, CampaignState state, const QString& lastError)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE campaigns SET state = ?, last_error = ? WHERE id = ?"));
    query.addBindValue(CampaignStateText::key(state));
    query.addBindValue(lastError);
    query.addBindValue(campaignId);
    if (!query.exec()) {
        return failed<Done>(query);
    }
    return success();
}

Status CampaignStore::markStarted(qint64 campaignId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE campaigns SET state = 'sending', last_error = '', "
                                 "started_at = COALESCE(started_at, ?), finished_at = NULL WHERE id = ?"));
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
