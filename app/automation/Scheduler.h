// Scheduler: the due-job runner. Sends scheduled campaigns when their time comes and step mail when it is due,
// through one DeliveryEngine per campaign; used by the app while it is open and by `tayori-cli run-due`. The
// runner claim in the database (CampaignStore::claimRunner) keeps each campaign to one process, so the app and a
// cron job running at once never send a recipient twice. Lives on the caller's thread.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include "campaigns/Campaign.h"
#include "campaigns/DeliveryCounts.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "delivery/DeliveryEngine.h"
#include "storage/Database.h"

class Scheduler : public QObject
{
    Q_OBJECT

public:
    explicit Scheduler(Database database, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~Scheduler() override;

    void setEngineOptions(const DeliveryEngine::Options& options);

    // Scheduled campaigns whose time passed more than `grace` ago while nothing was running: the app asks about
    // these at launch before start() (which would otherwise send them).
    QList<qint64> missedCampaigns(std::chrono::seconds grace = std::chrono::minutes(5)) const;
    // Passes leave missed campaigns (due more than `grace` ago) alone and report them once through missed(),
    // until the caller decides: sendNow() sends one, CampaignStore::schedule/unschedule moves it. Off by
    // default (run-due sends whatever is due); the app turns it on, so a computer waking from sleep asks too.
    void holdMissed(std::optional<std::chrono::seconds> grace);

    // Checks for due work now and then every `interval` (and at the next known due time).
    void start(std::chrono::milliseconds interval = std::chrono::seconds(30));
    void stop();
    // One pass: starts every due campaign and queues and starts due step mail. Returns how many runs it started.
    int runDueOnce();
    // True while no campaign this scheduler started is still sending.
    bool isIdle() const;
    // The campaigns this scheduler is sending now.
    QList<qint64> running() const;
    // The earliest known time more work becomes due (a schedule, a retry or send-window opening, a step), as of
    // the last pass; invalid when nothing is pending. The timer wakes then.
    QDateTime nextDue() const { return m_nextDue; }

    // The campaign wizard's "Send now", the sending view's buttons.
    Status sendNow(qint64 campaignId);
    Status resume(qint64 campaignId); // paused, waiting, or reopened ("send to the rest", "retry failed")
    void pause(qint64 campaignId);
    void cancel(qint64 campaignId);
    bool isSending(qint64 campaignId) const;
    DeliveryCounts counts(qint64 campaignId) const; // live while sending, else from the database
    double rate(qint64 campaignId) const;           // messages per second of the current run; 0 when not sending

signals:
    void campaignStarted(qint64 campaignId);
    void campaignProgress(qint64 campaignId, const DeliveryCounts& counts, double messagesPerSecond);
    void campaignFinished(qint64 campaignId, CampaignState state, const QString& error);
    // A due campaign or step could not start (bad template, missing key …): stored as the campaign's last error.
    void runFailed(qint64 campaignId, const QString& error);
    // Due campaigns a pass left alone because their time passed long ago (holdMissed): ask the user.
    void missed(const QList<qint64>& campaignIds);
    void idle();

private:
    enum class StartOutcome { Started, Skipped, Failed };
    struct StartResult
    {
        StartOutcome outcome = StartOutcome::Skipped;
        QString error;
    };
    // Claims, resolves a draft's audience, starts an engine. `expected`: the states the campaign must still be
    // in once claimed (another runner may have sent it since it was listed).
    StartResult startCampaign(qint64 campaignId, const QList<CampaignState>& expected);
    // startCampaign for a pass: a failure pauses the campaign with the reason. Returns 1 when started.
    int startDue(qint64 campaignId, const QList<CampaignState>& expected);
    Status resolveAudience(const Campaign& campaign);
    void onEngineFinished(qint64 campaignId, CampaignState state, const QString& error);
    // Works out nextDue() and sets the single-shot timer to it.
    void planNextCheck();

    Database m_database;
    const Clock& m_clock;
    DeliveryEngine::Options m_options;
    std::map<qint64, std::unique_ptr<DeliveryEngine>> m_engines;
    QTimer m_timer;
    QTimer m_nextDueTimer;
    QDateTime m_nextDue;
    std::optional<std::chrono::seconds> m_holdMissed;
    std::set<qint64> m_missedReported;
};
