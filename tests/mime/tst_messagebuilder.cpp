// MessageBuilder: whole messages — structure, line rules, header injection, charsets, determinism, RFC 8058 — with
// Python's `email` package (/usr/bin/python3) as the independent parser, and a golden .eml per charset.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

#include "mime/HeaderEncoding.h"
#include "mime/MessageBuilder.h"

using namespace Qt::StringLiterals;

namespace {

// Everything Python's email (policy.default) makes of a message: headers, the decoded addresses and subject,
// every part in walk order with its decoded content, and the number of defects it found. One process serves the
// whole test run (a length line, then the message; one JSON line back), so a hundred messages cost one start-up.
const char* const pythonScript = R"(
import sys, json, base64, email, email.policy, email.header, email.utils
def parse(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    legacy = email.message_from_bytes(raw)
    legacy_from = email.utils.parseaddr(str(email.header.make_header(email.header.decode_header(legacy['From']))))
    defects = len(msg.defects)
    headers = []
    for k, v in msg.items():
        defects += len(getattr(v, 'defects', ()))
        headers.append([k, str(v)])
    def mailbox(name):
        v = msg[name]
        if v is None:
            return None
        a = v.addresses[0]
        return {'name': a.display_name, 'addr': a.addr_spec}
    parts = []
    for p in msg.walk():
        defects += len(p.defects)
        d = {'type': p.get_content_type(), 'cte': str(p.get('Content-Transfer-Encoding', '')),
             'charset': p.get_content_charset() or ''}
        if p.is_multipart():
            d['boundary'] = p.get_boundary()
            d['typeParam'] = p.get_param('type') or ''
        else:
            c = p.get_content()
            if isinstance(c, bytes):
                d['data'] = base64.b64encode(c).decode()
            else:
                d['text'] = c
            d['cid'] = str(p.get('Content-ID', ''))
            d['filename'] = p.get_filename() or ''
            d['disposition'] = p.get_content_disposition() or ''
        parts.append(d)
    return {'headers': headers, 'subject': str(msg['Subject']), 'from': mailbox('From'), 'to': mailbox('To'),
            'legacyFromName': legacy_from[0], 'parts': parts, 'defects': defects}
while True:
    line = sys.stdin.buffer.readline()
    if not line:
        break
    raw = sys.stdin.buffer.read(int(line))
    sys.stdout.write(json.dumps(parse(raw)) + '\n')
    sys.stdout.flush()
)";

QProcess* python = nullptr;

QJsonObject pythonParse(const QByteArray& message)
{
    python->write(QByteArray::number(message.size()) + '\n' + message);
    while (!python->canReadLine()) {
        if (!python->waitForReadyRead(30000)) {
            qWarning("python: %s", python->readAllStandardError().constData());
            return {};
        }
    }
    return QJsonDocument::fromJson(python->readLine()).object();
}

QString crlf(const QString& text)
{
    QString out = text;
    out.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n').replace(u"\n"_s, u"\r\n"_s);
    if (!out.endsWith(u"\r\n"_s))
        out += u"\r\n"_s;
    return out;
}

// The top-level header block, unfolded, in order.
QList<QPair<QByteArray, QByteArray>> topHeaders(const QByteArray& message)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    const QByteArray block = message.left(message.indexOf("\r\n\r\n"));
    for (const QByteArray& line : block.split('\n')) {
        const QByteArray clean = line.endsWith('\r') ? line.chopped(1) : line;
        if (clean.startsWith(' ') || clean.startsWith('\t')) {
            if (!headers.isEmpty())
                headers.last().second += clean;
            continue;
        }
        const qsizetype colon = clean.indexOf(':');
        headers.append({clean.left(colon), clean.mid(colon + 1).trimmed()});
    }
    return headers;
}

QList<QByteArray> headerNamesOf(const QByteArray& message)
{
    QList<QByteArray> names;
    for (const auto& header : topHeaders(message))
        names.append(header.first);
    return names;
}

QByteArray headerValue(const QByteArray& message, const QByteArray& name)
{
    for (const auto& header : topHeaders(message)) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

// Empty when every line ends in CRLF, no CR or LF stands alone and no line exceeds 998 octets; else what is wrong.
QByteArray lineProblem(const QByteArray& message)
{
    if (!message.endsWith("\r\n"))
        return "message does not end in CRLF";
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < message.size(); ++i) {
        if (message.at(i) == '\r' && (i + 1 >= message.size() || message.at(i + 1) != '\n'))
            return "bare CR at " + QByteArray::number(i);
        if (message.at(i) == '\n') {
            if (i == 0 || message.at(i - 1) != '\r')
                return "bare LF at " + QByteArray::number(i);
            if (i - 1 - lineStart > 998)
                return "line of " + QByteArray::number(i - 1 - lineStart) + " octets at " + QByteArray::number(i);
            lineStart = i + 1;
        }
    }
    return {};
}

