// DeliveryLedger: the durable record of each recipient's delivery — 'sending' committed before the SMTP transaction,
// the outcome and the server's reply committed after it — so a crash loses nothing and re-sends only what was in
// flight. One ledger per worker thread (its own connection); writers share one lock so SQLite never has to make a
// writer sleep on a busy database.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QMutex>
#include <QSqlQuery>
#include <QString>

#include "common/Result.h"
#include "storage/Database.h"

class DeliveryLedger
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryLedger)

public:
    enum class Outcome {
        Sent,
        Deferred, // retried at nextAttemptAt
        Failed,   // permanent, not the address's fault (message refused, too big, …)
        Bounced,  // permanent: the address does not exist; it is suppressed
        Skipped,  // not attempted: the contact may no longer be mailed
    };
    static QString stateKey(Outcome outcome);

    DeliveryLedger(Database database, QMutex* writeLock);

    // Commits 'sending' for this row — together with the outcome recorded just before, if any: one transaction
    // per message instead of two, and still both are on disk before the next SMTP transaction starts.
    // The contact is checked again in the same statement: one who unsubscribed, bounced or complained since the
    // campaign was made, or whose address was suppressed since, is not mailed — the row becomes 'skipped' with
    // the reason and this returns false.
    Result<bool> markSending(qint64 deliveryId);
    // The outcome, the SMTP reply, one line in delivery_log; a bounce also suppresses the address and marks the
    // contact bounced. All in one transaction.
    Status record(qint64 deliveryId,
                  qint64 contactId,
                  Outcome outcome,
                  int smtpCode,
                  const QString& reply,
                  qint64 nextAttemptAt = 0);
    // Not attempted after all (paused, configuration error): back to 'queued', the attempt not counted.
    Status putBack(qint64 deliveryId);
    // Commits a recorded outcome now (no next message is about to start).
    Status flush();

private:
    struct Outcome_
    {
        qint64 deliveryId = 0;
        qint64 contactId = 0;
        Outcome outcome = Outcome::Sent;
        int smtpCode = 0;
        QString reply;
        qint64 nextAttemptAt = 0;
    };
    Status exec(QSqlQuery& query);
    Status writeOutcome(const Outcome_& pending);
    // Runs `work` in one transaction with the pending outcome written first.
    template <typename Work>
    Status commit(Work work);
    std::optional<Outcome_> m_pending;
    Database m_database;
    QMutex* m_writeLock;
    QSqlQuery m_markSending;
    QSqlQuery m_skip;
    QSqlQuery m_update;
    QSqlQuery m_log;
    QSqlQuery m_suppress;
    QSqlQuery m_bounceContact;
    QSqlQuery m_putBack;
};
