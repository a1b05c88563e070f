// Scheduler: finds due campaigns, retries and step mail, and runs each through its own DeliveryEngine.
#include "automation/Scheduler.h"

#include <algorithm>
#include <mutex>
#include <utility>

#include <QScopeGuard>

#include "automation/SequenceRunner.h"
#include "campaigns/CampaignStore.h"
#include "contacts/ContactFilter.h"
#include "contacts/ContactRepository.h"

namespace {
// The runner claim in the database names a process (host and pid), so two Schedulers of one process would both
// pass it: campaigns any Scheduler of this process is sending are also noted here, per database file.
std::mutex runningHereLock;
std::set<std::pair<QString, qint64>>& runningHere()
{
    static std::set<std::pair<QString, qint64>> running;
    return running;
}

bool markRunningHere(const QString& database, qint64 campaignId)
{
    const std::lock_guard lock(runningHereLock);
    return runningHere().insert({database, campaignId}).second;
}

void unmarkRunningHere(const QString& database, qint64 campaignId)
{
    const std::lock_guard lock(runningHereLock);
    runningHere().erase({database, campaignId});
}

// The earlier of two times, either possibly invalid.
QDateTime earliest(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid()) {
        return b;
    }
    if (!b.isValid()) {
        return a;
    }
    return std::min(a, b);
}
} // namespace

Scheduler::Scheduler(Database database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { runDueOnce(); });
    m_nextDueTimer.setSingleShot(true);
    connect(&m_nextDueTimer, &QTimer::timeout, this, [this] { runDueOnce(); });
}

Scheduler::~Scheduler()
{
    // Engines still sending stop with their messages in flight; the campaign stays 'sending' (interrupted), which
    // resume or the next run continues.
    for (auto& [id, engine] : m_engines) {
        engine.reset();
        CampaignStore(m_database).releaseRunner(id);
        unmarkRunningHere(m_database.path(), id);
    }
}

void Scheduler::setEngineOptions(const DeliveryEngine::Options& options)
{
    m_options = options;
}

QList<qint64> Scheduler::missedCampaigns(std::chrono::seconds grace) const
{
    return CampaignStore(m_database).due(m_clock.nowUtc().addSecs(-grace.count() - 1));
}

void Scheduler::holdMissed(std::optional<std::chrono::seconds> grace)
{
    m_holdMissed = grace;
}

void Scheduler::start(std::chrono::milliseconds interval)
{
    m_timer.start(int(interval.count()));
    runDueOnce();
}

void Scheduler::stop()
{
    m_timer.stop();
    m_nextDueTimer.stop();
}

int Scheduler::runDueOnce()
{
    CampaignStore store(m_database);
    const QDateTime now = m_clock.nowUtc();
    int started = 0;
    QList<qint64> newlyMissed;
    for (qint64 id : store.due(now)) {
        if (m_holdMissed) {
            const auto campaign = store.find(id);
            if (campaign && campaign->scheduledAt.secsTo(now) > m_holdMissed->count()) {
                if (m_missedReported.insert(id).second) {
                    newlyMissed << id;
                }
                continue;
            }
        }
        started += startDue(id, {CampaignState::Scheduled});
    }
    // Campaigns left waiting for deferred recipients or for their send window to open, whose time has come.
    for (qint64 id : store.waitingDue(now)) {
        if (m_engines.count(id) == 0) {
            started += startDue(id, {CampaignState::Waiting});
        }
    }
    // Step mail: due steps are queued (once per contact, however many runners do this) into step campaigns.
    const auto steps = SequenceRunner(m_database, m_clock).enqueueDue();
    if (!steps) {
        emit runFailed(0, steps.error());
    } else {
        for (qint64 id : *steps) {
            if (m_engines.count(id) == 0) {
                started += startDue(id, {CampaignState::Paused, CampaignState::Waiting, CampaignState::Sending});
            }
        }
    }
    planNextCheck();
    if (!newlyMissed.isEmpty()) {
        emit missed(newlyMissed);
    }
    if (m_engines.empty()) {
        emit idle();
    }
    return started;
}

bool Scheduler::isIdle() const
{
    return m_engines.empty();
}

QList<qint64> Scheduler::running() const
{
    QList<qint64> ids;
    for (const auto& [id, engine] : m_engines) {
        ids << id;
    }
    return ids;
}

