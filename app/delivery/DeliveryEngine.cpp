// DeliveryEngine: one campaign run, from checks to the final state.
#include "delivery/DeliveryEngine.h"

#include <algorithm>

#include <QScopeGuard>
#include <QThread>

#include "campaigns/CampaignStore.h"
#include "contacts/ContactRepository.h"
#include "delivery/DeliveryRun.h"
#include "delivery/DeliveryWorker.h"
#include "senders/PasswordVault.h"
#include "senders/RelayStore.h"
#include "web/InstallationSecret.h"

namespace {
constexpr int maxConnections = 32;
}

DeliveryEngine::DeliveryEngine(Database database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { emit progress(counts(), rate()); });
    // The heartbeat that tells other processes (on other hosts) this campaign's sender is alive.
    m_heartbeat.setInterval(10000);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_run) {
            CampaignStore(m_database).touchRunner(m_run->campaign.id);
        }
    });
}

DeliveryEngine::~DeliveryEngine()
{
    // Workers hold the run; make sure no thread outlives the engine.
    if (m_run) {
        m_run->queue.stop();
    }
    for (QThread* thread : std::as_const(m_threads)) {
        thread->quit();
        thread->wait();
        delete thread;
    }
}

Status DeliveryEngine::start(qint64 campaignId, const Options& options)
{
    if (m_running) {
        return Status::failure(tr("A campaign is already being sent."));
    }
    CampaignStore store(m_database);
    auto campaign = store.find(campaignId);
    if (!campaign) {
        return Status::failure(tr("There is no campaign %1.").arg(campaignId));
    }
    if (campaign->state == CampaignState::Done || campaign->state == CampaignState::Cancelled) {
        return Status::failure(tr("Campaign %1 is %2: there is nothing left to send.")
                                   .arg(campaignId)
                                   .arg(CampaignStateText::displayName(campaign->state)));
    }

    QStringList customKeys;
    for (const CustomField& field : ContactRepository(m_database).customFields()) {
        customKeys << field.key;
    }
    auto secret = InstallationSecret::load(m_database);
    if (!secret) {
        return Status::failure(secret.error());
    }
    auto composer = MessageComposer::create(*campaign, customKeys, *secret);
    if (!composer) {
        return Status::failure(composer.error());
    }
    auto relay = RelayConfig::fromUrl(campaign->transportUrl);
    if (!relay) {
        return Status::failure(relay.error());
    }
    RelayConfig config = std::move(relay).value();
    // A relay configured in Settings brings the certificates the user chose to trust.
    for (const Relay& stored : RelayStore(m_database).list()) {
        if (stored.url == campaign->transportUrl) {
            if (auto storedConfig = stored.config()) {
                config.extraCaCertificates = storedConfig->extraCaCertificates;
            }
        }
    }
    config.password = options.relayPassword;
    if (config.kind == RelayConfig::Kind::Smtp && !config.user.isEmpty() && config.password.isEmpty()) {
        // TAYORI_SMTP_PASSWORD, else the system keychain; never a file or the database.
        auto password = PasswordVault::passwordFor(config);
        if (!password || password->isEmpty()) {
            return Status::failure(
                tr("No password for %1 on %2: store it in Settings (system keychain) or set "
                   "TAYORI_SMTP_PASSWORD. %3")
                    .arg(config.user, config.displayName(), password ? QString() : password.error()));
        }
        config.password = *password;
    }
    config.connections = std::clamp(campaign->connections, 1, maxConnections);
    config.maxRate = campaign->rate;

    // Before touching its rows: another live process may be sending this campaign right now.
    Status claimed = store.claimRunner(campaignId);
    if (!claimed) {
        return claimed;
    }
    auto releaseOnError = qScopeGuard([&] { store.releaseRunner(campaignId); });
    auto requeued = store.requeueInFlight(campaignId);
    if (!requeued) {
        return Status::failure(requeued.error());
    }
    const QStringList warnings = composer->warnings();
    auto run = std::make_shared<DeliveryRun>(
        m_database, *campaign, std::move(composer).value(), config, options.retry, options.maxWait);
    Status queueStarted = run->queue.start();
    if (!queueStarted) {
        return queueStarted;
    }
    // The send window: outside it nothing starts; inside it the queue stops taking recipients at its close.
    bool outsideWindow = false;
    if (campaign->sendWindow.isSet()) {
        const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
        const QDateTime closes = campaign->sendWindow.closing(nowUtc, options.timeZone);
        if (!closes.isValid()) {
            outsideWindow = true;
        } else {
            run->queue.setClosesAt(DeliveryQueue::Clock::now() + std::chrono::milliseconds(nowUtc.msecsTo(closes)));
        }
    }
    if (!outsideWindow) {
        Status started = store.markStarted(campaignId);
        if (!started) {
            return started;
        }
    }
    releaseOnError.dismiss();

    m_warnings = warnings;
    m_run = std::move(run);
    m_run->counts = store.counts(campaignId);
    m_sentAtStart = m_run->counts.sent;
    m_error.clear();
    m_stopRequested = false;
    m_timeZone = options.timeZone;
    m_running = true;
    m_clock.start();
    if (outsideWindow) {
        // Reported from the event loop, as every run's end is: the caller connects to finished() after start().
        QMetaObject::invokeMethod(this, &DeliveryEngine::finishRun, Qt::QueuedConnection);
        return success();
    }

    for (int i = 0; i < config.connections; ++i) {
        auto* thread = new QThread;
        thread->setObjectName(QStringLiteral("delivery-%1").arg(i));
        auto* worker = new DeliveryWorker(m_run);
        worker->moveToThread(thread);
        connect(thread, &QThread::started, worker, &DeliveryWorker::start);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &DeliveryWorker::fatal, this, &DeliveryEngine::onFatal);
        connect(worker, &DeliveryWorker::done, this, &DeliveryEngine::onWorkerDone);
        // Direct: QThread::quit is thread-safe, and a queued call would wait for this (possibly blocked) thread.
        connect(worker, &DeliveryWorker::done, thread, &QThread::quit, Qt::DirectConnection);
        m_threads << thread;
        ++m_workersRunning;
        thread->start();
    }
    m_progressTimer.start(int(options.progressInterval.count()));
    m_heartbeat.start();
    return success();
}

