// DeliveryQueue: the in-memory window over a campaign's queued rows, with throttling.
#include "delivery/DeliveryQueue.h"

#include <algorithm>

#include <QSqlError>
#include <QSqlQuery>

#include "contacts/ContactRepository.h"
#include "storage/Timestamp.h"

using namespace std::chrono;

namespace {
constexpr int chunkSize = 1000;
constexpr size_t refillBelow = 250;
// How far down the ready list take() looks for a recipient whose domain is not throttled.
constexpr size_t scanLimit = 256;

QString domainOf(const QString& email)
{
    return email.mid(email.lastIndexOf(QLatin1Char('@')) + 1).toLower();
}
} // namespace

DeliveryQueue::DeliveryQueue(Database database, qint64 campaignId, DeliveryThrottle throttle, milliseconds maxWait)
    : m_database(std::move(database))
    , m_campaignId(campaignId)
    , m_throttle(std::move(throttle))
    , m_maxWait(maxWait)
{
}

Status DeliveryQueue::loadRows(const QString& where, const QVariantList& values, std::deque<DeliveryJob>& into)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, contact_id, email, attempts, state FROM deliveries WHERE ") + where);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return Status::failure(query.lastError().text());
    }
    QList<qint64> contactIds;
    std::deque<DeliveryJob> jobs;
    while (query.next()) {
        DeliveryJob job;
        job.deliveryId = query.value(0).toLongLong();
        job.contact.id = query.value(1).toLongLong();
        job.contact.email = query.value(2).toString();
        job.attempts = query.value(3).toInt();
        job.deferred = query.value(4).toString() == QLatin1String("deferred");
        job.domain = domainOf(job.contact.email);
        m_lastLoadedId = std::max(m_lastLoadedId, job.deliveryId);
        contactIds << job.contact.id;
        jobs.push_back(std::move(job));
    }
    // The contacts as they are now (a name corrected since the campaign was made is used); a contact deleted
    // since keeps the address the row was queued with.
    const QList<Contact> contacts = ContactRepository(m_database).load(contactIds);
    QHash<qint64, const Contact*> byId;
    for (const Contact& contact : contacts) {
        byId.insert(contact.id, &contact);
    }
    for (DeliveryJob& job : jobs) {
        if (const Contact* contact = byId.value(job.contact.id)) {
            job.contact = *contact;
            job.domain = domainOf(job.contact.email);
        }
        into.push_back(std::move(job));
    }
    return success();
}

Status DeliveryQueue::start()
{
    QMutexLocker lock(&m_mutex);
    const qint64 horizon = Timestamp::nowSeconds() + duration_cast<seconds>(m_maxWait).count();
    std::deque<DeliveryJob> deferred;
    const qint64 keepLastId = m_lastLoadedId;
    Status loaded
        = loadRows(QStringLiteral("campaign_id = ? AND state = 'deferred' AND next_attempt_at <= ? ORDER BY id"),
                   {m_campaignId, horizon},
                   deferred);
    m_lastLoadedId = keepLastId; // deferred rows are not part of the queued cursor
    if (!loaded) {
        return loaded;
    }
    // Their due times: read again (loadRows keeps jobs only); a due time in the past means now.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, next_attempt_at FROM deliveries WHERE campaign_id = ? AND state = "
                                 "'deferred' AND next_attempt_at <= ?"));
    query.addBindValue(m_campaignId);
    query.addBindValue(horizon);
    QHash<qint64, qint64> dueAt;
    if (query.exec()) {
        while (query.next()) {
            dueAt.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
        }
    }
    const qint64 nowSeconds = Timestamp::nowSeconds();
    const auto now = Clock::now();
    for (DeliveryJob& job : deferred) {
        const qint64 wait = std::max<qint64>(0, dueAt.value(job.deliveryId) - nowSeconds);
        m_held.push_back({now + seconds(wait), std::move(job)});
    }
    return success();
}