QByteArray pngBytes()
{
    // A 1×1 PNG is enough: the builder does not look inside the image.
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}

MessageContent sampleContent()
{
    MessageContent content;
    content.fromName = u"山田商事 ニュース"_s;
    content.fromAddress = u"news@example.co.jp"_s;
    content.toName = u"佐藤 花子"_s;
    content.toAddress = u"hanako@example.jp"_s;
    content.subject = u"【ご案内】春の新製品発表会 10:00〜12:00 のお知らせ"_s;
    content.text = u"佐藤 花子 様\n\nいつもお世話になっております。\n春の新製品発表会のご案内です。\n"_s
                   u"配信停止: https://mail.example.co.jp/u/TOKEN\n"_s;
    content.html = u"<html><body><p>佐藤 花子 様</p><p>いつもお世話になっております。</p>"_s
                   u"<img src=\"cid:logo@example.co.jp\" alt=\"ロゴ\"></body></html>\n"_s;
    content.messageId = "c7.r42.1733306400@example.co.jp";
    content.date = QDateTime(QDate(2026, 12, 4), QTime(19, 0, 0), QTimeZone(9 * 3600));
    content.listUnsubscribeUrl = u"https://mail.example.co.jp/u/AbCdEf0123456789-_"_s;
    content.listUnsubscribeMailto = u"mailto:unsubscribe@example.co.jp?subject=unsubscribe"_s;
    content.listId = u"山田商事ニュース <news.example.co.jp>"_s;
    content.feedbackId = u"c7:customer1:newsletter:tayori"_s;
    return content;
}

} // namespace

class TestMessageBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void structure_data();
    void structure();
    void longLines_data();
    void longLines();
    void headerInjection_data();
    void headerInjection();
    void japaneseRoundTrip_data();
    void japaneseRoundTrip();
    void uncarriableCharacters_data();
    void uncarriableCharacters();
    void buildReportsUncarriable_data();
    void buildReportsUncarriable();
    void buildFails_data();
    void buildFails();
    void addresses();
    void headerOrder();
    void date_data();
    void date();
    void listUnsubscribe_data();
    void listUnsubscribe();
    void deterministic();
    void boundaryTextInSevenBitBody();
    void golden_data();
    void golden();
};

void TestMessageBuilder::initTestCase()
{
    python = new QProcess(this);
    python->start(u"/usr/bin/python3"_s, {u"-c"_s, QString::fromLatin1(pythonScript)});
    QVERIFY2(python->waitForStarted(), "/usr/bin/python3 is required for this test");
}

void TestMessageBuilder::cleanupTestCase()
{
    python->closeWriteChannel();
    QVERIFY(python->waitForFinished(10000));
    QCOMPARE(python->exitCode(), 0);
}

void TestMessageBuilder::structure_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<bool>("withText");
    QTest::addColumn<bool>("withHtml");
    QTest::addColumn<bool>("withImage");
    QTest::addColumn<QStringList>("types");

    const QStringList alternative {u"multipart/alternative"_s, u"text/plain"_s, u"text/html"_s};
    for (const QByteArray& charset : {QByteArray("UTF-8"), QByteArray("ISO-2022-JP")}) {
        QTest::addRow("%s %s", charset.constData(), "text only")
            << charset << true << false << false << QStringList {u"text/plain"_s};
        QTest::addRow("%s %s", charset.constData(), "html only")
            << charset << false << true << false << QStringList {u"text/html"_s};
        QTest::addRow("%s %s", charset.constData(), "text and html") << charset << true << true << false << alternative;
        QTest::addRow("%s %s", charset.constData(), "text, html, image")
            << charset << true << true << true
            << (QStringList {u"multipart/related"_s} + alternative + QStringList {u"image/png"_s});
        QTest::addRow("%s %s", charset.constData(), "html and image")
            << charset << false << true << true << QStringList {u"multipart/related"_s, u"text/html"_s, u"image/png"_s};
    }
}