void DeliveryEngine::stopWorkers()
{
    if (!m_run) {
        return;
    }
    // Each worker notices at its next step (at most a second away): it finishes the message in flight, puts its
    // prepared one back and closes its connection.
    m_run->queue.stop();
}

void DeliveryEngine::pause()
{
    if (!m_running || m_stopRequested) {
        return;
    }
    m_stopRequested = true;
    m_stopAs = CampaignState::Paused;
    stopWorkers();
}

void DeliveryEngine::cancel()
{
    if (!m_running) {
        return;
    }
    m_stopRequested = true;
    m_stopAs = CampaignState::Cancelled;
    stopWorkers();
}

void DeliveryEngine::onFatal(const QString& error)
{
    if (m_error.isEmpty()) {
        m_error = error;
    }
    stopWorkers();
}

DeliveryCounts DeliveryEngine::counts() const
{
    if (!m_run) {
        return {};
    }
    QMutexLocker lock(&m_run->countsLock);
    return m_run->counts;
}

double DeliveryEngine::rate() const
{
    const double seconds = double(m_clock.elapsed()) / 1000.0;
    return seconds > 0 ? double(counts().sent - m_sentAtStart) / seconds : 0.0;
}

void DeliveryEngine::onWorkerDone()
{
    if (--m_workersRunning > 0) {
        return;
    }
    m_progressTimer.stop();
    m_heartbeat.stop();
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    finishRun();
}

void DeliveryEngine::finishRun()
{
    const qint64 campaignId = m_run->campaign.id;
    CampaignStore store(m_database);
    const DeliveryCounts stored = store.counts(campaignId);
    CampaignState state = CampaignState::Done;
    if (!m_error.isEmpty()) {
        state = CampaignState::Paused;
    } else if (m_stopRequested) {
        state = m_stopAs;
    } else if (stored.pending() > 0) {
        state = CampaignState::Waiting;
    }
    store.releaseRunner(campaignId);
    if (state == CampaignState::Done || state == CampaignState::Cancelled) {
        (void)store.markFinished(campaignId, state);
    } else {
        (void)store.setState(campaignId, state, m_error);
    }
    if (state == CampaignState::Waiting) {
        // When to carry on: the window's next opening, or the first deferred retry (inside the window).
        const SendWindow& window = m_run->campaign.sendWindow;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QDateTime resumeAt = stored.queued + stored.sending > 0 ? now : store.firstRetryAt(campaignId);
        if (!resumeAt.isValid() || resumeAt < now) {
            resumeAt = now;
        }
        if (window.isSet()) {
            resumeAt = window.nextOpening(resumeAt, m_timeZone);
        }
        (void)store.setResumeAt(campaignId, resumeAt);
    }
    {
        QMutexLocker lock(&m_run->countsLock);
        m_run->counts = stored;
    }
    m_running = false;
    emit progress(stored, rate());
    emit finished(state, m_error);
}
