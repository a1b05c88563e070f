// TestMailSender end to end: a test message through a real SMTP server on loopback (faultsmtp.py), checked by an
// independent parser and DKIM verifier (Python's email package, python3-dkim): it arrived at the typed address,
// signed, personalised, with the template's image as a multipart/related part; the outbox and missing-identity
// cases end in a clear error.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "FaultSmtpServer.h"
#include "contacts/ContactRepository.h"
#include "delivery/TestMailSender.h"
#include "dkim/DkimKey.h"
#include "senders/DkimKeyStore.h"
#include "senders/RelayStore.h"
#include "senders/SenderIdentityStore.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace {
const QString fromDomain = u"news.example.co.jp"_s;
const QString selector = u"tayori1"_s;

// A real 2×1 PNG (what TemplateStore keeps for an image block).
QByteArray tinyPng()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwQZYAwAYFEH+"
                                  "aCRdTkAAAAASUVORK5CYII=");
}
} // namespace

class TestTestMailSender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void inlineImagesFor();
    void subjectPrefix();
    void arrivesSignedWithRelatedImage_data();
    void arrivesSignedWithRelatedImage();
    void outboxSaysWhereTheFileIs();
    void noIdentityIsAClearError();
    void badAddressIsAClearError();

private:
    TestMail mail() const;
    QJsonObject check(const QByteArray& message);
    void addIdentity();

    QString m_rsaTxt;
    std::optional<DkimKey> m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_database;
};

void TestTestMailSender::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto rsa = DkimKey::generate(DkimKey::Algorithm::Rsa, 2048);
    QVERIFY(rsa);
    m_rsaTxt = QString::fromLatin1(rsa->dnsTxtRecord());
    m_key = std::move(rsa).value();
}

void TestTestMailSender::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = Database::open(m_dir->filePath(u"test.sqlite"_s));
    QVERIFY2(database, qPrintable(database.error()));
    m_database = *database;
}

void TestTestMailSender::addIdentity()
{
    SenderIdentity identity;
    identity.displayName = u"便り通信"_s;
    identity.address = u"info@"_s + fromDomain;
    QVERIFY(SenderIdentityStore(*m_database).add(identity));
    auto saved = DkimKeyStore(*m_database, m_dir->filePath(u"dkim"_s)).save(fromDomain, selector, *m_key);
    QVERIFY2(saved, qPrintable(saved.error()));
}

TestMail TestTestMailSender::mail() const
{
    // What TemplateRenderer makes of an image block and a heading with merge fields (inline images: cid:NAME).
    TestMail mail;
    mail.subject = u"{{last_name}}様へ 12月号"_s;
    mail.html = u"<!DOCTYPE html><html lang=\"ja\"><body><h1>{{last_name}} {{first_name}} 様</h1>"
                u"<img src=\"cid:logo.png\" width=\"2\" height=\"1\" alt=\"ロゴ\">"
                u"<p><a href=\"{{unsubscribe_url}}\">配信停止</a></p></body></html>"_s;
    mail.text = u"{{full_name}} 様\n\n配信停止: {{unsubscribe_url}}\n"_s;
    TemplateAsset logo;
    logo.name = u"logo.png"_s;
    logo.mimeType = "image/png";
    logo.data = tinyPng();
    mail.inlineImages = TestMailSender::inlineImagesFor({u"logo.png"_s}, {logo}).value();
    mail.toAddress = u"tester@example.org"_s;
    mail.baseUrl = u"https://mail.example.co.jp"_s;
    return mail;
}

