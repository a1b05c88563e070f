// SmtpConnection: one SMTP session on a QSslSocket — connect, greeting, EHLO, STARTTLS, AUTH — and then the
// command/reply exchange the transport drives. Asynchronous throughout; shared by SmtpTransport and SmtpProbe.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QTimer>

#include "smtp/MailTransport.h"
#include "smtp/RelayConfig.h"

class QSslSocket;

struct SmtpReply
{
    int code = 0;
    QByteArray text; // every line's text after the code, joined with a space
    // "550 5.1.1 <a@b>: unknown user", what TransportResult::reply carries.
    QString toString() const;
};

class SmtpConnection : public QObject
{
    Q_OBJECT

public:
    // What a reply answers; names the stage in timeout and connection-loss messages.
    enum class Stage {
        Connect,
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        TlsHandshake,
        Auth,
        Rset,
        MailFrom,
        RcptTo,
        Data,
        EndOfData,
        Quit
    };

    explicit SmtpConnection(const RelayConfig& config, QObject* parent = nullptr);
    ~SmtpConnection() override;

    // Connects and goes through greeting, EHLO, STARTTLS and AUTH as the config says; `ready` or `failed` follows.
    void open();
    bool isReady() const { return m_ready; }
    // Writes one or more command lines (pipelined when more than one) and expects one reply per stage, in order.
    void send(const QByteArray& commandLines, std::initializer_list<Stage> stages);
    // Writes the message dot-stuffed, with a final CRLF and the ending ".", and expects the EndOfData reply.
    void sendMessage(const QByteArray& message);
    // QUIT when connected, then `closed`; `closed` at once (queued) when there is no connection.
    void quit();
    // Drops the connection without any signal.
    void abort();

    // What the server offered (after TLS, when TLS was used).
    QString banner() const { return m_banner; }
    QStringList extensionLines() const { return m_extensionLines; }
    bool hasExtension(const QByteArray& keyword) const { return m_extensions.contains(keyword); }
    qint64 sizeLimit() const { return m_sizeLimit; } // 0: none advertised
    QString tlsProtocol() const { return m_tlsProtocol; }
    QList<QSslCertificate> peerCertificateChain() const { return m_peerChain; }
    bool certificateTrusted() const { return m_certificateTrusted; }
    bool authenticated() const { return m_authenticated; }

    static QString stageName(Stage stage);
    // Appends the message dot-stuffed; copies only when a line starts with '.'. Public for the tests.
    static void appendStuffed(QByteArray& out, const QByteArray& message);

signals:
    void ready();
    // A reply to a command given with send() / sendMessage().
    void replyReceived(SmtpConnection::Stage stage, const SmtpReply& reply);
    // The connection is gone (already aborted) — lost, timed out, refused, TLS or AUTH failure, 421 during setup.
    void failed(const TransportResult& result);
    // After quit(), or when the server closed the connection while nothing was expected.
    void closed();

private:
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void onTimeout();
    void handleReply(const SmtpReply& reply);
    void handleSetupReply(Stage stage, const SmtpReply& reply);
    void sendEhlo(Stage stage);
    void parseEhlo(const SmtpReply& reply, const QList<QByteArray>& lines);
    void startAuthentication();
    void becomeReady();
    void expect(Stage stage);
    void armTimer();
    void fail(TransportResult::Outcome outcome, int code, const QString& text);
    QString where() const;

    RelayConfig m_config;
    QSslSocket* m_socket = nullptr;
    QTimer m_timer;
    QByteArray m_buffer;            // received, not yet parsed
    QList<QByteArray> m_replyLines; // lines of a multi-line reply so far
    QQueue<Stage> m_expected;       // replies awaited, oldest first
    bool m_setup = false;           // in the greeting/EHLO/TLS/AUTH phase
    bool m_ready = false;
    bool m_quitting = false;
    bool m_tlsActive = false;
    int m_authStep = 0; // LOGIN: 1 waits for the user prompt, 2 for the password prompt
    bool m_authLogin = false;
    QString m_banner;
    QStringList m_extensionLines;
    QHash<QByteArray, QByteArray> m_extensions; // keyword (upper case) → parameters
    qint64 m_sizeLimit = 0;
    QString m_tlsProtocol;
    QList<QSslCertificate> m_peerChain;
    QList<QSslError> m_sslErrors;
    bool m_certificateTrusted = false;
    bool m_authenticated = false;
};
