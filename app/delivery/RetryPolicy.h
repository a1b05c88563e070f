// RetryPolicy: when a deferred recipient is tried again — exponential backoff with jitter, so a relay that said
// "try later" to hundreds of recipients at once is not hit by all of them again in the same second.
#pragma once

#include <chrono>

class RetryPolicy
{
public:
    std::chrono::seconds firstDelay {60};
    double factor = 2.0;
    std::chrono::seconds maxDelay {3600};
    int maxAttempts = 8; // after this many attempts a recipient still deferred is failed
    double jitter = 0.2; // each delay is scaled by a random factor in [1 - jitter, 1 + jitter]

    // The wait before the next attempt, after `attempts` attempts (1 = the first failed). `random01` in [0, 1).
    std::chrono::milliseconds delayAfter(int attempts, double random01) const;
    bool mayRetry(int attempts) const { return attempts < maxAttempts; }
};
