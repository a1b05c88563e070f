// DKIM canonicalisation (RFC 6376 3.4): the RFC's own example, the empty-body and trailing-line rules, WSP runs;
// every row is also checked against dkimpy's canonicalization module.
#include <QTest>

#include "PythonDkim.h"
#include "dkim/DkimCanonicalizer.h"

using Canonicalization = DkimCanonicalizer::Canonicalization;

class TestDkimCanonicalizer : public QObject
{
    Q_OBJECT

private slots:
    void body_data();
    void body();
    void header_data();
    void header();
    void appendsToExistingBuffer();
    void bodiesMatchDkimpy();
    void headersMatchDkimpy();
};

void TestDkimCanonicalizer::body_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("relaxed");
    QTest::addColumn<QByteArray>("simple");

    // RFC 6376 3.4.5.
    QTest::newRow("rfc 6376 example") << QByteArray(" C \r\nD \t E\r\n\r\n\r\n") << QByteArray(" C\r\nD E\r\n")
                                      << QByteArray(" C \r\nD \t E\r\n");
    // 3.4.3: an empty body is CRLF under simple; 3.4.4 (erratum 1384): empty under relaxed.
    QTest::newRow("empty body") << QByteArray() << QByteArray() << QByteArray("\r\n");
    QTest::newRow("only CRLF") << QByteArray("\r\n") << QByteArray() << QByteArray("\r\n");
    QTest::newRow("only empty lines") << QByteArray("\r\n\r\n\r\n") << QByteArray() << QByteArray("\r\n");
    QTest::newRow("only whitespace lines") << QByteArray(" \r\n\t\r\n") << QByteArray() << QByteArray(" \r\n\t\r\n");
    QTest::newRow("trailing blank lines")
        << QByteArray("Hello\r\n\r\n\r\n\r\n") << QByteArray("Hello\r\n") << QByteArray("Hello\r\n");
    QTest::newRow("trailing whitespace lines")
        << QByteArray("Hello  \r\n  \r\n\t\r\n") << QByteArray("Hello\r\n") << QByteArray("Hello  \r\n  \r\n\t\r\n");
    QTest::newRow("inner empty lines stay")
        << QByteArray("a\r\n\r\n\r\nb\r\n") << QByteArray("a\r\n\r\n\r\nb\r\n") << QByteArray("a\r\n\r\n\r\nb\r\n");
    QTest::newRow("WSP runs") << QByteArray("a  \t b\t\tc\r\n") << QByteArray("a b c\r\n")
                              << QByteArray("a  \t b\t\tc\r\n");
    QTest::newRow("leading WSP becomes one space")
        << QByteArray("   x\r\n\t y\r\n") << QByteArray(" x\r\n y\r\n") << QByteArray("   x\r\n\t y\r\n");
    QTest::newRow("bare CR is content") << QByteArray("a\rb\r\n") << QByteArray("a\rb\r\n") << QByteArray("a\rb\r\n");
    QTest::newRow("UTF-8 untouched") << QByteArray("日本語　テキスト \r\n") << QByteArray("日本語　テキスト\r\n")
                                     << QByteArray("日本語　テキスト \r\n");
    QTest::newRow("dot-led line") << QByteArray(".\r\n..x\r\n") << QByteArray(".\r\n..x\r\n")
                                  << QByteArray(".\r\n..x\r\n");
    // No CRLF at the end (not possible over SMTP, which ends DATA with CRLF): one is added. A trailing WSP run on
    // that line goes too, as it would once the SMTP client has added the CRLF.
    QTest::newRow("no final CRLF") << QByteArray("abc") << QByteArray("abc\r\n") << QByteArray("abc\r\n");
    QTest::newRow("no final CRLF after blank lines")
        << QByteArray("abc\r\n\r\nx") << QByteArray("abc\r\n\r\nx\r\n") << QByteArray("abc\r\n\r\nx\r\n");
    QTest::newRow("no final CRLF, trailing WSP")
        << QByteArray("abc  ") << QByteArray("abc\r\n") << QByteArray("abc  \r\n");
}

void TestDkimCanonicalizer::body()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, relaxed);
    QFETCH(QByteArray, simple);
    QCOMPARE(DkimCanonicalizer::body(Canonicalization::Relaxed, input), relaxed);
    QCOMPARE(DkimCanonicalizer::body(Canonicalization::Simple, input), simple);
    // The signer's zero-copy path for simple must describe the same bytes.
    const qsizetype prefix = DkimCanonicalizer::simpleBodyPrefixLength(input.constData(), input.size());
    QCOMPARE(input.left(prefix) + "\r\n", simple);
}

