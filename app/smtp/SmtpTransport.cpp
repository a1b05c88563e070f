// SmtpTransport: the per-message SMTP transaction on top of SmtpConnection, and the mapping of replies to outcomes.
#include "smtp/SmtpTransport.h"

#include <cstring>

#include <QPointer>

namespace {
bool hasHighBit(const QByteArray& bytes)
{
    // Eight bytes at a time: this runs once per message on the hot path.
    const char* data = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        if (word & 0x8080808080808080ULL) {
            return true;
        }
    }
    for (; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) & 0x80) {
            return true;
        }
    }
    return false;
}

// An envelope address goes into a command line verbatim: nothing that could end or split the command.
bool isSafeAddress(const QByteArray& address)
{
    for (const char c : address) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x21 || byte == 0x7f || c == '<' || c == '>') {
            return false;
        }
    }
    return true;
}
} // namespace

SmtpTransport::SmtpTransport(const RelayConfig& config, QObject* parent)
    : MailTransport(parent)
    , m_config(config)
    , m_connection(config)
{
    connect(&m_connection, &SmtpConnection::ready, this, &SmtpTransport::onReady);
    connect(&m_connection, &SmtpConnection::replyReceived, this, &SmtpTransport::onReply);
    connect(&m_connection, &SmtpConnection::failed, this, &SmtpTransport::onFailed);
    connect(&m_connection, &SmtpConnection::closed, this, &SmtpTransport::onClosed);
}

SmtpTransport::~SmtpTransport() = default;

QString SmtpTransport::where() const
{
    return m_config.host + QLatin1Char(':') + QString::number(m_config.port);
}

void SmtpTransport::submit(quint64 tag, const Envelope& envelope, const QByteArray& message)
{
    m_queue.enqueue(Submission {tag, envelope, message});
    scheduleNext();
}

void SmtpTransport::close()
{
    m_closeRequested = true;
    scheduleNext();
}

void SmtpTransport::scheduleNext()
{
    // Queued, so that `finished` never comes from inside submit() and a run of local refusals cannot recurse.
    if (m_busy || m_scheduled || m_quitting) {
        return;
    }
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &SmtpTransport::startNext, Qt::QueuedConnection);
}

void SmtpTransport::startNext()
{
    m_scheduled = false;
    if (m_busy || m_quitting) {
        return;
    }
    if (m_queue.isEmpty()) {
        if (m_closeRequested) {
            m_quitting = true;
            m_connection.quit();
        }
        return;
    }
    m_current = m_queue.dequeue();
    m_busy = true;
    m_retried = false;
    if (!m_connection.isReady()) {
        m_reused = false;
        m_needRset = false;
        m_connection.open();
        return;
    }
    m_reused = true;
    beginTransaction();
}

void SmtpTransport::onReady()
{
    if (m_busy) {
        beginTransaction();
    }
}

QByteArray SmtpTransport::mailFromCommand(bool eightBit, bool utf8) const
{
    QByteArray command = "MAIL FROM:<" + m_current.envelope.mailFrom + '>';
    if (m_connection.hasExtension("SIZE")) {
        command += " SIZE=" + QByteArray::number(m_current.message.size());
    }
    if (eightBit) {
        command += " BODY=8BITMIME";
    }
    if (utf8) {
        command += " SMTPUTF8";
    }
    return command + "\r\n";
}

void SmtpTransport::beginTransaction()
{
    using Outcome = TransportResult::Outcome;
    using Stage = SmtpConnection::Stage;
    const Envelope& envelope = m_current.envelope;
    if (!isSafeAddress(envelope.mailFrom) || envelope.recipient.isEmpty() || !isSafeAddress(envelope.recipient)) {
        finishCurrent(Outcome::Rejected,
                      0,
                      tr("The envelope address \"%1\" or \"%2\" is not valid; check the bounce address and the "
                         "recipient.")
                          .arg(QString::fromUtf8(envelope.mailFrom), QString::fromUtf8(envelope.recipient)));
        return;
    }
    const bool utf8 = hasHighBit(envelope.mailFrom) || hasHighBit(envelope.recipient);
    if (utf8 && !m_connection.hasExtension("SMTPUTF8")) {
        finishCurrent(
            Outcome::Rejected,
            0,
            tr("%1 does not offer SMTPUTF8, so it cannot take the non-ASCII address \"%2\"; use an ASCII "
               "address or a relay with SMTPUTF8.")
                .arg(where(),
                     QString::fromUtf8(hasHighBit(envelope.recipient) ? envelope.recipient : envelope.mailFrom)));
        return;
    }
    const qint64 limit = m_connection.sizeLimit();
    if (limit > 0 && m_current.message.size() > limit) {
        finishCurrent(Outcome::Rejected,
                      0,
                      tr("The message is %1 bytes but %2 takes at most %3; make it smaller (images, attachments).")
                          .arg(m_current.message.size())
                          .arg(where())
                          .arg(limit));
        return;
    }
    const bool eightBit = m_connection.hasExtension("8BITMIME") && hasHighBit(m_current.message);

    m_failed = false;
    m_anyReply = false;
    m_pipelined = m_connection.hasExtension("PIPELINING");
    m_eightBit = eightBit;
    m_utf8 = utf8;
    if (m_pipelined) {
        // RFC 2920: the whole group in one write; the body waits for DATA's 354.
        QByteArray group;
        group.reserve(128 + envelope.mailFrom.size() + envelope.recipient.size());
        if (m_needRset) {
            group += "RSET\r\n";
        }
        group += mailFromCommand(eightBit, utf8);
        group += "RCPT TO:<" + envelope.recipient + ">\r\nDATA\r\n";
        if (m_needRset) {
            m_connection.send(group, {Stage::Rset, Stage::MailFrom, Stage::RcptTo, Stage::Data});
        } else {
            m_connection.send(group, {Stage::MailFrom, Stage::RcptTo, Stage::Data});
        }
        return;
    }
    if (m_needRset) {
        m_connection.send(QByteArrayLiteral("RSET\r\n"), {Stage::Rset});
    } else {
        m_connection.send(mailFromCommand(eightBit, utf8), {Stage::MailFrom});
    }
}

