// The delivery engine end to end, as a user runs it: `tayori-cli send` and `resume` as processes, against the
// fault-injecting SMTP server on loopback. What arrived is checked by an independent script (python3-dkim and
// Python's email package): every message verifies, d= and the envelope align with From, RFC 8058 headers are
// present and signed, Japanese decodes in UTF-8 and ISO-2022-JP, and faults and kills end with nothing lost.
#include <csignal>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "CliProcess.h"
#include "FaultSmtpServer.h"
#include "contacts/ContactRepository.h"
#include "dkim/DkimKey.h"
#include "storage/Database.h"
#include "templates/TemplateStore.h"

using namespace Qt::StringLiterals;

namespace {
using Run = CliRun;

const QString fromDomain = u"news.example.co.jp"_s;
const QString selector = u"tayori1"_s;
} // namespace

class TestSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void signedAlignedUnsubscribable_data();
    void signedAlignedUnsubscribable();
    void faultsEndInTheRightStates();
    void greylistingIsRetried();
    void killDuringSendThenResume();
    void secondSenderOfOneCampaignIsRefused();
    void headerInjectionThroughContactData();
    void badInputFailsBeforeSending_data();
    void badInputFailsBeforeSending();
    void unreachableRelayPausesThenResumes();
    void selfSignedStartTlsIsRefused();
    void storedTemplateWithImagesSurvivesAResume();
    void hostedTemplateImagesPointAtTheWebEndpoint();
    void scheduledCampaignGoesOutOnceWhenDue();

private:
    Run cli(const QStringList& arguments, int timeoutMs = 120000);
    QString write(const QString& name, const QByteArray& bytes);
    void importContacts(int count, const QString& list = u"news"_s);
    QJsonObject check(const FaultSmtpServer& server);
    QStringList sendArguments(const FaultSmtpServer& server, const QStringList& extra = {});
    // sendArguments with --template ID in place of --html and --text.
    QStringList templateSendArguments(const FaultSmtpServer& server, const QString& templateId);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_rsaKey;
    QString m_edKey;
    QString m_rsaTxt;
    QString m_edTxt;
};

void TestSend::initTestCase()
{
    // Keys made once, with OpenSSL through DkimKey (their own tests are in tst_dkim).
    static QTemporaryDir keys;
    auto rsa = DkimKey::generate(DkimKey::Algorithm::Rsa, 2048);
    auto ed = DkimKey::generate(DkimKey::Algorithm::Ed25519);
    QVERIFY(rsa && ed);
    m_rsaKey = keys.filePath(u"rsa.pem"_s);
    m_edKey = keys.filePath(u"ed.pem"_s);
    QVERIFY(rsa->writePrivateKey(m_rsaKey));
    QVERIFY(ed->writePrivateKey(m_edKey));
    m_rsaTxt = QString::fromLatin1(rsa->dnsTxtRecord());
    m_edTxt = QString::fromLatin1(ed->dnsTxtRecord());
}

void TestSend::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"send.sqlite"_s);
}

Run TestSend::cli(const QStringList& arguments, int timeoutMs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_dir->path()); // the outbox default and settings stay inside the test
    return CliProcess::run(m_db, arguments, timeoutMs, environment);
}

QString TestSend::write(const QString& name, const QByteArray& bytes)
{
    return CliProcess::writeFixture(m_dir->path(), name, bytes);
}

void TestSend::importContacts(int count, const QString& list)
{
    QByteArray csv = "email,姓,名,会社名\n";
    for (int i = 0; i < count; ++i) {
        csv += "user" + QByteArray::number(i) + "@dest" + QByteArray::number(i % 3) + ".example,山田,太郎"
               + QByteArray::number(i) + ",株式会社テスト\n";
    }
    const Run run = cli({u"import"_s, write(u"contacts.csv"_s, csv), u"--list"_s, list, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"imported"_s).toInt(), count);
}

