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

    std::optional<Campaign> find(qint64 id) const;
    // Newest first.
    QList<Campaign> list() const;
    // Campaigns a run can continue (interrupted, paused, waiting), oldest first.
    QList<qint64> resumable() const;
    // Scheduled campaigns whose time has come (scheduled_at <= now), oldest schedule first.
    QList<qint64> due(const QDateTime& now) const;
    DeliveryCounts counts(qint64 campaignId) const;
    QList<DeliveryRecord> deliveries(qint64 campaignId) const;

    Status setState(qint64 campaignId, CampaignState state, const QString& lastError = QString());
    Status markStarted(qint64 campaignId);
    Status markFinished(qint64 campaignId, CampaignState state);
    // Only one process sends a campaign at a time: claims it for this process (host and pid), unless another live
    // process holds it — a holder on this host whose pid is gone, or one silent for two minutes, has crashed.
    Status claimRunner(qint64 campaignId);
    // The holder says it is still alive (every few seconds while sending).
    void touchRunner(qint64 campaignId);
    void releaseRunner(qint64 campaignId);
    // Rows left 'sending' by a crash or kill go back to 'queued': they were in flight and are sent again.
    Result<int> requeueInFlight(qint64 campaignId);

private:
    Database m_database;
};