void SmtpTransport::onReply(SmtpConnection::Stage stage, const SmtpReply& reply)
{
    using Outcome = TransportResult::Outcome;
    using Stage = SmtpConnection::Stage;
    if (!m_busy) {
        return;
    }
    m_anyReply = true;
    if (reply.code == 421) {
        // The server is closing: whatever was in progress did not happen. The next submit reconnects.
        m_connection.abort();
        finishCurrent(Outcome::Deferred, reply.code, reply.toString());
        return;
    }
    const bool positive = reply.code >= 200 && reply.code < 300;
    switch (stage) {
    case Stage::Rset:
        if (!positive) {
            // A server that cannot reset is not worth keeping: start over on a fresh connection.
            m_connection.abort();
            m_reused = false;
            m_needRset = false;
            m_connection.open();
            return;
        }
        m_needRset = false;
        if (!m_pipelined) {
            m_connection.send(mailFromCommand(m_eightBit, m_utf8), {Stage::MailFrom});
        }
        return;
    case Stage::MailFrom:
    case Stage::RcptTo:
        if (!positive) {
            recordFailure(stage, reply);
        } else if (!m_pipelined && stage == Stage::MailFrom) {
            m_connection.send("RCPT TO:<" + m_current.envelope.recipient + ">\r\n", {Stage::RcptTo});
            return;
        } else if (!m_pipelined) {
            m_connection.send(QByteArrayLiteral("DATA\r\n"), {Stage::Data});
            return;
        }
        if (m_failed && !m_pipelined) {
            finishCurrent(m_failure.outcome, m_failure.code, m_failure.reply);
        }
        return;
    case Stage::Data:
        if (reply.code == 354 && m_failed) {
            // Only a broken server says 354 after refusing the recipient; an empty body must not go out.
            m_connection.abort();
            finishCurrent(m_failure.outcome, m_failure.code, m_failure.reply);
            return;
        }
        if (reply.code == 354) {
            m_connection.sendMessage(m_current.message);
            return;
        }
        recordFailure(stage, reply);
        finishCurrent(m_failure.outcome, m_failure.code, m_failure.reply);
        return;
    case Stage::EndOfData:
        if (positive) {
            finishCurrent(Outcome::Accepted, reply.code, reply.toString());
        } else {
            // The transaction is over either way (RFC 5321 4.1.1.4): no RSET needed.
            finishCurrent(reply.code >= 500 ? Outcome::Rejected : Outcome::Deferred, reply.code, reply.toString());
        }
        return;
    default:
        m_connection.abort();
        finishCurrent(Outcome::ConnectionLost,
                      reply.code,
                      tr("%1 answered out of turn (%2); it will be retried.").arg(where(), reply.toString()));
        return;
    }
}

void SmtpTransport::recordFailure(SmtpConnection::Stage stage, const SmtpReply& reply)
{
    using Outcome = TransportResult::Outcome;
    m_needRset = true;
    if (m_failed) {
        return; // the first refusal decides; later ones in the pipelined group follow from it (503, 554)
    }
    m_failed = true;
    m_failure.code = reply.code;
    m_failure.reply = reply.toString();
    if (stage == SmtpConnection::Stage::MailFrom && reply.code == 530) {
        // "Must issue STARTTLS first" / "Authentication required": no message can pass until the settings change.
        m_failure.outcome = Outcome::ConfigurationError;
        m_failure.reply = tr("%1 requires encryption or a login before it takes mail (%2); use STARTTLS and a user "
                             "name in the relay settings.")
                              .arg(where(), reply.toString());
    } else if (reply.code >= 400 && reply.code < 500) {
        m_failure.outcome = Outcome::Deferred;
    } else {
        m_failure.outcome = Outcome::Rejected;
    }
}

void SmtpTransport::onFailed(const TransportResult& result)
{
    if (m_quitting) {
        onClosed();
        return;
    }
    if (!m_busy) {
        return;
    }
    if (m_reused && !m_anyReply && !m_retried && result.outcome == TransportResult::Outcome::ConnectionLost) {
        // The server closed the idle connection just as we reused it: nothing of this message was taken. Once.
        m_retried = true;
        m_reused = false;
        m_needRset = false;
        m_connection.open();
        return;
    }
    finishCurrent(result.outcome, result.code, result.reply);
}

void SmtpTransport::onClosed()
{
    if (m_quitting) {
        m_quitting = false;
        m_closeRequested = false;
        QPointer<SmtpTransport> self(this);
        emit closed();
        if (self) {
            scheduleNext();
        }
        return;
    }
    if (m_busy) {
        finishCurrent(TransportResult::Outcome::ConnectionLost,
                      0,
                      tr("%1 closed the connection in the middle of a message; it will be retried.").arg(where()));
    }
    // Idle: the next submit reconnects.
}

void SmtpTransport::finishCurrent(TransportResult::Outcome outcome, int code, const QString& text)
{
    const quint64 tag = m_current.tag;
    m_current = Submission {}; // the message bytes are not needed any more
    m_busy = false;
    TransportResult result;
    result.outcome = outcome;
    result.code = code;
    result.reply = text;
    QPointer<SmtpTransport> self(this);
    emit finished(tag, result);
    if (self) {
        scheduleNext();
    }
}
