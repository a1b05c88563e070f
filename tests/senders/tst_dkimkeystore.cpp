// DkimKeyStore on a real SQLite file and key folder: domain/selector checks, generated and imported keys written
// owner-only, and the stored TXT record held against the public key as the openssl command line derives it.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "senders/DkimKeyStore.h"

class TestDkimKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void domains_data();
    void domains();
    void selectors_data();
    void selectors();
    void generate_data();
    void generate();
    void importCopiesOwnerOnly();
    void importRefusesPublicKey();
    void duplicateRefusedAndRemoveDeletesFile();

private:
    // p= as openssl derives it from the private key file: the SubjectPublicKeyInfo (RSA) or its last 32 bytes.
    static QByteArray opensslPublicKey(const QString& privateKeyPath, DkimKey::Algorithm algorithm);
    QString folder() const { return m_dir->filePath(QStringLiteral("keys")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TestDkimKeyStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<Database> db = Database::open(m_dir->filePath(QStringLiteral("dkim.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = *db;
}

void TestDkimKeyStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QByteArray TestDkimKeyStore::opensslPublicKey(const QString& privateKeyPath, DkimKey::Algorithm algorithm)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkey"),
                   QStringLiteral("-in"),
                   privateKeyPath,
                   QStringLiteral("-pubout"),
                   QStringLiteral("-outform"),
                   QStringLiteral("DER")});
    if (!openssl.waitForFinished(10000) || openssl.exitCode() != 0) {
        return {};
    }
    QByteArray der = openssl.readAllStandardOutput();
    if (algorithm == DkimKey::Algorithm::Ed25519) {
        der = der.right(32);
    }
    return der.toBase64();
}

void TestDkimKeyStore::domains_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("plain") << QStringLiteral("example.co.jp") << QStringLiteral("example.co.jp");
    QTest::newRow("upper, spaces") << QStringLiteral(" News.Example.JP ") << QStringLiteral("news.example.jp");
    QTest::newRow("IDN") << QStringLiteral("例え.jp") << QStringLiteral("xn--r8jz45g.jp");
    QTest::newRow("single label") << QStringLiteral("localhost") << QString();
    QTest::newRow("space inside") << QStringLiteral("exa mple.jp") << QString();
    QTest::newRow("empty label") << QStringLiteral("example..jp") << QString();
    QTest::newRow("leading hyphen") << QStringLiteral("-example.jp") << QString();
    QTest::newRow("address, not domain") << QStringLiteral("news@example.jp") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestDkimKeyStore::domains()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QString> domain = DkimKeyStore::normalizeDomain(input);
    QCOMPARE(domain.ok(), !expected.isEmpty());
    if (domain) {
        QCOMPARE(*domain, expected);
    } else {
        QVERIFY(domain.error().contains(QStringLiteral("domain")));
    }
}

void TestDkimKeyStore::selectors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << QStringLiteral("tayori2026") << QStringLiteral("tayori2026");
    QTest::newRow("dotted, upper") << QStringLiteral("Mail.2026") << QStringLiteral("mail.2026");
    QTest::newRow("hyphen") << QStringLiteral("news-ed") << QStringLiteral("news-ed");
    QTest::newRow("empty") << QStringLiteral(" ") << QString();
    QTest::newRow("space") << QStringLiteral("my key") << QString();
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QString();
    QTest::newRow("trailing dot") << QStringLiteral("sel.") << QString();
}

void TestDkimKeyStore::selectors()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QString> selector = DkimKeyStore::normalizeSelector(input);
    QCOMPARE(selector.ok(), !expected.isEmpty());
    if (selector) {
        QCOMPARE(*selector, expected);
    }
}

void TestDkimKeyStore::generate_data()
{
    QTest::addColumn<DkimKey::Algorithm>("algorithm");
    QTest::addColumn<QString>("tag");
    QTest::newRow("ed25519") << DkimKey::Algorithm::Ed25519 << QStringLiteral("ed25519");
    QTest::newRow("rsa") << DkimKey::Algorithm::Rsa << QStringLiteral("rsa");
}

