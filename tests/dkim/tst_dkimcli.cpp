// tayori-cli dkim keygen / dkim test run as processes: the key file 0600, the exact TXT record (as one string and
// as ≤255-character zone strings), the JSON object, exit codes 0/1/2, and the self-test on the generated key.
#include <sys/stat.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "CliProcess.h"
#include "PythonDkim.h"
#include "cli/DkimCommand.h"
#include "dkim/DkimKey.h"
#include "dkim/DkimSigner.h"

namespace {
using Run = CliRun;
} // namespace

class TestDkimCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keygenJson_data();
    void keygenJson();
    void keygenText();
    void keygenRefusesExistingFile();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void zoneFileStrings();
    void selfTest();
    void selfTestFailures();

private:
    Run cli(const QStringList& arguments);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDkimCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

Run TestDkimCli::cli(const QStringList& arguments)
{
    return CliProcess::run(m_dir->filePath(QStringLiteral("unused.sqlite")), arguments);
}

void TestDkimCli::keygenJson_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("rsa") << QStringLiteral("rsa");
    QTest::newRow("ed25519") << QStringLiteral("ed25519");
}

void TestDkimCli::keygenJson()
{
    QFETCH(QString, type);
    const QString file = m_dir->filePath(QStringLiteral("key.pem"));
    const Run run = cli({QStringLiteral("dkim"),
                         QStringLiteral("keygen"),
                         QStringLiteral("--domain"),
                         QStringLiteral("Example.CO.JP"),
                         QStringLiteral("--selector"),
                         QStringLiteral("news2026"),
                         QStringLiteral("--type"),
                         type,
                         QStringLiteral("--out"),
                         file,
                         QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count('\n'), 1);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("domain")).toString(), QStringLiteral("example.co.jp"));
    QCOMPARE(json.value(QStringLiteral("selector")).toString(), QStringLiteral("news2026"));
    QCOMPARE(json.value(QStringLiteral("type")).toString(), type);
    QCOMPARE(json.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("news2026._domainkey.example.co.jp"));

    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    const Result<DkimKey> key = DkimKey::fromFile(file);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QCOMPARE(QString::fromLatin1(key->keyTypeTag()), type);
    // The record printed is the key's own, byte for byte; python3-dkim verifies a signature against it below.
    const QString txt = json.value(QStringLiteral("txt")).toString();
    QCOMPARE(txt.toLatin1(), key->dnsTxtRecord());
    QVERIFY(txt.startsWith(QStringLiteral("v=DKIM1; k=") + type + QStringLiteral("; p=")));
    if (type == QLatin1String("rsa")) {
        QCOMPARE(key->bits(), 2048);
    }
    DkimSignerOptions options;
    options.domain = QStringLiteral("example.co.jp");
    options.selector = QStringLiteral("news2026");
    options.keys = {*key};
    const QByteArray signedMessage = DkimSigner::create(options, QStringLiteral("example.co.jp"))
                                         ->sign("From: a@example.co.jp\r\nSubject: t\r\n\r\nbody\r\n")
                                         .value();
    QString error;
    const QList<QList<bool>> python = PythonDkim::verifyAll(
        {signedMessage}, {{json.value(QStringLiteral("name")).toString(), txt.toLatin1()}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(python, (QList<QList<bool>> {{true}}));
}

void TestDkimCli::keygenText()
{
    const QString file = m_dir->filePath(QStringLiteral("rsa.pem"));
    const Run run = cli({QStringLiteral("dkim"),
                         QStringLiteral("keygen"),
                         QStringLiteral("--domain"),
                         QStringLiteral("example.jp"),
                         QStringLiteral("--selector"),
                         QStringLiteral("s1"),
                         QStringLiteral("--out"),
                         file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray record = DkimKey::fromFile(file)->dnsTxtRecord();
    QVERIFY(record.size() > 255); // RSA-2048: must be split for zone files
    QVERIFY2(run.out.contains("  Name:  s1._domainkey.example.jp\n"), run.out.constData());
    QVERIFY(run.out.contains(QByteArray("  Value: " + record + "\n")));
    const QRegularExpression zoneLine(QStringLiteral("^  s1\\._domainkey\\.example\\.jp\\. IN TXT \\( (.*) \\)$"),
                                      QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = zoneLine.match(QString::fromUtf8(run.out));
    QVERIFY2(match.hasMatch(), run.out.constData());
    QString joined;
    int strings = 0;
    const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
    for (auto it = quoted.globalMatch(match.captured(1)); it.hasNext(); ++strings) {
        const QString part = it.next().captured(1);
        QVERIFY(part.size() <= 255);
        joined += part;
    }
    QCOMPARE(strings, 2);
    QCOMPARE(joined.toLatin1(), record);
}

void TestDkimCli::keygenRefusesExistingFile()
{
    const QString file = m_dir->filePath(QStringLiteral("taken.pem"));
    {
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
    }
    const Run run = cli({QStringLiteral("dkim"),
                         QStringLiteral("keygen"),
                         QStringLiteral("--domain"),
                         QStringLiteral("example.jp"),
                         QStringLiteral("--selector"),
                         QStringLiteral("s1"),
                         QStringLiteral("--type"),
                         QStringLiteral("ed25519"),
                         QStringLiteral("--out"),
                         file});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains("already exists"), run.err.constData());
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));
}

void TestDkimCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = QStringLiteral("/tmp/never-written-by-tst_dkimcli.pem");
    QTest::newRow("no subcommand") << QStringList {QStringLiteral("dkim")};
    QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("dkim"), QStringLiteral("sign")};
    QTest::newRow("no --out") << QStringList {QStringLiteral("dkim"),
                                              QStringLiteral("keygen"),
                                              QStringLiteral("--domain"),
                                              QStringLiteral("example.jp"),
                                              QStringLiteral("--selector"),
                                              QStringLiteral("s1")};
    QTest::newRow("bad type") << QStringList {QStringLiteral("dkim"),
                                              QStringLiteral("keygen"),
                                              QStringLiteral("--domain"),
                                              QStringLiteral("example.jp"),
                                              QStringLiteral("--selector"),
                                              QStringLiteral("s1"),
                                              QStringLiteral("--type"),
                                              QStringLiteral("dsa"),
                                              QStringLiteral("--out"),
                                              out};
    QTest::newRow("bad selector") << QStringList {QStringLiteral("dkim"),
                                                  QStringLiteral("keygen"),
                                                  QStringLiteral("--domain"),
                                                  QStringLiteral("example.jp"),
                                                  QStringLiteral("--selector"),
                                                  QStringLiteral("my_selector"),
                                                  QStringLiteral("--out"),
                                                  out};
    QTest::newRow("bad domain") << QStringList {QStringLiteral("dkim"),
                                                QStringLiteral("keygen"),
                                                QStringLiteral("--domain"),
                                                QStringLiteral("not a domain"),
                                                QStringLiteral("--selector"),
                                                QStringLiteral("s1"),
                                                QStringLiteral("--out"),
                                                out};
    QTest::newRow("small rsa") << QStringList {QStringLiteral("dkim"),
                                               QStringLiteral("keygen"),
                                               QStringLiteral("--domain"),
                                               QStringLiteral("example.jp"),
                                               QStringLiteral("--selector"),
                                               QStringLiteral("s1"),
                                               QStringLiteral("--bits"),
                                               QStringLiteral("512"),
                                               QStringLiteral("--out"),
                                               out};
    QTest::newRow("unknown option") << QStringList {
        QStringLiteral("dkim"), QStringLiteral("keygen"), QStringLiteral("--colour"), QStringLiteral("blue")};
    QTest::newRow("test without key") << QStringList {QStringLiteral("dkim"),
                                                      QStringLiteral("test"),
                                                      QStringLiteral("--domain"),
                                                      QStringLiteral("example.jp"),
                                                      QStringLiteral("--selector"),
                                                      QStringLiteral("s1")};
}

void TestDkimCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments + QStringList {QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.json().contains(QStringLiteral("error")));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-written-by-tst_dkimcli.pem")));
}

void TestDkimCli::zoneFileStrings()
{
    QCOMPARE(DkimCommand::zoneFileStrings("v=DKIM1; k=ed25519; p=abc"), QByteArray("\"v=DKIM1; k=ed25519; p=abc\""));
    const QByteArray long300(300, 'x');
    QCOMPARE(DkimCommand::zoneFileStrings(long300), '"' + QByteArray(255, 'x') + "\" \"" + QByteArray(45, 'x') + '"');
}

void TestDkimCli::selfTest()
{
    for (const QString& type : {QStringLiteral("rsa"), QStringLiteral("ed25519")}) {
        const QString file = m_dir->filePath(type + QStringLiteral(".pem"));
        QCOMPARE(cli({QStringLiteral("dkim"),
                      QStringLiteral("keygen"),
                      QStringLiteral("--domain"),
                      QStringLiteral("example.jp"),
                      QStringLiteral("--selector"),
                      QStringLiteral("s1"),
                      QStringLiteral("--type"),
                      type,
                      QStringLiteral("--out"),
                      file})
                     .exitCode,
                 0);
        const Run run = cli({QStringLiteral("dkim"),
                             QStringLiteral("test"),
                             QStringLiteral("--key"),
                             file,
                             QStringLiteral("--domain"),
                             QStringLiteral("example.jp"),
                             QStringLiteral("--selector"),
                             QStringLiteral("s1"),
                             QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("passed")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("local"));
        QCOMPARE(json.value(QStringLiteral("type")).toString(), type);
        QVERIFY2(json.value(QStringLiteral("detail")).toString().contains(QStringLiteral("pass")), run.out.constData());
    }
}

void TestDkimCli::selfTestFailures()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing.pem"));
    const Run noFile = cli({QStringLiteral("dkim"),
                            QStringLiteral("test"),
                            QStringLiteral("--key"),
                            missing,
                            QStringLiteral("--domain"),
                            QStringLiteral("example.jp"),
                            QStringLiteral("--selector"),
                            QStringLiteral("s1")});
    QCOMPARE(noFile.exitCode, 1);
    QVERIFY2(noFile.err.contains(missing.toUtf8()), noFile.err.constData());
    QCOMPARE(noFile.err.count('\n'), 1);
    // A public key file: exit 1, the message says so.
    const QString publicKey = m_dir->filePath(QStringLiteral("public.pem"));
    QFile file(publicKey);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END "
               "PUBLIC KEY-----\n");
    file.close();
    const Run publicOnly = cli({QStringLiteral("dkim"),
                                QStringLiteral("test"),
                                QStringLiteral("--key"),
                                publicKey,
                                QStringLiteral("--domain"),
                                QStringLiteral("example.jp"),
                                QStringLiteral("--selector"),
                                QStringLiteral("s1")});
    QCOMPARE(publicOnly.exitCode, 1);
    QVERIFY2(publicOnly.err.contains("public key"), publicOnly.err.constData());
}

QTEST_GUILESS_MAIN(TestDkimCli)
#include "tst_dkimcli.moc"
