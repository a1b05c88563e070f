// DeliveryWorker: one connection's worth of sending, on its own thread — takes a recipient, composes and signs the
// message, commits 'sending', hands it to its transport, and while the server answers composes the next one.
#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QTimer>

#include "delivery/DeliveryJob.h"
#include "delivery/DeliveryLedger.h"
#include "delivery/MessageComposer.h"
#include "smtp/MailTransport.h"

struct DeliveryRun;

class DeliveryWorker : public QObject
{
    Q_OBJECT

public:
    explicit DeliveryWorker(std::shared_ptr<DeliveryRun> run);
    ~DeliveryWorker() override;

public slots:
    void start();
    // Finish the message in flight, put the next one back, close the connection, then `done`.
    void stop();

signals:
    // A configuration error (TLS refused, wrong password, unreachable relay): the run must stop.
    void fatal(const QString& error);
    void done();

private:
    struct Prepared
    {
        DeliveryJob job;
        MessageComposer::Composed composed;
    };
    void pump();
    void sendNext();
    // Takes and composes the next recipient into m_next; false when there is none now (m_waitTimer armed or
    // the queue finished).
    bool prepareNext();
    // False when the recipient was skipped instead (no longer mailable): nothing is in flight then.
    bool submit(Prepared prepared);
    void onTransportFinished(quint64 tag, const TransportResult& result);
    void record(const DeliveryJob& job,
                DeliveryLedger::Outcome outcome,
                int code,
                const QString& reply,
                qint64 nextAttemptAt = 0);
    void putBack(std::optional<Prepared>& prepared);
    void finish();
    void emitDone();
    void countMove(bool fromDeferred, DeliveryLedger::Outcome to);

    std::shared_ptr<DeliveryRun> m_run;
    std::unique_ptr<DeliveryLedger> m_ledger;
    std::unique_ptr<MailTransport> m_transport;
    std::optional<Prepared> m_inFlight;
    std::optional<Prepared> m_next;
    QTimer* m_waitTimer; // a child, so it moves to the worker's thread with it
    quint64 m_nextTag = 1;
    bool m_stopping = false;
    bool m_queueFinished = false;
    bool m_closing = false;
    bool m_doneEmitted = false;
};