void TestMessageBuilder::structure()
{
    QFETCH(QByteArray, charset);
    QFETCH(bool, withText);
    QFETCH(bool, withHtml);
    QFETCH(bool, withImage);
    QFETCH(QStringList, types);

    MessageContent content = sampleContent();
    if (!withText)
        content.text.clear();
    if (!withHtml)
        content.html.clear();
    if (withImage)
        content.inlineImages.append({"logo@example.co.jp", "image/png", u"ロゴ画像.png"_s, pngBytes()});
    const Result<QByteArray> built = MessageBuilder(charset).build(content);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    const QByteArray message = built.value();
    QVERIFY2(lineProblem(message).isEmpty(), lineProblem(message).constData());

    const QJsonObject parsed = pythonParse(message);
    QCOMPARE(parsed.value(u"defects"_s).toInt(), 0);
    const QJsonArray parts = parsed.value(u"parts"_s).toArray();
    QStringList parsedTypes;
    for (const QJsonValue& part : parts)
        parsedTypes.append(part.toObject().value(u"type"_s).toString());
    QCOMPARE(parsedTypes, types);

    for (const QJsonValue& value : parts) {
        const QJsonObject part = value.toObject();
        const QString type = part.value(u"type"_s).toString();
        if (type == u"text/plain"_s || type == u"text/html"_s) {
            QCOMPARE(part.value(u"charset"_s).toString(), QString::fromLatin1(charset).toLower());
            QCOMPARE(part.value(u"text"_s).toString(), crlf(type == u"text/plain"_s ? content.text : content.html));
            if (charset == "ISO-2022-JP")
                QCOMPARE(part.value(u"cte"_s).toString(), u"7bit"_s);
        } else if (type == u"image/png"_s) {
            QCOMPARE(part.value(u"data"_s).toString(), QString::fromLatin1(pngBytes().toBase64()));
            QCOMPARE(part.value(u"cid"_s).toString(), u"<logo@example.co.jp>"_s);
            QCOMPARE(part.value(u"filename"_s).toString(), u"ロゴ画像.png"_s);
            QCOMPARE(part.value(u"disposition"_s).toString(), u"inline"_s);
            QCOMPARE(part.value(u"cte"_s).toString(), u"base64"_s);
        } else if (type == u"multipart/related"_s) {
            QCOMPARE(part.value(u"typeParam"_s).toString(), withText ? u"multipart/alternative"_s : u"text/html"_s);
        }
    }
    // ISO-2022-JP parts go 7bit: not one byte above 0x7F anywhere.
    if (charset == "ISO-2022-JP") {
        for (char byte : message)
            QVERIFY(static_cast<unsigned char>(byte) < 0x80);
    }
}

void TestMessageBuilder::longLines_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("transfer");

    QTest::newRow("utf8 ascii 3000") << QByteArray("UTF-8") << QString(3000, u'x') << u"quoted-printable"_s;
    QTest::newRow("utf8 japanese 1000") << QByteArray("UTF-8") << u"あ"_s.repeated(1000) << u"base64"_s;
    QTest::newRow("jis ascii 998") << QByteArray("ISO-2022-JP") << QString(998, u'x') << u"7bit"_s;
    QTest::newRow("jis ascii 999") << QByteArray("ISO-2022-JP") << QString(999, u'x') << u"base64"_s;
    // 496 kanji = 992 octets + ESC $ B + ESC ( B = 998: the longest line 7bit can carry.
    QTest::newRow("jis kanji 998 octets") << QByteArray("ISO-2022-JP") << u"漢"_s.repeated(496) << u"7bit"_s;
    QTest::newRow("jis kanji 1000 octets") << QByteArray("ISO-2022-JP") << u"漢"_s.repeated(497) << u"base64"_s;
    QTest::newRow("jis mixed lines") << QByteArray("ISO-2022-JP")
                                     << (u"短い行\n"_s + u"a漢"_s.repeated(300) + u"\r\n最後"_s) << u"base64"_s;
}

void TestMessageBuilder::longLines()
{
    QFETCH(QByteArray, charset);
    QFETCH(QString, text);
    QFETCH(QString, transfer);

    MessageContent content = sampleContent();
    content.text = text;
    content.html.clear();
    const Result<QByteArray> built = MessageBuilder(charset).build(content);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QVERIFY2(lineProblem(built.value()).isEmpty(), lineProblem(built.value()).constData());
    QCOMPARE(headerValue(built.value(), "Content-Transfer-Encoding"), transfer.toLatin1());
    const QJsonObject parsed = pythonParse(built.value());
    QCOMPARE(parsed.value(u"parts"_s).toArray().at(0).toObject().value(u"text"_s).toString(), crlf(text));
}

