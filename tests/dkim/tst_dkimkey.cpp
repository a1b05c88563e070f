// DkimKey: PEM parsing (and what it refuses, with which message), key generation, the p= value and TXT record
// checked against the openssl command line, and the private key file created owner-only.
#include <sys/stat.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "dkim/DkimKey.h"

class TestDkimKey : public QObject
{
    Q_OBJECT

private slots:
    void parsesWhatOpensslWrites_data();
    void parsesWhatOpensslWrites();
    void refusesWithClearMessage_data();
    void refusesWithClearMessage();
    void generates();
    void refusesRsaSizesOutOfRange();
    void publicKeyMatchesOpenssl_data();
    void publicKeyMatchesOpenssl();
    void writesOwnerOnlyFile();
    void refusesToOverwrite();
    void fromFileNamesThePath();

private:
    static QByteArray openssl(const QStringList& arguments, const QByteArray& input = {});
};

QByteArray TestDkimKey::openssl(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qFatal("openssl %s failed: %s",
               qPrintable(arguments.join(QLatin1Char(' '))),
               process.readAllStandardError().constData());
    }
    return process.readAllStandardOutput();
}

void TestDkimKey::parsesWhatOpensslWrites_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("pemHeader");
    QTest::addColumn<int>("algorithm");

    QTest::newRow("traditional RSA") << QStringList {QStringLiteral("genrsa"),
                                                     QStringLiteral("-traditional"),
                                                     QStringLiteral("1024")}
                                     << QByteArray("-----BEGIN RSA PRIVATE KEY-----") << int(DkimKey::Algorithm::Rsa);
    QTest::newRow("PKCS#8 RSA") << QStringList {QStringLiteral("genpkey"),
                                                QStringLiteral("-algorithm"),
                                                QStringLiteral("RSA"),
                                                QStringLiteral("-pkeyopt"),
                                                QStringLiteral("rsa_keygen_bits:1024")}
                                << QByteArray("-----BEGIN PRIVATE KEY-----") << int(DkimKey::Algorithm::Rsa);
    QTest::newRow("PKCS#8 Ed25519") << QStringList {QStringLiteral("genpkey"),
                                                    QStringLiteral("-algorithm"),
                                                    QStringLiteral("ed25519")}
                                    << QByteArray("-----BEGIN PRIVATE KEY-----") << int(DkimKey::Algorithm::Ed25519);
}

void TestDkimKey::parsesWhatOpensslWrites()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, pemHeader);
    QFETCH(int, algorithm);
    const QByteArray pem = openssl(arguments);
    QVERIFY(pem.startsWith(pemHeader));
    const Result<DkimKey> key = DkimKey::fromPem(pem);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QCOMPARE(int(key->algorithm()), algorithm);
    // Written back as PKCS#8 and read again: the same key.
    const Result<DkimKey> again = DkimKey::fromPem(key->privateKeyPem());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(key->privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));
    QCOMPARE(again->publicKeyBase64(), key->publicKeyBase64());
}

void TestDkimKey::refusesWithClearMessage_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("expected"); // part of the message

    const QByteArray rsa = openssl({QStringLiteral("genrsa"), QStringLiteral("1024")});
    QTest::newRow("public key") << openssl({QStringLiteral("pkey"), QStringLiteral("-pubout")}, rsa)
                                << QStringLiteral("public key");
    QTest::newRow("RSA public key") << openssl({QStringLiteral("rsa"), QStringLiteral("-RSAPublicKey_out")}, rsa)
                                    << QStringLiteral("public key");
    QTest::newRow("encrypted PKCS#8") << openssl(
        {QStringLiteral("pkey"), QStringLiteral("-aes256"), QStringLiteral("-passout"), QStringLiteral("pass:secret")},
        rsa) << QStringLiteral("encrypted");
    QTest::newRow("encrypted traditional") << openssl({QStringLiteral("rsa"),
                                                       QStringLiteral("-traditional"),
                                                       QStringLiteral("-aes128"),
                                                       QStringLiteral("-passout"),
                                                       QStringLiteral("pass:secret")},
                                                      rsa)
                                           << QStringLiteral("encrypted");
    QTest::newRow("garbage") << QByteArray("hello, this is not a key\n") << QStringLiteral("not a PEM");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a PEM");
    QTest::newRow("damaged body") << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAAbm90IGEga2V5\n-----END PRIVATE "
                                                "KEY-----\n")
                                  << QStringLiteral("could not be read");
    QTest::newRow("RSA 512") << openssl({QStringLiteral("genrsa"), QStringLiteral("512")})
                             << QStringLiteral("512 bits");
    QTest::newRow("EC P-256") << openssl({QStringLiteral("genpkey"),
                                          QStringLiteral("-algorithm"),
                                          QStringLiteral("EC"),
                                          QStringLiteral("-pkeyopt"),
                                          QStringLiteral("ec_paramgen_curve:P-256")})
                              << QStringLiteral("EC key");
    QTest::newRow("Ed448") << openssl(
        {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed448")})
                           << QStringLiteral("ED448 key");
    QTest::newRow("certificate") << openssl({QStringLiteral("req"),
                                             QStringLiteral("-x509"),
                                             QStringLiteral("-newkey"),
                                             QStringLiteral("ed25519"),
                                             QStringLiteral("-keyout"),
                                             QStringLiteral("/dev/null"),
                                             QStringLiteral("-nodes"),
                                             QStringLiteral("-subj"),
                                             QStringLiteral("/CN=example.jp")})
                                 << QStringLiteral("certificate");
}

void TestDkimKey::refusesWithClearMessage()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, expected);
    const Result<DkimKey> key = DkimKey::fromPem(pem);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains(expected, Qt::CaseInsensitive), qPrintable(key.error()));
    QVERIFY(!key.error().contains(QLatin1Char('\n')));
}

