// Tests for HtmlSanitizer: hostile inputs (the XSS cheat-sheet classics) lose their dangerous part and keep the
// legitimate content around it; merge tags and Outlook conditionals survive; huge input stays linear.
#include <QElapsedTimer>
#include <QtTest>

#include "templates/HtmlSanitizer.h"

using namespace Qt::StringLiterals;

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void hostile_data();
    void hostile();
    void keepsLegitimateDocument();
    void inlineAllowList_data();
    void inlineAllowList();
    void balancesTags();
    void mergeTagsUntouched();
    void msoConditionalsKeptAndCleaned();
    void hugeInputIsLinear();
};

void TestHtmlSanitizer::hostile_data()
{
    QTest::addColumn<bool>("inlineMode");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("gone"); // none may appear in the output (case-insensitive)
    QTest::addColumn<QStringList>("kept"); // all must appear
    QTest::addColumn<bool>("reported");

    auto row = [](const char* name,
                  bool inlineMode,
                  const QString& input,
                  const QStringList& gone,
                  const QStringList& kept,
                  bool reported = true) { QTest::newRow(name) << inlineMode << input << gone << kept << reported; };
    row("script",
        false,
        u"<p>Hi</p><script>alert(1)</script><p>there</p>"_s,
        {u"script"_s, u"alert"_s},
        {u"<p>Hi</p>"_s, u"<p>there</p>"_s});
    row("script uppercase",
        false,
        u"<P>A<SCRIPT SRC=//evil.example/x.js></SCRIPT>B</P>"_s,
        {u"script"_s, u"evil"_s},
        {u"<p>A"_s, u"B</p>"_s});
    row("script unclosed", false, u"<b>ok</b><script>alert(1)"_s, {u"script"_s, u"alert"_s}, {u"<b>ok</b>"_s});
    row("script split by stray <",
        false,
        u"<<script>alert(1)</script>img src=x onerror=alert(2)>"_s,
        {u"<img"_s, u"<script"_s},
        {u"&lt;"_s, u"img src=x"_s});
    row("img onerror",
        false,
        u"<img src=\"https://a.example/x.png\" onerror=\"alert(1)\" alt=\"Logo\">"_s,
        {u"onerror"_s, u"alert"_s},
        {u"src=\"https://a.example/x.png\""_s, u"alt=\"Logo\""_s});
    row("unquoted handlers",
        false,
        u"<div onmouseover=alert(1) class=box>x</div>"_s,
        {u"onmouseover"_s, u"alert"_s},
        {u"class=\"box\""_s, u">x</div>"_s});
    row("slash separated handler",
        false,
        u"<img/src=\"x.png\"/onerror=alert(1)>"_s,
        {u"onerror"_s, u"alert"_s},
        {u"src=\"x.png\""_s});
    row("javascript href", false, u"<a href=\"javascript:alert(1)\">click</a>"_s, {u"javascript"_s}, {u">click</a>"_s});
    row("entity encoded javascript",
        false,
        u"<a href=\"&#106;&#97;vascript&#58;alert(1)\">x</a>"_s,
        {u"&#106;"_s, u"alert"_s},
        {u">x</a>"_s});
    row("hex entities without semicolons",
        false,
        u"<a href=\"&#x6A&#x61&#x76&#x61script:alert(1)\">x</a>"_s,
        {u"&#x6a"_s, u"alert"_s},
        {u">x</a>"_s});
    row("tab inside scheme", false, u"<a href=\"jav&#x09;ascript:alert(1)\">x</a>"_s, {u"alert"_s}, {u">x</a>"_s});
    row("whitespace before scheme",
        false,
        u"<a href=\" \x01javascript:alert(1)\">x</a>"_s,
        {u"alert"_s},
        {u">x</a>"_s});
    row("vbscript", false, u"<a href='VBScript:msgbox(1)'>x</a>"_s, {u"vbscript"_s}, {u">x</a>"_s});
    row("data html link",
        false,
        u"<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>"_s,
        {u"data:"_s},
        {u">x</a>"_s});
    row("data svg image",
        false,
        u"<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"a\">"_s,
        {u"data:"_s},
        {u"alt=\"a\""_s});
    row("iframe",
        false,
        u"<p>a</p><iframe src=\"https://evil.example\"></iframe><p>b</p>"_s,
        {u"iframe"_s, u"evil"_s},
        {u"<p>a</p>"_s, u"<p>b</p>"_s});
    row("object embed",
        false,
        u"<object data=\"x.swf\"><param name=a value=b></object><embed src=\"x.swf\">ok"_s,
        {u"object"_s, u"embed"_s, u"swf"_s, u"param"_s},
        {u"ok"_s});
    row("form",
        false,
        u"<form action=\"https://evil.example/steal\"><input name=pw type=password><button>Send</button></form>"_s,
        {u"<form"_s, u"action"_s, u"<input"_s, u"evil"_s},
        {u"Send"_s});
    row("base",
        false,
        u"<base href=\"https://evil.example/\"><a href=\"/x\">x</a>"_s,
        {u"<base"_s, u"evil"_s},
        {u"<a href=\"/x\">x</a>"_s});
    row("meta refresh",
        false,
        u"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><p>t</p>"_s,
        {u"refresh"_s, u"javascript"_s},
        {u"<p>t</p>"_s});
    row("style expression",
        false,
        u"<div style=\"width: expression(alert(1));\">w</div>"_s,
        {u"expression"_s},
        {u">w</div>"_s});
    row("style escaped expression",
        false,
        u"<div style=\"width: e\\78 pression(alert(1))\">w</div>"_s,
        {u"pression"_s},
        {u">w</div>"_s});
    row("style url javascript",
        false,
        u"<td style=\"background:url('javascript:alert(1)')\">c</td>"_s,
        {u"javascript"_s},
        {u">c</td>"_s});
    row("style element behaviour",
        false,
        u"<style>p { behavior: url(x.htc) }</style><p>s</p>"_s,
        {u"behavior"_s, u"htc"_s},
        {u"<p>s</p>"_s});
    row("svg onload",
        false,
        u"<svg onload=alert(1)><circle r=1 /></svg><p>k</p>"_s,
        {u"svg"_s, u"alert"_s},
        {u"<p>k</p>"_s});
    row("svg animate href",
        false,
        u"<svg><a><animate attributeName=href values=javascript:alert(1) /><text>x</text></a></svg>ok"_s,
        {u"javascript"_s, u"animate"_s},
        {u"ok"_s});
    row("noscript mxss",
        false,
        u"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>ok"_s,
        {u"onerror"_s, u"alert"_s},
        {u"ok"_s});
    row("textarea breakout",
        false,
        u"<textarea></textarea><img src=x onerror=alert(1)>"_s,
        {u"onerror"_s},
        {u"<img src=\"x\">"_s});
    row("unclosed attribute quote",
        false,
        u"<p>safe</p><img src=\"x onerror=alert(1)"_s,
        {u"<img"_s},
        {u"<p>safe</p>"_s},
        false);
    row("srcdoc",
        false,
        u"<div srcdoc=\"<script>alert(1)</script>\">x</div>"_s,
        {u"srcdoc"_s, u"script"_s},
        {u">x</div>"_s});
    row("merge field among attributes",
        false,
        u"<td {{evil}} class=\"c\">x</td>"_s,
        {u"{{evil}}"_s},
        {u"class=\"c\""_s});
    row("inline script",
        true,
        u"<p>Hello <script>alert(1)</script><b>you</b></p>"_s,
        {u"script"_s, u"alert"_s},
        {u"<p>Hello <b>you</b></p>"_s});
    row("inline javascript link",
        true,
        u"<a href=\"javascript:alert(1)\" onclick=\"x()\">t</a>"_s,
        {u"javascript"_s, u"onclick"_s},
        {u"<a>t</a>"_s});
    row("inline span style",
        true,
        u"<span style=\"color:#ff0000;background:url(javascript:x)\">r</span>"_s,
        {u"background"_s, u"javascript"_s},
        {u"r</span>"_s});
    row("inline img unwrapped",
        true,
        u"<p>a<img src=x onerror=alert(1)>b</p>"_s,
        {u"<img"_s, u"onerror"_s},
        {u"<p>ab</p>"_s});
}

