// RetryPolicy: exponential backoff with jitter.
#include "delivery/RetryPolicy.h"

#include <algorithm>
#include <cmath>

#include <QtGlobal>

std::chrono::milliseconds RetryPolicy::delayAfter(int attempts, double random01) const
{
    const double base = std::chrono::duration<double>(firstDelay).count() * std::pow(factor, std::max(0, attempts - 1));
    const double capped = std::min(base, std::chrono::duration<double>(maxDelay).count());
    const double scaled = capped * (1.0 - jitter + 2.0 * jitter * std::clamp(random01, 0.0, 1.0));
    return std::chrono::milliseconds(static_cast<qint64>(scaled * 1000.0));
}