void TestDkimCanonicalizer::header_data()
{
    QTest::addColumn<QByteArray>("field"); // as in the message, without the final CRLF
    QTest::addColumn<QByteArray>("relaxed");

    // RFC 6376 3.4.5.
    QTest::newRow("rfc 6376 example A") << QByteArray("A: X") << QByteArray("a:X\r\n");
    QTest::newRow("rfc 6376 example B") << QByteArray("B : Y\t\r\n\tZ  ") << QByteArray("b:Y Z\r\n");
    QTest::newRow("name lower-cased, value kept")
        << QByteArray("SUBJECT: Hello World") << QByteArray("subject:Hello World\r\n");
    QTest::newRow("value case kept") << QByteArray("To: A@Example.COM") << QByteArray("to:A@Example.COM\r\n");
    QTest::newRow("WSP runs and ends") << QByteArray("Subject: \t Hello \t  World \t")
                                       << QByteArray("subject:Hello World\r\n");
    QTest::newRow("no space after colon") << QByteArray("Subject:x") << QByteArray("subject:x\r\n");
    QTest::newRow("empty value") << QByteArray("X-Empty:") << QByteArray("x-empty:\r\n");
    QTest::newRow("whitespace value") << QByteArray("X-Empty:  \t ") << QByteArray("x-empty:\r\n");
    QTest::newRow("folded encoded words")
        << QByteArray("Subject: =?UTF-8?B?5pel5pys6Kqe?=\r\n =?UTF-8?B?44Gu5Lu25ZCN?=")
        << QByteArray("subject:=?UTF-8?B?5pel5pys6Kqe?= =?UTF-8?B?44Gu5Lu25ZCN?=\r\n");
    QTest::newRow("fold with tab and spaces")
        << QByteArray("To: a@example.jp,\r\n\t  b@example.jp") << QByteArray("to:a@example.jp, b@example.jp\r\n");
    QTest::newRow("DKIM-Signature with empty b=")
        << QByteArray("DKIM-Signature: v=1; a=rsa-sha256;\r\n d=example.jp; s=s1;\r\n b=")
        << QByteArray("dkim-signature:v=1; a=rsa-sha256; d=example.jp; s=s1; b=\r\n");
}

void TestDkimCanonicalizer::header()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, relaxed);
    QCOMPARE(DkimCanonicalizer::header(Canonicalization::Relaxed, field), relaxed);
    QCOMPARE(DkimCanonicalizer::header(Canonicalization::Relaxed, field, false), relaxed.chopped(2));
    QCOMPARE(DkimCanonicalizer::header(Canonicalization::Simple, field), field + "\r\n");
    QCOMPARE(DkimCanonicalizer::header(Canonicalization::Simple, field, false), field);
}

void TestDkimCanonicalizer::appendsToExistingBuffer()
{
    // The signer reuses one buffer per thread: appending must keep what is there and never read stale bytes.
    QByteArray buffer("prefix|");
    buffer.reserve(4096);
    DkimCanonicalizer::appendHeader(buffer, Canonicalization::Relaxed, "Subject:  a  b ", 15, true);
    DkimCanonicalizer::appendBody(buffer, Canonicalization::Relaxed, "x  y \r\n\r\n", 9);
    QCOMPARE(buffer, QByteArray("prefix|subject:a b\r\nx y\r\n"));
    buffer.resize(0);
    DkimCanonicalizer::appendBody(buffer, Canonicalization::Relaxed, "\r\n", 2);
    QCOMPARE(buffer, QByteArray());
}

void TestDkimCanonicalizer::bodiesMatchDkimpy()
{
    // Rows whose body ends with CRLF (what mail carries); dkimpy differs on unterminated last lines, see body_data.
    QList<QByteArray> inputs = {QByteArray(" C \r\nD \t E\r\n\r\n\r\n"),
                                QByteArray(),
                                QByteArray("\r\n"),
                                QByteArray("\r\n\r\n\r\n"),
                                QByteArray(" \r\n\t\r\n"),
                                QByteArray("Hello  \r\n  \r\n\t\r\n"),
                                QByteArray("a\r\n\r\n\r\nb\r\n"),
                                QByteArray("a  \t b\t\tc\r\n"),
                                QByteArray("   x\r\n\t y\r\n"),
                                QByteArray("日本語　テキスト \r\n"),
                                QByteArray("abc")};
    // A generated mix of WSP, empty lines and text.
    const char* pieces[] = {"x", " ", "\t", "\r\n", "  ", "yz", "\r\n\r\n", "\t \t"};
    quint32 seed = 12345;
    for (int n = 0; n < 200; ++n) {
        QByteArray body;
        for (int i = 0; i < 12; ++i) {
            seed = seed * 1103515245u + 12345u;
            body += pieces[(seed >> 16) % 8];
        }
        inputs.append(body + "\r\n");
    }
    QString error;
    const QList<QByteArray> pyRelaxed = PythonDkim::canonicalize("body", "relaxed", inputs, &error);
    const QList<QByteArray> pySimple = PythonDkim::canonicalize("body", "simple", inputs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pyRelaxed.size(), inputs.size());
    QCOMPARE(pySimple.size(), inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        QCOMPARE(DkimCanonicalizer::body(Canonicalization::Relaxed, inputs.at(i)), pyRelaxed.at(i));
        QCOMPARE(DkimCanonicalizer::body(Canonicalization::Simple, inputs.at(i)), pySimple.at(i));
    }
}

void TestDkimCanonicalizer::headersMatchDkimpy()
{
    const QList<QByteArray> inputs = {QByteArray("A: X"),
                                      QByteArray("B : Y\t\r\n\tZ  "),
                                      QByteArray("SUBJECT: Hello World"),
                                      QByteArray("Subject: \t Hello \t  World \t"),
                                      QByteArray("X-Empty:"),
                                      QByteArray("Subject: =?UTF-8?B?5pel5pys6Kqe?=\r\n =?UTF-8?B?44Gu5Lu25ZCN?="),
                                      QByteArray("To: a@example.jp,\r\n\t  b@example.jp")};
    QString error;
    const QList<QByteArray> py = PythonDkim::canonicalize("header", "relaxed", inputs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(py.size(), inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        QCOMPARE(DkimCanonicalizer::header(Canonicalization::Relaxed, inputs.at(i)), py.at(i));
    }
}

QTEST_GUILESS_MAIN(TestDkimCanonicalizer)
#include "tst_dkimcanonicalizer.moc"