QStringList TestSend::sendArguments(const FaultSmtpServer& server, const QStringList& extra)
{
    const QString html = write(u"mail.html"_s,
                               "<html><body><p>{{last_name}} {{first_name}} 様</p><p>{{company|御中}}</p>"
                               "<p>今月のお知らせです。</p><a href=\"{{unsubscribe_url}}\">配信停止</a></body></html>");
    const QString text
        = write(u"mail.txt"_s, "{{full_name}} 様\n今月のお知らせです。\n.\n配信停止: {{unsubscribe_url}}\n");
    return QStringList {u"send"_s,
                        u"--subject"_s,
                        u"【お知らせ】{{last_name}}様へ 12月号"_s,
                        u"--from"_s,
                        u"便り通信 <info@"_s + fromDomain + u">"_s,
                        u"--html"_s,
                        html,
                        u"--text"_s,
                        text,
                        u"--list"_s,
                        u"news"_s,
                        u"--smtp"_s,
                        u"smtp://127.0.0.1:%1?tls=none"_s.arg(server.port()),
                        u"--dkim-key"_s,
                        m_rsaKey,
                        u"--dkim-selector"_s,
                        selector,
                        u"--base-url"_s,
                        u"https://mail.example.co.jp"_s,
                        u"--retry-delay"_s,
                        u"1"_s,
                        u"--max-wait"_s,
                        u"30"_s,
                        u"--json"_s}
           + extra;
}

QStringList TestSend::templateSendArguments(const FaultSmtpServer& server, const QString& templateId)
{
    QStringList arguments = sendArguments(server);
    for (const QString& option : {u"--html"_s, u"--text"_s}) {
        arguments.removeAt(arguments.indexOf(option) + 1);
        arguments.removeAll(option);
    }
    return arguments << u"--template"_s << templateId;
}

