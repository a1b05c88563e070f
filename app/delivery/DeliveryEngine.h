// DeliveryEngine: runs one campaign's delivery — checks everything that can be checked before the first message,
// puts back what a crash left in flight, starts one worker thread per relay connection, reports progress, and
// pauses, cancels or finishes the campaign with its state stored. Lives on the caller's thread (the GUI's is fine:
// it only coordinates; composing, signing and sending happen on the workers).
#pragma once

#include <chrono>
#include <memory>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include "campaigns/Campaign.h"
#include "campaigns/DeliveryCounts.h"
#include "common/Result.h"
#include "delivery/RetryPolicy.h"
#include "storage/Database.h"

class QThread;
struct DeliveryRun;

class DeliveryEngine : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        RetryPolicy retry;
        // Deferred recipients due within this are retried in this run; later ones leave the campaign 'waiting'.
        std::chrono::milliseconds maxWait {std::chrono::minutes(15)};
        QString relayPassword; // from the keychain or TAYORI_SMTP_PASSWORD
        std::chrono::milliseconds progressInterval {250};
        // The zone the campaign's send window is in (the user's local time).
        QTimeZone timeZone = QTimeZone::systemTimeZone();
    };

    explicit DeliveryEngine(Database database, QObject* parent = nullptr);
    ~DeliveryEngine() override;

    // Prepares and starts sending campaign `id` (new, interrupted, paused or waiting). Everything checkable is
    // checked first — templates, charset, DKIM key and alignment, base URL, transport URL — and a failure is
    // returned with nothing sent and the campaign unchanged.
    // A campaign with a send window sends only inside it: started outside it, or when it closes, the run ends
    // (finished) with the campaign 'waiting' and its next opening stored (Campaign::resumeAt) — nothing new
    // starts after the close, the messages in flight finish.
    Status start(qint64 campaignId, const Options& options);
    bool isRunning() const { return m_running; }

    // Stop after the messages in flight; the campaign becomes 'paused' (pause) or 'cancelled' (cancel).
    void pause();
    void cancel();

    DeliveryCounts counts() const;
    QStringList warnings() const { return m_warnings; }
    // Messages per second since the start of this run.
    double rate() const;

signals:
    void progress(const DeliveryCounts& counts, double messagesPerSecond);
    // state: Done, Waiting (deferred recipients left for later), Paused (by request or after `error`), Cancelled.
    void finished(CampaignState state, const QString& error);

private:
    void onWorkerDone();
    // Stores the final state of the run and reports it (after the last worker, or at once when nothing started).
    void finishRun();
    void onFatal(const QString& error);
    void stopWorkers();

    Database m_database;
    std::shared_ptr<DeliveryRun> m_run;
    QList<QThread*> m_threads;
    int m_workersRunning = 0;
    bool m_running = false;
    CampaignState m_stopAs = CampaignState::Done;
    bool m_stopRequested = false;
    QTimeZone m_timeZone;
    QString m_error;
    QStringList m_warnings;
    QTimer m_progressTimer;
    QTimer m_heartbeat;
    QElapsedTimer m_clock;
    qint64 m_sentAtStart = 0;
};
