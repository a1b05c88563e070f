// Tests for PublicAddress: which web addresses are accepted for links in mail, and that the setting is kept.
#include <QTemporaryDir>
#include <QTest>

#include "web/PublicAddress.h"

using namespace Qt::StringLiterals;

class TestPublicAddress : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void saveLoadClear();
};

void TestPublicAddress::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("https") << u"https://news.example.jp"_s << u"https://news.example.jp"_s;
    QTest::newRow("trailing slashes dropped") << u"https://news.example.jp//"_s << u"https://news.example.jp"_s;
    QTest::newRow("spaces trimmed") << u"  http://127.0.0.1:8080 "_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("with a path") << u"https://example.jp/tayori"_s << u"https://example.jp/tayori"_s;
    QTest::newRow("idn host") << u"https://お知らせ.example.jp"_s << u"https://お知らせ.example.jp"_s;
    QTest::newRow("no scheme") << u"news.example.jp"_s << QString();
    QTest::newRow("ftp") << u"ftp://news.example.jp"_s << QString();
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString();
    QTest::newRow("no host") << u"https://"_s << QString();
    QTest::newRow("query") << u"https://news.example.jp/?a=1"_s << QString();
    QTest::newRow("fragment") << u"https://news.example.jp/#x"_s << QString();
    QTest::newRow("space inside") << u"https://news example.jp"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPublicAddress::check()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QString> checked = PublicAddress::check(input);
    if (expected.isEmpty()) {
        QVERIFY2(!checked, qPrintable(input));
        QVERIFY2(checked.error().contains(u"https://news.example.jp"_s), qPrintable(checked.error()));
    } else {
        QVERIFY2(checked, qPrintable(checked.error()));
        QCOMPARE(*checked, expected);
    }
}

void TestPublicAddress::saveLoadClear()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"web.sqlite"_s));
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(PublicAddress::load(*db), QString());
    QVERIFY(PublicAddress::save(*db, u"https://news.example.jp/"_s));
    QCOMPARE(PublicAddress::load(*db), u"https://news.example.jp"_s);
    // A bad address changes nothing.
    QVERIFY(!PublicAddress::save(*db, u"news"_s));
    QCOMPARE(PublicAddress::load(*db), u"https://news.example.jp"_s);
    QVERIFY(PublicAddress::save(*db, u"https://mail.example.jp"_s));
    // Another connection (the CLI, a headless server) sees the same setting.
    auto other = Database::open(dir.filePath(u"web.sqlite"_s));
    QVERIFY2(other, qPrintable(other.error()));
    QCOMPARE(PublicAddress::load(*other), u"https://mail.example.jp"_s);
    QVERIFY(PublicAddress::save(*db, QString()));
    QCOMPARE(PublicAddress::load(*other), QString());
}

QTEST_GUILESS_MAIN(TestPublicAddress)
#include "tst_publicaddress.moc"
