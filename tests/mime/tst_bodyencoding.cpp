// Body encoders: quoted-printable (line limits, soft and hard breaks, dot-stuffing safety), base64 lines, and the
// choice between them for text parts.
#include <QTest>

#include "mime/BodyEncoding.h"

namespace {

// RFC 2045 6.7 decoding, written independently of the encoder.
QByteArray decodeQuotedPrintable(const QByteArray& encoded)
{
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char ch = encoded.at(i);
        if (ch != '=') {
            out += ch;
        } else if (encoded.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else {
            out += QByteArray::fromHex(encoded.mid(i + 1, 2));
            i += 2;
        }
    }
    return out;
}

} // namespace

class TestBodyEncoding : public QObject
{
    Q_OBJECT

private slots:
    void quotedPrintable_data();
    void quotedPrintable();
    void quotedPrintableRoundTrip_data();
    void quotedPrintableRoundTrip();
    void base64Lines_data();
    void base64Lines();
    void chooseTransferEncoding_data();
    void chooseTransferEncoding();
};

void TestBodyEncoding::quotedPrintable_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("plain") << QByteArray("Hello") << QByteArray("Hello");
    QTest::newRow("equals") << QByteArray("a=b") << QByteArray("a=3Db");
    QTest::newRow("crlf kept") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("trailing space before crlf") << QByteArray("a \r\nb\t") << QByteArray("a=20\r\nb=09");
    QTest::newRow("inner space kept") << QByteArray("a b") << QByteArray("a b");
    QTest::newRow("leading dot") << QByteArray(".\r\n.hidden\r\na.b") << QByteArray("=2E\r\n=2Ehidden\r\na.b");
    QTest::newRow("bare lf and cr") << QByteArray("a\nb\rc") << QByteArray("a=0Ab=0Dc");
    QTest::newRow("utf8") << QByteArray("caf\xc3\xa9") << QByteArray("caf=C3=A9");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray("a=00b");
    QTest::newRow("76 chars no break") << QByteArray(76, 'x') << QByteArray(76, 'x');
    QTest::newRow("77 chars soft break") << QByteArray(77, 'x') << QByteArray(75, 'x') + "=\r\nxx";
    QTest::newRow("escape not split") << QByteArray(74, 'x') + "==" << QByteArray(74, 'x') + "=\r\n=3D=3D";
    QTest::newRow("dot after soft break") << QByteArray(75, 'x') + ".y" << QByteArray(75, 'x') + "=\r\n=2Ey";
}

void TestBodyEncoding::quotedPrintable()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(BodyEncoding::quotedPrintable(input), expected);
}

void TestBodyEncoding::quotedPrintableRoundTrip_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("japanese long") << QString::fromUtf8("春の新製品発表会のご案内。").repeated(20).toUtf8();
    QTest::newRow("mixed lines") << QByteArray("Dear {{name}},\r\n\r\n.\r\nPrice = 100 \r\n") + QByteArray(200, '-');
    QTest::newRow("all bytes") << [] {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all += static_cast<char>(i);
        return all.repeated(3);
    }();
    QTest::newRow("spaces at every column") << QByteArray(" ").repeated(300) + "\r\n" + QByteArray("\t").repeated(90);
}

void TestBodyEncoding::quotedPrintableRoundTrip()
{
    QFETCH(QByteArray, input);
    const QByteArray encoded = BodyEncoding::quotedPrintable(input);
    QCOMPARE(decodeQuotedPrintable(encoded), input);
    for (QByteArray line : encoded.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        QVERIFY2(line.size() <= BodyEncoding::maxLineLength, line.constData());
        QVERIFY2(!line.startsWith('.'), line.constData());
        QVERIFY2(!line.endsWith(' ') && !line.endsWith('\t'), line.constData());
        for (char ch : line)
            QVERIFY(ch == '\t' || (static_cast<unsigned char>(ch) >= 32 && static_cast<unsigned char>(ch) < 127));
    }
}

void TestBodyEncoding::base64Lines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("lines");
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("one byte") << QByteArray("a") << 1;
    QTest::newRow("exactly 57 bytes") << QByteArray(57, 'a') << 1;
    QTest::newRow("58 bytes") << QByteArray(58, 'a') << 2;
    QTest::newRow("japanese") << QString::fromUtf8("日本語のテキスト").repeated(30).toUtf8() << 13;
}

void TestBodyEncoding::base64Lines()
{
    QFETCH(QByteArray, input);
    QFETCH(int, lines);
    const QByteArray encoded = BodyEncoding::base64Lines(input);
    QCOMPARE(encoded.count("\r\n"), lines);
    QVERIFY(encoded.isEmpty() || encoded.endsWith("\r\n"));
    QList<QByteArray> parts = encoded.split('\n');
    parts.removeLast();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QVERIFY(parts.at(i).endsWith('\r'));
        const qsizetype length = parts.at(i).size() - 1;
        QVERIFY(i + 1 == parts.size() ? length <= 76 : length == 76);
    }
    QCOMPARE(QByteArray::fromBase64(QByteArray(encoded).replace("\r\n", "")), input);
}

void TestBodyEncoding::chooseTransferEncoding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("ascii") << QByteArray("Hello,\r\nthis is plain text.\r\n") << QByteArray("quoted-printable");
    QTest::newRow("empty") << QByteArray() << QByteArray("quoted-printable");
    QTest::newRow("mostly ascii with accents")
        << QByteArray("Caf\xc3\xa9 menu for the whole week, see you there.") << QByteArray("quoted-printable");
    QTest::newRow("japanese utf8") << QString::fromUtf8("こんにちは、山田様。").toUtf8() << QByteArray("base64");
    QTest::newRow("japanese with some ascii")
        << QString::fromUtf8("Tayori 2.0 のリリースのお知らせ").toUtf8() << QByteArray("base64");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03\xff\xfe", 6) << QByteArray("base64");
}

void TestBodyEncoding::chooseTransferEncoding()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(BodyEncoding::chooseTransferEncoding(input), expected);
}

QTEST_GUILESS_MAIN(TestBodyEncoding)
#include "tst_bodyencoding.moc"
