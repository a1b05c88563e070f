// Tests for PersonName: script detection and family/given name order for Japanese and Western names.
#include <QTest>

#include "contacts/PersonName.h"

using namespace Qt::StringLiterals;

class TestPersonName : public QObject
{
    Q_OBJECT

private slots:
    void isJapanese_data();
    void isJapanese();
    void fullName_data();
    void fullName();
    void split_data();
    void split();
};

void TestPersonName::isJapanese_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("japanese");

    QTest::newRow("kanji") << u"山田"_s << true;
    QTest::newRow("hiragana") << u"やまだ"_s << true;
    QTest::newRow("katakana") << u"ヤマダ"_s << true;
    QTest::newRow("half-width katakana") << u"ﾔﾏﾀﾞ"_s << true;
    QTest::newRow("iteration mark") << u"佐々木"_s << true;
    QTest::newRow("extension b kanji") << u"𠮷野"_s << true;
    QTest::newRow("extension a kanji") << u"㐂"_s << true;
    QTest::newRow("mixed with latin") << u"John 山田"_s << true;
    QTest::newRow("katakana foreign name") << u"ジョン・スミス"_s << true;
    QTest::newRow("latin") << u"John Smith"_s << false;
    QTest::newRow("latin with diacritics") << u"Müller"_s << false;
    QTest::newRow("hangul") << u"김철수"_s << false;
    QTest::newRow("full-width latin") << u"Ｊｏｈｎ"_s << false;
    QTest::newRow("ideographic space only") << u"\u3000"_s << false;
    QTest::newRow("japanese punctuation only") << u"「」、。"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPersonName::isJapanese()
{
    QFETCH(QString, text);
    QFETCH(bool, japanese);
    QCOMPARE(PersonName::isJapanese(text), japanese);
}

void TestPersonName::fullName_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("full");

    QTest::newRow("japanese") << u"山田"_s << u"太郎"_s << u"山田 太郎"_s;
    QTest::newRow("katakana") << u"ヤマダ"_s << u"タロウ"_s << u"ヤマダ タロウ"_s;
    QTest::newRow("hiragana") << u"やまだ"_s << u"たろう"_s << u"やまだ たろう"_s;
    QTest::newRow("western") << u"Smith"_s << u"John"_s << u"John Smith"_s;
    QTest::newRow("western two given names") << u"Smith"_s << u"Mary Ann"_s << u"Mary Ann Smith"_s;
    QTest::newRow("japanese family, latin given") << u"山田"_s << u"Taro"_s << u"山田 Taro"_s;
    QTest::newRow("latin family, japanese given") << u"Yamada"_s << u"太郎"_s << u"Yamada 太郎"_s;
    QTest::newRow("family only japanese") << u"山田"_s << QString() << u"山田"_s;
    QTest::newRow("given only japanese") << QString() << u"太郎"_s << u"太郎"_s;
    QTest::newRow("family only western") << u"Smith"_s << QString() << u"Smith"_s;
    QTest::newRow("given only western") << QString() << u"John"_s << u"John"_s;
    QTest::newRow("both empty") << QString() << QString() << QString();
    QTest::newRow("whitespace only") << u" \u3000"_s << u"\t"_s << QString();
    QTest::newRow("trimmed") << u"  山田 "_s << u"\u3000太郎\u3000"_s << u"山田 太郎"_s;
    QTest::newRow("inner whitespace collapsed") << u"van   Gogh"_s << u"Vincent"_s << u"Vincent van Gogh"_s;
    QTest::newRow("one side whitespace") << u"   "_s << u"John"_s << u"John"_s;
}

void TestPersonName::fullName()
{
    QFETCH(QString, family);
    QFETCH(QString, given);
    QFETCH(QString, full);
    QCOMPARE(PersonName::fullName(family, given), full);
}

