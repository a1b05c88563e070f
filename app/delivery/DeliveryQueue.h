// DeliveryQueue: hands the workers of one campaign run their next recipient. Reads the queued rows from the database
// in chunks (with their contacts), keeps deferred recipients until they are due, and applies the relay's and the
// destination domains' throttles. Thread-safe: every worker thread takes from the same queue.
#pragma once

#include <chrono>
#include <deque>
#include <vector>

#include <QMutex>

#include "common/Result.h"
#include "delivery/DeliveryJob.h"
#include "delivery/DeliveryThrottle.h"
#include "storage/Database.h"

class DeliveryQueue
{
public:
    using Clock = DeliveryThrottle::Clock;

    // maxWait: a deferred recipient is retried within this run when its next attempt is due within maxWait from
    // the moment it was deferred; later ones stay 'deferred' in the database for a later run (campaign 'waiting').
    DeliveryQueue(Database database, qint64 campaignId, DeliveryThrottle throttle, std::chrono::milliseconds maxWait);

    // Loads the recipients deferred by earlier runs whose retry is due within maxWait. Call once before take().
    Status start();

    enum class Next {
        Job,      // `job` holds the next recipient
        Wait,     // nothing may start now: ask again after `wait`
        Finished, // nothing left for this run
    };
    // The caller must call finished(job) (or putBack/retryLater, which imply it) for every job it got.
    Next take(DeliveryJob& job, std::chrono::milliseconds& wait);
    void finished(const DeliveryJob& job);
    // Try again in this run after `delay`, if within maxWait; returns false when the job is left for a later run.
    bool retryLater(DeliveryJob job, std::chrono::milliseconds delay);
    // Not attempted (a pause, a configuration error): back to the front.
    void putBack(DeliveryJob job);
    // From now on take() says Finished (pause, cancel, a fatal error).
    void stop();
    bool stopped() const;
    // The send window closes at `closesAt`: from then on take() says Finished (messages in flight finish) and
    // windowClosed() is true. Call before the workers start.
    void setClosesAt(Clock::time_point closesAt);
    bool windowClosed() const;

    void relayTroubled();
    void relaySucceeded();

private:
    struct Held
    {
        Clock::time_point due;
        DeliveryJob job;
    };
    Status loadChunk();
    Status loadRows(const QString& where, const QVariantList& values, std::deque<DeliveryJob>& into);

    mutable QMutex m_mutex;
    Database m_database;
    qint64 m_campaignId = 0;
    DeliveryThrottle m_throttle;
    std::chrono::milliseconds m_maxWait;
    std::deque<DeliveryJob> m_ready;
    std::vector<Held> m_held; // deferred within this run, unordered (few)
    qint64 m_lastLoadedId = 0;
    bool m_exhausted = false;
    bool m_stopped = false;
    Clock::time_point m_closesAt = Clock::time_point::max();
    bool m_windowClosed = false;
    int m_inFlight = 0;
};
