// Header values: RFC 2047 encoded-words (UTF-8 and ISO-2022-JP), folding limits, mailboxes, and header injection.
#include <QRegularExpression>
#include <QTest>

#include "import/TextDecoder.h"
#include "mime/HeaderEncoding.h"

using namespace Qt::StringLiterals;

namespace {

// Decodes each encoded-word on its own: a character split across words, or an ISO-2022-JP word that does not
// return to ASCII, shows up as a mismatch or U+FFFD here.
QString decodeWordsSeparately(const QByteArray& value, QStringList* problems)
{
    static const QRegularExpression word(u"^=\\?([A-Za-z0-9-]+)\\?B\\?([A-Za-z0-9+/=]*)\\?=$"_s);
    QString text;
    const QList<QByteArray> parts = QByteArray(value).replace("\r\n", "").split(' ');
    for (const QByteArray& part : parts) {
        if (part.isEmpty())
            continue;
        const auto match = word.match(QString::fromLatin1(part));
        if (!match.hasMatch()) {
            problems->append(u"not an encoded-word: "_s + QString::fromLatin1(part));
            continue;
        }
        if (part.size() > HeaderEncoding::maxEncodedWordLength)
            problems->append(u"word longer than 75: "_s + QString::fromLatin1(part));
        const QByteArray charset = match.captured(1).toLatin1();
        const QByteArray bytes = QByteArray::fromBase64(match.captured(2).toLatin1());
        if (charset == "ISO-2022-JP" && bytes.contains('\x1b') && bytes.mid(bytes.lastIndexOf('\x1b'), 3) != "\x1b(B")
            problems->append(u"ISO-2022-JP word does not end in ASCII state"_s);
        auto decoder = TextDecoder::create(charset);
        const QString piece = decoder->decode(bytes);
        if (piece.contains(QChar(0xFFFD)))
            problems->append(u"split character in "_s + QString::fromLatin1(part));
        text += piece;
    }
    return text;
}

void checkLines(const QByteArray& value, int firstLineUsed)
{
    QVERIFY2(HeaderEncoding::isSafeHeaderValue(value), value.constData());
    const QList<QByteArray> lines = value.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype length = line.size() + (i == 0 ? firstLineUsed : 0);
        QVERIFY2(length <= HeaderEncoding::maxLineLength, line.constData());
        if (i > 0)
            QVERIFY2(line.startsWith(' ') && line.trimmed().size() > 0, line.constData());
    }
}

} // namespace

class TestHeaderEncoding : public QObject
{
    Q_OBJECT

private slots:
    void encodeUnstructured_data();
    void encodeUnstructured();
    void exactValues_data();
    void exactValues();
    void encodeMailbox_data();
    void encodeMailbox();
    void sanitize_data();
    void sanitize();
    void isSafeHeaderValue_data();
    void isSafeHeaderValue();
    void unknownCharset();
};

void TestHeaderEncoding::encodeUnstructured_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<int>("firstLineUsed");
    QTest::addColumn<bool>("encoded");

    const QString longJapanese = u"【重要】2024年度 春の新製品発表会のご案内とお申し込み方法について、"
                                 u"会員の皆様へ事前登録のお願いと当日のプログラムのお知らせ"_s;
    for (const QByteArray& charset : {QByteArray("UTF-8"), QByteArray("ISO-2022-JP")}) {
        const char* cs = charset.constData();
        QTest::addRow("%s short japanese", cs) << u"ご案内"_s << charset << 9 << true;
        QTest::addRow("%s long japanese folds", cs) << longJapanese << charset << 9 << true;
        QTest::addRow("%s mixed ascii japanese", cs)
            << u"Re: [Tayori] 新機能 release notes v2.1 のお知らせ"_s << charset << 9 << true;
        QTest::addRow("%s no first line room", cs) << u"件名"_s << charset << 70 << true;
        QTest::addRow("%s ascii passthrough", cs) << u"Monthly newsletter"_s << charset << 9 << false;
        QTest::addRow("%s injection japanese", cs) << u"こんにちは\r\nBcc: x@example.com"_s << charset << 9 << true;
    }
    // ISO-2022-JP has no halfwidth kana and no emoji: those rows are UTF-8 only.
    QTest::newRow("UTF-8 halfwidth kana") << u"ｶﾀｶﾅ ﾃｽﾄ"_s << QByteArray("UTF-8") << 9 << true;
    QTest::newRow("UTF-8 emoji") << u"🎉 セール開催中 🎉🎁 最大50%OFF 🛍️✨"_s << QByteArray("UTF-8")
                                 << 9 << true;
    QTest::newRow("UTF-8 many emoji fold") << QString(u"😀🎉🎁🍣🗾"_s).repeated(12) << QByteArray("UTF-8") << 9 << true;
    QTest::newRow("UTF-8 accented") << u"Café déjà vu — naïve"_s << QByteArray("UTF-8") << 9 << true;
    QTest::newRow("UTF-8 long ascii folds")
        << u"This is a rather long plain ASCII subject line that certainly needs folding somewhere to stay "
           u"under the limit of seventy-eight characters"_s
        << QByteArray("UTF-8") << 9 << false;
    QTest::newRow("UTF-8 ascii looking like encoded word")
        << u"=?UTF-8?B?abc?= is not decoded"_s << QByteArray("UTF-8") << 9 << true;
}