void TestMessageBuilder::headerInjection_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    const QStringList attacks {u"Sub\r\nBcc: evil@x.example"_s,
                               u"Sub\nBcc: evil@x.example"_s,
                               u"Sub\rBcc: evil@x.example"_s,
                               u"Sub\r\n\r\n<html>body</html>"_s,
                               u"件名\r\nBcc: evil@x.example"_s,
                               u"Sub\u2028\u0085Bcc: evil@x.example"_s};
    const QStringList fields {u"subject"_s,
                              u"fromName"_s,
                              u"toName"_s,
                              u"replyTo"_s,
                              u"listId"_s,
                              u"feedbackId"_s,
                              u"listUnsubscribeUrl"_s,
                              u"listUnsubscribeMailto"_s,
                              u"imageFileName"_s};
    for (const QString& field : fields) {
        for (qsizetype i = 0; i < attacks.size(); ++i)
            QTest::addRow("%s %d", qPrintable(field), int(i)) << field << attacks.at(i);
    }
    QTest::newRow("replyTo address") << u"replyTo"_s << u"help@example.jp\r\nBcc: evil@x.example"_s;
    QTest::newRow("toAddress") << u"toAddress"_s << u"to@example.jp\r\nBcc: evil@x.example"_s;
    QTest::newRow("fromAddress") << u"fromAddress"_s << u"from@example.jp\nBcc: evil@x.example"_s;
    QTest::newRow("https url") << u"listUnsubscribeUrl"_s << u"https://ex.example/u/T\r\nBcc: evil@x.example"_s;
}

void TestMessageBuilder::headerInjection()
{
    QFETCH(QString, field);
    QFETCH(QString, value);

    MessageContent content = sampleContent();
    content.inlineImages.append({"logo@example.co.jp", "image/png", u"logo.png"_s, pngBytes()});
    const MessageContent clean = content;
    QString* target = field == u"subject"_s                 ? &content.subject
                      : field == u"fromName"_s              ? &content.fromName
                      : field == u"toName"_s                ? &content.toName
                      : field == u"replyTo"_s               ? &content.replyTo
                      : field == u"listId"_s                ? &content.listId
                      : field == u"feedbackId"_s            ? &content.feedbackId
                      : field == u"listUnsubscribeUrl"_s    ? &content.listUnsubscribeUrl
                      : field == u"listUnsubscribeMailto"_s ? &content.listUnsubscribeMailto
                      : field == u"toAddress"_s             ? &content.toAddress
                      : field == u"fromAddress"_s           ? &content.fromAddress
                                                            : &content.inlineImages.first().fileName;
    *target = value;

    const QList<QByteArray> allowed = MessageBuilder::headerNames();
    for (const QByteArray& charset : {QByteArray("UTF-8"), QByteArray("ISO-2022-JP")}) {
        const Result<QByteArray> built = MessageBuilder(charset).build(content);
        if (!built.ok())
            continue; // refusing the value is fine too (an address with a line break is not an address)
        const QByteArray message = built.value();
        QVERIFY2(lineProblem(message).isEmpty(), lineProblem(message).constData());
        const QList<QByteArray> names = headerNamesOf(message);
        for (const QByteArray& name : names)
            QVERIFY2(allowed.contains(name), name.constData());
        // The same headers as without the attack (Reply-To comes in only when the field is replyTo).
        const qsizetype expected
            = headerNamesOf(MessageBuilder(charset).build(clean).value()).size() + (field == u"replyTo"_s ? 1 : 0);
        QCOMPARE(names.size(), expected);

        const QJsonObject parsed = pythonParse(message);
        QCOMPARE(parsed.value(u"headers"_s).toArray().size(), expected);
        for (const QJsonValue& header : parsed.value(u"headers"_s).toArray())
            QVERIFY(allowed.contains(header.toArray().at(0).toString().toLatin1()));
        QStringList types;
        for (const QJsonValue& part : parsed.value(u"parts"_s).toArray())
            types.append(part.toObject().value(u"type"_s).toString());
        QCOMPARE(types.size(), 5);
        QCOMPARE(parsed.value(u"defects"_s).toInt(), 0);
    }
}

void TestMessageBuilder::japaneseRoundTrip_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("withImage");

    const QString longSubject = u"【重要】2026年度 春の新製品発表会のご案内とお申し込み方法について、"_s
                                u"会員の皆様へ事前登録のお願いと当日のプログラムのお知らせ"_s;
    const QString text = u"山田 太郎 様\r\n\r\nいつもお世話になっております。\r\n.\r\n"_s
                         + u"春の新製品発表会のご案内です。"_s.repeated(10) + u"\n日時: 12月4日 10:00〜12:00\n"_s
                         + u"会場: 東京都千代田区丸の内 1−1−1\n以上"_s;
    const QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n"_s
                         u"<h1>春の新製品発表会</h1>\n<p style=\"color:#333\">山田 太郎 様、ようこそ。</p>\n"_s
                         u"<p><a href=\"https://mail.example.co.jp/u/TOKEN\">配信停止</a></p></body></html>"_s;
    for (const QByteArray& charset : {QByteArray("UTF-8"), QByteArray("ISO-2022-JP")}) {
        QTest::addRow("%s %s", charset.constData(), "long subject")
            << charset << longSubject << u"山田 太郎"_s << text << html << false;
        QTest::addRow("%s %s", charset.constData(), "with image")
            << charset << u"ご案内"_s << u"株式会社 山田商事 営業部"_s << text << html << true;
        QTest::addRow("%s %s", charset.constData(), "ascii name, kana subject")
            << charset << u"カタカナの件名"_s << u"Yamada, Taro (Sales)"_s << u"本文"_s << QString() << false;
    }
    QTest::newRow("UTF-8 emoji") << QByteArray("UTF-8") << u"🎉 セール開催中 ① ㈱ 髙橋"_s << u"Café 髙橋"_s
                                 << u"😀 本文 ①\n"_s << u"<p>😀</p>"_s << true;
}