void TestHtmlSanitizer::hostile()
{
    QFETCH(bool, inlineMode);
    QFETCH(QString, input);
    QFETCH(QStringList, gone);
    QFETCH(QStringList, kept);
    QFETCH(bool, reported);
    const HtmlSanitizer::Cleaned cleaned
        = inlineMode ? HtmlSanitizer::sanitizeInline(input) : HtmlSanitizer::sanitizeDocument(input);
    for (const QString& bad : gone)
        QVERIFY2(!cleaned.html.contains(bad, Qt::CaseInsensitive), qPrintable(bad + u" in: "_s + cleaned.html));
    for (const QString& good : kept)
        QVERIFY2(cleaned.html.contains(good), qPrintable(good + u" not in: "_s + cleaned.html));
    QCOMPARE(!cleaned.removed.isEmpty(), reported);
}

void TestHtmlSanitizer::keepsLegitimateDocument()
{
    const QString html = u"<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>T</title>"
                         "<style>@media (max-width:620px){.c{width:100%!important}}</style></head>"
                         "<body><table role=\"presentation\" width=\"100%\" style=\"max-width:600px\"><tr>"
                         "<td class=\"c\" bgcolor=\"#ffffff\"><a href=\"https://example.jp/?a=1&amp;b=2\">リンク</a>"
                         "<img src=\"cid:logo.png\" alt=\"ロゴ\" width=\"120\"><img src=\"data:image/png;base64,AAAA\" "
                         "alt=\"p\"><a href=\"mailto:info@example.jp\">mail</a></td></tr></table></body></html>"_s;
    const HtmlSanitizer::Cleaned cleaned = HtmlSanitizer::sanitizeDocument(html);
    QCOMPARE(cleaned.removed, QStringList());
    QCOMPARE(cleaned.html, html);
}

