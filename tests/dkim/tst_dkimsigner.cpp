// DkimSigner: every signature it makes is verified by two independent verifiers — libopendkim (DkimVerifier, key
// given without DNS) and python3-dkim — for rsa-sha256, ed25519-sha256 and both, relaxed and simple, on ASCII,
// Japanese, folded, empty-body and trailing-blank-line messages; tampering must fail in both; options and alignment.
#include <optional>

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include "PythonDkim.h"
#include "dkim/DkimCanonicalizer.h"
#include "dkim/DkimKey.h"
#include "dkim/DkimSigner.h"
#include "dkim/DkimVerifier.h"
#include "mime/BodyEncoding.h"
#include "mime/HeaderEncoding.h"

using Canonicalization = DkimSignerOptions::Canonicalization;

namespace {
const QString domain = QStringLiteral("example.co.jp");

struct Config
{
    const char* name;
    bool rsa;
    bool ed25519;
    Canonicalization header;
    Canonicalization body;
};

const Config configs[] = {
    {"rsa relaxed", true, false, Canonicalization::Relaxed, Canonicalization::Relaxed},
    {"rsa simple", true, false, Canonicalization::Simple, Canonicalization::Simple},
    {"ed25519 relaxed", false, true, Canonicalization::Relaxed, Canonicalization::Relaxed},
    {"ed25519 simple", false, true, Canonicalization::Simple, Canonicalization::Simple},
    {"both relaxed", true, true, Canonicalization::Relaxed, Canonicalization::Relaxed},
    {"both simple/relaxed", true, true, Canonicalization::Simple, Canonicalization::Relaxed},
    {"both relaxed/simple", true, true, Canonicalization::Relaxed, Canonicalization::Simple},
};

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

QList<QPair<QByteArray, QByteArray>> testMessages()
{
    const QByteArray date = "Date: Fri, 04 Dec 2026 10:00:00 +0900\n";
    QList<QPair<QByteArray, QByteArray>> messages;
    messages.append({"ascii",
                     crlf("From: News <news@example.co.jp>\nTo: user@example.net\nSubject: Hello\n" + date
                          + "Message-ID: <1@example.co.jp>\nMIME-Version: 1.0\n"
                            "Content-Type: text/plain; charset=us-ascii\n\nHello  world.\t\nSecond line.\n")});

    const QByteArray subject = HeaderEncoding::encodeUnstructured(
        QStringLiteral("【重要】年末年始の営業時間のお知らせ — 株式会社サンプル"), "UTF-8", 9);
    const QByteArray from = HeaderEncoding::encodeMailbox(
        QStringLiteral("株式会社サンプル 広報部"), QStringLiteral("news@example.co.jp"), "UTF-8", 6);
    const QByteArray to
        = HeaderEncoding::encodeMailbox(QStringLiteral("山田 太郎"), QStringLiteral("taro@example.ne.jp"), "UTF-8", 4);
    const QByteArray body = BodyEncoding::quotedPrintable(
        QStringLiteral("山田様\r\n\r\nいつもご利用ありがとうございます。\r\n年末年始の営業時間をお知らせします。\r\n")
            .toUtf8());
    messages.append({"japanese",
                     "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n" + crlf(date)
                         + "Message-ID: <2@example.co.jp>\r\nMIME-Version: 1.0\r\n"
                           "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                           "List-Unsubscribe: <https://example.co.jp/u/abc>, <mailto:u@example.co.jp?subject=u>\r\n"
                           "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n\r\n"
                         + body});

    QByteArray longTo = "To: ";
    for (int i = 0; i < 12; ++i) {
        longTo += QByteArray(i == 0 ? "" : ",\n\t ") + "recipient" + QByteArray::number(i) + "@example.net";
    }
    messages.append({"long folded headers",
                     crlf("From: \"Sales, Example\" <sales@example.co.jp>\n" + longTo
                          + "\nSubject: A rather long subject line that the builder has folded onto\n   several "
                            "continuation lines   with   odd   spacing\n"
                          + date + "Message-ID: <3@example.co.jp>\nX-Not-Signed: yes\n\nBody.\n")});
    messages.append({"trailing blank lines",
                     crlf("From: news@example.co.jp\nSubject: blank lines\n" + date
                          + "\nText with trailing spaces   \n\n  \n\n\n")});
    messages.append({"empty body", crlf("From: news@example.co.jp\nSubject: empty\n" + date + "\n")});
    messages.append(
        {"repeated To headers",
         crlf("From: news@example.co.jp\nTo: a@example.net\nSubject: two To\nTo: b@example.net\n" + date + "\nx\n")});
    return messages;
}
} // namespace

class TestDkimSigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySignatureVerifiesInBothVerifiers();
    void tamperingFailsInBothVerifiers();
    void headerFormat();
    void bodyHashIsSha256OfCanonicalBody();
    void signsFromThreads();
    void refusesMalformedMessages_data();
    void refusesMalformedMessages();
    void createValidates_data();
    void createValidates();
    void alignmentMessageNamesBothDomains();
    void idnDomainBecomesAce();
    void isAligned_data();
    void isAligned();

private:
    DkimSigner signer(const Config& config) const;
    QHash<QByteArray, QByteArray> recordsBySelector() const;
    QHash<QString, QByteArray> recordsByName() const;
    std::optional<DkimKey> m_rsa;
    std::optional<DkimKey> m_ed25519;
};

void TestDkimSigner::initTestCase()
{
    m_rsa = DkimKey::generate(DkimKey::Algorithm::Rsa, 2048).value();
    m_ed25519 = DkimKey::generate(DkimKey::Algorithm::Ed25519).value();
}

DkimSigner TestDkimSigner::signer(const Config& config) const
{
    DkimSignerOptions options;
    options.domain = domain;
    options.selector = QStringLiteral("rsa2026");
    // ed25519 first on purpose: the signer puts rsa first whatever the order here.
    if (config.ed25519) {
        options.keys.append(*m_ed25519);
        options.keySelectors.append(QStringLiteral("ed2026"));
    }
    if (config.rsa) {
        options.keys.append(*m_rsa);
        options.keySelectors.append(QString());
    }
    options.headerCanonicalization = config.header;
    options.bodyCanonicalization = config.body;
    Result<DkimSigner> created = DkimSigner::create(options, domain);
    if (!created) {
        qFatal("%s", qPrintable(created.error()));
    }
    return created.value();
}

QHash<QByteArray, QByteArray> TestDkimSigner::recordsBySelector() const
{
    return {{"rsa2026", m_rsa->dnsTxtRecord()}, {"ed2026", m_ed25519->dnsTxtRecord()}};
}

QHash<QString, QByteArray> TestDkimSigner::recordsByName() const
{
    return {{QStringLiteral("rsa2026._domainkey.example.co.jp"), m_rsa->dnsTxtRecord()},
            {QStringLiteral("ed2026._domainkey.example.co.jp"), m_ed25519->dnsTxtRecord()}};
}