void TestDkimKey::generates()
{
    const Result<DkimKey> rsa = DkimKey::generate(DkimKey::Algorithm::Rsa);
    QVERIFY2(rsa.ok(), qPrintable(rsa.error()));
    QCOMPARE(rsa->bits(), 2048);
    QCOMPARE(rsa->signatureAlgorithmTag(), QByteArray("rsa-sha256"));
    QCOMPARE(rsa->keyTypeTag(), QByteArray("rsa"));
    const Result<DkimKey> ed = DkimKey::generate(DkimKey::Algorithm::Ed25519);
    QVERIFY2(ed.ok(), qPrintable(ed.error()));
    QCOMPARE(ed->signatureAlgorithmTag(), QByteArray("ed25519-sha256"));
    QCOMPARE(ed->keyTypeTag(), QByteArray("ed25519"));
    QCOMPARE(QByteArray::fromBase64(ed->publicKeyBase64()).size(), 32);
    QVERIFY(DkimKey::generate(DkimKey::Algorithm::Ed25519)->publicKeyBase64() != ed->publicKeyBase64());
}

void TestDkimKey::refusesRsaSizesOutOfRange()
{
    QVERIFY(!DkimKey::generate(DkimKey::Algorithm::Rsa, 512).ok());
    QVERIFY(!DkimKey::generate(DkimKey::Algorithm::Rsa, 100000).ok());
    QVERIFY(DkimKey::generate(DkimKey::Algorithm::Rsa, 512).error().contains(QStringLiteral("2048")));
}

void TestDkimKey::publicKeyMatchesOpenssl_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::newRow("rsa") << int(DkimKey::Algorithm::Rsa);
    QTest::newRow("ed25519") << int(DkimKey::Algorithm::Ed25519);
}

void TestDkimKey::publicKeyMatchesOpenssl()
{
    QFETCH(int, algorithm);
    const Result<DkimKey> key = DkimKey::generate(DkimKey::Algorithm(algorithm));
    QVERIFY(key.ok());
    // openssl's SubjectPublicKeyInfo in DER: for RSA that is p= itself; for Ed25519, p= is its last 32 bytes.
    const QByteArray spki = openssl(
        {QStringLiteral("pkey"), QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER")},
        key->privateKeyPem());
    const QByteArray expected = key->algorithm() == DkimKey::Algorithm::Rsa ? spki : spki.right(32);
    QCOMPARE(QByteArray::fromBase64(key->publicKeyBase64()), expected);
    QCOMPARE(key->dnsTxtRecord(), "v=DKIM1; k=" + key->keyTypeTag() + "; p=" + expected.toBase64());
}

void TestDkimKey::writesOwnerOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dkim.pem"));
    const Result<DkimKey> key = DkimKey::generate(DkimKey::Algorithm::Ed25519);
    const mode_t previous = ::umask(0); // even with a permissive umask the file must come out 0600
    const Status written = key->writePrivateKey(path);
    ::umask(previous);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    const Result<DkimKey> read = DkimKey::fromFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->publicKeyBase64(), key->publicKeyBase64());
}

void TestDkimKey::refusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.pem"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old key\n");
    }
    const Status written = DkimKey::generate(DkimKey::Algorithm::Ed25519)->writePrivateKey(path);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QStringLiteral("already exists")), qPrintable(written.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old key\n"));
}

void TestDkimKey::fromFileNamesThePath()
{
    const Result<DkimKey> missing = DkimKey::fromFile(QStringLiteral("/nonexistent/dkim.pem"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(QStringLiteral("/nonexistent/dkim.pem")), qPrintable(missing.error()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pub.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(openssl({QStringLiteral("pkey"), QStringLiteral("-pubout")},
                       DkimKey::generate(DkimKey::Algorithm::Ed25519)->privateKeyPem()));
    file.close();
    const Result<DkimKey> publicOnly = DkimKey::fromFile(path);
    QVERIFY(!publicOnly.ok());
    QVERIFY(publicOnly.error().contains(path));
    QVERIFY(publicOnly.error().contains(QStringLiteral("public key")));
}

QTEST_GUILESS_MAIN(TestDkimKey)
#include "tst_dkimkey.moc"