void TestHtmlSanitizer::inlineAllowList_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("allowed kept") << u"<p><b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><br></p>"_s
                                  << u"<p><b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><br></p>"_s;
    QTest::newRow("lists") << u"<ul><li>a</li></ul><ol><li>b</li></ol>"_s
                           << u"<ul><li>a</li></ul><ol><li>b</li></ol>"_s;
    QTest::newRow("others unwrapped") << u"<div class=\"x\"><h1>T</h1><font color=red>f</font></div>"_s << u"Tf"_s;
    QTest::newRow("attributes dropped") << u"<p class=\"x\" id=\"y\" style=\"margin:0\">p</p>"_s << u"<p>p</p>"_s;
    QTest::newRow("link kept") << u"<a href=\"https://example.jp/\" target=\"_blank\" class=\"l\">l</a>"_s
                               << u"<a href=\"https://example.jp/\">l</a>"_s;
    QTest::newRow("merge link") << u"<a href=\"{{unsubscribe_url}}\">u</a>"_s
                                << u"<a href=\"{{unsubscribe_url}}\">u</a>"_s;
    QTest::newRow("relative link dropped") << u"<a href=\"/path\">r</a>"_s << u"<a>r</a>"_s;
    QTest::newRow("span colour only") << u"<span style=\"font-size:30px; color: #123abc\">c</span>"_s
                                      << u"<span style=\"color:#123abc\">c</span>"_s;
    QTest::newRow("style element dropped") << u"<style>p{}</style>x"_s << u"x"_s;
}

void TestHtmlSanitizer::inlineAllowList()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::sanitizeInline(input).html, expected);
}

