// SmtpProbe against faultsmtp.py: what it reports for a trusted TLS relay with AUTH, and for an untrusted one.
#include <QtTest>

#include "FaultSmtpServer.h"
#include "smtp/SmtpProbe.h"

class TestSmtpProbe : public QObject
{
    Q_OBJECT

private slots:
    void trustedWithAuth();
    void untrustedCertificateStillShowsTheChain();
};

void TestSmtpProbe::trustedWithAuth()
{
    FaultSmtpServer server;
    QVERIFY2(server.start({QStringLiteral("--auth-user"),
                           QStringLiteral("u"),
                           QStringLiteral("--auth-password"),
                           QStringLiteral("p"),
                           QStringLiteral("--auth-requires-tls")}),
             qPrintable(server.error()));
    RelayConfig config = *RelayConfig::fromUrl(QStringLiteral("smtp://u@localhost:%1").arg(server.port()));
    config.password = QStringLiteral("p");
    config.extraCaCertificates = {server.certificate()};
    const SmtpProbeReport report = SmtpProbe::run(config);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY2(report.banner.startsWith(QStringLiteral("220 faultsmtp.localhost ESMTP")), qPrintable(report.banner));
    QVERIFY(report.extensions.contains(QStringLiteral("PIPELINING")));
    QVERIFY(report.extensions.contains(QStringLiteral("AUTH PLAIN LOGIN"))); // offered only after TLS here
    QVERIFY(!report.extensions.contains(QStringLiteral("STARTTLS")));        // the list is the one after TLS
    QVERIFY2(report.tlsProtocol.startsWith(QStringLiteral("TLS 1.")), qPrintable(report.tlsProtocol));
    QCOMPARE(report.peerCertificateChain.value(0), server.certificate());
    QVERIFY(report.certificateTrusted);
    QVERIFY(report.authenticated);
    QVERIFY(server.messages().isEmpty());
}

void TestSmtpProbe::untrustedCertificateStillShowsTheChain()
{
    FaultSmtpServer server;
    QVERIFY2(server.start({QStringLiteral("--implicit-tls")}), qPrintable(server.error()));
    const RelayConfig config = *RelayConfig::fromUrl(QStringLiteral("smtps://localhost:%1").arg(server.port()));
    const SmtpProbeReport report = SmtpProbe::run(config);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QStringLiteral("self-signed")), qPrintable(report.error));
    QCOMPARE(report.peerCertificateChain.value(0), server.certificate());
    QVERIFY(!report.certificateTrusted);
    QVERIFY(!report.authenticated);
}

QTEST_GUILESS_MAIN(TestSmtpProbe)
#include "tst_smtpprobe.moc"
