// DeliveryThrottle: how fast mail may go — per relay (messages per second, slowed down when the relay says 421/451)
// and per destination domain (in flight at once and per second; Japanese carrier domains get gentle defaults,
// because they throttle or block senders that arrive in bursts). Not thread-safe: DeliveryQueue guards it.
#pragma once

#include <chrono>

#include <QHash>
#include <QString>

class DeliveryThrottle
{
public:
    using Clock = std::chrono::steady_clock;

    struct Limit
    {
        int maxInFlight = 0;  // 0: no limit
        double perSecond = 0; // 0: no limit
    };

    // relayRate: messages per second for the whole relay, 0 = unlimited.
    explicit DeliveryThrottle(double relayRate = 0);

    // docomo.ne.jp, ezweb.ne.jp, au.com, softbank.ne.jp, i.softbank.jp, … : 2 in flight, 2 per second.
    static Limit defaultLimit(const QString& domain);
    void setDomainLimit(const QString& domain, Limit limit);

    // Whether a message to `domain` may start now; when not, `retryAt` says when to ask again.
    bool tryAcquire(const QString& domain, Clock::time_point now, Clock::time_point& retryAt);
    // The message to `domain` has finished (whatever the outcome).
    void release(const QString& domain);

    // The relay said "slow down" (421, 451 on connect, a dropped connection): halve the rate and pause briefly,
    // doubling the pause while it goes on. A success undoes it step by step.
    void relayTroubled(Clock::time_point now);
    void relaySucceeded();
    double currentRelayRate() const { return m_relayRate; }

private:
    struct Bucket
    {
        double perSecond = 0;
        double tokens = 1;
        Clock::time_point refilled {};
        bool take(Clock::time_point now, Clock::time_point& retryAt);
    };
    struct DomainState
    {
        Limit limit;
        int inFlight = 0;
        Bucket bucket;
    };
    DomainState& domain(const QString& name);

    double m_configuredRelayRate = 0;
    double m_relayRate = 0;
    Bucket m_relayBucket;
    Clock::time_point m_pausedUntil {};
    std::chrono::milliseconds m_pause {0};
    QHash<QString, Limit> m_overrides;
    QHash<QString, DomainState> m_domains;
};
