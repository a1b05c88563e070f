// DeliveryCounts: how many recipients of a campaign are in each delivery state.
#pragma once

#include <QtGlobal>

struct DeliveryCounts
{
    qint64 queued = 0;
    qint64 sending = 0;
    qint64 sent = 0;
    qint64 deferred = 0;
    qint64 failed = 0;
    qint64 bounced = 0;
    qint64 skipped = 0;

    qint64 total() const { return queued + sending + sent + deferred + failed + bounced + skipped; }
    // Not yet in a final state.
    qint64 pending() const { return queued + sending + deferred; }
    bool operator==(const DeliveryCounts&) const = default;
};
