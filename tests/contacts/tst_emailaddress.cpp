// Tests for EmailAddress: RFC syntax, IDN, UTF-8 local parts, full-width input and carrier exceptions.
#include <QTest>

#include "contacts/EmailAddress.h"

using namespace Qt::StringLiterals;

class TestEmailAddress : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void fastPathAgrees_data();
    void fastPathAgrees();
    void domainOf_data();
    void domainOf();
    void isJapaneseCarrierDomain_data();
    void isJapaneseCarrierDomain();
};

namespace {

void addValid(const char* tag, const QString& input, const QString& address, const QString& warning = {})
{
    QTest::newRow(tag) << input << true << address << address.toLower() << warning << QString();
}

void addInvalid(const char* tag, const QString& input, const QString& error)
{
    QTest::newRow(tag) << input << false << QString() << QString() << QString() << error;
}

const QString kFullWidth = u"Full-width characters were converted"_s;
const QString kCarrier = u"Old Japanese mobile addresses"_s;

} // namespace

void TestEmailAddress::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("warning"); // a fragment of the expected warning; empty: no warning
    QTest::addColumn<QString>("error");   // a fragment of the expected error

    // Plain RFC 5322 dot-atoms.
    addValid("simple", u"taro@example.com"_s, u"taro@example.com"_s);
    addValid("dotted local part", u"taro.yamada@example.co.jp"_s, u"taro.yamada@example.co.jp"_s);
    addValid("plus tag", u"taro+news@example.com"_s, u"taro+news@example.com"_s);
    addValid("all atext specials", u"!#$%&'*+-/=?^_`{|}~@example.org"_s, u"!#$%&'*+-/=?^_`{|}~@example.org"_s);
    addValid("subdomains", u"a@mail.sub.example.com"_s, u"a@mail.sub.example.com"_s);
    addValid("hyphen in domain", u"a@my-shop.example.jp"_s, u"a@my-shop.example.jp"_s);
    addValid("numeric label", u"a@123.example.com"_s, u"a@123.example.com"_s);
    addValid("one-letter local part", u"x@example.net"_s, u"x@example.net"_s);
    QTest::newRow("local part case kept, domain lowered")
        << u"Taro.Yamada@Example.COM"_s << true << u"Taro.Yamada@example.com"_s << u"taro.yamada@example.com"_s
        << QString() << QString();

    // Surrounding whitespace, including what Japanese IMEs and Excel leave behind.
    addValid("spaces and tab around", u"  taro@example.com \t"_s, u"taro@example.com"_s);
    addValid("ideographic spaces around", u"\u3000taro@example.com\u3000"_s, u"taro@example.com"_s);
    addValid("byte order mark", u"\uFEFFtaro@example.com"_s, u"taro@example.com"_s);
    addValid("newline around", u"taro@example.com\r\n"_s, u"taro@example.com"_s);

    // Quoted local parts are stored as typed.
    addValid("quoted with space", u"\"john doe\"@example.com"_s, u"\"john doe\"@example.com"_s);
    addValid("quoted with at sign", u"\"a@b\"@example.com"_s, u"\"a@b\"@example.com"_s);
    addValid("quoted with escaped quote", u"\"john\\\"doe\"@example.com"_s, u"\"john\\\"doe\"@example.com"_s);
    addValid("quoted dots", u"\"..taro.\"@example.com"_s, u"\"..taro.\"@example.com"_s);
    addValid("quoted comma", u"\"Yamada, Taro\"@example.com"_s, u"\"Yamada, Taro\"@example.com"_s);
    QTest::newRow("quoted key lowercased") << u"\"John Doe\"@Example.com"_s << true << u"\"John Doe\"@example.com"_s
                                           << u"\"john doe\"@example.com"_s << QString() << QString();

    // IDN domains are stored as lowercase punycode.
    addValid("japanese idn", u"taro@例え.jp"_s, u"taro@xn--r8jz45g.jp"_s);
    addValid("german idn", u"info@bücher.de"_s, u"info@xn--bcher-kva.de"_s);
    addValid("upper-case idn", u"info@BÜCHER.DE"_s, u"info@xn--bcher-kva.de"_s);
    addValid("katakana idn", u"info@ドメイン名例.jp"_s, u"info@xn--eckwd4c7cu47r2wf.jp"_s);
    addValid("punycode given", u"info@XN--BCHER-KVA.de"_s, u"info@xn--bcher-kva.de"_s);
    addValid("ideographic full stop in domain", u"taro@例え。jp"_s, u"taro@xn--r8jz45g.jp"_s, kFullWidth);

    // RFC 6531 UTF-8 local parts.
    addValid("kanji local part", u"山田@example.jp"_s, u"山田@example.jp"_s);
    addValid("kana local part", u"やまだ.たろう@example.jp"_s, u"やまだ.たろう@example.jp"_s);
    addValid("utf-8 local and idn domain", u"山田@例え.jp"_s, u"山田@xn--r8jz45g.jp"_s);
    QTest::newRow("unicode key lowercased") << u"Ünïcode@example.com"_s << true << u"Ünïcode@example.com"_s
                                            << u"ünïcode@example.com"_s << QString() << QString();
    // A decomposed "é" (e + combining acute) is stored composed so equal-looking addresses share a key.
    addValid("nfc local part", u"caf\u0065\u0301@example.com"_s, u"caf\u00e9@example.com"_s);

    // Address literals.
    addValid("ipv4 literal", u"a@[192.0.2.1]"_s, u"a@[192.0.2.1]"_s);
    addValid("ipv6 literal", u"a@[IPv6:2001:DB8::1]"_s, u"a@[IPv6:2001:db8::1]"_s);
    addValid("ipv6 literal full", u"a@[IPv6:2001:db8:0:0:0:0:0:1]"_s, u"a@[IPv6:2001:db8::1]"_s);

    // Full-width input, converted with a warning.
    addValid("full-width everything", u"ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ"_s, u"taro@example.com"_s, kFullWidth);
    addValid("full-width at only", u"taro＠example.com"_s, u"taro@example.com"_s, kFullWidth);
    addValid("full-width digits", u"ｔａｒｏ１２３@example.com"_s, u"taro123@example.com"_s, kFullWidth);
    addValid("full-width dot", u"taro.yamada@example．co．jp"_s, u"taro.yamada@example.co.jp"_s, kFullWidth);
    addValid("full-width upper case", u"ＴＡＲＯ＠example.com"_s, u"TARO@example.com"_s, kFullWidth);
    addValid(
        "full-width with ideographic space", u"\u3000ｔａｒｏ＠example.com\u3000"_s, u"taro@example.com"_s, kFullWidth);

    // Legacy Japanese carrier addresses: accepted with a warning.
    addValid("docomo consecutive and trailing dots",
             u"taro..yamada.@docomo.ne.jp"_s,
             u"taro..yamada.@docomo.ne.jp"_s,
             u"two consecutive dots"_s);
    addValid("ezweb leading dot", u".abc@ezweb.ne.jp"_s, u".abc@ezweb.ne.jp"_s, u"a dot at the start"_s);
    addValid("softbank trailing dot", u"abc.@softbank.ne.jp"_s, u"abc.@softbank.ne.jp"_s, u"a dot just before '@'"_s);
    addValid("i.softbank consecutive", u"a..b@i.softbank.jp"_s, u"a..b@i.softbank.jp"_s, kCarrier);
    addValid("au.com", u"a..b@au.com"_s, u"a..b@au.com"_s, kCarrier);
    addValid("ezweb subdomain", u"a..b@biz.ezweb.ne.jp"_s, u"a..b@biz.ezweb.ne.jp"_s, kCarrier);
    addValid("vodafone subdomain", u"a..b@t.vodafone.ne.jp"_s, u"a..b@t.vodafone.ne.jp"_s, kCarrier);
    addValid("disney", u"a..b@disney.ne.jp"_s, u"a..b@disney.ne.jp"_s, kCarrier);
    addValid("willcom", u".a@willcom.com"_s, u".a@willcom.com"_s, kCarrier);
    addValid("pdx subdomain", u"a.@di.pdx.ne.jp"_s, u"a.@di.pdx.ne.jp"_s, kCarrier);
    addValid("emnet", u"a..b@emnet.ne.jp"_s, u"a..b@emnet.ne.jp"_s, kCarrier);
    addValid("ymobile", u"a..b@ymobile.ne.jp"_s, u"a..b@ymobile.ne.jp"_s, kCarrier);
    addValid("y-mobile", u"a..b@y-mobile.ne.jp"_s, u"a..b@y-mobile.ne.jp"_s, kCarrier);
    addValid("carrier domain upper case", u"a..b@DoCoMo.NE.JP"_s, u"a..b@docomo.ne.jp"_s, kCarrier);
    addValid("carrier full-width", u"ａ..ｂ＠docomo.ne.jp"_s, u"a..b@docomo.ne.jp"_s, kCarrier);
    addValid("carrier normal address has no warning", u"taro.yamada@docomo.ne.jp"_s, u"taro.yamada@docomo.ne.jp"_s);

    // The same shapes elsewhere are errors.
    addInvalid(
        "consecutive dots elsewhere", u"taro..yamada.@example.com"_s, u"Two consecutive dots in the local part"_s);
    addInvalid("leading dot elsewhere", u".abc@example.jp"_s, u"starts with a dot"_s);
    addInvalid("trailing dot elsewhere", u"abc.@gmail.com"_s, u"ends with a dot just before '@'"_s);
    addInvalid("look-alike carrier", u"a..b@evil-docomo.ne.jp"_s, u"consecutive dots"_s);
    addInvalid("carrier as prefix", u"a..b@docomo.ne.jp.example.com"_s, u"consecutive dots"_s);
    addInvalid("carrier parent domain", u"a..b@ne.jp"_s, u"consecutive dots"_s);
    addInvalid("carrier shape and bad domain", u"a..b@docomo"_s, u"has no dot"_s);

    // Structural errors.
    addInvalid("empty", QString(), u"is empty"_s);
    addInvalid("only spaces", u" \u3000 "_s, u"is empty"_s);
    addInvalid("missing at", u"taro.example.com"_s, u"missing '@'"_s);
    addInvalid("nothing after at", u"taro@"_s, u"Nothing comes after '@'"_s);
    addInvalid("nothing before at", u"@example.com"_s, u"Nothing comes before '@'"_s);
    addInvalid("domain without dot", u"taro@example"_s, u"The domain part 'example' has no dot"_s);
    addInvalid("localhost", u"root@localhost"_s, u"has no dot"_s);
    addInvalid("two at signs", u"taro@@example.com"_s, u"more than one '@'"_s);
    addInvalid("two addresses", u"a@example.com, b@example.com"_s, u"more than one address"_s);
    addInvalid("two addresses semicolon", u"a@example.com;b@example.com"_s, u"more than one address"_s);
    addInvalid("display name", u"Taro Yamada <taro@example.com>"_s, u"angle brackets"_s);
    addInvalid("angle brackets only", u"<taro@example.com>"_s, u"angle brackets"_s);
    addInvalid("mailto prefix", u"mailto:taro@example.com"_s, u"mailto:"_s);
    addInvalid("space in local part", u"taro yamada@example.com"_s, u"a space"_s);
    addInvalid("ideographic space inside", u"taro\u3000yamada@example.com"_s, u"a space"_s);
    addInvalid("parenthesis", u"ta(ro@example.com"_s, u"'('"_s);
    addInvalid("comma", u"ta,ro@example.com"_s, u"','"_s);
    addInvalid("backslash unquoted", u"ta\\ro@example.com"_s, u"'\\'"_s);
    addInvalid("zero-width space inside", u"taro\u200b@example.com"_s, u"invisible control character"_s);

    // Quoted local part errors.
    addInvalid("unterminated quote", u"\"taro@example.com"_s, u"never closed"_s);
    addInvalid("text after closing quote", u"\"john\"doe@example.com"_s, u"between the closing quote and '@'"_s);
    addInvalid("empty quotes", u"\"\"@example.com"_s, u"quoted part before '@' is empty"_s);
    addInvalid("control char in quotes", u"\"a\u0001b\"@example.com"_s, u"invisible control character"_s);
    addInvalid("quoted then no at", u"\"john doe\""_s, u"missing '@'"_s);

    // Domain errors.
    addInvalid("domain consecutive dots", u"taro@example..com"_s, u"two consecutive dots"_s);
    addInvalid("domain leading dot", u"taro@.example.com"_s, u"starts with a dot"_s);
    addInvalid("domain trailing dot", u"taro@example.com."_s, u"ends with a dot"_s);
    addInvalid("label leading hyphen", u"taro@-example.com"_s, u"hyphen"_s);
    addInvalid("label trailing hyphen", u"taro@example-.com"_s, u"hyphen"_s);
    addInvalid("idn label trailing hyphen", u"taro@例え-.jp"_s, u"hyphen"_s);
    addInvalid("underscore in domain", u"taro@ex_ample.com"_s, u"'_'"_s);
    addInvalid("space in domain", u"taro@exa mple.com"_s, u"a space"_s);
    addInvalid("numeric tld", u"taro@example.123"_s, u"all digits"_s);
    addInvalid("bare ip", u"taro@192.168.0.1"_s, u"square brackets"_s);
    addInvalid("empty punycode label", u"taro@xn--.com"_s, u"hyphen"_s);
    addInvalid("replacement character in domain", u"taro@a\uFFFDb.com"_s, u"not a valid international domain name"_s);
    addInvalid("ipv4 octet too big", u"taro@[192.168.0.256]"_s, u"not a valid IP address literal"_s);
    addInvalid("ipv4 too short", u"taro@[1.2.3]"_s, u"not a valid IP address literal"_s);
    addInvalid("ipv4 leading zero", u"taro@[192.168.00.1]"_s, u"not a valid IP address literal"_s);
    addInvalid("ipv6 garbage", u"taro@[IPv6:zz::1]"_s, u"not a valid IP address literal"_s);
    addInvalid("ipv6 without tag", u"taro@[2001:db8::1]"_s, u"not a valid IP address literal"_s);
    addInvalid("unclosed literal", u"taro@[192.0.2.1"_s, u"does not close"_s);

    // Length limits (RFC 5321: local part 64 octets, address 254, label 63).
    const QString local64(64, u'a');
    const QString label63(63, u'b');
    addValid("local part of 64", local64 + u"@example.com"_s, local64 + u"@example.com"_s);
    addInvalid("local part of 65", QString(65, u'a') + u"@example.com"_s, u"65 bytes long; at most 64"_s);
    // Kanji take three UTF-8 octets each: 21 fit, 22 do not.
    addValid("21 kanji local part", QString(21, u'山') + u"@example.jp"_s, QString(21, u'山') + u"@example.jp"_s);
    addInvalid("22 kanji local part", QString(22, u'山') + u"@example.jp"_s, u"66 bytes long"_s);
    addValid("label of 63", u"a@"_s + label63 + u".com"_s, u"a@"_s + label63 + u".com"_s);
    addInvalid("label of 64", u"a@"_s + QString(64, u'b') + u".com"_s, u"longer than 63 characters"_s);
    const QString domain189 = label63 + u'.' + label63 + u'.' + QString(57, u'c') + u".com"_s;
    QCOMPARE(domain189.size(), 189);
    addValid("address of 254", local64 + u'@' + domain189, local64 + u'@' + domain189);
    const QString domain190 = label63 + u'.' + label63 + u'.' + QString(58, u'c') + u".com"_s;
    addInvalid("address of 255", local64 + u'@' + domain190, u"255 bytes long; at most 254"_s);
    // An IDN label that fits in Unicode but not once punycode-encoded.
    addInvalid("idn label too long encoded", u"a@"_s + QString(60, u'例') + u".jp"_s, u"once encoded"_s);
}