void TestMessageBuilder::japaneseRoundTrip()
{
    QFETCH(QByteArray, charset);
    QFETCH(QString, subject);
    QFETCH(QString, fromName);
    QFETCH(QString, text);
    QFETCH(QString, html);
    QFETCH(bool, withImage);

    MessageContent content = sampleContent();
    content.subject = subject;
    content.fromName = fromName;
    content.text = text;
    content.html = html;
    if (withImage)
        content.inlineImages.append({"logo@example.co.jp", "image/png", u"logo.png"_s, pngBytes()});
    const Result<QByteArray> built = MessageBuilder(charset).build(content);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QVERIFY2(lineProblem(built.value()).isEmpty(), lineProblem(built.value()).constData());

    const QJsonObject parsed = pythonParse(built.value());
    QCOMPARE(parsed.value(u"defects"_s).toInt(), 0);
    QCOMPARE(parsed.value(u"subject"_s).toString(), subject);
    // Python 3.11's policy.default puts a space between adjacent encoded-words in a display name (CPython
    // gh-128110, fixed later), against RFC 2047 6.2; its legacy decoder follows the RFC, so the name is read there.
    QCOMPARE(parsed.value(u"legacyFromName"_s).toString(), fromName);
    QCOMPARE(parsed.value(u"from"_s).toObject().value(u"addr"_s).toString(), content.fromAddress);
    QCOMPARE(parsed.value(u"to"_s).toObject().value(u"name"_s).toString(), content.toName);
    QString parsedText;
    QString parsedHtml;
    for (const QJsonValue& value : parsed.value(u"parts"_s).toArray()) {
        const QJsonObject part = value.toObject();
        if (part.value(u"type"_s).toString() == u"text/plain"_s)
            parsedText = part.value(u"text"_s).toString();
        if (part.value(u"type"_s).toString() == u"text/html"_s)
            parsedHtml = part.value(u"text"_s).toString();
    }
    QCOMPARE(parsedText, crlf(text));
    QCOMPARE(parsedHtml, html.isEmpty() ? QString() : crlf(html));
}

void TestMessageBuilder::uncarriableCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso2022jp");
    QTest::addColumn<QString>("utf8");

    QTest::newRow("plain japanese") << u"山田太郎、こんにちは。カタカナ ＡＢＣ"_s << QString() << QString();
    QTest::newRow("nec circled") << u"①②"_s << u"①②"_s << QString();
    QTest::newRow("nec kabushiki") << u"㈱山田"_s << u"㈱"_s << QString();
    QTest::newRow("ibm kanji") << u"髙橋"_s << u"髙"_s << QString();
    QTest::newRow("emoji") << u"こんにちは😀"_s << u"😀"_s << QString();
    QTest::newRow("order and repeats") << u"😀a①😀b①髙"_s << u"😀①髙"_s << QString();
    QTest::newRow("halfwidth kana") << u"ｶﾀｶﾅ"_s << u"ｶﾀﾅ"_s << QString();
    QTest::newRow("accented latin") << u"Café"_s << u"é"_s << QString();
    QTest::newRow("jis forms carried") << u"10:00〜12:00 − ‖ — ¢£¬ ～ － ―"_s << QString() << QString();
    QTest::newRow("escape byte") << u"a\u001b$Bb"_s << u"\u001b"_s << QString();
    QTest::newRow("lone surrogate") << (u"a"_s + QChar(0xD83D) + u"b"_s) << QString(QChar(0xD83D))
                                    << QString(QChar(0xD83D));
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestMessageBuilder::uncarriableCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, iso2022jp);
    QFETCH(QString, utf8);

    QCOMPARE(MessageBuilder::uncarriableCharacters(text, "ISO-2022-JP"), iso2022jp);
    QCOMPARE(MessageBuilder::uncarriableCharacters(text, "iso-2022-jp"), iso2022jp);
    QCOMPARE(MessageBuilder::uncarriableCharacters(text, "UTF-8"), utf8);
}

