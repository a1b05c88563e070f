// RelayStore on a real SQLite file: validation (names, URLs, never a password), duplicates, the default relay, and
// the RelayConfig a stored relay gives back.
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "senders/RelayStore.h"

class TestRelayStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void validation_data();
    void validation();
    void duplicateNameRefused();
    void defaultFollowsAddAndRemove();
    void configCarriesSettingsAndTrustedCertificates();
    void outboxPathIsInDataFolder();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TestRelayStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<Database> db = Database::open(m_dir->filePath(QStringLiteral("relays.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = *db;
}

void TestRelayStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestRelayStore::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("connections");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("pem");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("errorWord");

    QTest::newRow("starttls") << QStringLiteral("Office") << QStringLiteral("smtp://news@mail.example.jp:587") << 4
                              << 0.0 << QString() << true << QString();
    QTest::newRow("implicit tls") << QStringLiteral("Office") << QStringLiteral("smtps://mail.example.jp:465") << 2
                                  << 10.0 << QString() << true << QString();
    QTest::newRow("loopback in clear") << QStringLiteral("Local") << QStringLiteral("smtp://127.0.0.1:2525?tls=none")
                                       << 1 << 0.0 << QString() << true << QString();
    QTest::newRow("outbox") << QStringLiteral("Outbox") << QStringLiteral("file:///tmp/outbox") << 1 << 0.0 << QString()
                            << true << QString();
    QTest::newRow("no name") << QStringLiteral("  ") << QStringLiteral("smtp://mail.example.jp") << 4 << 0.0
                             << QString() << false << QStringLiteral("name");
    QTest::newRow("password in url") << QStringLiteral("Office") << QStringLiteral("smtp://u:secret@mail.example.jp")
                                     << 4 << 0.0 << QString() << false << QStringLiteral("password");
    QTest::newRow("not a transport") << QStringLiteral("Web") << QStringLiteral("http://mail.example.jp") << 4 << 0.0
                                     << QString() << false << QString();
    QTest::newRow("no connections") << QStringLiteral("Office") << QStringLiteral("smtp://mail.example.jp") << 0 << 0.0
                                    << QString() << false << QStringLiteral("connections");
    QTest::newRow("negative rate") << QStringLiteral("Office") << QStringLiteral("smtp://mail.example.jp") << 4 << -1.0
                                   << QString() << false << QStringLiteral("rate");
    QTest::newRow("garbage certificate") << QStringLiteral("Office") << QStringLiteral("smtp://mail.example.jp") << 4
                                         << 0.0 << QStringLiteral("-----BEGIN CERTIFICATE-----\nnope\n") << false
                                         << QStringLiteral("certificates");
}

void TestRelayStore::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(int, connections);
    QFETCH(double, rate);
    QFETCH(QString, pem);
    QFETCH(bool, valid);
    QFETCH(QString, errorWord);

    RelayStore store(*m_db);
    const Result<qint64> id = store.add({0, name, url, connections, rate, pem, false});
    QVERIFY2(id.ok() == valid, qPrintable(id.ok() ? QStringLiteral("accepted") : id.error()));
    if (!valid) {
        QVERIFY(!id.error().isEmpty());
        QVERIFY2(id.error().contains(errorWord), qPrintable(id.error()));
        QVERIFY(store.list().isEmpty());
        return;
    }
    const std::optional<Relay> stored = store.find(*id);
    QVERIFY(stored);
    QCOMPARE(stored->name, name.trimmed());
    QCOMPARE(stored->url, RelayConfig::fromUrl(url)->toUrl());
    QCOMPARE(stored->connections, connections);
    QCOMPARE(stored->rate, rate);
    QVERIFY(stored->isDefault);
}

void TestRelayStore::duplicateNameRefused()
{
    RelayStore store(*m_db);
    const qint64 first
        = store.add({0, QStringLiteral("Office"), QStringLiteral("smtp://a.example.jp"), 4, 0, {}, false}).value();
    const Result<qint64> again
        = store.add({0, QStringLiteral("Office"), QStringLiteral("smtp://b.example.jp"), 4, 0, {}, false});
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("already exists")), qPrintable(again.error()));
    const qint64 second
        = store.add({0, QStringLiteral("Backup"), QStringLiteral("smtp://b.example.jp"), 4, 0, {}, false}).value();
    Relay renamed = *store.find(second);
    renamed.name = QStringLiteral("Office");
    QVERIFY(!store.update(renamed).ok());
    renamed.name = QStringLiteral("Backup 2");
    renamed.connections = 8;
    QVERIFY(store.update(renamed).ok());
    QCOMPARE(store.find(second)->connections, 8);
    QCOMPARE(store.find(first)->name, QStringLiteral("Office"));
}

void TestRelayStore::defaultFollowsAddAndRemove()
{
    RelayStore store(*m_db);
    QVERIFY(!store.defaultRelay());
    const qint64 a
        = store.add({0, QStringLiteral("A"), QStringLiteral("smtp://a.example.jp"), 4, 0, {}, false}).value();
    const qint64 b
        = store.add({0, QStringLiteral("B"), QStringLiteral("smtp://b.example.jp"), 4, 0, {}, false}).value();
    QCOMPARE(store.defaultRelay()->id, a);
    QVERIFY(store.makeDefault(b).ok());
    QCOMPARE(store.defaultRelay()->id, b);
    QVERIFY(!store.find(a)->isDefault);
    QVERIFY(store.remove(b).ok());
    QCOMPARE(store.defaultRelay()->id, a);
    QVERIFY(store.remove(a).ok());
    QVERIFY(!store.defaultRelay());
    QVERIFY(store.list().isEmpty());
}

void TestRelayStore::configCarriesSettingsAndTrustedCertificates()
{
    QFile bundle(QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
    if (!bundle.open(QIODevice::ReadOnly)) {
        QFAIL("no system CA bundle: ./test.sh installs ca-certificates, which TLS to a real relay needs too");
    }
    const QList<QSslCertificate> all = QSslCertificate::fromData(bundle.readAll(), QSsl::Pem);
    QVERIFY(all.size() >= 2);
    const QString pem = QString::fromLatin1(all.at(0).toPem() + all.at(1).toPem());

    RelayStore store(*m_db);
    const qint64 id = store
                          .add({0,
                                QStringLiteral("Office"),
                                QStringLiteral("smtps://news@mail.example.jp:465"),
                                3,
                                12.5,
                                pem,
                                false})
                          .value();
    const Result<RelayConfig> config = store.find(id)->config();
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->host, QStringLiteral("mail.example.jp"));
    QCOMPARE(config->security, RelayConfig::Security::ImplicitTls);
    QCOMPARE(config->user, QStringLiteral("news"));
    QVERIFY(config->password.isEmpty());
    QCOMPARE(config->connections, 3);
    QCOMPARE(config->maxRate, 12.5);
    QCOMPARE(config->extraCaCertificates.size(), 2);
    QCOMPARE(config->extraCaCertificates.at(1), all.at(1));
}

void TestRelayStore::outboxPathIsInDataFolder()
{
    QVERIFY(RelayStore::defaultOutboxPath().endsWith(QStringLiteral("/outbox")));
    QVERIFY(QFileInfo(RelayStore::defaultOutboxPath()).isAbsolute());
}

QTEST_GUILESS_MAIN(TestRelayStore)
#include "tst_relaystore.moc"
