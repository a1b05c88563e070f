// Tests for CharsetDetector: BOMs, UTF-8/UTF-16, CP932 vs EUC-JP, binary files and Latin fallbacks.
#include <QRandomGenerator>
#include <QTest>
#include <QTextCodec>

#include "import/CharsetDetector.h"
#include "import/TextDecoder.h"

using namespace Qt::StringLiterals;

namespace {
QByteArray encoded(const QString& text, const char* codecName)
{
    QTextCodec* codec = QTextCodec::codecForName(codecName);
    Q_ASSERT(codec);
    QTextCodec::ConverterState state; // no BOM
    return codec->fromUnicode(text.constData(), int(text.size()), &state);
}

const QString japaneseCsv = u"氏名,フリガナ,メールアドレス,会社名\n"
                            u"山田太郎,ヤマダタロウ,taro@example.jp,株式会社山田商店\n"
                            u"佐藤花子,サトウハナコ,hanako@example.jp,さとう企画\n"_s;

// CP932 bytes written literally, so the fixture does not depend on the codec under test: 髙橋,①,㈱山田,～
const QByteArray cp932Extensions = "\xFB\xFC\x8B\xB4,\x87\x40,\x87\x8A\x8E\x52\x93\x63,\x81\x60\n"_ba;
const QString cp932ExtensionsText = u"髙橋,①,㈱山田,～\n"_s;

QString decodeAll(const QByteArray& bytes, const QByteArray& charset, int bomLength)
{
    const auto decoder = TextDecoder::create(charset);
    if (!decoder)
        return u"<unknown charset>"_s;
    QString text = decoder->decode(QByteArrayView(bytes).sliced(bomLength));
    text += decoder->finish();
    return text;
}
} // namespace

class TestCharsetDetector : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void cutSample();
    void latinText_data();
    void latinText();
    void supportedCharsets();
};

void TestCharsetDetector::detect_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<bool>("wholeFile");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("bomLength");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<QString>("text"); // what the sample must decode to; empty: don't check

    const QString ascii = u"name,email\nTaro,taro@example.com\n"_s;
    QTest::newRow("empty") << QByteArray() << true << "UTF-8"_ba << 0 << false << QString();
    QTest::newRow("pure ascii") << ascii.toLatin1() << true << "UTF-8"_ba << 0 << false << ascii;
    QTest::newRow("utf-8") << japaneseCsv.toUtf8() << true << "UTF-8"_ba << 0 << false << japaneseCsv;
    QTest::newRow("utf-8 bom") << "\xEF\xBB\xBF"_ba + japaneseCsv.toUtf8() << true << "UTF-8"_ba << 3 << false
                               << japaneseCsv;
    QTest::newRow("utf-8 bom only") << "\xEF\xBB\xBF"_ba << true << "UTF-8"_ba << 3 << false << QString();
    QTest::newRow("utf-16le bom") << "\xFF\xFE"_ba + encoded(japaneseCsv, "UTF-16LE") << true << "UTF-16LE"_ba << 2
                                  << false << japaneseCsv;
    QTest::newRow("utf-16be bom") << "\xFE\xFF"_ba + encoded(japaneseCsv, "UTF-16BE") << true << "UTF-16BE"_ba << 2
                                  << false << japaneseCsv;
    QTest::newRow("utf-16le ascii no bom")
        << encoded(ascii, "UTF-16LE") << true << "UTF-16LE"_ba << 0 << false << ascii;
    QTest::newRow("utf-16be ascii no bom")
        << encoded(ascii, "UTF-16BE") << true << "UTF-16BE"_ba << 0 << false << ascii;
    QTest::newRow("shift_jis") << encoded(japaneseCsv, "Shift_JIS") << true << "Shift_JIS"_ba << 0 << false
                               << japaneseCsv;
    QTest::newRow("shift_jis nec/ibm extensions") << encoded(japaneseCsv, "Shift_JIS") + cp932Extensions << true
                                                  << "Shift_JIS"_ba << 0 << false << japaneseCsv + cp932ExtensionsText;
    const QString halfWidth = u"ﾌﾘｶﾞﾅ,氏名\nﾔﾏﾀﾞ ﾀﾛｳ,山田太郎\n"_s;
    QTest::newRow("shift_jis half-width kana")
        << encoded(halfWidth, "Shift_JIS") << true << "Shift_JIS"_ba << 0 << false << halfWidth;
    QTest::newRow("euc-jp") << encoded(japaneseCsv, "EUC-JP") << true << "EUC-JP"_ba << 0 << false << japaneseCsv;
    const QString shortHeader = u"名前,メール\n"_s;
    QTest::newRow("euc-jp short") << encoded(shortHeader, "EUC-JP") << true << "EUC-JP"_ba << 0 << false << shortHeader;
    QTest::newRow("shift_jis short") << encoded(shortHeader, "Shift_JIS") << true << "Shift_JIS"_ba << 0 << false
                                     << shortHeader;
    QTest::newRow("iso-2022-jp") << encoded(japaneseCsv, "ISO-2022-JP") << true << "ISO-2022-JP"_ba << 0 << false
                                 << japaneseCsv;

    QByteArray garbage(4096, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32*>(garbage.data()), garbage.size() / 4);
    QTest::newRow("random bytes") << garbage << false << QByteArray() << 0 << true << QString();
    QTest::newRow("zip (xlsx) header") << QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 16) << false
                                       << QByteArray() << 0 << true << QString();
    QTest::newRow("control bytes, no NUL")
        << "a,b\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F\x10\n"_ba << true << QByteArray() << 0 << true << QString();
}