void TestEmailAddress::check()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, address);
    QFETCH(QString, key);
    QFETCH(QString, warning);
    QFETCH(QString, error);

    const EmailCheck result = EmailAddress::check(input);
    QVERIFY2(result.valid == valid, qPrintable(u"error: "_s + result.error));
    if (valid) {
        QCOMPARE(result.address, address);
        QCOMPARE(result.normalizedKey, key);
        QVERIFY(result.error.isEmpty());
        if (warning.isEmpty())
            QVERIFY2(result.warning.isEmpty(), qPrintable(result.warning));
        else
            QVERIFY2(result.warning.contains(warning), qPrintable(result.warning));

        // What is stored must itself be accepted unchanged, or re-importing would change it.
        const EmailCheck again = EmailAddress::check(result.address);
        QVERIFY(again.valid);
        QCOMPARE(again.address, result.address);
        QCOMPARE(again.normalizedKey, result.normalizedKey);
        QVERIFY(!again.warning.contains(kFullWidth));
    } else {
        QVERIFY(result.address.isEmpty());
        QVERIFY(result.normalizedKey.isEmpty());
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }
}

// check() takes a shortcut for plain ASCII addresses; on these near misses it must answer as the full path does.
void TestEmailAddress::fastPathAgrees_data()
{
    QTest::addColumn<QString>("input");
    const QStringList inputs = {
        u"user1@example1.co.jp"_s,
        u"User.Name+tag@Example.COM"_s,
        u"a!#$%&'*+-/=?^_`{|}~b@example.com"_s,
        u"a@b.c"_s,
        u".a@example.com"_s,
        u"a.@example.com"_s,
        u"a..b@example.com"_s,
        u"a..b@docomo.ne.jp"_s,
        u"a.@ezweb.ne.jp"_s,
        u"@example.com"_s,
        u"a@"_s,
        u"a@example"_s,
        u"a@.example.com"_s,
        u"a@example.com."_s,
        u"a@example..com"_s,
        u"a@-example.com"_s,
        u"a@example-.com"_s,
        u"a@ex--ample.com"_s,
        u"a@xn--bcher-kva.de"_s,
        u"a@xn--zz.de"_s,
        u"a@XN--BCHER-KVA.DE"_s,
        u"a@example.123"_s,
        u"a@192.168.0.1"_s,
        u"a@example.c0m"_s,
        u"a@1.example.com"_s,
        u"a@b@example.com"_s,
        u"mailto:a@example.com"_s,
        u"a b@example.com"_s,
        u" a@example.com"_s,
        u"a@example.com "_s,
        u"a@exam_ple.com"_s,
        u"\"a\"@example.com"_s,
        u"<a@example.com>"_s,
        u"a@[192.0.2.1]"_s,
        QString(64, u'a') + u"@example.com"_s,
        QString(65, u'a') + u"@example.com"_s,
        u"a@"_s + QString(63, u'b') + u".com"_s,
        u"a@"_s + QString(64, u'b') + u".com"_s,
        u"a@"_s + QString(63, u'b') + u"."_s + QString(63, u'c') + u"."_s + QString(63, u'd') + u"."_s
            + QString(55, u'e') + u".jp"_s,
        QString(64, u'a') + u"@"_s + QString(63, u'b') + u"."_s + QString(63, u'c') + u"."_s + QString(55, u'd')
            + u".jp"_s,
        QString(64, u'a') + u"@"_s + QString(63, u'b') + u"."_s + QString(63, u'c') + u"."_s + QString(56, u'd')
            + u".jp"_s,
    };
    for (const QString& input : inputs)
        QTest::newRow(qPrintable(input.left(40))) << input;
}

