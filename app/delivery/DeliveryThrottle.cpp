// DeliveryThrottle: token buckets per relay and per destination domain.
#include "delivery/DeliveryThrottle.h"

#include <algorithm>

#include "contacts/EmailAddress.h"

using namespace std::chrono;

namespace {
constexpr milliseconds firstPause {500};
constexpr milliseconds maxPause {60000};

DeliveryThrottle::Clock::duration secondsToDuration(double seconds)
{
    return duration_cast<DeliveryThrottle::Clock::duration>(duration<double>(seconds));
}
} // namespace

bool DeliveryThrottle::Bucket::take(Clock::time_point now, Clock::time_point& retryAt)
{
    if (perSecond <= 0) {
        return true;
    }
    // A burst of at most one second's worth: a paused sender does not make up for lost time all at once.
    const double capacity = std::max(1.0, perSecond);
    if (refilled == Clock::time_point {}) {
        refilled = now;
        tokens = 1;
    }
    tokens = std::min(capacity, tokens + duration<double>(now - refilled).count() * perSecond);
    refilled = now;
    if (tokens >= 1.0) {
        tokens -= 1.0;
        return true;
    }
    retryAt = now + secondsToDuration((1.0 - tokens) / perSecond);
    return false;
}

DeliveryThrottle::DeliveryThrottle(double relayRate)
    : m_configuredRelayRate(relayRate)
    , m_relayRate(relayRate)
{
    m_relayBucket.perSecond = relayRate;
}

DeliveryThrottle::Limit DeliveryThrottle::defaultLimit(const QString& domain)
{
    if (EmailAddress::isJapaneseCarrierDomain(domain)) {
        return {2, 2.0};
    }
    return {};
}

void DeliveryThrottle::setDomainLimit(const QString& domain, Limit limit)
{
    m_overrides.insert(domain.toLower(), limit);
    m_domains.remove(domain.toLower());
}

DeliveryThrottle::DomainState& DeliveryThrottle::domain(const QString& name)
{
    auto it = m_domains.find(name);
    if (it == m_domains.end()) {
        DomainState state;
        state.limit = m_overrides.value(name, defaultLimit(name));
        state.bucket.perSecond = state.limit.perSecond;
        it = m_domains.insert(name, state);
    }
    return *it;
}

bool DeliveryThrottle::tryAcquire(const QString& domainName, Clock::time_point now, Clock::time_point& retryAt)
{
    if (now < m_pausedUntil) {
        retryAt = m_pausedUntil;
        return false;
    }
    DomainState& state = domain(domainName);
    if (state.limit.maxInFlight > 0 && state.inFlight >= state.limit.maxInFlight) {
        // Asked again when one finishes; the time is only a fallback.
        retryAt = now + milliseconds(50);
        return false;
    }
    // The relay's token is checked first but only taken together with the domain's, so neither is wasted.
    Bucket relayProbe = m_relayBucket;
    if (!relayProbe.take(now, retryAt)) {
        m_relayBucket = relayProbe;
        return false;
    }
    if (!state.bucket.take(now, retryAt)) {
        return false;
    }
    m_relayBucket = relayProbe;
    ++state.inFlight;
    return true;
}

void DeliveryThrottle::release(const QString& domainName)
{
    DomainState& state = domain(domainName);
    state.inFlight = std::max(0, state.inFlight - 1);
}

void DeliveryThrottle::relayTroubled(Clock::time_point now)
{
    m_pause = m_pause.count() == 0 ? firstPause : std::min(maxPause, m_pause * 2);
    m_pausedUntil = now + m_pause;
    if (m_relayRate > 0) {
        m_relayRate = std::max(0.5, m_relayRate / 2);
        m_relayBucket.perSecond = m_relayRate;
    }
}

void DeliveryThrottle::relaySucceeded()
{
    if (m_pause.count() > 0) {
        m_pause = m_pause / 2 < firstPause ? milliseconds(0) : m_pause / 2;
    }
    if (m_configuredRelayRate > 0 && m_relayRate < m_configuredRelayRate) {
        m_relayRate = std::min(m_configuredRelayRate, m_relayRate * 1.1);
        m_relayBucket.perSecond = m_relayRate;
    }
}