void TestMessageBuilder::buildReportsUncarriable_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("named");

    QTest::newRow("subject") << u"subject"_s << u"The subject"_s;
    QTest::newRow("fromName") << u"fromName"_s << u"The sender name"_s;
    QTest::newRow("toName") << u"toName"_s << u"The recipient name"_s;
    QTest::newRow("listId") << u"listId"_s << u"The list name"_s;
    QTest::newRow("text") << u"text"_s << u"The text part"_s;
    QTest::newRow("html") << u"html"_s << u"The HTML part"_s;
}

void TestMessageBuilder::buildReportsUncarriable()
{
    QFETCH(QString, field);
    QFETCH(QString, named);

    MessageContent content = sampleContent();
    const QString bad = u"案内 😀 ① ㈱ 髙"_s;
    if (field == u"subject"_s)
        content.subject = bad;
    else if (field == u"fromName"_s)
        content.fromName = bad;
    else if (field == u"toName"_s)
        content.toName = bad;
    else if (field == u"listId"_s)
        content.listId = bad + u" <news.example.co.jp>"_s;
    else if (field == u"text"_s)
        content.text = bad;
    else
        content.html = bad;

    const Result<QByteArray> jis = MessageBuilder("ISO-2022-JP").build(content);
    QVERIFY(!jis.ok());
    QCOMPARE(jis.error(),
             named + u" contains characters ISO-2022-JP cannot carry: 😀 ① ㈱ 髙. Use UTF-8 or replace them."_s);
    const Result<QByteArray> utf8 = MessageBuilder("UTF-8").build(content);
    QVERIFY2(utf8.ok(), qPrintable(utf8.error()));
}

void TestMessageBuilder::buildFails_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("no from") << QByteArray("UTF-8") << u"fromAddress"_s << u" "_s << u"no sender address"_s;
    QTest::newRow("no to") << QByteArray("UTF-8") << u"toAddress"_s << QString() << u"no recipient address"_s;
    QTest::newRow("no body") << QByteArray("UTF-8") << u"body"_s << QString() << u"neither text nor HTML"_s;
    QTest::newRow("unknown charset") << QByteArray("Shift_JIS") << QString() << QString() << u"\"Shift_JIS\""_s;
    QTest::newRow("two recipients") << QByteArray("UTF-8") << u"toAddress"_s << u"a@x.example, b@y.example"_s
                                    << u"recipient address"_s;
    QTest::newRow("no at") << QByteArray("UTF-8") << u"toAddress"_s << u"hanako.example.jp"_s << u"recipient address"_s;
    QTest::newRow("bad reply-to") << QByteArray("UTF-8") << u"replyTo"_s << u"Support <support>"_s
                                  << u"reply-to address"_s;
    QTest::newRow("unicode local part, jis")
        << QByteArray("ISO-2022-JP") << u"toAddress"_s << u"花子@example.jp"_s << u"before the @"_s;
    QTest::newRow("bad message id") << QByteArray("UTF-8") << u"messageId"_s << u"no-at-sign"_s << u"Message-ID"_s;
    QTest::newRow("bad content id") << QByteArray("UTF-8") << u"contentId"_s << u"a b"_s << u"inline image"_s;
    QTest::newRow("url over 998 octets") << QByteArray("UTF-8") << u"listUnsubscribeUrl"_s
                                         << u"https://m.example/u/"_s + QString(1000, u'A') << u"List-Unsubscribe"_s;
    QTest::newRow("bad image type") << QByteArray("UTF-8") << u"mimeType"_s << u"image/png\r\nBcc: x"_s
                                    << u"inline image"_s;
}

void TestMessageBuilder::buildFails()
{
    QFETCH(QByteArray, charset);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorPart);

    MessageContent content = sampleContent();
    content.inlineImages.append({"logo@example.co.jp", "image/png", u"logo.png"_s, pngBytes()});
    if (field == u"fromAddress"_s)
        content.fromAddress = value;
    else if (field == u"toAddress"_s)
        content.toAddress = value;
    else if (field == u"replyTo"_s)
        content.replyTo = value;
    else if (field == u"messageId"_s)
        content.messageId = value.toLatin1();
    else if (field == u"contentId"_s)
        content.inlineImages.first().contentId = value.toLatin1();
    else if (field == u"mimeType"_s)
        content.inlineImages.first().mimeType = value.toLatin1();
    else if (field == u"listUnsubscribeUrl"_s)
        content.listUnsubscribeUrl = value;
    else if (field == u"body"_s)
        content.text = content.html = value;

    const Result<QByteArray> built = MessageBuilder(charset).build(content);
    QVERIFY(!built.ok());
    QVERIFY2(built.error().contains(errorPart), qPrintable(built.error()));
    QVERIFY(!built.error().contains(u'\n'));
}

