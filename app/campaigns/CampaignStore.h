// CampaignStore: campaigns and their per-recipient delivery rows in the database. SQL for campaigns stays here.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>

#include "campaigns/Campaign.h"
#include "campaigns/DeliveryCounts.h"
#include "common/Result.h"
#include "storage/Database.h"

// One recipient's row, for reports and the per-recipient log.
struct DeliveryRecord
{
    qint64 id = 0;
    qint64 contactId = 0;
    QString email;
    QString state;
    int attempts = 0;
    int smtpCode = 0;
    QString smtpReply;
    QDateTime updatedAt;
};

class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)

public:
    explicit CampaignStore(Database database);

    // Stores the campaign and one delivery row per contact, in one transaction: contacts that may not be mailed
    // (unsubscribed, bounced, complained, pending, or on the suppression list) get a 'skipped' row with the reason.
    // A campaign token is made when campaign.token is empty. Returns the new id.
    Result<qint64> create(Campaign campaign, const QList<qint64>& contactIds);

    // A draft: stored without recipients (campaign.audience is the segment text form, resolved when it is sent).
    Result<qint64> createDraft(Campaign campaign);
    // Saves the editable fields (and the images) of a draft or scheduled campaign; refused once it has started.
    // A change to what a test message showed (subject, preheader, HTML, text, From, charset) clears testSentAt.
    // Not changed here: state, scheduledAt (schedule()), testSentAt (markTestSent()), kind, token.
    Status update(const Campaign& campaign);
    // Scheduled at `atUtc` (a draft or a scheduled one; a time not in the future is refused); unschedule() makes it
    // a draft again.
    Status schedule(qint64 campaignId, const QDateTime& atUtc);
    Status unschedule(qint64 campaignId);
    // Writes the recipients of a draft or scheduled campaign (as create() does) when it starts sending.
    Status resolveAudience(qint64 campaignId, const QList<qint64>& contactIds);
    // A new draft with the same content, sender, audience and window; named "NAME (copy)". Returns its id.
    Result<qint64> duplicate(qint64 campaignId);
    // Deletes a draft (only).
    Status remove(qint64 campaignId);
    // "Retry failed": failed rows (not bounced: a bounce suppressed the address) go back to queued; the campaign
    // becomes resumable. Returns how many.
    Result<int> retryFailed(qint64 campaignId);
    // "Send to the rest" of a cancelled campaign: it becomes paused, so a run sends whatever is still queued.
    Status reopen(qint64 campaignId);
    Status markTestSent(qint64 campaignId, const QDateTime& atUtc);
    // Draft or scheduled campaigns made from template `templateId` (TemplateStore refuses to delete it then).
    QList<Campaign> usingTemplate(qint64 templateId) const;

    std::optional<Campaign> find(qint64 id) const;
    // Newest first; kind 'campaign' only (step-mail queues are listed by their sequence).
    QList<Campaign> list() const;
    // Campaigns a run can continue (interrupted, paused, waiting), oldest first.
    QList<qint64> resumable() const;
    // Campaigns left 'sending' by a process that is gone (a crash, a kill, the computer switched off), oldest first:
    // the app offers to resume them at launch.
    QList<qint64> interrupted() const;
    // Waiting campaigns whose resumeAt has come (or that have none), oldest first: what a scheduler resumes.
    QList<qint64> waitingDue(const QDateTime& now) const;
    // The earliest next attempt of the campaign's deferred recipients; invalid when none is deferred.
    QDateTime firstRetryAt(qint64 campaignId) const;
    // Scheduled campaigns whose time has come (scheduled_at <= now), oldest schedule first.
    QList<qint64> due(const QDateTime& now) const;
    DeliveryCounts counts(qint64 campaignId) const;
    QList<DeliveryRecord> deliveries(qint64 campaignId) const;
    // The per-recipient log: rows whose address or SMTP reply contains `search` (empty: all) and, when `state` is
    // set, in that state; id order, at most `limit` from `offset`.
    QList<DeliveryRecord>
    deliveries(qint64 campaignId, const QString& search, const QString& state, int limit, int offset = 0) const;
    // Delivery over time for the report chart: messages reaching each final state per `bucketSeconds`, from the
    // first to the last update (UTC bucket starts).
    struct TimelinePoint
    {
        QDateTime at;
        qint64 sent = 0;
        qint64 failed = 0; // failed + bounced
        qint64 deferred = 0;
    };
    QList<TimelinePoint> timeline(qint64 campaignId, int bucketSeconds) const;

    Status setState(qint64 campaignId, CampaignState state, const QString& lastError = QString());
    Status markStarted(qint64 campaignId);
    Status markFinished(qint64 campaignId, CampaignState state);
    // Only one process sends a campaign at a time: claims it for this process (host and pid), unless another live
    // process holds it — a holder on this host whose pid is gone, or one silent for two minutes, has crashed.
    Status claimRunner(qint64 campaignId);
    // The holder says it is still alive (every few seconds while sending).
    void touchRunner(qint64 campaignId);
    void releaseRunner(qint64 campaignId);
    // When a waiting campaign continues (its send window's next opening, the first deferred retry); invalid: clears.
    Status setResumeAt(qint64 campaignId, const QDateTime& atUtc);
    // Rows left 'sending' by a crash or kill go back to 'queued': they were in flight and are sent again.
    Result<int> requeueInFlight(qint64 campaignId);

private:
    // The specific refusal of an operation `action` in the campaign's current state.
    Status wrongState(qint64 campaignId, const QString& action) const;

    Database m_database;
};
