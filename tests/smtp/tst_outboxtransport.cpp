// OutboxTransport: exact bytes in one .eml per message, the file name, the error when the folder is unusable, and
// MailTransport::create choosing the implementation.
#include <QtTest>

#include "smtp/MailTransport.h"
#include "smtp/OutboxTransport.h"
#include "smtp/SmtpTransport.h"

class TestOutboxTransport : public QObject
{
    Q_OBJECT

private slots:
    void writesExactBytes();
    void fileName();
    void unwritableFolder();
    void createChoosesImplementation();
};

void TestOutboxTransport::writesExactBytes()
{
    QTemporaryDir dir;
    RelayConfig config = *RelayConfig::fromUrl(QUrl::fromLocalFile(dir.filePath(QStringLiteral("out/box"))).toString());
    std::unique_ptr<MailTransport> transport = MailTransport::create(config);
    QList<QPair<quint64, TransportResult>> results;
    connect(transport.get(), &MailTransport::finished, this, [&](quint64 tag, const TransportResult& result) {
        results.append({tag, result});
    });

    const QByteArray first = "From: a@example.com\r\nTo: b@example.net\r\n\r\n.dot line\r\n.\r\n\xe6\x97\xa5\r\n";
    const QByteArray second = "Subject: no final newline";
    transport->submit(41, {"bounce+x@example.com", "taro@example.co.jp"}, first);
    transport->submit(42, {"bounce+y@example.com", "hanako/../x@example.jp"}, second);
    QVERIFY(results.isEmpty()); // never from inside submit()
    QTRY_COMPARE(results.size(), 2);

    QCOMPARE(results[0].first, quint64(41));
    QCOMPARE(results[1].first, quint64(42));
    const QStringList files = QDir(config.outboxPath).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(results[i].second.outcome, TransportResult::Outcome::Accepted);
        const QString path = results[i].second.reply.mid(results[i].second.reply.indexOf(QLatin1Char('/')));
        QVERIFY2(QFile::exists(path), qPrintable(results[i].second.reply));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), i == 0 ? first : second);
    }
    QVERIFY(files[0].endsWith(QStringLiteral("-000041-taro_example.co.jp.eml")));
    QVERIFY(files[1].endsWith(QStringLiteral("-000042-hanako_.._x_example.jp.eml")));

    QSignalSpy closed(transport.get(), &MailTransport::closed);
    transport->close();
    QTRY_COMPARE(closed.size(), 1);
}

void TestOutboxTransport::fileName()
{
    const QDateTime when(QDate(2026, 12, 4), QTime(19, 0, 0), Qt::UTC);
    QCOMPARE(OutboxTransport::fileName(when, 42, "taro@example.co.jp"),
             QStringLiteral("20261204T190000Z-000042-taro_example.co.jp.eml"));
    QCOMPARE(OutboxTransport::fileName(when, 1234567, "../\xe5\xa4\xaa@x:y"),
             QStringLiteral("20261204T190000Z-1234567-_____x_y.eml"));
}

void TestOutboxTransport::unwritableFolder()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    RelayConfig config;
    config.kind = RelayConfig::Kind::Outbox;
    config.outboxPath = blocker + QStringLiteral("/sub"); // a folder cannot be made under a file
    OutboxTransport transport(config);
    QList<TransportResult> results;
    connect(&transport, &MailTransport::finished, this, [&](quint64, const TransportResult& result) {
        results.append(result);
    });
    transport.submit(1, {"a@example.com", "b@example.com"}, "x\r\n");
    QTRY_COMPARE(results.size(), 1);
    QCOMPARE(results[0].outcome, TransportResult::Outcome::ConfigurationError);
    QVERIFY2(results[0].reply.contains(config.outboxPath), qPrintable(results[0].reply));
}

void TestOutboxTransport::createChoosesImplementation()
{
    const std::unique_ptr<MailTransport> outbox
        = MailTransport::create(*RelayConfig::fromUrl(QStringLiteral("file:///tmp/x")));
    QVERIFY(qobject_cast<OutboxTransport*>(outbox.get()));
    const std::unique_ptr<MailTransport> smtp
        = MailTransport::create(*RelayConfig::fromUrl(QStringLiteral("smtp://h")));
    QVERIFY(qobject_cast<SmtpTransport*>(smtp.get()));
}

QTEST_GUILESS_MAIN(TestOutboxTransport)
#include "tst_outboxtransport.moc"
