// An independent check: messages built from HeaderEncoding and BodyEncoding output are parsed by Python's `email`
// package (policy.default), and what it decodes must equal the original text — the encoder does not grade itself.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "mime/BodyEncoding.h"
#include "mime/HeaderEncoding.h"

using namespace Qt::StringLiterals;

namespace {

const char* const pythonScript = R"(
import sys, json, email, email.policy, email.header
raw = sys.stdin.buffer.read()
msg = email.message_from_bytes(raw, policy=email.policy.default)
legacy = email.message_from_bytes(raw)
pairs = email.header.decode_header(legacy['Subject'])
legacy_subject = str(email.header.make_header(pairs))
sender = msg['From'].addresses[0]
json.dump({'subject': str(msg['Subject']), 'legacySubject': legacy_subject, 'fromName': sender.display_name,
           'fromAddress': sender.addr_spec, 'body': msg.get_content(), 'defects': len(msg.defects),
           'headers': sorted(msg.keys())}, sys.stdout)
)";

} // namespace

class TestMimePythonCheck : public QObject
{
    Q_OBJECT

private slots:
    void pythonDecodes_data();
    void pythonDecodes();
};

void TestMimePythonCheck::pythonDecodes_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("body");

    const QString longSubject = u"【重要】2024年度 春の新製品発表会のご案内とお申し込み方法について、"
                                u"会員の皆様へ事前登録のお願いと当日のプログラムのお知らせ"_s;
    const QString japaneseBody = u"山田様\r\n\r\nいつもお世話になっております。\r\n.\r\n"_s
                                 + u"春の新製品発表会のご案内です。"_s.repeated(10) + u"\r\n"_s;
    QTest::newRow("utf8 long japanese") << QByteArray("UTF-8") << longSubject << u"山田 太郎"_s << japaneseBody;
    QTest::newRow("utf8 mixed emoji") << QByteArray("UTF-8") << u"Re: [Tayori] 🎉 セール開催中 50%OFF 🛍️"_s
                                      << u"Café 佐藤"_s
                                      << u"Price = 100 yen \r\n.dot line\r\n"_s + QString(100, u'x') + u"\r\n"_s;
    QTest::newRow("iso-2022-jp") << QByteArray("ISO-2022-JP") << longSubject << u"鈴木 花子"_s << japaneseBody;
    QTest::newRow("ascii") << QByteArray("UTF-8") << u"Monthly newsletter: what's new in spring, and more"_s
                           << u"Yamada, Taro (Sales)"_s << u"Hello,\r\nplain text.\r\n"_s;
    QTest::newRow("injection") << QByteArray("UTF-8") << u"Hello\r\nBcc: x@example.com"_s
                               << u"Eve\r\nBcc: victim@example.com"_s << u"body\r\n"_s;
}

void TestMimePythonCheck::pythonDecodes()
{
    QFETCH(QByteArray, charset);
    QFETCH(QString, subject);
    QFETCH(QString, name);
    QFETCH(QString, body);

    // The body stays UTF-8 (Content-Type says so); the charset column applies to the headers.
    const QByteArray encodedBody = body.toUtf8();
    const QByteArray transfer = BodyEncoding::chooseTransferEncoding(encodedBody);
    const QByteArray bodyText
        = transfer == "base64" ? BodyEncoding::base64Lines(encodedBody) : BodyEncoding::quotedPrintable(encodedBody);
    QByteArray message;
    message += "From: " + HeaderEncoding::encodeMailbox(name, u"sender@example.com"_s, charset, 6) + "\r\n";
    message += "To: <to@example.com>\r\n";
    message += "Subject: " + HeaderEncoding::encodeUnstructured(subject, charset, 9) + "\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=UTF-8\r\n";
    message += "Content-Transfer-Encoding: " + transfer + "\r\n\r\n";
    message += bodyText;

    for (QByteArray line : message.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        QVERIFY2(line.size() <= 78, line.constData());
    }

    QProcess python;
    python.start(u"python3"_s, {u"-c"_s, QString::fromLatin1(pythonScript)});
    QVERIFY2(python.waitForStarted(), "python3 is required for this test");
    python.write(message);
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonObject result = QJsonDocument::fromJson(python.readAllStandardOutput()).object();

    QCOMPARE(result.value(u"subject"_s).toString(), HeaderEncoding::sanitize(subject));
    QCOMPARE(result.value(u"legacySubject"_s).toString(), HeaderEncoding::sanitize(subject));
    QCOMPARE(result.value(u"fromName"_s).toString(), HeaderEncoding::sanitize(name).trimmed());
    QCOMPARE(result.value(u"fromAddress"_s).toString(), u"sender@example.com"_s);
    QCOMPARE(result.value(u"body"_s).toString(), body);
    QCOMPARE(result.value(u"defects"_s).toInt(), 0);
    const QStringList headers = result.value(u"headers"_s).toVariant().toStringList();
    QVERIFY2(!headers.contains(u"Bcc"_s), qPrintable(headers.join(u", "_s)));
    QCOMPARE(headers.size(), 6);
}

QTEST_GUILESS_MAIN(TestMimePythonCheck)
#include "tst_mimepythoncheck.moc"