void TestEmailAddress::fastPathAgrees()
{
    QFETCH(QString, input);
    const EmailCheck fast = EmailAddress::check(input);
    const EmailCheck full = EmailAddress::checkFully(input);
    QCOMPARE(fast.valid, full.valid);
    QCOMPARE(fast.address, full.address);
    QCOMPARE(fast.normalizedKey, full.normalizedKey);
    QCOMPARE(fast.warning, full.warning);
    QCOMPARE(fast.error, full.error);
}

void TestEmailAddress::domainOf_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("domain");

    QTest::newRow("plain") << u"taro@example.com"_s << u"example.com"_s;
    QTest::newRow("upper case") << u"taro@Example.COM"_s << u"example.com"_s;
    QTest::newRow("carrier") << u"a..b@docomo.ne.jp"_s << u"docomo.ne.jp"_s;
    QTest::newRow("quoted at sign") << u"\"a@b\"@example.jp"_s << u"example.jp"_s;
    QTest::newRow("punycode") << u"info@xn--bcher-kva.de"_s << u"xn--bcher-kva.de"_s;
    QTest::newRow("no at") << u"example.com"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestEmailAddress::domainOf()
{
    QFETCH(QString, address);
    QFETCH(QString, domain);
    QCOMPARE(EmailAddress::domainOf(address), domain);
}

