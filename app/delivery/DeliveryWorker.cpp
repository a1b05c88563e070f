// DeliveryWorker: the per-connection send loop.
#include "delivery/DeliveryWorker.h"

#include <QDateTime>
#include <QRandomGenerator>

#include "delivery/DeliveryRun.h"
#include "storage/Timestamp.h"

using namespace std::chrono;

DeliveryWorker::DeliveryWorker(std::shared_ptr<DeliveryRun> run)
    : m_run(std::move(run))
    , m_waitTimer(new QTimer(this))
{
    m_waitTimer->setSingleShot(true);
    connect(m_waitTimer, &QTimer::timeout, this, &DeliveryWorker::pump);
}

DeliveryWorker::~DeliveryWorker() = default;

void DeliveryWorker::start()
{
    // Made here, on the worker's thread: the ledger's connection and the transport's socket belong to it.
    m_ledger = std::make_unique<DeliveryLedger>(m_run->database, &m_run->writeLock);
    m_transport = MailTransport::create(m_run->relay);
    connect(m_transport.get(), &MailTransport::finished, this, &DeliveryWorker::onTransportFinished);
    // Only the close we asked for ends the worker, and only once: a transport may report a dropped idle
    // connection as closed too.
    connect(m_transport.get(), &MailTransport::closed, this, [this] {
        if (m_closing) {
            emitDone();
        }
    });
    pump();
}

void DeliveryWorker::stop()
{
    m_stopping = true;
    m_waitTimer->stop();
    if (!m_inFlight) {
        finish();
    }
}

void DeliveryWorker::countMove(bool fromDeferred, DeliveryLedger::Outcome to)
{
    QMutexLocker lock(&m_run->countsLock);
    DeliveryCounts& c = m_run->counts;
    --c.sending;
    Q_UNUSED(fromDeferred)
    switch (to) {
    case DeliveryLedger::Outcome::Sent:
        ++c.sent;
        break;
    case DeliveryLedger::Outcome::Deferred:
        ++c.deferred;
        break;
    case DeliveryLedger::Outcome::Failed:
        ++c.failed;
        break;
    case DeliveryLedger::Outcome::Bounced:
        ++c.bounced;
        break;
    case DeliveryLedger::Outcome::Skipped:
        ++c.skipped;
        break;
    }
}

bool DeliveryWorker::prepareNext()
{
    m_queueFinished = false;
    while (!m_next && !m_stopping) {
        DeliveryJob job;
        milliseconds wait {0};
        switch (m_run->queue.take(job, wait)) {
        case DeliveryQueue::Next::Finished:
            m_queueFinished = true;
            return false;
        case DeliveryQueue::Next::Wait:
            if (!m_inFlight) {
                m_waitTimer->start(wait);
            }
            return false;
        case DeliveryQueue::Next::Job:
            break;
        }
        auto composed = m_run->composer.compose(job.deliveryId, job.contact, QDateTime::currentDateTime());
        if (!composed) {
            // This recipient only (a name the charset cannot carry, …): failed with the reason, never sent.
            {
                QMutexLocker lock(&m_run->countsLock);
                --(job.deferred ? m_run->counts.deferred : m_run->counts.queued);
                ++m_run->counts.sending;
            }
            record(job, DeliveryLedger::Outcome::Failed, 0, composed.error());
            m_run->queue.finished(job);
            continue;
        }
        m_next = Prepared {std::move(job), std::move(composed).value()};
    }
    return m_next.has_value();
}

void DeliveryWorker::pump()
{
    sendNext();
    // An outcome waits for the next message's 'sending' to share its commit; with nothing in flight it goes now.
    if (!m_inFlight && m_ledger) {
        Status flushed = m_ledger->flush();
        if (!flushed) {
            emit fatal(tr("Could not record the delivery state: %1").arg(flushed.error()));
        }
    }
}

void DeliveryWorker::sendNext()
{
    if (m_inFlight || m_closing) {
        return;
    }
    for (;;) {
        if (m_stopping || m_run->queue.stopped()) {
            finish();
            return;
        }
        if (!m_next && !prepareNext()) {
            if (m_queueFinished) {
                finish();
            }
            return;
        }
        Prepared prepared = std::move(*m_next);
        m_next.reset();
        if (submit(std::move(prepared))) {
            break;
        }
        // Skipped (the contact may no longer be mailed): on to the next recipient.
    }
    // Compose the next message while the server takes this one: CPU work overlaps the network round trips.
    prepareNext();
}

bool DeliveryWorker::submit(Prepared prepared)
{
    // 'sending' is committed before the message leaves: after a crash exactly these rows are sent again.
    const Result<bool> marked = m_ledger->markSending(prepared.job.deliveryId);
    if (!marked) {
        m_run->queue.putBack(prepared.job);
        emit fatal(tr("Could not record the delivery state: %1").arg(marked.error()));
        return true;
    }
    {
        QMutexLocker lock(&m_run->countsLock);
        --(prepared.job.deferred ? m_run->counts.deferred : m_run->counts.queued);
        if (*marked) {
            ++m_run->counts.sending;
        } else {
            ++m_run->counts.skipped;
        }
    }
    if (!*marked) {
        m_run->queue.finished(prepared.job);
        return false;
    }
    const quint64 tag = m_nextTag++;
    m_inFlight = std::move(prepared);
    m_transport->submit(tag, m_inFlight->composed.envelope, m_inFlight->composed.message);
    return true;
}