Status Scheduler::sendNow(qint64 campaignId)
{
    const StartResult result = startCampaign(campaignId, {CampaignState::Draft, CampaignState::Scheduled});
    if (result.outcome == StartOutcome::Started) {
        m_missedReported.erase(campaignId);
        return success();
    }
    if (result.error.isEmpty()) {
        const auto campaign = CampaignStore(m_database).find(campaignId);
        return Status::failure(campaign ? tr("Campaign %1 is %2: only a draft or a scheduled campaign can be sent now.")
                                              .arg(campaignId)
                                              .arg(CampaignStateText::displayName(campaign->state))
                                        : tr("There is no campaign %1.").arg(campaignId));
    }
    return Status::failure(result.error);
}

Status Scheduler::resume(qint64 campaignId)
{
    const StartResult result
        = startCampaign(campaignId, {CampaignState::Paused, CampaignState::Waiting, CampaignState::Sending});
    if (result.outcome == StartOutcome::Started) {
        return success();
    }
    if (result.error.isEmpty()) {
        const auto campaign = CampaignStore(m_database).find(campaignId);
        return Status::failure(
            campaign ? tr("Campaign %1 is %2: only a paused, waiting or interrupted campaign can be resumed.")
                           .arg(campaignId)
                           .arg(CampaignStateText::displayName(campaign->state))
                     : tr("There is no campaign %1.").arg(campaignId));
    }
    return Status::failure(result.error);
}

void Scheduler::pause(qint64 campaignId)
{
    const auto engine = m_engines.find(campaignId);
    if (engine != m_engines.end()) {
        engine->second->pause();
        return;
    }
    // Not sending here: a waiting campaign is kept from being retried; one another process sends is theirs.
    CampaignStore store(m_database);
    const auto campaign = store.find(campaignId);
    if (campaign && campaign->state == CampaignState::Waiting && store.claimRunner(campaignId)) {
        (void)store.setState(campaignId, CampaignState::Paused);
        store.releaseRunner(campaignId);
    }
}

void Scheduler::cancel(qint64 campaignId)
{
    const auto engine = m_engines.find(campaignId);
    if (engine != m_engines.end()) {
        engine->second->cancel();
        return;
    }
    CampaignStore store(m_database);
    const auto campaign = store.find(campaignId);
    if (campaign && (campaign->state == CampaignState::Scheduled || CampaignStateText::isResumable(campaign->state))
        && store.claimRunner(campaignId)) {
        (void)store.markFinished(campaignId, CampaignState::Cancelled);
        store.releaseRunner(campaignId);
        emit campaignFinished(campaignId, CampaignState::Cancelled, QString());
    }
}

bool Scheduler::isSending(qint64 campaignId) const
{
    return m_engines.count(campaignId) != 0;
}

DeliveryCounts Scheduler::counts(qint64 campaignId) const
{
    const auto engine = m_engines.find(campaignId);
    return engine != m_engines.end() ? engine->second->counts() : CampaignStore(m_database).counts(campaignId);
}

double Scheduler::rate(qint64 campaignId) const
{
    const auto engine = m_engines.find(campaignId);
    return engine != m_engines.end() ? engine->second->rate() : 0.0;
}

Scheduler::StartResult Scheduler::startCampaign(qint64 campaignId, const QList<CampaignState>& expected)
{
    if (m_engines.count(campaignId) != 0 || !markRunningHere(m_database.path(), campaignId)) {
        return {StartOutcome::Skipped, tr("Campaign %1 is already being sent.").arg(campaignId)};
    }
    CampaignStore store(m_database);
    // The claim comes first: whoever holds it alone resolves the audience and sends, so two runners never both
    // write a draft's recipients or send a recipient twice.
    const Status claimed = store.claimRunner(campaignId);
    if (!claimed) {
        unmarkRunningHere(m_database.path(), campaignId);
        return {StartOutcome::Skipped, claimed.error()};
    }
    auto release = qScopeGuard([&] {
        store.releaseRunner(campaignId);
        unmarkRunningHere(m_database.path(), campaignId);
    });
    const auto campaign = store.find(campaignId);
    if (!campaign) {
        return {StartOutcome::Failed, tr("There is no campaign %1.").arg(campaignId)};
    }
    if (!expected.contains(campaign->state)) {
        // Sent, cancelled or rescheduled by someone else since it was listed.
        return {StartOutcome::Skipped, QString()};
    }
    // A draft (or scheduled draft) keeps only its audience until now. Step-mail queues get their rows from
    // SequenceRunner, never from an audience.
    const bool unresolved = campaign->kind == QLatin1String("campaign")
                            && (campaign->state == CampaignState::Draft || campaign->state == CampaignState::Scheduled);
    if (unresolved && store.counts(campaignId).total() == 0) {
        const Status resolved = resolveAudience(*campaign);
        if (!resolved) {
            return {StartOutcome::Failed, resolved.error()};
        }
    }
    auto engine = std::make_unique<DeliveryEngine>(m_database);
    const Status started = engine->start(campaignId, m_options);
    if (!started) {
        return {StartOutcome::Failed, started.error()};
    }
    // The engine holds the claim now and gives it back when it finishes.
    release.dismiss();
    connect(engine.get(), &DeliveryEngine::progress, this, [this, campaignId](const DeliveryCounts& c, double r) {
        emit campaignProgress(campaignId, c, r);
    });
    connect(
        engine.get(), &DeliveryEngine::finished, this, [this, campaignId](CampaignState state, const QString& error) {
            onEngineFinished(campaignId, state, error);
        });
    m_engines[campaignId] = std::move(engine);
    emit campaignStarted(campaignId);
    return {StartOutcome::Started, QString()};
}