void TestMessageBuilder::addresses()
{
    MessageContent content = sampleContent();
    content.toAddress = u"花子@例え.jp"_s;
    content.replyTo = u"\"Support, Sales\" <support@example.co.jp>"_s;
    const Result<QByteArray> built = MessageBuilder("UTF-8").build(content);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    // SMTPUTF8: the local part goes raw in UTF-8; the domain always as punycode.
    QVERIFY(built.value().contains(QByteArray("<" + u"花子"_s.toUtf8() + "@xn--r8jz45g.jp>")));
    QCOMPARE(headerValue(built.value(), "Reply-To"), QByteArray("\"Support, Sales\" <support@example.co.jp>"));
    content.toAddress = u"hanako@例え.jp"_s;
    const Result<QByteArray> jis = MessageBuilder("ISO-2022-JP").build(content);
    QVERIFY2(jis.ok(), qPrintable(jis.error()));
    QVERIFY(headerValue(jis.value(), "To").endsWith("<hanako@xn--r8jz45g.jp>"));
}

void TestMessageBuilder::headerOrder()
{
    MessageContent content = sampleContent();
    content.replyTo = u"support@example.co.jp"_s;
    QList<QByteArray> expected = MessageBuilder::headerNames();
    content.html.clear();
    QCOMPARE(headerNamesOf(MessageBuilder().build(content).value()), expected);
    // A multipart top part has no Content-Transfer-Encoding of its own.
    content.html = u"<p>x</p>"_s;
    expected.removeLast();
    QCOMPARE(headerNamesOf(MessageBuilder().build(content).value()), expected);
    QCOMPARE(headerValue(MessageBuilder().build(content).value(), "Message-ID"),
             QByteArray("<c7.r42.1733306400@example.co.jp>"));
    QCOMPARE(headerValue(MessageBuilder().build(content).value(), "MIME-Version"), QByteArray("1.0"));
}

void TestMessageBuilder::date_data()
{
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("tokyo") << QDateTime(QDate(2026, 12, 4), QTime(19, 0, 0), QTimeZone(9 * 3600))
                           << QByteArray("Fri, 04 Dec 2026 19:00:00 +0900");
    QTest::newRow("utc") << QDateTime(QDate(2027, 1, 3), QTime(0, 5, 9), QTimeZone::utc())
                         << QByteArray("Sun, 03 Jan 2027 00:05:09 +0000");
    QTest::newRow("newfoundland") << QDateTime(QDate(2026, 5, 11), QTime(8, 30, 0), QTimeZone(-(3 * 3600 + 1800)))
                                  << QByteArray("Mon, 11 May 2026 08:30:00 -0330");
}

void TestMessageBuilder::date()
{
    QFETCH(QDateTime, date);
    QFETCH(QByteArray, expected);

    // English names whatever the locale.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    MessageContent content = sampleContent();
    content.date = date;
    const Result<QByteArray> built = MessageBuilder().build(content);
    QLocale::setDefault(previous);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QCOMPARE(headerValue(built.value(), "Date"), expected);
}

void TestMessageBuilder::listUnsubscribe_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mailto");
    QTest::addColumn<QByteArray>("listUnsubscribe");
    QTest::addColumn<bool>("post");

    QTest::newRow("both") << u"https://m.example/u/T1"_s << u"mailto:u@m.example"_s
                          << QByteArray("<https://m.example/u/T1>, <mailto:u@m.example>") << true;
    QTest::newRow("https only") << u"https://m.example/u/T1"_s << QString() << QByteArray("<https://m.example/u/T1>")
                                << true;
    QTest::newRow("mailto only") << QString() << u"mailto:u@m.example"_s << QByteArray("<mailto:u@m.example>") << false;
    QTest::newRow("http is not one-click")
        << u"http://m.example/u/T1"_s << QString() << QByteArray("<http://m.example/u/T1>") << false;
    QTest::newRow("none") << QString() << QString() << QByteArray() << false;
    QTest::newRow("unicode path") << u"https://m.example/u/トークン"_s << QString()
                                  << QByteArray("<https://m.example/u/%E3%83%88%E3%83%BC%E3%82%AF%E3%83%B3>") << true;
    QTest::newRow("brackets escaped") << u"https://m.example/u/a>b<c"_s << QString()
                                      << QByteArray("<https://m.example/u/a%3Eb%3Cc>") << true;
    const QString longUrl = u"https://m.example/u/"_s + QString(20, u'A');
    QTest::newRow("folded") << longUrl << u"mailto:u@m.example"_s
                            << QByteArray("<" + longUrl.toLatin1() + ">, <mailto:u@m.example>") << true;
}

