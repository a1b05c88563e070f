// Transport URLs → RelayConfig and back: defaults, TLS modes, users, and the refusals (passwords, unknown schemes).
#include <QtTest>

#include "smtp/RelayConfig.h"

Q_DECLARE_METATYPE(RelayConfig::Kind)
Q_DECLARE_METATYPE(RelayConfig::Security)

class TestRelayConfig : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void displayName();
};

void TestRelayConfig::parses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<RelayConfig::Kind>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<RelayConfig::Security>("security");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("outbox");
    QTest::addColumn<QString>("roundTrip");

    using K = RelayConfig::Kind;
    using S = RelayConfig::Security;
    QTest::newRow("smtp default port") << "smtp://mail.example.co.jp" << K::Smtp << "mail.example.co.jp" << 587
                                       << S::StartTls << ""
                                       << ""
                                       << "smtp://mail.example.co.jp:587";
    QTest::newRow("smtp with user and port")
        << "smtp://news@mail.example.com:25" << K::Smtp << "mail.example.com" << 25 << S::StartTls << "news"
        << ""
        << "smtp://news@mail.example.com:25";
    QTest::newRow("user percent-decoded") << "smtp://taro%40example.jp@mail.example.jp" << K::Smtp << "mail.example.jp"
                                          << 587 << S::StartTls << "taro@example.jp"
                                          << ""
                                          << "smtp://taro%40example.jp@mail.example.jp:587";
    QTest::newRow("smtps default port") << "smtps://relay.example.net" << K::Smtp << "relay.example.net" << 465
                                        << S::ImplicitTls << ""
                                        << ""
                                        << "smtps://relay.example.net:465";
    QTest::newRow("tls=none") << "smtp://127.0.0.1:2525?tls=none" << K::Smtp << "127.0.0.1" << 2525 << S::None << ""
                              << ""
                              << "smtp://127.0.0.1:2525?tls=none";
    QTest::newRow("upper-case scheme") << "SMTP://Mail.Example.com" << K::Smtp << "mail.example.com" << 587
                                       << S::StartTls << ""
                                       << ""
                                       << "smtp://mail.example.com:587";
    QTest::newRow("ipv6") << "smtp://[::1]:25?tls=none" << K::Smtp << "::1" << 25 << S::None << ""
                          << ""
                          << "smtp://[::1]:25?tls=none";
    QTest::newRow("outbox") << "file:///var/tmp/outbox" << K::Outbox << "" << 587 << S::StartTls << ""
                            << "/var/tmp/outbox"
                            << "file:///var/tmp/outbox";
    QTest::newRow("outbox with space") << "file:///tmp/my%20outbox" << K::Outbox << "" << 587 << S::StartTls << ""
                                       << "/tmp/my outbox"
                                       << "file:///tmp/my%20outbox";
}

void TestRelayConfig::parses()
{
    QFETCH(QString, url);
    const Result<RelayConfig> config = RelayConfig::fromUrl(url);
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QTEST(config->kind, "kind");
    QTEST(config->host, "host");
    QTEST(int(config->port), "port");
    QTEST(config->security, "security");
    QTEST(config->user, "user");
    QTEST(config->outboxPath, "outbox");
    QTEST(config->toUrl(), "roundTrip");
    QVERIFY(config->password.isEmpty());
    // The URL back parses to the same settings.
    const Result<RelayConfig> again = RelayConfig::fromUrl(config->toUrl());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->toUrl(), config->toUrl());
}

void TestRelayConfig::refuses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<QString>("mustNotMention");

    QTest::newRow("password") << "smtp://user:s3cret@mail.example.com"
                              << "TAYORI_SMTP_PASSWORD"
                              << "s3cret";
    QTest::newRow("empty password") << "smtp://user:@mail.example.com"
                                    << "TAYORI_SMTP_PASSWORD"
                                    << "";
    QTest::newRow("unknown scheme") << "imap://mail.example.com"
                                    << "smtps://"
                                    << "";
    QTest::newRow("not a url") << "mail.example.com"
                               << "file:///PATH"
                               << "";
    QTest::newRow("empty") << ""
                           << "smtp://"
                           << "";
    QTest::newRow("tls=none with smtps") << "smtps://mail.example.com?tls=none"
                                         << "smtps://"
                                         << "";
    QTest::newRow("unknown tls value") << "smtp://mail.example.com?tls=maybe"
                                       << "tls=none"
                                       << "";
    QTest::newRow("unknown option") << "smtp://mail.example.com?foo=1"
                                    << "foo"
                                    << "";
    QTest::newRow("no host") << "smtp://:25"
                             << "host"
                             << "";
    QTest::newRow("path") << "smtp://mail.example.com/x"
                          << "path"
                          << "";
    QTest::newRow("remote file") << "file://server/share"
                                 << "file:///PATH"
                                 << "";
}

void TestRelayConfig::refuses()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    QFETCH(QString, mustNotMention);
    const Result<RelayConfig> config = RelayConfig::fromUrl(url);
    QVERIFY(!config.ok());
    QVERIFY2(config.error().contains(mentions), qPrintable(config.error()));
    QVERIFY(!config.error().contains(QLatin1Char('\n')));
    if (!mustNotMention.isEmpty()) {
        QVERIFY2(!config.error().contains(mustNotMention), qPrintable(config.error()));
    }
}

void TestRelayConfig::displayName()
{
    QCOMPARE(RelayConfig::fromUrl(QStringLiteral("smtp://u@mail.example.co.jp"))->displayName(),
             QStringLiteral("mail.example.co.jp:587 (STARTTLS)"));
    QCOMPARE(RelayConfig::fromUrl(QStringLiteral("smtps://mail.example.co.jp"))->displayName(),
             QStringLiteral("mail.example.co.jp:465 (TLS)"));
    QCOMPARE(RelayConfig::fromUrl(QStringLiteral("smtp://[::1]:25?tls=none"))->displayName(),
             QStringLiteral("[::1]:25 (no encryption)"));
    QCOMPARE(RelayConfig::fromUrl(QStringLiteral("file:///tmp/out"))->displayName(),
             QStringLiteral("outbox folder /tmp/out"));
}

QTEST_GUILESS_MAIN(TestRelayConfig)
#include "tst_relayconfig.moc"