QJsonObject TestSend::check(const FaultSmtpServer& server)
{
    const QString dnsName = selector + u"._domainkey."_s + fromDomain;
    QProcess python;
    // The stand-in for DNS: the RSA key under SELECTOR, the Ed25519 key under SELECTORed.
    python.start(u"/usr/bin/python3"_s,
                 {qEnvironmentVariable("TAYORI_SOURCE_DIR") + u"/tests/delivery/check_delivered.py"_s,
                  server.maildir() + u"/messages.jsonl"_s,
                  server.maildir(),
                  u"--dns"_s,
                  dnsName + u"="_s + m_rsaTxt,
                  u"--dns"_s,
                  selector + u"ed._domainkey."_s + fromDomain + u"="_s + m_edTxt});
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TestSend::signedAlignedUnsubscribable_data()
{
    QTest::addColumn<QString>("charset");
    QTest::addColumn<bool>("twoKeys");
    QTest::newRow("utf-8, rsa") << u"utf-8"_s << false;
    QTest::newRow("iso-2022-jp, rsa") << u"iso-2022-jp"_s << false;
    QTest::newRow("utf-8, rsa + ed25519") << u"utf-8"_s << true;
}

void TestSend::signedAlignedUnsubscribable()
{
    QFETCH(QString, charset);
    QFETCH(bool, twoKeys);
    importContacts(12);
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QStringList extra {u"--charset"_s, charset};
    if (twoKeys) {
        // Each key has its own selector and DNS record.
        extra << u"--dkim-key"_s << m_edKey << u"--dkim-selector"_s << selector + u"ed"_s;
    }
    const Run run = cli(sendArguments(server, extra));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = run.json();
    QCOMPARE(result.value(u"sent"_s).toInt(), 12);
    QCOMPARE(result.value(u"failed"_s).toInt(), 0);
    QVERIFY(result.value(u"campaign"_s).toInt() > 0);

    const QJsonObject report = check(server);
    QCOMPARE(report.value(u"messages"_s).toInt(), 12);
    QCOMPARE(report.value(u"problems"_s).toArray().size(), 0);
    const QJsonObject recipients = report.value(u"recipients"_s).toObject();
    QCOMPARE(recipients.size(), 12);
    for (auto it = recipients.begin(); it != recipients.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        const QString who = it.key();
        QCOMPARE(r.value(u"count"_s).toInt(), 1);
        const QJsonArray dkim = r.value(u"dkim"_s).toArray();
        QCOMPARE(dkim.size(), twoKeys ? 2 : 1);
        for (const auto& verified : dkim) {
            QVERIFY2(verified.toBool(), qPrintable(who));
        }
        QCOMPARE(r.value(u"d"_s).toString(), fromDomain);
        QCOMPARE(r.value(u"from_domain"_s).toString(), fromDomain);
        QCOMPARE(r.value(u"from_name"_s).toString(), u"便り通信"_s);
        const QStringList h = r.value(u"h"_s).toVariant().toStringList();
        QCOMPARE(h.count(u"from"_s), 2); // over-signed
        QVERIFY(h.contains(u"list-unsubscribe"_s));
        QVERIFY(h.contains(u"list-unsubscribe-post"_s));
        QVERIFY(h.contains(u"subject"_s) && h.contains(u"message-id"_s) && h.contains(u"date"_s));
        QCOMPARE(r.value(u"list_unsubscribe_post"_s).toString(), u"List-Unsubscribe=One-Click"_s);
        QVERIFY(r.value(u"list_unsubscribe"_s).toString().startsWith(u"<https://mail.example.co.jp/u/"_s));
        const QString number = who.mid(4, who.indexOf(u'@') - 4);
        QCOMPARE(r.value(u"subject"_s).toString(), u"【お知らせ】山田様へ 12月号"_s);
        // Text parts travel with CRLF line ends (RFC 2046 canonical form); compare lines.
        const QString text = r.value(u"text"_s).toString().replace(u"\r\n"_s, u"\n"_s);
        QVERIFY2(text.startsWith(u"山田 太郎"_s + number + u" 様\n今月のお知らせです。\n.\n"_s), qPrintable(text));
        QVERIFY(r.value(u"html"_s).toString().contains(u"<p>山田 太郎"_s + number + u" 様</p>"_s));
        QCOMPARE(r.value(u"charset"_s).toString(), charset);
        QVERIFY(r.value(u"message_id"_s).toString().endsWith(u"@"_s + fromDomain + u">"_s));
    }
    // The envelope sender is the VERP bounce address in the From domain (SPF and DMARC alignment).
    for (const auto& envelope : report.value(u"envelopes"_s).toArray()) {
        const QString mailFrom = envelope.toObject().value(u"mail_from"_s).toString();
        QVERIFY2(mailFrom.startsWith(u"bounce+"_s) && mailFrom.endsWith(u"@"_s + fromDomain), qPrintable(mailFrom));
    }
}

void TestSend::faultsEndInTheRightStates()
{
    importContacts(60);
    FaultSmtpServer server;
    const QStringList faults {u"--seed"_s,
                              u"7"_s,
                              u"--rcpt-perm-rate"_s,
                              u"0.15"_s,
                              u"--rcpt-temp-rate"_s,
                              u"0.2"_s,
                              u"--max-msgs-per-conn"_s,
                              u"7"_s,
                              u"--drop-data-rate"_s,
                              u"0.05"_s};
    QVERIFY2(server.start(faults), qPrintable(server.error()));
    const Run run = cli(sendArguments(server));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = run.json();

    // Which recipients the server rejects for good, asked from the server itself.
    QProcess explain;
    QStringList addresses;
    for (int i = 0; i < 60; ++i) {
        addresses << u"user%1@dest%2.example"_s.arg(i).arg(i % 3);
    }
    explain.start(u"/usr/bin/python3"_s,
                  QStringList {FaultSmtpServer::scriptPath()} + faults.mid(0, 4) + QStringList {u"--explain"_s}
                      + addresses);
    QVERIFY(explain.waitForFinished(30000));
    QSet<QString> permanent;
    const QJsonDocument explained = QJsonDocument::fromJson(explain.readAllStandardOutput());
    const QJsonArray rows
        = explained.isArray() ? explained.array() : explained.object().value(u"recipients"_s).toArray();
    for (const auto& row : rows) {
        if (row.toObject().value(u"perm_550"_s).toBool()) {
            permanent << row.toObject().value(u"rcpt"_s).toString();
        }
    }
    QVERIFY(!permanent.isEmpty());
    QCOMPARE(result.value(u"bounced"_s).toInt(), permanent.size());
    QCOMPARE(result.value(u"sent"_s).toInt(), 60 - permanent.size());
    QCOMPARE(result.value(u"deferred"_s).toInt(), 0);

    // Every other recipient arrived exactly once; a dropped DATA is not an arrival.
    QHash<QString, int> arrived;
    for (const QJsonObject& message : server.messages()) {
        for (const auto& rcpt : message.value(u"rcpts"_s).toArray()) {
            ++arrived[rcpt.toString()];
        }
    }
    for (const QString& address : std::as_const(addresses)) {
        QCOMPARE(arrived.value(address), permanent.contains(address) ? 0 : 1);
    }
    // The per-recipient log keeps each server reply; bounced addresses are suppressed.
    const Run status
        = cli({u"status"_s, QString::number(result.value(u"campaign"_s).toInt()), u"--recipients"_s, u"--json"_s});
    QCOMPARE(status.exitCode, 0);
    int withReply = 0;
    for (const auto& value : status.json().value(u"recipients"_s).toArray()) {
        const QJsonObject r = value.toObject();
        if (permanent.contains(r.value(u"email"_s).toString())) {
            QCOMPARE(r.value(u"state"_s).toString(), u"bounced"_s);
            QCOMPARE(r.value(u"code"_s).toInt(), 550);
            QVERIFY(r.value(u"reply"_s).toString().contains(u"5.1.1"_s));
        } else {
            QCOMPARE(r.value(u"state"_s).toString(), u"sent"_s);
        }
        withReply += r.value(u"reply"_s).toString().isEmpty() ? 0 : 1;
    }
    QCOMPARE(withReply, 60);
    const Run bounced = cli({u"contacts"_s, u"count"_s, u"--segment"_s, u"status:bounced"_s, u"--json"_s});
    QCOMPARE(bounced.json().value(u"count"_s).toInt(), permanent.size());
    // A second send skips them.
    const Run again = cli(sendArguments(server));
    QCOMPARE(again.json().value(u"skipped"_s).toInt(), permanent.size());
}

void TestSend::greylistingIsRetried()
{
    importContacts(6);
    FaultSmtpServer server;
    QVERIFY2(server.start({u"--greylist"_s, u"--greylist-delay"_s, u"1"_s}), qPrintable(server.error()));
    const Run run = cli(sendArguments(server));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(u"sent"_s).toInt(), 6);
    QCOMPARE(run.json().value(u"state"_s).toString(), u"done"_s);
    const Run status
        = cli({u"status"_s, QString::number(run.json().value(u"campaign"_s).toInt()), u"--recipients"_s, u"--json"_s});
    for (const auto& value : status.json().value(u"recipients"_s).toArray()) {
        QVERIFY(value.toObject().value(u"attempts"_s).toInt() >= 2);
    }
    QCOMPARE(server.messages().size(), 6);
}