void TestDkimSigner::everySignatureVerifiesInBothVerifiers()
{
    QList<QByteArray> signedMessages;
    QList<int> expectedSignatures;
    QStringList labels;
    for (const Config& config : configs) {
        const DkimSigner dkim = signer(config);
        for (const auto& [name, message] : testMessages()) {
            const QString label = QStringLiteral("%1 / %2").arg(QLatin1String(config.name), QLatin1String(name));
            const Result<QByteArray> signedMessage = dkim.sign(message);
            QVERIFY2(signedMessage.ok(), qPrintable(label + QStringLiteral(": ") + signedMessage.error()));
            const int keys = (config.rsa ? 1 : 0) + (config.ed25519 ? 1 : 0);
            const Result<DkimVerification> result = DkimVerifier::verifyWithKeys(*signedMessage, recordsBySelector());
            QVERIFY2(result.ok(), qPrintable(label));
            QVERIFY2(result->passed, qPrintable(label + QStringLiteral(": ") + result->detail));
            QCOMPARE(result->signatures, keys);
            QVERIFY2(result->verified == keys, qPrintable(label + QStringLiteral(": ") + result->detail));
            QCOMPARE(result->domain, domain);
            signedMessages.append(*signedMessage);
            expectedSignatures.append(keys);
            labels.append(label);
        }
    }
    QString error;
    const QList<QList<bool>> python = PythonDkim::verifyAll(signedMessages, recordsByName(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(python.size(), signedMessages.size());
    int checked = 0;
    for (qsizetype i = 0; i < python.size(); ++i) {
        QVERIFY2(python.at(i).size() == expectedSignatures.at(i), qPrintable(labels.at(i)));
        for (bool verified : python.at(i)) {
            QVERIFY2(verified, qPrintable(labels.at(i) + QStringLiteral(": python3-dkim failed")));
            ++checked;
        }
    }
    QCOMPARE(checked, 6 * (2 + 2 + 3 * 2)); // 6 messages × (rsa 2 + ed25519 2 + three dual configs × 2)
}

void TestDkimSigner::tamperingFailsInBothVerifiers()
{
    const QByteArray message = testMessages().at(1).second; // the Japanese one
    QList<QByteArray> tampered;
    QStringList labels;
    for (const Config& config : configs) {
        const QByteArray signedMessage = signer(config).sign(message).value();
        const qsizetype bodyStart = signedMessage.indexOf("\r\n\r\n") + 4;
        QByteArray body = signedMessage;
        body[bodyStart + 1] = body[bodyStart + 1] == 'A' ? 'B' : 'A'; // a body byte (QP text, not whitespace)
        QByteArray subject = signedMessage;
        subject.replace("Subject: =?UTF-8?B?", "Subject: =?UTF-8?b?");
        QByteArray fromOnTop = "From: attacker@evil.example\r\n" + signedMessage;
        QByteArray fromBelow = signedMessage;
        fromBelow.insert(bodyStart - 2, "From: attacker@evil.example\r\n");
        for (const auto& [what, bytes] : {std::pair {"body byte", body},
                                          std::pair {"subject", subject},
                                          std::pair {"second From on top", fromOnTop},
                                          std::pair {"second From below", fromBelow}}) {
            QVERIFY(bytes != signedMessage);
            const QString label = QStringLiteral("%1 / %2").arg(QLatin1String(config.name), QLatin1String(what));
            const Result<DkimVerification> result = DkimVerifier::verifyWithKeys(bytes, recordsBySelector());
            QVERIFY2(result.ok(), qPrintable(label));
            QVERIFY2(!result->passed, qPrintable(label));
            QVERIFY2(result->verified == 0, qPrintable(label + QStringLiteral(": ") + result->detail));
            tampered.append(bytes);
            labels.append(label);
        }
    }
    QString error;
    const QList<QList<bool>> python = PythonDkim::verifyAll(tampered, recordsByName(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(python.size(), tampered.size());
    for (qsizetype i = 0; i < python.size(); ++i) {
        QVERIFY2(!python.at(i).isEmpty(), qPrintable(labels.at(i)));
        QVERIFY2(!python.at(i).contains(true), qPrintable(labels.at(i) + QStringLiteral(": python3-dkim passed")));
    }
}

void TestDkimSigner::headerFormat()
{
    const QByteArray message = testMessages().at(1).second;
    const QByteArray headers = signer(configs[4]).signatureHeaders(message).value();
    QVERIFY(headers.endsWith("\r\n"));
    QCOMPARE(headers.count("DKIM-Signature:"), 2);
    QVERIFY(headers.startsWith("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.co.jp;"));
    const qsizetype second = headers.indexOf("\r\nDKIM-Signature:") + 2;
    QVERIFY(headers.mid(second).startsWith("DKIM-Signature: v=1; a=ed25519-sha256;"));
    QCOMPARE(headers.count('\n'), headers.count("\r\n")); // no bare LF
    const QList<QByteArray> lines = headers.chopped(2).split('\n');
    for (const QByteArray& line : lines) {
        const QByteArray text = line.endsWith('\r') ? line.chopped(1) : line;
        QVERIFY2(text.size() <= 78, text.constData());
        QVERIFY(text.startsWith("DKIM-Signature:") || text.startsWith(' '));
    }
    // Unfolded: the tags in order, h= naming the signed headers present, From once more than present.
    QByteArray first = headers.left(second);
    first.replace("\r\n ", " ");
    const QRegularExpression tags(QStringLiteral(
        "^DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example\\.co\\.jp; s=rsa2026; t=(\\d+); "
        "h=([a-z: -]+); bh=([A-Za-z0-9+/=]{44}); b=([A-Za-z0-9+/= ]+)\r\n$"));
    const QRegularExpressionMatch match = tags.match(QString::fromLatin1(first));
    QVERIFY2(match.hasMatch(), first.constData());
    QVERIFY(qAbs(match.captured(1).toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);
    QCOMPARE(match.captured(2).remove(QLatin1Char(' ')),
             QStringLiteral("from:from:to:subject:date:message-id:mime-version:content-type:"
                            "content-transfer-encoding:list-unsubscribe:list-unsubscribe-post"));
    QCOMPARE(QByteArray::fromBase64(match.captured(4).remove(QLatin1Char(' ')).toLatin1()).size(), 256);

    // Repeated headers are listed once per instance.
    const QByteArray repeated = signer(configs[0]).signatureHeaders(testMessages().at(5).second).value();
    QVERIFY2(QByteArray(repeated).replace("\r\n ", "").contains("h=from:from:to:to:subject:date;"),
             repeated.constData());
}

void TestDkimSigner::bodyHashIsSha256OfCanonicalBody()
{
    for (const auto& [name, message] : testMessages()) {
        for (const Config& config : {configs[0], configs[1]}) {
            QByteArray headers = signer(config).signatureHeaders(message).value();
            headers.replace("\r\n ", "");
            const QByteArray body = message.mid(message.indexOf("\r\n\r\n") + 4);
            const QByteArray expected
                = QCryptographicHash::hash(DkimCanonicalizer::body(config.body, body), QCryptographicHash::Sha256)
                      .toBase64();
            QVERIFY2(headers.contains(QByteArray("bh=" + expected + ";")), name.constData());
        }
    }
    // The RFC 6376 3.4.3/3.4.4 empty-body hashes everyone knows.
    QVERIFY(signer(configs[0])
                .signatureHeaders(testMessages().at(4).second)
                ->contains("bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;"));
    QVERIFY(signer(configs[1])
                .signatureHeaders(testMessages().at(4).second)
                ->contains("bh=frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=;"));
}

void TestDkimSigner::signsFromThreads()
{
    const DkimSigner dkim = signer(configs[4]);
    const QByteArray message = testMessages().at(1).second;
    QList<QByteArray> results[4];
    QList<QThread*> threads;
    for (auto& result : results) {
        threads.append(QThread::create([&dkim, &message, &result] {
            for (int i = 0; i < 25; ++i) {
                result.append(dkim.sign(message).value());
            }
        }));
        threads.last()->start();
    }
    for (QThread* thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    for (const auto& result : results) {
        QCOMPARE(result.size(), 25);
        for (const QByteArray& signedMessage : result) {
            const Result<DkimVerification> verified = DkimVerifier::verifyWithKeys(signedMessage, recordsBySelector());
            QVERIFY2(verified->passed && verified->verified == 2, qPrintable(verified->detail));
        }
    }
}

void TestDkimSigner::refusesMalformedMessages_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no From") << QByteArray("Subject: x\r\n\r\nbody\r\n") << QStringLiteral("no From");
    QTest::newRow("bare LF in body") << QByteArray("From: a@example.co.jp\r\n\r\nline\nline\r\n")
                                     << QStringLiteral("CRLF");
    QTest::newRow("bare LF in header") << QByteArray("From: a@example.co.jp\nSubject: x\r\n\r\n")
                                       << QStringLiteral("malformed header");
    QTest::newRow("line without colon") << QByteArray("From: a@example.co.jp\r\nnonsense\r\n\r\n")
                                        << QStringLiteral("malformed header");
}

void TestDkimSigner::refusesMalformedMessages()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, expected);
    const Result<QByteArray> result = signer(configs[0]).sign(message);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
}

void TestDkimSigner::createValidates_data()
{
    QTest::addColumn<QString>("signingDomain");
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("author");
    QTest::addColumn<int>("keys"); // 0 none, 1 rsa, 2 rsa + ed25519 on the same selector
    QTest::addColumn<bool>("thirdParty");
    QTest::addColumn<QString>("expected"); // empty: created

    QTest::newRow("fine") << domain << QStringLiteral("s1") << domain << 1 << false << QString();
    QTest::newRow("subdomain d=") << QStringLiteral("mail.example.co.jp") << QStringLiteral("s1") << domain << 1
                                  << false << QString();
    QTest::newRow("empty domain") << QStringLiteral("") << QStringLiteral("s1") << domain << 1 << false
                                  << QStringLiteral("signing domain");
    QTest::newRow("space in domain") << QStringLiteral("exa mple.jp") << QStringLiteral("s1") << domain << 1 << false
                                     << QStringLiteral("not a valid domain");
    QTest::newRow("hyphen label") << QStringLiteral("-bad.example.jp") << QStringLiteral("s1") << domain << 1 << false
                                  << QStringLiteral("not a valid domain");
    QTest::newRow("single label") << QStringLiteral("localhost") << QStringLiteral("s1") << domain << 1 << false
                                  << QStringLiteral("not a valid domain");
    QTest::newRow("empty selector") << domain << QStringLiteral("") << domain << 1 << false
                                    << QStringLiteral("selector");
    QTest::newRow("underscore selector") << domain << QStringLiteral("my_sel") << domain << 1 << false
                                         << QStringLiteral("not a valid DKIM selector");
    QTest::newRow("dotted selector") << domain << QStringLiteral("2026.news") << domain << 1 << false << QString();
    QTest::newRow("no key") << domain << QStringLiteral("s1") << domain << 0 << false << QStringLiteral("private key");
    QTest::newRow("two keys one selector")
        << domain << QStringLiteral("s1") << domain << 2 << false << QStringLiteral("cannot share the selector");
    QTest::newRow("not aligned") << QStringLiteral("example.net") << QStringLiteral("s1") << domain << 1 << false
                                 << QStringLiteral("does not match");
    QTest::newRow("third party allowed") << QStringLiteral("example.net") << QStringLiteral("s1") << domain << 1 << true
                                         << QString();
    QTest::newRow("no author domain") << domain << QStringLiteral("s1") << QStringLiteral("") << 1 << false
                                      << QStringLiteral("sender's address");
}

void TestDkimSigner::createValidates()
{
    QFETCH(QString, signingDomain);
    QFETCH(QString, selector);
    QFETCH(QString, author);
    QFETCH(int, keys);
    QFETCH(bool, thirdParty);
    QFETCH(QString, expected);
    DkimSignerOptions options;
    options.domain = signingDomain;
    options.selector = selector;
    if (keys >= 1) {
        options.keys.append(*m_rsa);
    }
    if (keys >= 2) {
        options.keys.append(*m_ed25519);
    }
    options.allowThirdPartyDomain = thirdParty;
    const Result<DkimSigner> created = DkimSigner::create(options, author);
    if (expected.isEmpty()) {
        QVERIFY2(created.ok(), qPrintable(created.error()));
    } else {
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains(expected), qPrintable(created.error()));
        QVERIFY(!created.error().contains(QLatin1Char('\n')));
    }
}

void TestDkimSigner::alignmentMessageNamesBothDomains()
{
    DkimSignerOptions options;
    options.domain = QStringLiteral("example.net");
    options.selector = QStringLiteral("s1");
    options.keys = {*m_rsa};
    const Result<DkimSigner> created = DkimSigner::create(options, QStringLiteral("example.co.jp"));
    QCOMPARE(created.error(),
             QStringLiteral("The DKIM domain example.net does not match the sender's domain example.co.jp; DMARC needs "
                            "them aligned. Use a key for example.co.jp or allow a third-party signature."));
}

void TestDkimSigner::idnDomainBecomesAce()
{
    DkimSignerOptions options;
    options.domain = QStringLiteral("例え.jp");
    options.selector = QStringLiteral("s1");
    options.keys = {*m_ed25519};
    const Result<DkimSigner> created = DkimSigner::create(options, QStringLiteral("例え.jp"));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(created->options().domain, QStringLiteral("xn--r8jz45g.jp"));
    const QByteArray signedMessage = created->sign("From: info@xn--r8jz45g.jp\r\nSubject: idn\r\n\r\nhi\r\n").value();
    QVERIFY(signedMessage.contains("d=xn--r8jz45g.jp;"));
    const Result<DkimVerification> verified = DkimVerifier::verifyWithKey(signedMessage, m_ed25519->dnsTxtRecord());
    QVERIFY2(verified->passed, qPrintable(verified->detail));
}

void TestDkimSigner::isAligned_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("signing");
    QTest::addColumn<bool>("aligned");

    QTest::newRow("equal") << QStringLiteral("example.co.jp") << QStringLiteral("example.co.jp") << true;
    QTest::newRow("case") << QStringLiteral("Example.CO.JP") << QStringLiteral("example.co.jp") << true;
    QTest::newRow("trailing dot") << QStringLiteral("example.com.") << QStringLiteral("example.com") << true;
    QTest::newRow("d= is a subdomain") << QStringLiteral("example.co.jp") << QStringLiteral("mail.example.co.jp")
                                       << true;
    QTest::newRow("author is a subdomain")
        << QStringLiteral("news.example.co.jp") << QStringLiteral("example.co.jp") << true;
    QTest::newRow("different") << QStringLiteral("example.co.jp") << QStringLiteral("example.net") << false;
    QTest::newRow("suffix trick: d=co.jp") << QStringLiteral("example.co.jp") << QStringLiteral("co.jp") << false;
    QTest::newRow("suffix trick: d=jp") << QStringLiteral("example.jp") << QStringLiteral("jp") << false;
    QTest::newRow("suffix trick: d=com") << QStringLiteral("example.com") << QStringLiteral("com") << false;
    QTest::newRow("suffix trick: d=co.uk") << QStringLiteral("shop.example.co.uk") << QStringLiteral("co.uk") << false;
    QTest::newRow("neighbours under co.jp")
        << QStringLiteral("example.co.jp") << QStringLiteral("other.co.jp") << false;
    QTest::newRow("ends alike, not a subdomain")
        << QStringLiteral("myexample.com") << QStringLiteral("example.com") << false;
    // Siblings share an organizational domain (DMARC relaxed would accept them); we are stricter, see DkimSigner.h.
    QTest::newRow("siblings") << QStringLiteral("a.example.com") << QStringLiteral("b.example.com") << false;
    QTest::newRow("IDN vs ACE") << QStringLiteral("例え.jp") << QStringLiteral("xn--r8jz45g.jp") << true;
    QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("example.com") << false;
}

void TestDkimSigner::isAligned()
{
    QFETCH(QString, author);
    QFETCH(QString, signing);
    QFETCH(bool, aligned);
    QCOMPARE(DkimSigner::isAligned(author, signing), aligned);
}

QTEST_GUILESS_MAIN(TestDkimSigner)
#include "tst_dkimsigner.moc"