void TestEmailAddress::isJapaneseCarrierDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("carrier");

    for (const char* domain : {"docomo.ne.jp",
                               "ezweb.ne.jp",
                               "au.com",
                               "softbank.ne.jp",
                               "i.softbank.jp",
                               "disney.ne.jp",
                               "vodafone.ne.jp",
                               "willcom.com",
                               "pdx.ne.jp",
                               "emnet.ne.jp",
                               "ymobile.ne.jp",
                               "y-mobile.ne.jp",
                               "ymobile1.ne.jp",
                               "wcm.ne.jp"}) {
        QTest::newRow(domain) << QString::fromLatin1(domain) << true;
    }
    QTest::newRow("upper case") << u"DOCOMO.NE.JP"_s << true;
    QTest::newRow("ezweb subdomain") << u"biz.ezweb.ne.jp"_s << true;
    QTest::newRow("vodafone subdomain") << u"t.vodafone.ne.jp"_s << true;
    QTest::newRow("deep subdomain") << u"a.b.softbank.ne.jp"_s << true;
    QTest::newRow("look-alike") << u"evil-docomo.ne.jp"_s << false;
    QTest::newRow("prefix only") << u"xau.com"_s << false;
    QTest::newRow("carrier as subdomain") << u"docomo.ne.jp.example.com"_s << false;
    QTest::newRow("parent") << u"ne.jp"_s << false;
    QTest::newRow("softbank.jp is not i.softbank.jp") << u"softbank.jp"_s << false;
    QTest::newRow("gmail") << u"gmail.com"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestEmailAddress::isJapaneseCarrierDomain()
{
    QFETCH(QString, domain);
    QFETCH(bool, carrier);
    QCOMPARE(EmailAddress::isJapaneseCarrierDomain(domain), carrier);
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