void TestSend::killDuringSendThenResume()
{
    constexpr int total = 1500;
    importContacts(total);
    FaultSmtpServer server;
    // Slow enough that the kill lands in the middle.
    QVERIFY2(server.start({u"--delay-data-ms"_s, u"3"_s}), qPrintable(server.error()));
    QProcess sender;
    sender.start(qEnvironmentVariable("TAYORI_CLI"), QStringList {u"--db"_s, m_db} + sendArguments(server));
    QVERIFY(sender.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server.messages().size() >= 300, 60000);
    ::kill(pid_t(sender.processId()), SIGKILL);
    QVERIFY(sender.waitForFinished());
    const int beforeResume = int(server.messages().size());
    QVERIFY2(beforeResume < total, "the kill came too late to test anything");

    const Run status = cli({u"status"_s, u"--json"_s});
    const QJsonObject interrupted = status.json().value(u"campaigns"_s).toArray().first().toObject();
    QCOMPARE(interrupted.value(u"state"_s).toString(), u"sending"_s);

    const Run resumed = cli({u"resume"_s, u"--json"_s});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QCOMPARE(resumed.json().value(u"sent"_s).toInt(), total);
    QCOMPARE(resumed.json().value(u"state"_s).toString(), u"done"_s);

    QHash<QString, int> arrived;
    for (const QJsonObject& message : server.messages()) {
        for (const auto& rcpt : message.value(u"rcpts"_s).toArray()) {
            ++arrived[rcpt.toString()];
        }
    }
    QCOMPARE(arrived.size(), total); // nobody lost
    int duplicates = 0;
    for (int count : std::as_const(arrived)) {
        duplicates += count - 1;
    }
    // At most the messages in flight at the kill: one per connection (4).
    QVERIFY2(duplicates <= 4, qPrintable(QString::number(duplicates)));
    qInfo("killed after %d of %d arrived; %d duplicate(s) after resume", beforeResume, total, duplicates);
}