QJsonObject TestTestMailSender::check(const QByteArray& message)
{
    const QString path = m_dir->filePath(u"received.eml"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size()) {
        return {};
    }
    file.close();
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 {qEnvironmentVariable("TAYORI_SOURCE_DIR") + u"/tests/delivery/check_testmail.py"_s,
                  path,
                  u"--dns"_s,
                  selector + u"._domainkey."_s + fromDomain + u"="_s + m_rsaTxt});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TestTestMailSender::inlineImagesFor()
{
    TemplateAsset logo;
    logo.name = u"logo.png"_s;
    logo.mimeType = "image/png";
    logo.data = tinyPng();
    const auto images = TestMailSender::inlineImagesFor({u"logo.png"_s}, {logo});
    QVERIFY(images);
    QCOMPARE(images->size(), 1);
    QCOMPARE(images->first().contentId, QByteArray("logo.png"));
    QCOMPARE(images->first().data, tinyPng());
    // A name that is not ASCII becomes a percent-encoded Content-ID, as a cid: URL spells it (RFC 2392).
    logo.name = u"ロゴ 1.png"_s;
    QCOMPARE(TestMailSender::inlineImagesFor({logo.name}, {logo})->first().contentId,
             QByteArray("%E3%83%AD%E3%82%B4%201.png"));
    const auto missing = TestMailSender::inlineImagesFor({u"photo.jpg"_s}, {logo});
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(u"photo.jpg"_s), qPrintable(missing.error()));
}

void TestTestMailSender::subjectPrefix()
{
    QCOMPARE(TestMailSender::subjectPrefix(u"ja"_s), u"【テスト】"_s);
    QCOMPARE(TestMailSender::subjectPrefix(u"en"_s), u"[TEST] "_s);
}

void TestTestMailSender::arrivesSignedWithRelatedImage_data()
{
    QTest::addColumn<bool>("asContact");
    QTest::newRow("as a contact") << true;
    QTest::newRow("sample data from the sender") << false;
}

void TestTestMailSender::arrivesSignedWithRelatedImage()
{
    QFETCH(bool, asContact);
    addIdentity();
    if (QTest::currentTestFailed()) {
        return;
    }
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    Relay relay;
    relay.name = u"loopback"_s;
    relay.url = u"smtp://127.0.0.1:%1?tls=none"_s.arg(server.port());
    QVERIFY(RelayStore(*m_database).add(relay));
    TestMail request = mail();
    if (asContact) {
        Contact contact;
        contact.email = u"hanako@example.jp"_s;
        contact.familyName = u"佐藤"_s;
        contact.givenName = u"花子"_s;
        auto id = ContactRepository(*m_database).add(contact);
        QVERIFY2(id, qPrintable(id.error()));
        request.contactId = *id;
    }

    TestMailSender sender(*m_database);
    QSignalSpy finished(&sender, &TestMailSender::finished);
    QSignalSpy failed(&sender, &TestMailSender::error);
    sender.send(request);
    QVERIFY(sender.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const auto result = finished.first().first().value<TransportResult>();
    QCOMPARE(int(result.outcome), int(TransportResult::Outcome::Accepted));
    QCOMPARE(result.code, 250);
    QVERIFY(!sender.isBusy());
    QCOMPARE(sender.recipient(), u"tester@example.org"_s);

    const QList<QJsonObject> log = server.messages();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].value(u"rcpts"_s).toArray(), QJsonArray {u"tester@example.org"_s});
    const QJsonObject report = check(server.messageBytes(log[0]));
    QVERIFY(!report.isEmpty());
    QCOMPARE(report.value(u"problems"_s).toArray().size(), 0);
    QCOMPARE(report.value(u"dkim"_s).toArray(), QJsonArray {true});
    QCOMPARE(report.value(u"to"_s).toString(), u"tester@example.org"_s);
    const QString family = asContact ? u"佐藤"_s : u"便り通信"_s;
    QCOMPARE(report.value(u"subject"_s).toString(), u"【テスト】"_s + family + u"様へ 12月号"_s);
    const QString html = report.value(u"html"_s).toString();
    QVERIFY2(html.contains(asContact ? u"<h1>佐藤 花子 様</h1>"_s : u"<h1>便り通信  様</h1>"_s), qPrintable(html));
    QVERIFY(html.contains(u"https://mail.example.co.jp/u/"_s));
    QVERIFY2(report.value(u"text"_s).toString().startsWith(asContact ? u"佐藤 花子 様"_s : u"便り通信 様"_s),
             qPrintable(report.value(u"text"_s).toString()));
    QVERIFY(report.value(u"list_unsubscribe"_s).toString().startsWith(u"<https://mail.example.co.jp/u/"_s));

    // The image travels inside multipart/related, under the Content-ID the HTML's cid: names.
    const QJsonArray images = report.value(u"images"_s).toArray();
    QCOMPARE(images.size(), 1);
    const QJsonObject image = images[0].toObject();
    QCOMPARE(image.value(u"content_id"_s).toString(), u"logo.png"_s);
    QCOMPARE(image.value(u"type"_s).toString(), u"image/png"_s);
    QCOMPARE(image.value(u"parent"_s).toString(), u"multipart/related"_s);
    QVERIFY(image.value(u"referenced"_s).toBool());
    QVERIFY(image.value(u"png"_s).toBool());
    QCOMPARE(image.value(u"bytes"_s).toInt(), int(tinyPng().size()));
    QVERIFY(report.value(u"tree"_s).toObject().contains(u"multipart/related"_s));
}

