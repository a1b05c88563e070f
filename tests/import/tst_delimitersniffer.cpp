// Tests for DelimiterSniffer: each delimiter, quoted delimiters, decimal commas, cut samples, single columns.
#include <QTest>

#include "import/DelimiterSniffer.h"

using namespace Qt::StringLiterals;

class TestDelimiterSniffer : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data();
    void sniff();
};

void TestDelimiterSniffer::sniff_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("comma") << u"name,email,company\nTaro,taro@example.jp,Yamada\n"_s << QChar(u',');
    QTest::newRow("semicolon") << u"name;email;company\nTaro;taro@example.jp;Yamada\n"_s << QChar(u';');
    QTest::newRow("tab") << u"name\temail\nTaro\ttaro@example.jp\r\n"_s << QChar(u'\t');
    QTest::newRow("pipe") << u"name|email\nTaro|taro@example.jp\n"_s << QChar(u'|');
    QTest::newRow("japanese comma") << u"氏名,メールアドレス\n山田太郎,taro@example.jp\n"_s << QChar(u',');
    QTest::newRow("semicolon with decimal commas")
        << u"Name;Preis;Menge\nApfel;1,50;3\nBirne;2,75;10\n"_s << QChar(u';');
    QTest::newRow("semicolon with quoted commas")
        << u"\"Yamada, Taro\";a@example.jp\n\"Sato, Hanako\";b@example.jp\n"_s << QChar(u';');
    QTest::newRow("comma with quoted semicolons")
        << u"tags,email\n\"a;b;c\",a@example.jp\n\"d\",b@example.jp\n"_s << QChar(u',');
    QTest::newRow("tab with comma-space inside names")
        << u"name\temail\nYamada, Taro\ttaro@example.jp\nSato, Hanako\thanako@example.jp\n"_s << QChar(u'\t');
    QTest::newRow("quoted newlines") << u"a,b\n\"line1\nline2;x;y\",c\n\"z\",d\n"_s << QChar(u',');
    QTest::newRow("sample cut mid-record") << u"a;b;c\n1;2;3\n4;5"_s << QChar(u';');
    QTest::newRow("blank lines") << u"\na|b\n\n1|2\n\n"_s << QChar(u'|');
    QTest::newRow("single column defaults to comma") << u"email\ntaro@example.jp\nhanako@example.jp\n"_s << QChar(u',');
    QTest::newRow("empty defaults to comma") << QString() << QChar(u',');
    QTest::newRow("inconsistent comma loses") << u"a;b\nx, y;z\np;q, r, s\n"_s << QChar(u';');
}

void TestDelimiterSniffer::sniff()
{
    QFETCH(QString, sample);
    QFETCH(QChar, expected);
    QCOMPARE(DelimiterSniffer::sniff(sample), expected);
}

QTEST_GUILESS_MAIN(TestDelimiterSniffer)
#include "tst_delimitersniffer.moc"