void TestHeaderEncoding::encodeUnstructured()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, charset);
    QFETCH(int, firstLineUsed);
    QFETCH(bool, encoded);

    const QByteArray value = HeaderEncoding::encodeUnstructured(text, charset, firstLineUsed);
    checkLines(value, firstLineUsed);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(value.startsWith("=?") || value.startsWith("\r\n =?"), encoded);
    const QString expected = HeaderEncoding::sanitize(text);
    if (!encoded) {
        QCOMPARE(QString::fromLatin1(QByteArray(value).replace("\r\n", "")), expected);
        return;
    }
    QStringList problems;
    const QString decoded = decodeWordsSeparately(value, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QCOMPARE(decoded, expected);
}

void TestHeaderEncoding::exactValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("ascii") << u"Hello"_s << QByteArray("UTF-8") << QByteArray("Hello");
    QTest::newRow("empty") << QString() << QByteArray("UTF-8") << QByteArray("");
    QTest::newRow("injection crlf") << u"Hello\r\nBcc: x@example.com"_s << QByteArray("UTF-8")
                                    << QByteArray("Hello Bcc: x@example.com");
    QTest::newRow("injection bare lf") << u"Hello\nBcc: x@example.com"_s << QByteArray("UTF-8")
                                       << QByteArray("Hello Bcc: x@example.com");
    QTest::newRow("injection bare cr") << u"Hello\rBcc: x@example.com"_s << QByteArray("UTF-8")
                                       << QByteArray("Hello Bcc: x@example.com");
    QTest::newRow("nul and controls") << u"A\u0000B\u0007C\u007FD\u0085E"_s << QByteArray("UTF-8")
                                      << QByteArray("ABCDE");
    QTest::newRow("utf8 word") << u"日本"_s << QByteArray("UTF-8") << QByteArray("=?UTF-8?B?5pel5pys?=");
    QTest::newRow("iso-2022-jp word") << u"日本"_s << QByteArray("ISO-2022-JP")
                                      << QByteArray("=?ISO-2022-JP?B?GyRCRnxLXBsoQg==?=");
}

void TestHeaderEncoding::exactValues()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, expected);
    QCOMPARE(HeaderEncoding::encodeUnstructured(text, charset, 9), expected);
}

void TestHeaderEncoding::encodeMailbox_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain ascii") << u"Taro Yamada"_s << u"taro@example.com"_s << QByteArray("UTF-8")
                                 << QByteArray("Taro Yamada <taro@example.com>");
    QTest::newRow("specials quoted") << u"Yamada, Taro (Sales)"_s << u"taro@example.com"_s << QByteArray("UTF-8")
                                     << QByteArray("\"Yamada, Taro (Sales)\" <taro@example.com>");
    QTest::newRow("quote and backslash escaped")
        << u"Ta\"ro\\"_s << u"t@example.com"_s << QByteArray("UTF-8") << QByteArray("\"Ta\\\"ro\\\\\" <t@example.com>");
    QTest::newRow("empty name") << QString() << u"t@example.com"_s << QByteArray("UTF-8")
                                << QByteArray("<t@example.com>");
    QTest::newRow("japanese utf8") << u"山田 太郎"_s << u"taro@example.jp"_s << QByteArray("UTF-8")
                                   << QByteArray("=?UTF-8?B?5bGx55SwIOWkqumDjg==?= <taro@example.jp>");
    QTest::newRow("injection in name") << u"Eve\r\nBcc: victim@example.com"_s << u"eve@example.com"_s
                                       << QByteArray("UTF-8")
                                       << QByteArray("\"Eve Bcc: victim@example.com\" <eve@example.com>");
    QTest::newRow("injection in address")
        << u"Eve"_s << u"eve@example.com>\r\nBcc: v@example.com"_s << QByteArray("UTF-8")
        << QByteArray("Eve <eve@example.comBcc:v@example.com>");
}

void TestHeaderEncoding::encodeMailbox()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, expected);
    const QByteArray value = HeaderEncoding::encodeMailbox(name, address, charset, 6);
    QCOMPARE(value, expected);
    checkLines(value, 6);
}

void TestHeaderEncoding::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("crlf one space") << u"a\r\nb"_s << u"a b"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"a b"_s;
    QTest::newRow("lf cr") << u"a\n\rb"_s << u"a  b"_s;
    QTest::newRow("nul removed") << u"a\u0000b"_s << u"ab"_s;
    QTest::newRow("c1 removed") << u"a\u0085b"_s << u"ab"_s;
    QTest::newRow("japanese kept") << u"件名"_s << u"件名"_s;
}

void TestHeaderEncoding::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HeaderEncoding::sanitize(input), expected);
}

void TestHeaderEncoding::isSafeHeaderValue_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << QByteArray("Hello") << true;
    QTest::newRow("fold") << QByteArray("Hello\r\n world") << true;
    QTest::newRow("new header") << QByteArray("Hello\r\nBcc: x@example.com") << false;
    QTest::newRow("bare lf") << QByteArray("Hello\nBcc: x") << false;
    QTest::newRow("bare cr") << QByteArray("Hello\rBcc: x") << false;
    QTest::newRow("trailing crlf") << QByteArray("Hello\r\n") << false;
    QTest::newRow("nul") << QByteArray("He\0llo", 6) << false;
    QTest::newRow("8bit") << QByteArray("caf\xc3\xa9") << false;
    QTest::newRow("999 chars") << QByteArray(999, 'a') << false;
}

void TestHeaderEncoding::isSafeHeaderValue()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, safe);
    QCOMPARE(HeaderEncoding::isSafeHeaderValue(value), safe);
}

void TestHeaderEncoding::unknownCharset()
{
    QVERIFY(HeaderEncoding::encodeUnstructured(u"件名"_s, "KOI8-R", 9).isNull());
}

QTEST_GUILESS_MAIN(TestHeaderEncoding)
#include "tst_headerencoding.moc"