Status DeliveryQueue::loadChunk()
{
    std::deque<DeliveryJob> chunk;
    Status loaded = loadRows(QStringLiteral("campaign_id = ? AND state = 'queued' AND id > ? ORDER BY id LIMIT ")
                                 + QString::number(chunkSize),
                             {m_campaignId, m_lastLoadedId},
                             chunk);
    if (!loaded) {
        return loaded;
    }
    if (chunk.size() < size_t(chunkSize)) {
        m_exhausted = true;
    }
    for (DeliveryJob& job : chunk) {
        m_ready.push_back(std::move(job));
    }
    return success();
}

DeliveryQueue::Next DeliveryQueue::take(DeliveryJob& job, milliseconds& wait)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopped) {
        return Next::Finished;
    }
    const auto now = Clock::now();
    if (now >= m_closesAt) {
        // Outside the send window nothing new starts; what is queued waits for the next opening.
        m_windowClosed = true;
        m_stopped = true;
        return Next::Finished;
    }
    // Deferred recipients whose time has come go first: they have waited longest.
    for (auto it = m_held.begin(); it != m_held.end();) {
        if (it->due <= now) {
            m_ready.push_front(std::move(it->job));
            it = m_held.erase(it);
        } else {
            ++it;
        }
    }
    if (m_ready.size() < refillBelow && !m_exhausted) {
        if (!loadChunk()) {
            // A read error is not a reason to lose anything: stop; the rows stay queued for resume.
            m_stopped = true;
            return Next::Finished;
        }
    }
    Clock::time_point earliest = Clock::time_point::max();
    const size_t limit = std::min(m_ready.size(), scanLimit);
    for (size_t i = 0; i < limit; ++i) {
        Clock::time_point retryAt = Clock::time_point::max();
        if (m_throttle.tryAcquire(m_ready[i].domain, now, retryAt)) {
            job = std::move(m_ready[i]);
            m_ready.erase(m_ready.begin() + qsizetype(i));
            ++m_inFlight;
            return Next::Job;
        }
        earliest = std::min(earliest, retryAt);
    }
    for (const Held& held : m_held) {
        earliest = std::min(earliest, held.due);
    }
    if (m_ready.empty() && m_held.empty() && m_exhausted) {
        return Next::Finished;
    }
    if (earliest == Clock::time_point::max()) {
        earliest = now + milliseconds(100); // jobs are in flight elsewhere; one may come back
    }
    wait = std::clamp(duration_cast<milliseconds>(earliest - now), milliseconds(1), milliseconds(1000));
    return Next::Wait;
}

void DeliveryQueue::finished(const DeliveryJob& job)
{
    QMutexLocker lock(&m_mutex);
    m_throttle.release(job.domain);
    m_inFlight = std::max(0, m_inFlight - 1);
}

bool DeliveryQueue::retryLater(DeliveryJob job, milliseconds delay)
{
    QMutexLocker lock(&m_mutex);
    m_throttle.release(job.domain);
    m_inFlight = std::max(0, m_inFlight - 1);
    if (m_stopped || delay > m_maxWait) {
        return false;
    }
    m_held.push_back({Clock::now() + delay, std::move(job)});
    return true;
}

void DeliveryQueue::putBack(DeliveryJob job)
{
    QMutexLocker lock(&m_mutex);
    m_throttle.release(job.domain);
    m_inFlight = std::max(0, m_inFlight - 1);
    m_ready.push_front(std::move(job));
}

void DeliveryQueue::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopped = true;
}

bool DeliveryQueue::stopped() const
{
    QMutexLocker lock(&m_mutex);
    return m_stopped;
}

void DeliveryQueue::setClosesAt(Clock::time_point closesAt)
{
    QMutexLocker lock(&m_mutex);
    m_closesAt = closesAt;
}

bool DeliveryQueue::windowClosed() const
{
    QMutexLocker lock(&m_mutex);
    return m_windowClosed;
}

void DeliveryQueue::relayTroubled()
{
    QMutexLocker lock(&m_mutex);
    m_throttle.relayTroubled(Clock::now());
}

void DeliveryQueue::relaySucceeded()
{
    QMutexLocker lock(&m_mutex);
    m_throttle.relaySucceeded();
}
