// SmtpConnection: the SMTP session setup state machine and the reply reader (RFC 5321, 3207, 4954, 2920).
#include "smtp/SmtpConnection.h"

#include <QHostInfo>
#include <QSslConfiguration>
#include <QSslSocket>

namespace {
// A reply longer than this without a line end is not SMTP; stops a broken peer from filling memory.
constexpr qsizetype maxBufferedReply = 1 << 20;

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS");
    }
}
} // namespace

QString SmtpReply::toString() const
{
    return QString::number(code) + QLatin1Char(' ') + QString::fromUtf8(text);
}

SmtpConnection::SmtpConnection(const RelayConfig& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpConnection::onTimeout);
}

SmtpConnection::~SmtpConnection()
{
    abort();
}

QString SmtpConnection::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Connect:
        return tr("connecting");
    case Stage::Greeting:
        return tr("the greeting");
    case Stage::Ehlo:
        return QStringLiteral("EHLO");
    case Stage::Helo:
        return QStringLiteral("HELO");
    case Stage::StartTls:
        return QStringLiteral("STARTTLS");
    case Stage::TlsHandshake:
        return tr("the TLS handshake");
    case Stage::Auth:
        return QStringLiteral("AUTH");
    case Stage::Rset:
        return QStringLiteral("RSET");
    case Stage::MailFrom:
        return QStringLiteral("MAIL FROM");
    case Stage::RcptTo:
        return QStringLiteral("RCPT TO");
    case Stage::Data:
        return QStringLiteral("DATA");
    case Stage::EndOfData:
        return tr("the end of DATA");
    case Stage::Quit:
        return QStringLiteral("QUIT");
    }
    return {};
}

QString SmtpConnection::where() const
{
    return m_config.host + QLatin1Char(':') + QString::number(m_config.port);
}

void SmtpConnection::open()
{
    abort();
    m_setup = true;
    m_banner.clear();
    m_extensions.clear();
    m_extensionLines.clear();
    m_sizeLimit = 0;
    m_tlsProtocol.clear();
    m_peerChain.clear();
    m_sslErrors.clear();
    m_certificateTrusted = false;
    m_authenticated = false;
    m_socket = new QSslSocket(this);
    connect(m_socket, &QSslSocket::connected, this, &SmtpConnection::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpConnection::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpConnection::onDisconnected);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Not ignored: the handshake fails after this. Kept for the message and for the probe's report.
        m_sslErrors = errors;
        m_peerChain = m_socket->peerCertificateChain();
    });

    if (m_config.security != RelayConfig::Security::None) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_config.extraCaCertificates);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket->setSslConfiguration(tls);
        m_socket->setPeerVerifyName(m_config.host);
    }
    expect(Stage::Connect);
    if (m_config.security == RelayConfig::Security::ImplicitTls) {
        m_socket->connectToHostEncrypted(m_config.host, m_config.port);
    } else {
        m_socket->connectToHost(m_config.host, m_config.port);
    }
}

void SmtpConnection::abort()
{
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_buffer.clear();
    m_replyLines.clear();
    m_expected.clear();
    m_setup = false;
    m_ready = false;
    m_quitting = false;
    m_tlsActive = false;
    m_authStep = 0;
}

void SmtpConnection::expect(Stage stage)
{
    const bool wasIdle = m_expected.isEmpty();
    m_expected.enqueue(stage);
    if (wasIdle) {
        armTimer();
    }
}

void SmtpConnection::armTimer()
{
    if (m_expected.isEmpty()) {
        m_timer.stop();
        return;
    }
    switch (m_expected.head()) {
    case Stage::Connect:
        m_timer.start(m_config.connectTimeoutMs);
        break;
    case Stage::EndOfData:
        m_timer.start(m_config.dataTimeoutMs);
        break;
    default:
        m_timer.start(m_config.commandTimeoutMs);
        break;
    }
}

void SmtpConnection::onConnected()
{
    if (m_expected.isEmpty() || m_expected.head() != Stage::Connect) {
        return;
    }
    m_expected.dequeue();
    expect(m_config.security == RelayConfig::Security::ImplicitTls ? Stage::TlsHandshake : Stage::Greeting);
}

void SmtpConnection::onEncrypted()
{
    m_tlsActive = true;
    m_certificateTrusted = true;
    m_tlsProtocol = protocolName(m_socket->sessionProtocol());
    m_peerChain = m_socket->peerCertificateChain();
    if (!m_expected.isEmpty() && m_expected.head() == Stage::TlsHandshake) {
        m_expected.dequeue();
    }
    if (m_config.security == RelayConfig::Security::ImplicitTls) {
        expect(Stage::Greeting);
    } else {
        // RFC 3207: everything learnt before TLS is forgotten; ask again.
        m_extensions.clear();
        m_extensionLines.clear();
        m_sizeLimit = 0;
        sendEhlo(Stage::Ehlo);
    }
}

