// MailPreview: the text transforms behind the preview — device widths, personalisation, the colour-scheme rewrite
// that stands in for prefers-color-scheme, and images off.
#include <QTest>

#include "templates/MailPreview.h"

using namespace Qt::StringLiterals;

class TestMailPreview : public QObject
{
    Q_OBJECT

private slots:
    void viewportWidth_data();
    void viewportWidth();
    void personalise();
    void unknownFieldShowsUnmerged();
    void colorScheme_data();
    void colorScheme();
    void withoutImages();
    void resolveContentIds();
};

void TestMailPreview::viewportWidth_data()
{
    QTest::addColumn<MailPreview::Device>("device");
    QTest::addColumn<int>("portrait");
    QTest::addColumn<int>("landscape");
    QTest::newRow("phone 320") << MailPreview::Device::Phone320 << 320 << 568;
    QTest::newRow("phone 375") << MailPreview::Device::Phone375 << 375 << 667;
    QTest::newRow("tablet") << MailPreview::Device::Tablet768 << 768 << 1024;
    QTest::newRow("desktop") << MailPreview::Device::Desktop << 1024 << 1024;
}

void TestMailPreview::viewportWidth()
{
    QFETCH(MailPreview::Device, device);
    QFETCH(int, portrait);
    QFETCH(int, landscape);
    QCOMPARE(MailPreview::viewportWidth(device, MailPreview::Orientation::Portrait), portrait);
    QCOMPARE(MailPreview::viewportWidth(device, MailPreview::Orientation::Landscape), landscape);
}

void TestMailPreview::personalise()
{
    Contact contact;
    contact.familyName = u"佐藤"_s;
    contact.givenName = u"<b>花子</b>"_s;
    contact.customValues.insert(u"plan"_s, u"gold"_s);
    const auto out = MailPreview::personalise(
        u"<p>{{last_name}} {{first_name}} 様 {{#if plan == \"gold\"}}ゴールド{{/if}}</p><a href=\"{{unsubscribe_url}}\">x</a>"_s,
        u"{{full_name}} 様 {{company|御中}}"_s,
        contact,
        {u"plan"_s});
    QVERIFY(out.error.isEmpty());
    // HTML-escaped in the HTML part, as the delivery engine does; links go nowhere.
    QCOMPARE(out.html, u"<p>佐藤 &lt;b&gt;花子&lt;/b&gt; 様 ゴールド</p><a href=\"#unsubscribe\">x</a>"_s);
    QCOMPARE(out.text, u"佐藤 <b>花子</b> 様 御中"_s);
    const Contact sample = MailPreview::sampleContact(u"ja"_s);
    QCOMPARE(MailPreview::personalise(u"{{full_name}}"_s, {}, sample, {}).html, u"山田 太郎"_s);
    QCOMPARE(MailPreview::personalise(u"{{full_name}}"_s, {}, MailPreview::sampleContact(u"en"_s), {}).html,
             u"Taro Yamada"_s);
}

void TestMailPreview::unknownFieldShowsUnmerged()
{
    const auto out = MailPreview::personalise(u"<p>{{shoe_size}}</p>"_s, u"ok"_s, Contact(), {});
    QVERIFY(out.error.contains(u"shoe_size"_s));
    QCOMPARE(out.html, u"<p>{{shoe_size}}</p>"_s);
}

void TestMailPreview::colorScheme_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("expected");
    const QString head = u"<html><head><meta name=\"color-scheme\" content=\"light dark\"><style>"_s;
    const QString css = u"body{color:#000}@media (prefers-color-scheme: dark){body{color:#fff}}"
                        u"@media screen and (PREFERS-COLOR-SCHEME:light){p{x:y}}"_s;
    QTest::newRow("dark")
        << head + css + u"</style></head><body>(prefers-color-scheme: dark)</body></html>"_s << true
        << head
               + u"body{color:#000}@media (min-width: 0px){body{color:#fff}}"
                 u"@media screen and (min-width: 100000px){p{x:y}}</style><style data-tayori-preview>"
                 u":root{color-scheme:dark}</style></head><body>(prefers-color-scheme: dark)</body></html>"_s;
    QTest::newRow("light") << head + css + u"</style></head><body></body></html>"_s << false
                           << head
                                  + u"body{color:#000}@media (min-width: 100000px){body{color:#fff}}"
                                    u"@media screen and (min-width: 0px){p{x:y}}</style><style data-tayori-preview>"
                                    u":root{color-scheme:light}</style></head><body></body></html>"_s;
    // A mail that declares no dark support stays light in a dark client: only its own dark rules would change it.
    QTest::newRow("no dark support") << u"<html><head></head><body></body></html>"_s << true
                                     << u"<html><head><style data-tayori-preview>:root{color-scheme:light}</style>"
                                        u"</head><body></body></html>"_s;
}

void TestMailPreview::colorScheme()
{
    QFETCH(QString, html);
    QFETCH(bool, dark);
    QFETCH(QString, expected);
    QCOMPARE(MailPreview::applyColorScheme(html, dark), expected);
}

void TestMailPreview::withoutImages()
{
    const QString html = u"<table><tr><td background=\"https://x/bg.png\" style=\"background-image:url('a.png')\">"
                         u"<IMG SRC=\"cid:logo.png\" alt=\"ロゴ\" srcset=\"a.png 2x\"><img alt=\"x\" src='b.png'>"
                         u"<p>src=\"keep\"</p></td></tr></table>"_s;
    QCOMPARE(MailPreview::withoutImages(html),
             u"<table><tr><td data-tayori-background=\"https://x/bg.png\" style=\"background-image:none\">"
             u"<IMG data-tayori-SRC=\"cid:logo.png\" alt=\"ロゴ\" data-tayori-srcset=\"a.png 2x\"><img alt=\"x\" "
             u"data-tayori-src='b.png'><p>src=\"keep\"</p></td></tr></table>"_s);
}

void TestMailPreview::resolveContentIds()
{
    QCOMPARE(MailPreview::resolveContentIds(u"<img alt=\"a\" src=\"cid:logo.png\"><td background='cid:bg.png'><p>cid:x</p>"_s,
                                            u"tayori-preview:asset/"_s),
             u"<img alt=\"a\" src=\"tayori-preview:asset/logo.png\"><td background='tayori-preview:asset/bg.png'>"
             u"<p>cid:x</p>"_s);
}

QTEST_GUILESS_MAIN(TestMailPreview)
#include "tst_mailpreview.moc"