void TestPersonName::split_data()
{
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("joined"); // fullName() of the split parts

    // Japanese: family first, split at the first whitespace.
    QTest::newRow("japanese ascii space") << u"山田 太郎"_s << u"山田"_s << u"太郎"_s << u"山田 太郎"_s;
    QTest::newRow("japanese ideographic space") << u"山田\u3000太郎"_s << u"山田"_s << u"太郎"_s << u"山田 太郎"_s;
    QTest::newRow("japanese tab") << u"山田\t太郎"_s << u"山田"_s << u"太郎"_s << u"山田 太郎"_s;
    QTest::newRow("japanese repeated whitespace")
        << u"  山田 \u3000 太郎 "_s << u"山田"_s << u"太郎"_s << u"山田 太郎"_s;
    QTest::newRow("japanese no whitespace") << u"山田太郎"_s << u"山田太郎"_s << QString() << u"山田太郎"_s;
    QTest::newRow("japanese three words") << u"山田 太郎 次郎"_s << u"山田"_s << u"太郎 次郎"_s << u"山田 太郎 次郎"_s;
    QTest::newRow("katakana") << u"ヤマダ タロウ"_s << u"ヤマダ"_s << u"タロウ"_s << u"ヤマダ タロウ"_s;
    QTest::newRow("half-width katakana") << u"ﾔﾏﾀﾞ ﾀﾛｳ"_s << u"ﾔﾏﾀﾞ"_s << u"ﾀﾛｳ"_s << u"ﾔﾏﾀﾞ ﾀﾛｳ"_s;
    QTest::newRow("katakana foreign name")
        << u"ジョン・スミス"_s << u"ジョン・スミス"_s << QString() << u"ジョン・スミス"_s;
    QTest::newRow("iteration mark") << u"佐々木 健"_s << u"佐々木"_s << u"健"_s << u"佐々木 健"_s;

    // Western: given first.
    QTest::newRow("western") << u"John Smith"_s << u"Smith"_s << u"John"_s << u"John Smith"_s;
    QTest::newRow("western comma") << u"Smith, John"_s << u"Smith"_s << u"John"_s << u"John Smith"_s;
    QTest::newRow("western comma no space") << u"Smith,John"_s << u"Smith"_s << u"John"_s << u"John Smith"_s;
    QTest::newRow("western comma two given")
        << u"Smith, Mary Ann"_s << u"Smith"_s << u"Mary Ann"_s << u"Mary Ann Smith"_s;
    QTest::newRow("western two given") << u"Mary Ann Smith"_s << u"Smith"_s << u"Mary Ann"_s << u"Mary Ann Smith"_s;
    QTest::newRow("western repeated whitespace")
        << u"  John \t  Smith\u3000"_s << u"Smith"_s << u"John"_s << u"John Smith"_s;
    QTest::newRow("western particle") << u"Vincent van Gogh"_s << u"van Gogh"_s << u"Vincent"_s
                                      << u"Vincent van Gogh"_s;
    QTest::newRow("western two particles")
        << u"Juan de la Cruz"_s << u"de la Cruz"_s << u"Juan"_s << u"Juan de la Cruz"_s;
    QTest::newRow("capitalised particle is a given name")
        << u"Mary De Souza"_s << u"Souza"_s << u"Mary De"_s << u"Mary De Souza"_s;
    QTest::newRow("suffix") << u"Martin Luther King Jr."_s << u"King Jr."_s << u"Martin Luther"_s
                            << u"Martin Luther King Jr."_s;
    QTest::newRow("suffix after comma") << u"John Smith, Jr."_s << u"Smith Jr."_s << u"John"_s << u"John Smith Jr."_s;
    QTest::newRow("roman numeral suffix") << u"John Smith III"_s << u"Smith III"_s << u"John"_s << u"John Smith III"_s;
    QTest::newRow("two words ending like a suffix") << u"John Ii"_s << u"Ii"_s << u"John"_s << u"John Ii"_s;
    QTest::newRow("single word") << u"Madonna"_s << QString() << u"Madonna"_s << u"Madonna"_s;
    QTest::newRow("family only after comma") << u"Smith,"_s << u"Smith"_s << QString() << u"Smith"_s;
    QTest::newRow("romanised japanese stays western")
        << u"Taro Yamada"_s << u"Yamada"_s << u"Taro"_s << u"Taro Yamada"_s;
    QTest::newRow("empty") << QString() << QString() << QString() << QString();
    QTest::newRow("whitespace only") << u" \u3000\t"_s << QString() << QString() << QString();
}

void TestPersonName::split()
{
    QFETCH(QString, full);
    QFETCH(QString, family);
    QFETCH(QString, given);
    QFETCH(QString, joined);

    const PersonName::SplitName name = PersonName::split(full);
    QCOMPARE(name.family, family);
    QCOMPARE(name.given, given);
    QCOMPARE(PersonName::fullName(name.family, name.given), joined);
}

QTEST_GUILESS_MAIN(TestPersonName)
#include "tst_personname.moc"