void DeliveryWorker::record(
    const DeliveryJob& job, DeliveryLedger::Outcome outcome, int code, const QString& reply, qint64 nextAttemptAt)
{
    Status recorded = m_ledger->record(job.deliveryId, job.contact.id, outcome, code, reply, nextAttemptAt);
    if (!recorded) {
        emit fatal(tr("Could not record the delivery state: %1").arg(recorded.error()));
    }
    countMove(job.deferred, outcome);
}

void DeliveryWorker::onTransportFinished(quint64, const TransportResult& result)
{
    if (!m_inFlight) {
        return;
    }
    Prepared done = std::move(*m_inFlight);
    m_inFlight.reset();
    DeliveryJob& job = done.job;
    const int attempts = job.attempts + 1;
    using Outcome = TransportResult::Outcome;
    switch (result.outcome) {
    case Outcome::Accepted:
        m_run->connectionFailuresInARow = 0;
        record(job, DeliveryLedger::Outcome::Sent, result.code, result.reply);
        m_run->queue.finished(job);
        m_run->queue.relaySucceeded();
        break;
    case Outcome::Rejected: {
        m_run->connectionFailuresInARow = 0;
        // 5.1.x (bad mailbox) and 550/551/553 on the recipient mean the address is dead: suppress it. Other
        // permanent errors (content, size, policy) fail this message without blaming the address.
        const bool deadAddress = result.reply.contains(QLatin1String(" 5.1.")) || result.code == 550
                                 || result.code == 551 || result.code == 553;
        record(job,
               deadAddress ? DeliveryLedger::Outcome::Bounced : DeliveryLedger::Outcome::Failed,
               result.code,
               result.reply);
        m_run->queue.finished(job);
        break;
    }
    case Outcome::Deferred:
    case Outcome::ConnectionLost: {
        if (result.outcome == Outcome::ConnectionLost || result.code == 421) {
            m_run->queue.relayTroubled();
        }
        if (result.outcome == Outcome::ConnectionLost) {
            if (++m_run->connectionFailuresInARow >= DeliveryRun::maxConnectionFailuresInARow) {
                // Nothing is known to have arrived: not an attempt that counts against the recipient.
                (void)m_ledger->putBack(
                    job.deliveryId); // if this fails the row stays 'sending' and is re-sent on resume
                {
                    QMutexLocker lock(&m_run->countsLock);
                    --m_run->counts.sending;
                    ++m_run->counts.queued;
                }
                job.deferred = false;
                m_run->queue.putBack(job);
                emit fatal(
                    tr("The mail server %1 cannot be reached: %2").arg(m_run->relay.displayName(), result.reply));
                break;
            }
        } else {
            m_run->connectionFailuresInARow = 0;
        }
        if (!m_run->retry.mayRetry(attempts)) {
            record(job,
                   DeliveryLedger::Outcome::Failed,
                   result.code,
                   tr("Gave up after %n attempts; last reply: %1", nullptr, attempts).arg(result.reply));
            m_run->queue.finished(job);
            break;
        }
        const milliseconds delay = m_run->retry.delayAfter(attempts, QRandomGenerator::global()->generateDouble());
        const qint64 dueAt = Timestamp::nowSeconds() + duration_cast<seconds>(delay).count() + 1;
        record(job, DeliveryLedger::Outcome::Deferred, result.code, result.reply, dueAt);
        job.attempts = attempts;
        job.deferred = true;
        m_run->queue.retryLater(std::move(job), delay);
        break;
    }
    case Outcome::ConfigurationError:
        (void)m_ledger->putBack(job.deliveryId); // if this fails the row stays 'sending' and is re-sent on resume
        {
            QMutexLocker lock(&m_run->countsLock);
            --m_run->counts.sending;
            ++m_run->counts.queued;
        }
        job.deferred = false;
        m_run->queue.putBack(job);
        emit fatal(result.reply);
        break;
    }
    pump();
}

void DeliveryWorker::putBack(std::optional<Prepared>& prepared)
{
    if (prepared) {
        m_run->queue.putBack(std::move(prepared->job));
        prepared.reset();
    }
}

void DeliveryWorker::finish()
{
    if (m_closing) {
        return;
    }
    m_closing = true;
    m_waitTimer->stop();
    if (m_ledger) {
        (void)m_ledger->flush(); // a failure leaves the row 'sending': re-sent on resume, never lost
    }
    putBack(m_next);
    if (m_transport) {
        m_transport->close();
    } else {
        emitDone();
    }
}

void DeliveryWorker::emitDone()
{
    if (!m_doneEmitted) {
        m_doneEmitted = true;
        emit done();
    }
}
