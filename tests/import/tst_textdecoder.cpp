// Tests for TextDecoder and TextEncoder: every charset, sequences split at every offset, invalid input, CP932.
#include <QTest>
#include <QTextCodec>

#include "import/TextDecoder.h"
#include "import/TextEncoder.h"

using namespace Qt::StringLiterals;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void splitAtEveryOffset_data() { decode_data(); }
    void splitAtEveryOffset();
    void byteByByte_data() { decode_data(); }
    void byteByByte();
    void unknownCharset();
    void encode_data();
    void encode();
    void encodeUnknownCharset();
};

void TestTextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qint64>("invalid");

    QTest::newRow("utf8") << "UTF-8"_ba
                          << "a\xC3\xA9\xE3\x81\x82\xF0\x9F\x98\x80z"_ba << u"aéあ😀z"_s << 0LL;
    QTest::newRow("utf8 bom dropped") << "UTF-8"_ba
                                      << "\xEF\xBB\xBFname"_ba << u"name"_s << 0LL;
    QTest::newRow("utf8 invalid byte") << "UTF-8"_ba
                                       << "A\xFF"
                                          "B"_ba
                                       << u"A\uFFFDB"_s << 1LL;
    QTest::newRow("utf8 truncated at end") << "UTF-8"_ba
                                           << "ab\xE3\x81"_ba << u"ab\uFFFD"_s << 2LL;
    QTest::newRow("utf16le bom") << "UTF-16LE"_ba
                                 << QByteArray("\xFF\xFE"
                                               "a\0\x42\x30",
                                               6)
                                 << u"aあ"_s << 0LL;
    QTest::newRow("utf16be") << "UTF-16BE"_ba << QByteArray("\0a\x30\x42", 4) << u"aあ"_s << 0LL;
    QTest::newRow("utf16le odd byte at end") << "UTF-16LE"_ba << QByteArray("a\0b", 3) << u"a\uFFFD"_s << 1LL;
    // NEC special (①, ㈱), IBM extension (髙) and the CP932 wave dash (81 60 = U+FF5E, not U+301C).
    QTest::newRow("cp932 extensions") << "Shift_JIS"_ba
                                      << "\x87\x40\x87\x8A\xFB\xFC\x81\x60"_ba << u"①㈱髙～"_s << 0LL;
    QTest::newRow("cp932 backslash and yen") << "Shift_JIS"_ba
                                             << "\\~\x81\x8F"_ba << u"\\~￥"_s << 0LL;
    QTest::newRow("shift_jis kana kanji") << "Shift_JIS"_ba
                                          << "\x8E\x81\x96\xBC,\xB6\xC5"_ba << u"氏名,ｶﾅ"_s << 0LL;
    QTest::newRow("shift_jis invalid lead") << "Shift_JIS"_ba
                                            << "A\x80"
                                               "B"_ba
                                            << u"A\uFFFDB"_s << 1LL;
    QTest::newRow("shift_jis truncated at end") << "Shift_JIS"_ba
                                                << "A\x82"_ba << u"A\uFFFD"_s << 1LL;
    QTest::newRow("euc-jp") << "EUC-JP"_ba
                            << "\xBB\xE1\xCC\xBE,\xA4\xA2\x8E\xB6"_ba << u"氏名,あｶ"_s << 0LL;
    QTest::newRow("euc-jp truncated at end") << "EUC-JP"_ba
                                             << "\xA4\xA2\xA4"_ba << u"あ\uFFFD"_s << 1LL;
    QTest::newRow("iso-2022-jp") << "ISO-2022-JP"_ba
                                 << "a\x1B$B$\"\x1B(Bz"_ba << u"aあz"_s << 0LL;
    QTest::newRow("windows-1252") << "WINDOWS-1252"_ba
                                  << "\x80 caf\xE9"_ba << u"€ café"_s << 0LL;
    QTest::newRow("latin1") << "ISO-8859-1"_ba
                            << "caf\xE9 \xA0"_ba << u"café \u00A0"_s << 0LL;
}

