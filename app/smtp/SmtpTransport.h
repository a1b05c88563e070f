// SmtpTransport: MailTransport over one SMTP connection — a queue of submits, one transaction at a time, with
// PIPELINING, SIZE, 8BITMIME and SMTPUTF8 when offered, RSET only after a failed transaction, reconnect on demand.
#pragma once

#include <QQueue>

#include "smtp/MailTransport.h"
#include "smtp/SmtpConnection.h"

class SmtpTransport : public MailTransport
{
    Q_OBJECT

public:
    explicit SmtpTransport(const RelayConfig& config, QObject* parent = nullptr);
    ~SmtpTransport() override;

    void submit(quint64 tag, const Envelope& envelope, const QByteArray& message) override;
    void close() override;

private:
    struct Submission
    {
        quint64 tag = 0;
        Envelope envelope;
        QByteArray message;
    };

    void scheduleNext();
    void startNext();
    void beginTransaction();
    void onReady();
    void onReply(SmtpConnection::Stage stage, const SmtpReply& reply);
    void recordFailure(SmtpConnection::Stage stage, const SmtpReply& reply);
    void onFailed(const TransportResult& result);
    void onClosed();
    void finishCurrent(TransportResult::Outcome outcome, int code, const QString& text);
    QByteArray mailFromCommand(bool eightBit, bool utf8) const;
    QString where() const;

    RelayConfig m_config;
    SmtpConnection m_connection;
    QQueue<Submission> m_queue;
    Submission m_current;
    bool m_busy = false;      // m_current is in flight
    bool m_scheduled = false; // startNext() is queued
    bool m_needRset = false;  // the last transaction stopped part-way on this connection
    bool m_closeRequested = false;
    bool m_quitting = false;
    bool m_failed = false; // a reply in this transaction already decided the outcome
    TransportResult m_failure;
    bool m_pipelined = false;
    bool m_eightBit = false; // BODY=8BITMIME on this transaction's MAIL FROM
    bool m_utf8 = false;     // SMTPUTF8 on this transaction's MAIL FROM
    bool m_reused = false;   // this transaction runs on a connection an earlier one used
    bool m_anyReply = false; // the server has answered something in this transaction
    bool m_retried = false;  // this submission already reconnected once after a stale connection
};
