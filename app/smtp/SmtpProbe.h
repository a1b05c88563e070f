// SmtpProbe: "Test connection" — connects to a relay, goes through TLS and AUTH as a send would, and reports what
// the server offered (banner, EHLO extensions, TLS version and certificate), without sending any mail.
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include "smtp/RelayConfig.h"

struct SmtpProbeReport
{
    bool ok = false;
    QString error;          // translated, says what to do, when !ok
    QString banner;         // the 220 greeting
    QStringList extensions; // EHLO keywords after TLS: "PIPELINING", "SIZE 52428800", "AUTH PLAIN LOGIN", …
    QString tlsProtocol;    // "TLS 1.3"; empty when the connection stayed in clear
    QList<QSslCertificate> peerCertificateChain;
    bool certificateTrusted = false;
    bool authenticated = false;
};

class SmtpProbe : public QObject
{
    Q_OBJECT

public:
    explicit SmtpProbe(QObject* parent = nullptr);
    ~SmtpProbe() override;
    // Asynchronous; `finished` follows once.
    void start(const RelayConfig& config);
    // Blocking convenience for the CLI and tests (runs a local event loop; never call it on the GUI thread).
    static SmtpProbeReport run(const RelayConfig& config);

signals:
    void finished(const SmtpProbeReport& report);

private:
    class Private;
    Private* d = nullptr;
};