void TestSend::secondSenderOfOneCampaignIsRefused()
{
    constexpr int total = 400;
    importContacts(total);
    FaultSmtpServer server;
    QVERIFY2(server.start({u"--delay-data-ms"_s, u"5"_s}), qPrintable(server.error()));
    QProcess sender;
    sender.start(qEnvironmentVariable("TAYORI_CLI"), QStringList {u"--db"_s, m_db} + sendArguments(server));
    QVERIFY(sender.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server.messages().size() >= 20, 60000);
    // While the first process sends, a resume of the same campaign (as a second window or cron would) is refused.
    const Run second = cli({u"resume"_s, u"1"_s, u"--json"_s});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains("another Tayori"), second.err.constData());
    QVERIFY(sender.waitForFinished(120000));
    QCOMPARE(sender.exitCode(), 0);
    QHash<QString, int> arrived;
    for (const QJsonObject& message : server.messages()) {
        for (const auto& rcpt : message.value(u"rcpts"_s).toArray()) {
            ++arrived[rcpt.toString()];
        }
    }
    QCOMPARE(arrived.size(), total);
    for (int count : std::as_const(arrived)) {
        QCOMPARE(count, 1);
    }
}

void TestSend::headerInjectionThroughContactData()
{
    {
        auto database = Database::open(m_db);
        QVERIFY(database);
        ContactRepository repository(*database);
        Contact evil;
        evil.email = u"victim@dest.example"_s;
        evil.familyName = u"山田\r\nBcc: attacker@evil.example"_s;
        evil.givenName = u"太郎\nX-Injected: yes"_s;
        evil.company = u"ACME\r\n\r\n<script>"_s;
        evil.lists = {u"news"_s};
        QVERIFY(repository.add(evil));
    }
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const Run run = cli(sendArguments(server));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = check(server);
    QCOMPARE(report.value(u"messages"_s).toInt(), 1);
    const QJsonObject r = report.value(u"recipients"_s).toObject().value(u"victim@dest.example"_s).toObject();
    const QStringList headers = r.value(u"header_names"_s).toVariant().toStringList();
    QVERIFY(!headers.contains(u"Bcc"_s, Qt::CaseInsensitive));
    QVERIFY(!headers.contains(u"X-Injected"_s, Qt::CaseInsensitive));
    QCOMPARE(server.messages().first().value(u"rcpts"_s).toArray().size(), 1);
    QVERIFY(r.value(u"dkim"_s).toArray().first().toBool());
    // The HTML part escapes the value; the subject keeps it on one line.
    QVERIFY(!r.value(u"html"_s).toString().contains(u"<script>"_s));
    QVERIFY(!r.value(u"subject"_s).toString().contains(u'\n'));
}

void TestSend::badInputFailsBeforeSending_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown field") << QStringList() << u"{{nickname}} さんへ"_s << u"nickname"_s;
    QTest::newRow("empty segment") << QStringList {u"--segment"_s, u"tag:nobody"_s} << u"x"_s << u"No contact"_s;
    QTest::newRow("misaligned dkim") << QStringList {u"--dkim-domain"_s, u"other.example"_s} << u"x"_s
                                     << u"other.example"_s;
    QTest::newRow("iso-2022-jp cannot carry")
        << QStringList {u"--charset"_s, u"iso-2022-jp"_s} << u"お知らせ ①"_s << u"①"_s;
    QTest::newRow("missing key file") << QStringList {u"KEY"_s, u"/nonexistent/key.pem"_s} << u"x"_s
                                      << u"/nonexistent/key.pem"_s;
}

void TestSend::badInputFailsBeforeSending()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, subject);
    QFETCH(QString, reason);
    importContacts(3);
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QStringList arguments = sendArguments(server, extra.value(0) == u"KEY"_s ? QStringList() : extra);
    if (extra.value(0) == u"KEY"_s) {
        arguments[arguments.indexOf(u"--dkim-key"_s) + 1] = extra.value(1);
    }
    arguments[arguments.indexOf(u"--subject"_s) + 1] = subject;
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(reason), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(server.messages().size(), 0);
    // Nothing half-made: no campaign was stored.
    QCOMPARE(cli({u"status"_s, u"--json"_s}).json().value(u"campaigns"_s).toArray().size(), 0);
}