void SmtpConnection::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    m_buffer += m_socket->readAll();
    QSslSocket* const socket = m_socket;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0) {
            break;
        }
        QByteArray line = m_buffer.mid(start, end - start);
        start = end + 1;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        const bool digits = line.size() >= 3 && std::isdigit(static_cast<unsigned char>(line[0]))
                            && std::isdigit(static_cast<unsigned char>(line[1]))
                            && std::isdigit(static_cast<unsigned char>(line[2]));
        if (!digits || (line.size() > 3 && line[3] != '-' && line[3] != ' ')) {
            fail(TransportResult::Outcome::ConnectionLost,
                 0,
                 tr("%1 sent something that is not an SMTP reply (\"%2\"); check the host and port.")
                     .arg(where(), QString::fromLatin1(line.left(80))));
            return;
        }
        m_replyLines.append(line.size() > 4 ? line.mid(4) : QByteArray());
        if (line.size() > 3 && line[3] == '-') {
            continue;
        }
        SmtpReply reply;
        reply.code = line.left(3).toInt();
        reply.text = m_replyLines.join(' ');
        const QList<QByteArray> lines = std::exchange(m_replyLines, {});
        m_buffer.remove(0, start);
        start = 0;
        if (m_setup && !m_expected.isEmpty() && m_expected.head() == Stage::Ehlo) {
            parseEhlo(reply, lines);
        }
        handleReply(reply);
        // The handler may have dropped the connection, or (STARTTLS) discarded what followed the reply.
        if (m_socket != socket || m_buffer.isEmpty()) {
            return;
        }
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > maxBufferedReply) {
        fail(TransportResult::Outcome::ConnectionLost,
             0,
             tr("%1 sent an endless line instead of an SMTP reply; check the host and port.").arg(where()));
    }
}

void SmtpConnection::parseEhlo(const SmtpReply& reply, const QList<QByteArray>& lines)
{
    if (reply.code != 250) {
        return;
    }
    m_extensions.clear();
    m_extensionLines.clear();
    m_sizeLimit = 0;
    // The first line is the server's name and greeting, the rest are "KEYWORD [params]".
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype space = line.indexOf(' ');
        const QByteArray keyword = (space < 0 ? line : line.left(space)).toUpper();
        const QByteArray params = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
        m_extensions.insert(keyword, params);
        m_extensionLines.append(QString::fromUtf8(line));
        if (keyword == "SIZE") {
            m_sizeLimit = params.toLongLong();
        }
    }
}

void SmtpConnection::handleReply(const SmtpReply& reply)
{
    if (m_expected.isEmpty()) {
        // Unasked: a server closing an idle connection says 421 first. Either way the session cannot be trusted.
        abort();
        emit closed();
        return;
    }
    const Stage stage = m_expected.dequeue();
    armTimer();
    if (stage == Stage::Quit) {
        abort();
        emit closed();
        return;
    }
    if (m_setup) {
        handleSetupReply(stage, reply);
        return;
    }
    emit replyReceived(stage, reply);
}