void TestCharsetDetector::detect()
{
    QFETCH(QByteArray, sample);
    QFETCH(bool, wholeFile);
    QFETCH(QByteArray, name);
    QFETCH(int, bomLength);
    QFETCH(bool, binary);
    QFETCH(QString, text);

    const CharsetGuess guess = CharsetDetector::detect(sample, wholeFile);
    QCOMPARE(guess.name, name);
    QCOMPARE(guess.bomLength, bomLength);
    QCOMPARE(guess.binary, binary);
    if (!text.isEmpty())
        QCOMPARE(decodeAll(sample, guess.name, guess.bomLength), text);
}

// A sample cut from a longer file may end inside a character; that must not spoil the guess.
void TestCharsetDetector::cutSample()
{
    QString longText;
    while (longText.size() < 70000)
        longText += japaneseCsv;
    const struct
    {
        const char* codec;
        QByteArray expected;
    } cases[] = {{"UTF-8", "UTF-8"_ba}, {"Shift_JIS", "Shift_JIS"_ba}, {"EUC-JP", "EUC-JP"_ba}};
    for (const auto& c : cases) {
        const QByteArray bytes = encoded(longText, c.codec);
        for (qsizetype cut = 60; cut < 64; ++cut) {
            // Find cuts that land inside a multi-byte character.
            const QByteArray sample = bytes.first(cut);
            const CharsetGuess guess = CharsetDetector::detect(sample, false);
            QVERIFY2(guess.name == c.expected,
                     qPrintable(u"%1 cut at %2: got %3"_s.arg(QLatin1String(c.codec))
                                    .arg(cut)
                                    .arg(QString::fromLatin1(guess.name))));
        }
        QVERIFY(bytes.size() > CharsetDetector::recommendedSampleSize);
        const QByteArray sample = bytes.first(CharsetDetector::recommendedSampleSize);
        QCOMPARE(CharsetDetector::detect(sample, false).name, c.expected);
    }
    const QByteArray truncated = u"名前,メール\nあ"_s.toUtf8().chopped(1);
    QCOMPARE(CharsetDetector::detect(truncated, false).name, "UTF-8"_ba);
    // As a whole file it is damaged UTF-8 — still UTF-8 (uchardet's verdict), decoded with one U+FFFD.
    QCOMPARE(CharsetDetector::detect(truncated, true).name, "UTF-8"_ba);
}

void TestCharsetDetector::latinText_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QString>("text");

    const QString french = u"Nom,Prénom,Ville,Société\nLefèvre,Hélène,Besançon,Crème & Café\n"
                           u"Müller,Jürgen,Zürich,Größe AG\nGarcía,José,Málaga,Año Nuevo SA\n"_s;
    QTest::newRow("windows-1252") << encoded(french + u"Prix: 20 €, «élégant»\n"_s, "windows-1252")
                                  << french + u"Prix: 20 €, «élégant»\n"_s;
    QTest::newRow("iso-8859-1") << encoded(french, "ISO-8859-1") << french;
}

// uchardet decides among Latin charsets; what counts is that the text comes out right and is not taken for Japanese.
void TestCharsetDetector::latinText()
{
    QFETCH(QByteArray, sample);
    QFETCH(QString, text);

    const CharsetGuess guess = CharsetDetector::detect(sample, true);
    QVERIFY(!guess.binary);
    QVERIFY2(guess.name != "Shift_JIS" && guess.name != "EUC-JP" && guess.name != "UTF-8", guess.name.constData());
    QCOMPARE(decodeAll(sample, guess.name, guess.bomLength), text);
}

void TestCharsetDetector::supportedCharsets()
{
    const QStringList charsets = CharsetDetector::supportedCharsets();
    QCOMPARE(charsets.size(), 8);
    QVERIFY(charsets.contains(u"Shift_JIS"_s));
    for (const QString& charset : charsets) {
        QVERIFY2(TextDecoder::create(charset.toLatin1()), qPrintable(charset));
        QVERIFY(CharsetDetector::displayName(charset.toLatin1()) != charset);
    }
    QCOMPARE(CharsetDetector::displayName("Shift_JIS"), u"Shift_JIS (Windows/Excel, CP932)"_s);
    QCOMPARE(CharsetDetector::displayName("KOI8-R"), u"KOI8-R"_s);
}

QTEST_GUILESS_MAIN(TestCharsetDetector)
#include "tst_charsetdetector.moc"
