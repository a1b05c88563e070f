// MailTransport: hands one signed message to the next hop — an SMTP connection or the outbox folder. Like
// Trojitá's AbstractMSA, one interface with a real and a file implementation; the delivery engine sees only this.
#pragma once

#include <memory>

#include <QByteArray>
#include <QObject>
#include <QString>

#include "smtp/RelayConfig.h"

struct Envelope
{
    QByteArray mailFrom;  // the Return-Path (VERP bounce address), ASCII or UTF-8 (then SMTPUTF8 is required)
    QByteArray recipient; // one recipient per message: every message is personalised
};

struct TransportResult
{
    enum class Outcome {
        Accepted,          // 2xx after DATA (or the file was written)
        Deferred,          // 4xx: retry later
        Rejected,          // 5xx for this recipient or message: do not retry
        ConnectionLost,    // dropped, timed out, refused: retry later, nothing is known to have arrived
        ConfigurationError // TLS refused or unverifiable, authentication failed, outbox not writable: stop and
                           // tell the user; retrying cannot help until the settings change
    };
    Outcome outcome = Outcome::ConnectionLost;
    int code = 0;  // the SMTP reply code (0 when there was none)
    QString reply; // the server's reply text ("250 2.0.0 Ok: queued as 4F1…") or our own explanation
};

class MailTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~MailTransport() override = default;

    // Sends one message. Asynchronous: `finished` follows exactly once per call, in call order. Only one message
    // is in flight per transport (one connection); the transport connects (and reconnects after a loss) by itself
    // and keeps the connection open between messages (RSET reuse). Lives on one thread.
    virtual void submit(quint64 tag, const Envelope& envelope, const QByteArray& message) = 0;
    // Ends the session politely (QUIT) once nothing is in flight; `closed` follows.
    virtual void close() = 0;

    // SMTP or outbox, from the config. The transport is made on and must stay on the calling thread.
    static std::unique_ptr<MailTransport> create(const RelayConfig& config);

signals:
    void finished(quint64 tag, const TransportResult& result);
    void closed();
};