void SmtpConnection::handleSetupReply(Stage stage, const SmtpReply& reply)
{
    using Outcome = TransportResult::Outcome;
    if (reply.code == 421) {
        fail(Outcome::Deferred,
             reply.code,
             tr("%1 is not accepting mail now (%2); try again later.").arg(where(), reply.toString()));
        return;
    }
    switch (stage) {
    case Stage::Greeting:
        if (reply.code != 220) {
            fail(reply.code >= 500 ? Outcome::ConfigurationError : Outcome::Deferred,
                 reply.code,
                 tr("%1 refused the connection (%2); check the relay settings.").arg(where(), reply.toString()));
            return;
        }
        m_banner = reply.toString();
        sendEhlo(Stage::Ehlo);
        return;
    case Stage::Ehlo:
    case Stage::Helo:
        if (reply.code == 250) {
            break;
        }
        if (stage == Stage::Ehlo && reply.code >= 500 && !m_tlsActive) {
            sendEhlo(Stage::Helo); // a pre-ESMTP server: no extensions, so no STARTTLS or AUTH either
            return;
        }
        fail(reply.code >= 500 ? Outcome::ConfigurationError : Outcome::Deferred,
             reply.code,
             tr("%1 refused %2 (%3); set the host name Tayori greets with in the relay settings.")
                 .arg(where(), stageName(stage), reply.toString()));
        return;
    case Stage::StartTls:
        if (reply.code != 220) {
            fail(reply.code >= 500 ? Outcome::ConfigurationError : Outcome::Deferred,
                 reply.code,
                 tr("%1 refused STARTTLS (%2); ask the relay's administrator or use smtps://.")
                     .arg(where(), reply.toString()));
            return;
        }
        // RFC 3207 / CVE-2011-0411: anything the server sent after its 220 was not protected by TLS and must not
        // be read as a reply to what we send inside TLS.
        m_buffer.clear();
        m_replyLines.clear();
        m_socket->readAll();
        expect(Stage::TlsHandshake);
        m_socket->startClientEncryption();
        return;
    case Stage::Auth:
        if (reply.code == 235) {
            m_authenticated = true;
            becomeReady();
            return;
        }
        if (reply.code == 334 && m_authLogin && m_authStep == 1) {
            m_authStep = 2;
            m_socket->write(m_config.user.toUtf8().toBase64() + "\r\n");
            expect(Stage::Auth);
            return;
        }
        if (reply.code == 334 && m_authLogin && m_authStep == 2) {
            m_authStep = 3;
            m_socket->write(m_config.password.toUtf8().toBase64() + "\r\n");
            expect(Stage::Auth);
            return;
        }
        if (reply.code == 535) {
            fail(Outcome::ConfigurationError,
                 reply.code,
                 tr("The server rejected the user name or password for %1 (%2); check them in the relay settings or "
                    "TAYORI_SMTP_PASSWORD.")
                     .arg(m_config.user, reply.toString()));
            return;
        }
        fail(reply.code >= 400 && reply.code < 500 ? Outcome::Deferred : Outcome::ConfigurationError,
             reply.code,
             tr("%1 did not accept the login (%2); check the user name and the relay settings.")
                 .arg(where(), reply.toString()));
        return;
    default:
        fail(Outcome::ConnectionLost, reply.code, tr("%1 answered out of turn (%2).").arg(where(), reply.toString()));
        return;
    }

    // After EHLO/HELO: TLS first, then AUTH, then ready.
    if (m_config.security == RelayConfig::Security::StartTls && !m_tlsActive) {
        if (!hasExtension("STARTTLS")) {
            fail(Outcome::ConfigurationError,
                 0,
                 tr("%1: the server does not offer STARTTLS; use smtps:// if it speaks TLS on another port, or "
                    "smtp://…?tls=none only for a trusted local relay.")
                     .arg(where()));
            return;
        }
        m_socket->write(QByteArrayLiteral("STARTTLS\r\n"));
        expect(Stage::StartTls);
        return;
    }
    if (!m_config.user.isEmpty()) {
        startAuthentication();
        return;
    }
    becomeReady();
}

void SmtpConnection::sendEhlo(Stage stage)
{
    QString name = m_config.heloName;
    if (name.isEmpty()) {
        name = QHostInfo::localHostName();
    }
    if (name.isEmpty()) {
        name = QStringLiteral("localhost");
    }
    const QByteArray verb = stage == Stage::Helo ? QByteArrayLiteral("HELO ") : QByteArrayLiteral("EHLO ");
    m_socket->write(verb + QUrl::toAce(name) + "\r\n");
    expect(stage);
}

void SmtpConnection::startAuthentication()
{
    const QList<QByteArray> mechanisms = m_extensions.value("AUTH").toUpper().split(' ');
    if (!hasExtension("AUTH")) {
        fail(
            TransportResult::Outcome::ConfigurationError,
            0,
            tr("%1 does not offer AUTH; remove the user name from the relay settings or check the port.").arg(where()));
        return;
    }
    const QByteArray user = m_config.user.toUtf8();
    if (mechanisms.contains("PLAIN")) {
        m_authLogin = false;
        const QByteArray blob = '\0' + user + '\0' + m_config.password.toUtf8();
        m_socket->write("AUTH PLAIN " + blob.toBase64() + "\r\n");
    } else if (mechanisms.contains("LOGIN")) {
        m_authLogin = true;
        m_authStep = 1;
        m_socket->write(QByteArrayLiteral("AUTH LOGIN\r\n"));
    } else {
        fail(TransportResult::Outcome::ConfigurationError,
             0,
             tr("%1 offers neither AUTH PLAIN nor AUTH LOGIN (%2); ask the relay's administrator.")
                 .arg(where(), QString::fromLatin1(m_extensions.value("AUTH"))));
        return;
    }
    expect(Stage::Auth);
}