int Scheduler::startDue(qint64 campaignId, const QList<CampaignState>& expected)
{
    const StartResult result = startCampaign(campaignId, expected);
    if (result.outcome == StartOutcome::Failed) {
        // Paused with the reason, so it is not tried again every pass: the user fixes it and resumes.
        (void)CampaignStore(m_database).setState(campaignId, CampaignState::Paused, result.error);
        emit runFailed(campaignId, result.error);
    }
    return result.outcome == StartOutcome::Started ? 1 : 0;
}

Status Scheduler::resolveAudience(const Campaign& campaign)
{
    ContactFilter filter;
    filter.segment = campaign.audience;
    ContactRepository contacts(m_database);
    const Status valid = contacts.checkFilter(filter);
    if (!valid) {
        return Status::failure(tr("The audience of campaign “%1” cannot be used: %2 Edit the campaign's audience.")
                                   .arg(campaign.name, valid.error()));
    }
    const QList<qint64> ids = contacts.ids(filter, ContactSort::Created, Qt::AscendingOrder);
    if (ids.isEmpty()) {
        return Status::failure(tr("No contact matches the audience of campaign “%1” (%2): nothing was sent. Edit "
                                  "the audience, then send it again.")
                                   .arg(campaign.name, campaign.audience));
    }
    return CampaignStore(m_database).resolveAudience(campaign.id, ids);
}

void Scheduler::onEngineFinished(qint64 campaignId, CampaignState state, const QString& error)
{
    const auto found = m_engines.find(campaignId);
    if (found != m_engines.end()) {
        // Not deleted here: this runs inside the engine's own signal.
        found->second.release()->deleteLater();
        m_engines.erase(found);
    }
    unmarkRunningHere(m_database.path(), campaignId);
    emit campaignFinished(campaignId, state, error);
    if (state == CampaignState::Waiting) {
        planNextCheck(); // its retry or window opening is the next thing due, perhaps
    }
    if (m_engines.empty()) {
        emit idle();
    }
}

void Scheduler::planNextCheck()
{
    CampaignStore store(m_database);
    const QDateTime now = m_clock.nowUtc();
    QDateTime next;
    // The first schedule still ahead (due() lists every scheduled campaign in schedule order up to the given time).
    for (qint64 id : store.due(now.addYears(100))) {
        const auto campaign = store.find(id);
        if (campaign && campaign->scheduledAt > now) {
            next = campaign->scheduledAt;
            break;
        }
    }
    // A waiting campaign's resumeAt: its first retry or its send window's next opening (the engine stores it).
    for (qint64 id : store.resumable()) {
        const auto campaign = store.find(id);
        if (campaign && campaign->state == CampaignState::Waiting && m_engines.count(id) == 0
            && campaign->resumeAt > now) {
            next = earliest(next, campaign->resumeAt);
        }
    }
    const QDateTime step = SequenceRunner(m_database, m_clock).nextDue();
    if (step.isValid() && step > now) {
        next = earliest(next, step);
    }
    m_nextDue = next;
    if (!m_timer.isActive()) {
        return;
    }
    if (!next.isValid()) {
        m_nextDueTimer.stop();
        return;
    }
    // At most one interval ahead: the regular check comes anyway, and a far timer would drift over a sleep.
    const qint64 wait = std::clamp<qint64>(now.msecsTo(next), 0, m_timer.interval());
    m_nextDueTimer.start(int(wait));
}