void TestHtmlSanitizer::balancesTags()
{
    // A fragment must not close the renderer's table around it, nor leave elements open.
    QCOMPARE(HtmlSanitizer::sanitizeDocument(u"<div><p>a</td></tr></table>b"_s).html, u"<div><p>ab</p></div>"_s);
    QCOMPARE(HtmlSanitizer::sanitizeInline(u"<p><b>x</p>"_s).html, u"<p><b>x</b></p>"_s);
}

void TestHtmlSanitizer::mergeTagsUntouched()
{
    const QString html = u"<p>{{#if plan == \"gold\"}}Gold {{first_name|お客様}}{{else}}x{{/if}}</p>"
                         "<a href=\"{{unsubscribe_url}}\">u</a><td {{#if vip}} bgcolor=\"gold\"{{/if}}>v</td>"_s;
    const HtmlSanitizer::Cleaned cleaned = HtmlSanitizer::sanitizeDocument(html);
    QVERIFY2(cleaned.html.contains(u"{{#if plan == \"gold\"}}Gold {{first_name|お客様}}{{else}}x{{/if}}"_s),
             qPrintable(cleaned.html));
    QVERIFY(cleaned.html.contains(u"href=\"{{unsubscribe_url}}\""_s));
    QVERIFY2(cleaned.html.contains(u"{{#if vip}} bgcolor=\"gold\" {{/if}}"_s), qPrintable(cleaned.html));
    QVERIFY(cleaned.removed.isEmpty());
    QCOMPARE(HtmlSanitizer::sanitizeInline(u"<p>{{#if plan == \"gold\"}}G{{/if}}</p>"_s).html,
             u"<p>{{#if plan == \"gold\"}}G{{/if}}</p>"_s);
}

void TestHtmlSanitizer::msoConditionalsKeptAndCleaned()
{
    const QString ghost = u"<!--[if mso]><table role=\"presentation\" width=\"600\"><tr><td><![endif]-->"
                          "<div>c</div><!--[if mso]></td></tr></table><![endif]--><!--[if !mso]><!-->"
                          "<p>n</p><!--<![endif]--><!-- an ordinary comment -->"_s;
    const HtmlSanitizer::Cleaned cleaned = HtmlSanitizer::sanitizeDocument(ghost);
    QCOMPARE(cleaned.html,
             u"<!--[if mso]><table role=\"presentation\" width=\"600\"><tr><td><![endif]--><div>c</div>"
             "<!--[if mso]></td></tr></table><![endif]--><!--[if !mso]><!--><p>n</p><!--<![endif]-->"_s);
    const HtmlSanitizer::Cleaned hostile
        = HtmlSanitizer::sanitizeDocument(u"<!--[if mso]><script>alert(1)</script><b>x</b><![endif]-->"_s);
    QCOMPARE(hostile.html, u"<!--[if mso]><b>x</b><![endif]-->"_s);
    QVERIFY(!hostile.removed.isEmpty());
}

void TestHtmlSanitizer::hugeInputIsLinear()
{
    // 5 MB of the patterns that make naive sanitisers quadratic: deep nesting, unmatched end tags, attributes.
    QString html;
    html.reserve(5'300'000);
    while (html.size() < 1'000'000)
        html += u"<div><span onclick=x()>日本語 text</span>"_s;
    while (html.size() < 2'500'000)
        html += u"</p></td><a href=\"javascript:x\">&#106;</a>"_s;
    while (html.size() < 5'000'000)
        html += u"<p style=\"color:red\">{{first_name}} < & ><br>"_s;
    QElapsedTimer timer;
    timer.start();
    const HtmlSanitizer::Cleaned document = HtmlSanitizer::sanitizeDocument(html);
    const HtmlSanitizer::Cleaned inlined = HtmlSanitizer::sanitizeInline(html);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!document.html.contains(u"onclick"_s));
    QVERIFY(!inlined.html.contains(u"javascript"_s));
    QVERIFY(document.html.endsWith(u"</div>"_s));
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