void SmtpConnection::becomeReady()
{
    m_setup = false;
    m_ready = true;
    emit ready();
}

void SmtpConnection::send(const QByteArray& commandLines, std::initializer_list<Stage> stages)
{
    if (!m_socket) {
        return;
    }
    m_socket->write(commandLines);
    for (const Stage stage : stages) {
        expect(stage);
    }
}

void SmtpConnection::appendStuffed(QByteArray& out, const QByteArray& message)
{
    const char* const data = message.constData();
    qsizetype pos = 0;
    if (message.startsWith('.')) {
        out += '.';
    }
    for (;;) {
        const qsizetype hit = message.indexOf("\n.", pos);
        if (hit < 0) {
            break;
        }
        out.append(data + pos, hit + 1 - pos);
        out += '.';
        pos = hit + 1;
    }
    out.append(data + pos, message.size() - pos);
}

void SmtpConnection::sendMessage(const QByteArray& message)
{
    if (!m_socket) {
        return;
    }
    const bool endsWithCrlf = message.endsWith("\r\n");
    if (!message.startsWith('.') && !message.contains("\n.")) {
        // The common case: no line starts with a dot, so the message goes out as it is.
        m_socket->write(message);
        m_socket->write(endsWithCrlf ? QByteArrayLiteral(".\r\n") : QByteArrayLiteral("\r\n.\r\n"));
    } else {
        QByteArray stuffed;
        stuffed.reserve(message.size() + message.size() / 64 + 8);
        appendStuffed(stuffed, message);
        stuffed += endsWithCrlf ? QByteArrayLiteral(".\r\n") : QByteArrayLiteral("\r\n.\r\n");
        m_socket->write(stuffed);
    }
    expect(Stage::EndOfData);
}

void SmtpConnection::quit()
{
    if (!m_socket || m_quitting) {
        if (!m_socket) {
            QMetaObject::invokeMethod(this, &SmtpConnection::closed, Qt::QueuedConnection);
        }
        return;
    }
    m_quitting = true;
    m_expected.clear();
    m_socket->write(QByteArrayLiteral("QUIT\r\n"));
    expect(Stage::Quit);
}

void SmtpConnection::onSocketError()
{
    if (!m_socket) {
        return;
    }
    if (m_quitting || (m_ready && m_expected.isEmpty())) {
        // Closed while idle (the server's idle timeout) or during QUIT: nothing was lost.
        abort();
        emit closed();
        return;
    }
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString reason = m_socket->errorString();
    const Stage stage = m_expected.isEmpty() ? Stage::Connect : m_expected.head();
    if (!m_sslErrors.isEmpty() || error == QAbstractSocket::SslHandshakeFailedError) {
        const QString what = m_sslErrors.isEmpty() ? reason : m_sslErrors.first().errorString();
        fail(TransportResult::Outcome::ConfigurationError,
             0,
             tr("The TLS certificate of %1 cannot be trusted (%2); if this is your relay, add its certificate in "
                "Settings → Relays.")
                 .arg(where(), what));
        return;
    }
    if (stage == Stage::Connect) {
        fail(TransportResult::Outcome::ConnectionLost,
             0,
             tr("Cannot connect to %1 (%2); check the host, the port and that the server is running.")
                 .arg(where(), reason));
        return;
    }
    fail(TransportResult::Outcome::ConnectionLost,
         0,
         tr("The connection to %1 was lost while waiting for the reply to %2 (%3); it will be retried.")
             .arg(where(), stageName(stage), reason));
}

void SmtpConnection::onDisconnected()
{
    // errorOccurred normally comes first; this covers a close without an error.
    onSocketError();
}

void SmtpConnection::onTimeout()
{
    if (m_quitting || m_expected.isEmpty()) {
        abort();
        emit closed();
        return;
    }
    const Stage stage = m_expected.head();
    const int ms = stage == Stage::Connect     ? m_config.connectTimeoutMs
                   : stage == Stage::EndOfData ? m_config.dataTimeoutMs
                                               : m_config.commandTimeoutMs;
    fail(TransportResult::Outcome::ConnectionLost,
         0,
         tr("%1 did not answer %2 within %3 s; the relay is slow or unreachable, it will be retried.")
             .arg(where(), stageName(stage), QString::number(ms / 1000.0)));
}

void SmtpConnection::fail(TransportResult::Outcome outcome, int code, const QString& text)
{
    abort();
    TransportResult result;
    result.outcome = outcome;
    result.code = code;
    result.reply = text;
    emit failed(result);
}