void TestDkimKeyStore::generate()
{
    QFETCH(DkimKey::Algorithm, algorithm);
    QFETCH(QString, tag);
    DkimKeyStore store(*m_db, folder());
    const Result<DkimKeyRecord> record
        = store.generate(QStringLiteral("Example.co.jp"), QStringLiteral("tayori2026"), algorithm);
    QVERIFY2(record.ok(), qPrintable(record.error()));
    const QString expectedPath
        = QDir(folder()).filePath(QStringLiteral("example.co.jp.tayori2026.") + tag + QStringLiteral(".pem"));
    QCOMPARE(record->keyPath, expectedPath);
    QCOMPARE(QFileInfo(expectedPath).permissions()
                 & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    QCOMPARE(record->dnsName(), QStringLiteral("tayori2026._domainkey.example.co.jp"));
    QVERIFY2(record->publicTxt.startsWith(QStringLiteral("v=DKIM1; k=") + tag + QStringLiteral("; p=")),
             qPrintable(record->publicTxt));
    const QByteArray p = opensslPublicKey(expectedPath, algorithm);
    QVERIFY(!p.isEmpty());
    QVERIFY2(record->publicTxt.endsWith(QStringLiteral("p=") + QString::fromLatin1(p)), qPrintable(record->publicTxt));

    const QList<DkimKeyRecord> all = store.list();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).publicTxt, record->publicTxt);
    QCOMPARE(all.at(0).algorithm, algorithm);
    QVERIFY(all.at(0).createdAt.isValid());
}

void TestDkimKeyStore::importCopiesOwnerOnly()
{
    const QString source = m_dir->filePath(QStringLiteral("from-admin.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("genpkey"),
                   QStringLiteral("-algorithm"),
                   QStringLiteral("ed25519"),
                   QStringLiteral("-out"),
                   source});
    QVERIFY(openssl.waitForFinished(10000) && openssl.exitCode() == 0);
    QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

    DkimKeyStore store(*m_db, folder());
    const Result<DkimKeyRecord> record = store.importPem(QStringLiteral("example.jp"), QStringLiteral("s1"), source);
    QVERIFY2(record.ok(), qPrintable(record.error()));
    QVERIFY(record->keyPath.startsWith(folder()));
    QCOMPARE(record->algorithm, DkimKey::Algorithm::Ed25519);
    QVERIFY(!(QFileInfo(record->keyPath).permissions() & (QFile::ReadGroup | QFile::ReadOther)));
    const QByteArray p = opensslPublicKey(source, DkimKey::Algorithm::Ed25519);
    QCOMPARE(record->publicTxt, QStringLiteral("v=DKIM1; k=ed25519; p=") + QString::fromLatin1(p));
    QCOMPARE(opensslPublicKey(record->keyPath, DkimKey::Algorithm::Ed25519), p); // the copy is the same key
}

void TestDkimKeyStore::importRefusesPublicKey()
{
    const QString privatePath = m_dir->filePath(QStringLiteral("k.pem"));
    const QString publicPath = m_dir->filePath(QStringLiteral("k.pub"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("genpkey"),
                   QStringLiteral("-algorithm"),
                   QStringLiteral("ed25519"),
                   QStringLiteral("-out"),
                   privatePath});
    QVERIFY(openssl.waitForFinished(10000) && openssl.exitCode() == 0);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkey"),
                   QStringLiteral("-in"),
                   privatePath,
                   QStringLiteral("-pubout"),
                   QStringLiteral("-out"),
                   publicPath});
    QVERIFY(openssl.waitForFinished(10000) && openssl.exitCode() == 0);

    DkimKeyStore store(*m_db, folder());
    const Result<DkimKeyRecord> record
        = store.importPem(QStringLiteral("example.jp"), QStringLiteral("s1"), publicPath);
    QVERIFY(!record.ok());
    QVERIFY(!record.error().isEmpty());
    QVERIFY(store.list().isEmpty());
    QVERIFY(
        !store
             .importPem(QStringLiteral("example.jp"), QStringLiteral("s1"), m_dir->filePath(QStringLiteral("none.pem")))
             .ok());
    QVERIFY(!store.importPem(QStringLiteral("not a domain"), QStringLiteral("s1"), privatePath).ok());
    QVERIFY(store.list().isEmpty());
}

void TestDkimKeyStore::duplicateRefusedAndRemoveDeletesFile()
{
    DkimKeyStore store(*m_db, folder());
    const Result<DkimKeyRecord> first
        = store.generate(QStringLiteral("example.jp"), QStringLiteral("s1"), DkimKey::Algorithm::Ed25519);
    QVERIFY(first.ok());
    const Result<DkimKeyRecord> again
        = store.generate(QStringLiteral("EXAMPLE.jp"), QStringLiteral("S1"), DkimKey::Algorithm::Ed25519);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("already")), qPrintable(again.error()));
    QVERIFY(QFile::exists(first->keyPath));
    QVERIFY(store.remove(first->id).ok());
    QVERIFY(!QFile::exists(first->keyPath));
    QVERIFY(store.list().isEmpty());
    QVERIFY(!store.remove(first->id).ok());
}

QTEST_GUILESS_MAIN(TestDkimKeyStore)
#include "tst_dkimkeystore.moc"