void TestMessageBuilder::listUnsubscribe()
{
    QFETCH(QString, url);
    QFETCH(QString, mailto);
    QFETCH(QByteArray, listUnsubscribe);
    QFETCH(bool, post);

    MessageContent content = sampleContent();
    content.listUnsubscribeUrl = url;
    content.listUnsubscribeMailto = mailto;
    const Result<QByteArray> built = MessageBuilder().build(content);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QCOMPARE(headerValue(built.value(), "List-Unsubscribe").replace(",<", ", <"), listUnsubscribe);
    QCOMPARE(headerNamesOf(built.value()).contains("List-Unsubscribe"), !listUnsubscribe.isEmpty());
    QCOMPARE(headerValue(built.value(), "List-Unsubscribe-Post"),
             post ? QByteArray("List-Unsubscribe=One-Click") : QByteArray());
    QCOMPARE(headerNamesOf(built.value()).contains("List-Unsubscribe-Post"), post);
    QVERIFY2(lineProblem(built.value()).isEmpty(), lineProblem(built.value()).constData());
    for (const QByteArray& line : built.value().left(built.value().indexOf("\r\n\r\n")).split('\n'))
        QVERIFY2(line.size() <= 79, line.constData());
}

void TestMessageBuilder::deterministic()
{
    MessageContent content = sampleContent();
    content.inlineImages.append({"logo@example.co.jp", "image/png", u"logo.png"_s, pngBytes()});
    for (const QByteArray& charset : {QByteArray("UTF-8"), QByteArray("ISO-2022-JP")}) {
        const QByteArray first = MessageBuilder(charset).build(content).value();
        QCOMPARE(MessageBuilder(charset).build(content).value(), first);
        MessageContent other = content;
        other.messageId = "c7.r43.1733306400@example.co.jp";
        const QByteArray second = MessageBuilder(charset).build(other).value();
        QVERIFY(second != first);
        // Each boundary appears only in its parameter and its delimiter lines.
        const QByteArray boundary = headerValue(first, "Content-Type").split('"').at(3);
        QVERIFY(boundary.startsWith("=_tayori_r_"));
        QCOMPARE(first.count(boundary), 1 + 3); // parameter, two delimiters, close delimiter
        QVERIFY(!second.contains(boundary));
    }
}

void TestMessageBuilder::boundaryTextInSevenBitBody()
{
    // Text that imitates our boundary cannot stay 7bit: it goes base64, where '=' and '_' cannot appear together.
    MessageContent content = sampleContent();
    const QByteArray first = MessageBuilder("ISO-2022-JP").build(content).value();
    const QByteArray boundary = headerValue(first, "Content-Type").split('"').at(1);
    content.text = u"本文\n--"_s + QString::fromLatin1(boundary) + u"--\n"_s;
    const QByteArray built = MessageBuilder("ISO-2022-JP").build(content).value();
    QCOMPARE(built.count(boundary), 1 + 2 + 1);
    const QJsonObject parsed = pythonParse(built);
    const QJsonArray parts = parsed.value(u"parts"_s).toArray();
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(1).toObject().value(u"cte"_s).toString(), u"base64"_s);
    QCOMPARE(parts.at(1).toObject().value(u"text"_s).toString(), crlf(content.text));
    QCOMPARE(parts.at(2).toObject().value(u"cte"_s).toString(), u"7bit"_s);
}

void TestMessageBuilder::golden_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("file");

    QTest::newRow("UTF-8") << QByteArray("UTF-8") << u"messagebuilder-utf8.eml"_s;
    QTest::newRow("ISO-2022-JP") << QByteArray("ISO-2022-JP") << u"messagebuilder-iso2022jp.eml"_s;
}

void TestMessageBuilder::golden()
{
    QFETCH(QByteArray, charset);
    QFETCH(QString, file);

    // A fixed message, byte for byte. After a deliberate change, TAYORI_UPDATE_GOLDEN=1 rewrites the files;
    // review the diff before committing them.
    MessageContent content = sampleContent();
    content.replyTo = u"サポート <support@example.co.jp>"_s;
    content.inlineImages.append({"logo@example.co.jp", "image/png", u"logo.png"_s, pngBytes()});
    const Result<QByteArray> built = MessageBuilder(charset).build(content);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    const QString path = qEnvironmentVariable("TAYORI_SOURCE_DIR") + u"/tests/mime/data/"_s + file;
    QFile golden(path);
    if (qEnvironmentVariableIsSet("TAYORI_UPDATE_GOLDEN")) {
        QVERIFY(golden.open(QIODevice::WriteOnly));
        golden.write(built.value());
        golden.close();
    }
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(built.value(), golden.readAll());
}

QTEST_GUILESS_MAIN(TestMessageBuilder)
#include "tst_messagebuilder.moc"
