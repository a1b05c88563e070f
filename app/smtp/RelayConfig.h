// RelayConfig: where and how mail leaves the machine — an SMTP relay (host, port, TLS mode, login) or an outbox
// folder of .eml files — parsed from the transport URLs of the CLI contract.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include "common/Result.h"

struct RelayConfig
{
    Q_DECLARE_TR_FUNCTIONS(RelayConfig)

public:
    enum class Kind {
        Smtp,
        Outbox, // file:///PATH — signed .eml files, nothing leaves the machine
    };
    enum class Security {
        StartTls,    // smtp:// (port 587 or 25): STARTTLS required, certificate verified
        ImplicitTls, // smtps:// (port 465)
        None,        // smtp://…?tls=none — only for loopback tests and trusted local relays
    };

    Kind kind = Kind::Smtp;
    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    QString user;     // empty: no AUTH
    QString password; // never stored by Tayori: from TAYORI_SMTP_PASSWORD or the keychain
    QString outboxPath;
    // Certificates trusted in addition to the system's (a company CA, or a self-signed relay the user accepted).
    QList<QSslCertificate> extraCaCertificates;
    QString heloName;    // EHLO argument; empty: the machine's host name
    int connections = 4; // parallel connections to this relay
    double maxRate = 0;  // messages per second over all connections; 0: unlimited
    int connectTimeoutMs = 30000;
    int commandTimeoutMs = 60000; // per reply; DATA end waits dataTimeoutMs
    int dataTimeoutMs = 600000;

    // smtp://[USER@]HOST[:PORT][?tls=none], smtps://[USER@]HOST[:PORT], file:///PATH. A password in the URL is
    // refused (it would land in shell history); use TAYORI_SMTP_PASSWORD.
    static Result<RelayConfig> fromUrl(const QString& url);
    // The URL back, without any password.
    QString toUrl() const;
    // For the user: "mail.example.co.jp:587 (STARTTLS)", "outbox folder /path".
    QString displayName() const;
};