void TestSend::unreachableRelayPausesThenResumes()
{
    importContacts(5);
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QStringList arguments = sendArguments(server);
    server.stop(); // the port is closed now: connection refused
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot be reached"), run.err.constData());
    const Run status = cli({u"status"_s, u"--json"_s});
    const QJsonObject campaign = status.json().value(u"campaigns"_s).toArray().first().toObject();
    QCOMPARE(campaign.value(u"state"_s).toString(), u"paused"_s);
    QCOMPARE(campaign.value(u"sent"_s).toInt(), 0);

    QVERIFY(server.restart());
    const Run resumed = cli({u"resume"_s, QString::number(campaign.value(u"campaign"_s).toInt()), u"--json"_s});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QCOMPARE(resumed.json().value(u"sent"_s).toInt(), 5);
    QCOMPARE(server.messages().size(), 5);
}

void TestSend::selfSignedStartTlsIsRefused()
{
    importContacts(2);
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QStringList arguments = sendArguments(server);
    arguments[arguments.indexOf(u"--smtp"_s) + 1] = u"smtp://localhost:%1"_s.arg(server.port());
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("ertificate"), run.err.constData());
    QCOMPARE(server.messages().size(), 0);
    const Run status = cli({u"status"_s, u"--json"_s});
    QCOMPARE(status.json().value(u"campaigns"_s).toArray().first().toObject().value(u"state"_s).toString(),
             u"paused"_s);
}

// A starter template (with its images) imported into the library, sent with --template to a relay that is down,
// then resumed: what arrives is the rendered template, personalised and signed, its images related parts that the
// HTML's cid: links name — carried by the campaign itself, not re-read from the template.
void TestSend::storedTemplateWithImagesSurvivesAResume()
{
    importContacts(3);
    const Run imported = cli({u"template"_s,
                              u"import"_s,
                              qEnvironmentVariable("TAYORI_SOURCE_DIR") + u"/resources/templates/newsletter-ja.json"_s,
                              u"--json"_s});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QString templateId = QString::number(imported.json().value(u"id"_s).toInteger());
    QVERIFY(imported.json().value(u"assets"_s).toInt() > 0);

    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QStringList arguments = templateSendArguments(server, templateId);
    server.stop();
    const Run paused = cli(arguments);
    QCOMPARE(paused.exitCode, 1);
    // The template deleted after the campaign was made: the campaign still sends what it was made with.
    {
        auto database = Database::open(m_db);
        QVERIFY(database.ok());
        QVERIFY(TemplateStore(*database).remove(templateId.toLongLong()).ok());
    }

    QVERIFY(server.restart());
    const Run resumed = cli({u"resume"_s, u"--json"_s});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QCOMPARE(resumed.json().value(u"sent"_s).toInt(), 3);

    const QJsonObject report = check(server);
    QCOMPARE(report.value(u"messages"_s).toInt(), 3);
    const QJsonObject recipients = report.value(u"recipients"_s).toObject();
    for (const QString& address : recipients.keys()) {
        const QJsonObject info = recipients.value(address).toObject();
        QCOMPARE(info.value(u"dkim"_s).toArray(), QJsonArray {true});
        QCOMPARE(info.value(u"content_type"_s).toString(), u"multipart/related"_s);
        const QString html = info.value(u"html"_s).toString();
        QVERIFY2(html.contains(u"山田 太郎"_s) && html.contains(u"様"_s), qPrintable(address));
        QVERIFY(!html.contains(u"{{"_s));
        QVERIFY(info.value(u"text"_s).toString().contains(u"配信停止"_s));
        QStringList cids;
        for (const QJsonValue& image : info.value(u"images"_s).toArray()) {
            QCOMPARE(image.toObject().value(u"type"_s).toString(), u"image/png"_s);
            QVERIFY(image.toObject().value(u"size"_s).toInt() > 100);
            cids << image.toObject().value(u"cid"_s).toString();
        }
        cids.sort();
        QStringList referenced;
        for (const QJsonValue& cid : info.value(u"html_cids"_s).toArray()) {
            referenced << cid.toString();
        }
        QVERIFY(!referenced.isEmpty());
        QCOMPARE(cids, referenced);
    }
}