void TestTestMailSender::outboxSaysWhereTheFileIs()
{
    addIdentity();
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString outbox = m_dir->filePath(u"outbox"_s);
    Relay relay;
    relay.name = u"outbox"_s;
    relay.url = QUrl::fromLocalFile(outbox).toString();
    QVERIFY(RelayStore(*m_database).add(relay));

    TestMailSender sender(*m_database);
    QSignalSpy finished(&sender, &TestMailSender::finished);
    QSignalSpy failed(&sender, &TestMailSender::error);
    sender.send(mail());
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 30000);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().first().toString();
    const QStringList files = QDir(outbox).entryList({u"*.eml"_s}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QCOMPARE(sender.outboxFile(), QDir(outbox).filePath(files.first()));
    QVERIFY2(message.contains(QDir::toNativeSeparators(sender.outboxFile())), qPrintable(message));
    QVERIFY2(message.contains(u"nothing left this computer"_s), qPrintable(message));
    // What was written is the same signed message a relay would have had.
    QFile file(sender.outboxFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject report = check(file.readAll());
    QCOMPARE(report.value(u"dkim"_s).toArray(), QJsonArray {true});
    QCOMPARE(report.value(u"images"_s).toArray().size(), 1);
}

void TestTestMailSender::noIdentityIsAClearError()
{
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    Relay relay;
    relay.name = u"loopback"_s;
    relay.url = u"smtp://127.0.0.1:%1?tls=none"_s.arg(server.port());
    QVERIFY(RelayStore(*m_database).add(relay));

    TestMailSender sender(*m_database);
    QSignalSpy finished(&sender, &TestMailSender::finished);
    QSignalSpy failed(&sender, &TestMailSender::error);
    sender.send(mail());
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() == 1, 10000);
    QCOMPARE(finished.size(), 0);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"No sender identity"_s) && message.contains(u"Settings"_s), qPrintable(message));
    QVERIFY(!sender.isBusy());
    QCOMPARE(server.messages().size(), 0);
}

void TestTestMailSender::badAddressIsAClearError()
{
    addIdentity();
    if (QTest::currentTestFailed()) {
        return;
    }
    TestMailSender sender(*m_database);
    QSignalSpy failed(&sender, &TestMailSender::error);
    TestMail request = mail();
    request.toAddress = u"not an address"_s;
    sender.send(request);
    // A second send while the first is under way is refused, not queued.
    sender.send(request);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"already"_s));
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() == 2, 10000);
    QVERIFY2(failed.last().first().toString().contains(u"not an address"_s),
             qPrintable(failed.last().first().toString()));
}

QTEST_GUILESS_MAIN(TestTestMailSender)
#include "tst_testmailsender.moc"