void TestTextDecoder::decode()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(qint64, invalid);

    const auto decoder = TextDecoder::create(charset);
    QVERIFY(decoder);
    QCOMPARE(decoder->charset(), charset);
    QString text = decoder->decode(bytes);
    text += decoder->finish(); // two statements: the operands of + are unsequenced
    QCOMPARE(text, expected);
    QCOMPARE(decoder->invalidByteCount(), invalid);
}

void TestTextDecoder::splitAtEveryOffset()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(qint64, invalid);

    for (qsizetype first = 0; first <= bytes.size(); ++first) {
        for (qsizetype second = first; second <= bytes.size(); ++second) {
            const auto decoder = TextDecoder::create(charset);
            QVERIFY(decoder);
            const QByteArrayView view(bytes);
            QString text = decoder->decode(view.first(first));
            text += decoder->decode(view.sliced(first, second - first));
            text += decoder->decode(view.sliced(second));
            text += decoder->finish();
            QVERIFY2(text == expected, qPrintable(u"split at %1 and %2: %3"_s.arg(first).arg(second).arg(text)));
            QCOMPARE(decoder->invalidByteCount(), invalid);
        }
    }
}

void TestTextDecoder::byteByByte()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(qint64, invalid);

    const auto decoder = TextDecoder::create(charset);
    QVERIFY(decoder);
    QString text;
    for (char byte : std::as_const(bytes))
        text += decoder->decode(QByteArrayView(&byte, 1));
    text += decoder->finish();
    QCOMPARE(text, expected);
    QCOMPARE(decoder->invalidByteCount(), invalid);
}

void TestTextDecoder::unknownCharset()
{
    QVERIFY(!TextDecoder::create("no-such-charset"));
    QVERIFY(!TextDecoder::create(QByteArray()));
    // Aliases resolve to the same CP932 table.
    const auto decoder = TextDecoder::create("cp932");
    QVERIFY(decoder);
    QCOMPARE(decoder->decode("\x87\x40"_ba), u"①"_s);
}

void TestTextDecoder::encode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("unencodable");

    QTest::newRow("cp932 extensions") << u"①㈱髙～"_s << "Shift_JIS"_ba
                                      << "\x87\x40\x87\x8A\xFB\xFC\x81\x60"_ba << 0;
    QTest::newRow("shift_jis header") << u"氏名,ﾒｰﾙ"_s << "Shift_JIS"_ba
                                      << "\x8E\x81\x96\xBC,\xD2\xB0\xD9"_ba << 0;
    QTest::newRow("jis forms mapped to cp932") << u"〜−‖—¢"_s << "Shift_JIS"_ba
                                               << "\x81\x60\x81\x7C\x81\x61\x81\x5C\x81\x91"_ba << 0;
    QTest::newRow("shift_jis unencodable") << u"a😀é"_s << "Shift_JIS"_ba
                                           << "a??"_ba << 2;
    QTest::newRow("euc-jp") << u"あ〜"_s << "EUC-JP"_ba
                            << "\xA4\xA2\xA1\xC1"_ba << 0;
    QTest::newRow("utf8 has no bom") << u"aé"_s << "UTF-8"_ba
                                     << "a\xC3\xA9"_ba << 0;
    QTest::newRow("utf16le has no bom") << u"aあ"_s << "UTF-16LE"_ba << QByteArray("a\0\x42\x30", 4) << 0;
    QTest::newRow("windows-1252") << u"€é"_s << "WINDOWS-1252"_ba
                                  << "\x80\xE9"_ba << 0;
}

void TestTextDecoder::encode()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, expected);
    QFETCH(int, unencodable);

    int count = -2;
    const QByteArray bytes = TextEncoder::encode(text, charset, &count);
    QCOMPARE(bytes.toHex(' '), expected.toHex(' '));
    QCOMPARE(count, unencodable);
    if (unencodable == 0) {
        // What we write, we (and Excel's CP932) read back — modulo the JIS forms mapped on purpose.
        const auto decoder = TextDecoder::create(charset);
        QString roundTrip = decoder->decode(bytes);
        roundTrip += decoder->finish();
        QCOMPARE(TextEncoder::encode(roundTrip, charset), bytes);
    }
}

void TestTextDecoder::encodeUnknownCharset()
{
    int count = 0;
    QVERIFY(TextEncoder::encode(u"a"_s, "no-such-charset", &count).isNull());
    QCOMPARE(count, -1);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