// A template whose images are hosted: the mail carries no image parts, and its images are addresses under the
// campaign's base URL where `tayori-cli serve` answers (tst_webserver fetches them there).
void TestSend::hostedTemplateImagesPointAtTheWebEndpoint()
{
    importContacts(2);
    const Run imported = cli({u"template"_s,
                              u"import"_s,
                              qEnvironmentVariable("TAYORI_SOURCE_DIR") + u"/resources/templates/event-en.json"_s,
                              u"--json"_s});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const qint64 templateId = imported.json().value(u"id"_s).toInteger();
    {
        auto database = Database::open(m_db);
        QVERIFY(database.ok());
        TemplateStore store(*database);
        auto document = store.load(templateId);
        QVERIFY(document.ok());
        document.value().settings.hostedImages = true;
        QVERIFY(store.save(templateId, *document).ok());
    }
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QStringList arguments = templateSendArguments(server, QString::number(templateId));
    const Run sent = cli(arguments);
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    const QJsonObject report = check(server);
    QCOMPARE(report.value(u"messages"_s).toInt(), 2);
    const QJsonObject recipients = report.value(u"recipients"_s).toObject();
    const QString prefix = u"https://mail.example.co.jp/a/%1/"_s.arg(templateId);
    for (const QString& address : recipients.keys()) {
        const QJsonObject info = recipients.value(address).toObject();
        QCOMPARE(info.value(u"dkim"_s).toArray(), QJsonArray {true});
        QCOMPARE(info.value(u"images"_s).toArray().size(), 0);
        QCOMPARE(info.value(u"content_type"_s).toString(), u"multipart/alternative"_s);
        const QString html = info.value(u"html"_s).toString();
        QVERIFY2(html.contains(u"src=\""_s + prefix), qPrintable(html.left(400)));
        QVERIFY(!html.contains(u"cid:"_s));
    }
}

// send --at stores a scheduled campaign and sends nothing; run-due sends nothing before its time; at its time two
// run-due processes started together (cron overlapping itself) deliver every recipient exactly once. A time in the
// past is refused and stores nothing.
void TestSend::scheduledCampaignGoesOutOnceWhenDue()
{
    importContacts(6);
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(3);
    const Run scheduled = cli(sendArguments(server, {u"--at"_s, at.toString(u"yyyy-MM-ddTHH:mm:ssZ"_s)}));
    QVERIFY2(scheduled.exitCode == 0, scheduled.err.constData());
    QCOMPARE(scheduled.json().value(u"state"_s).toString(), u"scheduled"_s);
    QCOMPARE(scheduled.json().value(u"recipients"_s).toInt(), 6);
    QCOMPARE(scheduled.json().value(u"scheduled"_s).toString(), at.toString(Qt::ISODate));

    const Run early = cli({u"run-due"_s, u"--json"_s});
    QCOMPARE(early.exitCode, 0);
    QCOMPARE(early.json().value(u"campaigns"_s).toArray().size(), 0);
    QCOMPARE(server.messages().size(), 0);

    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > at.addMSecs(200), 10000);
    QList<QProcess*> runners;
    for (int i = 0; i < 2; ++i) {
        auto* process = new QProcess(this);
        process->start(qEnvironmentVariable("TAYORI_CLI"), {u"--db"_s, m_db, u"--json"_s, u"run-due"_s});
        runners << process;
    }
    for (QProcess* process : std::as_const(runners)) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        delete process;
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.messages().size(), 6, 10000);
    const QJsonObject report = check(server);
    const QJsonObject recipients = report.value(u"recipients"_s).toObject();
    QCOMPARE(recipients.size(), 6);
    for (const QString& address : recipients.keys()) {
        QCOMPARE(recipients.value(address).toObject().value(u"count"_s).toInt(), 1);
    }
    const Run status = cli({u"status"_s, u"--json"_s});
    QCOMPARE(status.json().value(u"campaigns"_s).toArray().first().toObject().value(u"state"_s).toString(), u"done"_s);
    QCOMPARE(cli({u"run-due"_s, u"--json"_s}).json().value(u"campaigns"_s).toArray().size(), 0);

    const Run past = cli(sendArguments(server, {u"--at"_s, u"2020-01-01T09:00+09:00"_s}));
    QCOMPARE(past.exitCode, 1);
    QVERIFY2(past.err.contains("in the past"), past.err.constData());
    QCOMPARE(cli({u"status"_s, u"--json"_s}).json().value(u"campaigns"_s).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestSend)
#include "tst_send.moc"
