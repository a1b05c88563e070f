// DeliveryRun: what the workers of one campaign run share — the campaign, its composer, the queue, the relay, the
// retry policy, the live counts — and the flags by which the engine stops them.
#pragma once

#include <atomic>

#include <QMutex>

#include "campaigns/Campaign.h"
#include "campaigns/DeliveryCounts.h"
#include "delivery/DeliveryQueue.h"
#include "delivery/MessageComposer.h"
#include "delivery/RetryPolicy.h"
#include "smtp/RelayConfig.h"
#include "storage/Database.h"

struct DeliveryRun
{
    DeliveryRun(const Database& db,
                Campaign c,
                MessageComposer m,
                RelayConfig r,
                RetryPolicy p,
                std::chrono::milliseconds maxWait)
        : database(db)
        , campaign(std::move(c))
        , composer(std::move(m))
        , queue(db, campaign.id, DeliveryThrottle(campaign.rate), maxWait)
        , relay(std::move(r))
        , retry(p)
    {
    }

    Database database;
    const Campaign campaign;
    const MessageComposer composer;
    DeliveryQueue queue;
    const RelayConfig relay;
    const RetryPolicy retry;

    QMutex writeLock; // DeliveryLedger: one writer at a time

    mutable QMutex countsLock;
    DeliveryCounts counts;

    // Connection failures in a row with no message accepted in between, over all workers: when the relay is
    // unreachable the run stops (campaign paused, resumable) instead of deferring every recipient.
    std::atomic<int> connectionFailuresInARow {0};
    static constexpr int maxConnectionFailuresInARow = 6;
};
