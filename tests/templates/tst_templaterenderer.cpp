// Tests for TemplateRenderer: the mail's structure, escaping with merge tags untouched, images, the editing marks,
// the hybrid columns, every pre-flight code (triggered and not), the text part — and Python's html.parser as an
// independent reader checking that every table, tr and td opened is closed.
#include <QFile>
#include <QProcess>
#include <QtTest>

#include "templates/PlainTextBuilder.h"
#include "templates/TemplateDocument.h"
#include "templates/TemplateRenderer.h"

using namespace Qt::StringLiterals;

namespace {

// A document from the blocks' JSON (the array's inside), with settings.
TemplateDocument document(const QString& blocks, const QString& settings = {}, const QString& language = u"ja"_s)
{
    const QString json = u"{\"format\":\"tayori-template\",\"version\":1,\"kind\":\"blocks\",\"name\":\"N\","
                         "\"language\":\""_s
                         + language + u"\",\"settings\":{"_s + settings + u"},\"blocks\":["_s + blocks + u"]}"_s;
    auto parsed = TemplateDocument::fromJson(json.toUtf8());
    if (!parsed)
        qFatal("test document does not parse: %s", qPrintable(parsed.error()));
    return parsed.value();
}

const QString footer = u"{\"id\":\"f\",\"type\":\"footer\",\"senderName\":\"株式会社たより\","
                       "\"address\":\"〒100-0001 東京都千代田区1-1\",\"contact\":\"info@example.jp\"}"_s;
const QString longText
    = u"{\"id\":\"long\",\"type\":\"text\",\"html\":\"<p>今月のお知らせです。新しいサービスを始めました。"
      "ぜひご覧ください。詳しくはウェブサイトをご覧いただくか、お気軽にお問い合わせください。"
      "来月もよろしくお願いいたします。皆様のご来店を心よりお待ちしております。</p>\"}"_s;

QStringList codes(const RenderedTemplate& rendered)
{
    QStringList result;
    for (const PreflightIssue& issue : rendered.issues)
        result.append(issue.code);
    return result;
}

const PreflightIssue* findIssue(const RenderedTemplate& rendered, const QString& code)
{
    for (const PreflightIssue& issue : rendered.issues) {
        if (issue.code == code)
            return &issue;
    }
    return nullptr;
}

QString everyBlock()
{
    return u"{\"id\":\"h\",\"type\":\"heading\",\"text\":\"{{first_name|お客様}}、<script>x</script>\",\"level\":1},"
           "{\"id\":\"t\",\"type\":\"text\",\"html\":\"<p>本文 <a "
           "href='https://example.jp/a'>リンク</a></p><ul><li>一</li></ul>\"},"
           "{\"id\":\"i\",\"type\":\"image\",\"src\":\"asset:logo.png\",\"alt\":\"ロゴ\",\"width\":300,\"height\":100,"
           "\"link\":\"https://example.jp/\"},"
           "{\"id\":\"b\",\"type\":\"button\",\"label\":\"申し込む\",\"url\":\"https://example.jp/apply\"},"
           "{\"id\":\"c\",\"type\":\"columns\",\"columns\":[[{\"id\":\"c1\",\"type\":\"text\",\"html\":\"<p>左</p>\"}],"
           "[{\"id\":\"c2\",\"type\":\"image\",\"src\":\"https://example.jp/p.png\",\"alt\":\"写真\",\"width\":400}],"
           "[{\"id\":\"c3\",\"type\":\"button\",\"label\":\"右\",\"url\":\"https://example.jp/r\"}]]},"
           "{\"id\":\"d\",\"type\":\"divider\"},{\"id\":\"s\",\"type\":\"spacer\",\"height\":20},"
           "{\"id\":\"so\",\"type\":\"social\",\"links\":[{\"network\":\"x\",\"url\":\"https://x.com/tayori\"},"
           "{\"network\":\"website\",\"url\":\"https://example.jp\"}]},"
           "{\"id\":\"r\",\"type\":\"html\",\"html\":\"<table><tr><td>生HTML</td></tr></table></td></tr></table>\"},"_s
           + longText + u","_s + footer;
}

} // namespace

class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private slots:
    void documentStructure()
    {
        const RenderedTemplate rendered
            = TemplateRenderer::render(document(footer, u"\"preheader\":\"今月の<便り>\",\"contentWidth\":640"_s));
        const QString& html = rendered.html;
        QVERIFY(html.startsWith(u"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\""_s));
        QVERIFY(html.contains(u"<html lang=\"ja\""_s));
        QVERIFY(html.contains(u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"_s));
        QVERIFY(html.contains(u"<meta name=\"color-scheme\" content=\"light dark\">"_s));
        QVERIFY(html.contains(u"<meta name=\"supported-color-schemes\" content=\"light dark\">"_s));
        QVERIFY(html.contains(u"@media (prefers-color-scheme:dark)"_s));
        QVERIFY(html.contains(u"@media screen and (max-width:660px)"_s)); // content width + 20
        QVERIFY(html.contains(u"max-width:640px"_s));
        QVERIFY(html.contains(u"<!--[if mso]><table role=\"presentation\" width=\"640\""_s)); // Outlook's wrapper
        // The preheader: hidden, escaped, followed by the padding.
        const qsizetype pre = html.indexOf(u"今月の&lt;便り&gt;"_s);
        QVERIFY(pre > 0);
        const qsizetype div = html.lastIndexOf(u"<div"_s, pre);
        QVERIFY(html.sliced(div, pre - div).contains(u"display:none;"_s));
        QVERIFY(html.sliced(div, pre - div).contains(u"max-height:0;"_s));
        QVERIFY(html.indexOf(u"&zwnj;&nbsp;&zwnj;&nbsp;"_s) > pre);
        QVERIFY(!rendered.text.contains(u"便り"_s)); // the preheader is not part of the text

        const RenderedTemplate light = TemplateRenderer::render(document(footer, u"\"darkMode\":false"_s, u"en"_s));
        QVERIFY(light.html.contains(u"<html lang=\"en\""_s));
        QVERIFY(!light.html.contains(u"color-scheme"_s));
        QVERIFY(!light.html.contains(u"prefers-color-scheme"_s));
        QVERIFY(!light.html.contains(u"display:none"_s)); // no preheader set
    }

    void everyBlockType()
    {
        const RenderedTemplate rendered = TemplateRenderer::render(document(everyBlock()));
        const QString& html = rendered.html;
        // Heading: escaped, merge tag untouched.
        QVERIFY(html.contains(u"{{first_name|お客様}}、&lt;script&gt;x&lt;/script&gt;</h1>"_s));
        QVERIFY(!html.contains(u"<script"_s));
        // Text: inline styles added, link coloured.
        QVERIFY(html.contains(u"<a href=\"https://example.jp/a\" class=\"t-link\" target=\"_blank\" style=\"color:"_s));
        QVERIFY(html.contains(u"<ul style=\""_s));
        // Image: width, height, alt, fluid.
        QVERIFY(html.contains(u"<img src=\"cid:logo.png\" width=\"300\" height=\"100\" alt=\"ロゴ\" class=\"t-img\" "
                              "style=\"display:block;width:100%;max-width:300px;height:auto;"_s));
        QCOMPARE(rendered.assets, QStringList {u"logo.png"_s});
        // Button: a bulletproof table button.
        QVERIFY(html.contains(u"bgcolor=\"#1d4ed8\""_s));
        QVERIFY(
            html.contains(u"<a href=\"https://example.jp/apply\" target=\"_blank\" style=\"display:inline-block;"_s));
        // Columns: Outlook's ghost table with three cells, spongy inline-block columns.
        QCOMPARE(html.count(u"<!--[if mso]></td><td width=\""_s), 2);
        QCOMPARE(html.count(u"class=\"t-col\" style=\"display:inline-block;width:100%;max-width:"_s), 3);
        // A column image is capped at the column's width, its wider wish notwithstanding.
        QVERIFY(!html.contains(u"max-width:400px"_s));
        // Divider, spacer, social, footer.
        QVERIFY(html.contains(u"border-top:1px solid #e5e7eb"_s));
        QVERIFY(html.contains(u"<td height=\"20\""_s));
        QVERIFY(html.contains(u">X</a>"_s));
        QVERIFY(html.contains(u">ウェブサイト</a>"_s));
        QVERIFY(html.contains(u"<a href=\"{{unsubscribe_url}}\""_s));
        QVERIFY(html.contains(u">配信停止</a>"_s));
        QVERIFY(html.contains(u">配信設定の変更</a>"_s));
        QVERIFY(html.contains(u"〒100-0001 東京都千代田区1-1"_s));
        // The raw-HTML block's stray end tags do not close the layout.
        QVERIFY(html.contains(u"<table><tr><td>生HTML</td></tr></table></td></tr>"_s));
        QVERIFY2(!rendered.hasErrors(), qPrintable(codes(rendered).join(u' ')));
        QVERIFY2(rendered.issues.isEmpty(), qPrintable(codes(rendered).join(u' ')));
    }

    void wellNestedForAnIndependentParser()
    {
        const RenderedTemplate rendered = TemplateRenderer::render(document(everyBlock()));
        // html.parser knows nothing of our code: it must see every table/tr/td/div/a/p closed in order.
        QFile file(qEnvironmentVariable("TAYORI_SOURCE_DIR") + u"/tests/templates/check_nesting.py"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString script = QString::fromUtf8(file.readAll());
        QProcess python;
        python.start(u"/usr/bin/python3"_s, {u"-c"_s, script});
        QVERIFY(python.waitForStarted());
        python.write(rendered.html.toUtf8());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(), u"ok"_s);
        QCOMPARE(python.exitCode(), 0);
    }

    void mergeTagsPassThrough()
    {
        const RenderedTemplate rendered = TemplateRenderer::render(
            document(
                u"{\"id\":\"h\",\"type\":\"heading\",\"text\":\"{{#if plan == \\\"gold\\\"}}金 & "
                u"銀{{else}}<b>{{/if}}\"},"
                "{\"id\":\"b\",\"type\":\"button\",\"label\":\"Go\",\"url\":\"{{#if plan == \\\"gold\\\"}}https://a.jp/g{{else}}https://a.jp/{{/if}}\"},"_s
                + footer),
            RenderOptions {RenderOptions::Images::FromDocument, {}, false, {u"plan"_s}});
        QVERIFY(rendered.html.contains(u"{{#if plan == \"gold\"}}金 &amp; 銀{{else}}&lt;b&gt;{{/if}}"_s));
        // In an attribute the tag's quotes stay as written: the attribute is single-quoted instead.
        QVERIFY2(rendered.html.contains(u"href='{{#if plan == \"gold\"}}https://a.jp/g{{else}}https://a.jp/{{/if}}'"_s),
                 qPrintable(rendered.html));
        QVERIFY(rendered.text.contains(u"{{#if plan == \"gold\"}}金 & 銀{{else}}<b>{{/if}}"_s));
        QVERIFY2(!rendered.hasErrors(), qPrintable(codes(rendered).join(u' ')));
    }

    void assetModes()
    {
        const QString blocks = u"{\"id\":\"i\",\"type\":\"image\",\"src\":\"asset:ロゴ 1.png\",\"alt\":\"a\"},"
                               "{\"id\":\"j\",\"type\":\"image\",\"src\":\"asset:ロゴ 1.png\",\"alt\":\"b\"},"_s
                               + footer;
        const RenderedTemplate inlined = TemplateRenderer::render(document(blocks));
        QVERIFY(inlined.html.contains(u"src=\"cid:%E3%83%AD%E3%82%B4%201.png\""_s));
        QCOMPARE(inlined.assets, QStringList {u"ロゴ 1.png"_s});
        RenderOptions hosted;
        hosted.images = RenderOptions::Images::Hosted;
        hosted.assetBaseUrl = u"https://mail.example.jp/assets/7/"_s;
        const RenderedTemplate web = TemplateRenderer::render(document(blocks), hosted);
        QVERIFY(web.html.contains(u"src=\"https://mail.example.jp/assets/7/%E3%83%AD%E3%82%B4%201.png\""_s));
        QVERIFY(!codes(web).contains(u"no-image-base-url"_s));
        // The document asks for hosted images but nobody gave the base URL.
        const RenderedTemplate missing = TemplateRenderer::render(document(blocks, u"\"imageDelivery\":\"hosted\""_s));
        QVERIFY(codes(missing).contains(u"no-image-base-url"_s));
        QVERIFY(missing.hasErrors());
    }

    void editingMarks()
    {
        const TemplateDocument doc = document(everyBlock());
        RenderOptions editing;
        editing.editing = true;
        const RenderedTemplate marked = TemplateRenderer::render(doc, editing);
        for (const QString& id : doc.blockIds())
            QVERIFY2(marked.html.contains(u"<tr data-block-id=\""_s + id + u'"'), qPrintable(id));
        QVERIFY(marked.html.contains(u"data-column=\"0\""_s));
        QVERIFY(marked.html.contains(u"data-column=\"2\""_s));
        // Otherwise identical.
        QString stripped = marked.html;
        for (const QString& id : doc.blockIds())
            stripped.remove(u" data-block-id=\""_s + id + u'"');
        for (int i = 0; i < 3; ++i)
            stripped.remove(u" data-column=\""_s + QString::number(i) + u'"');
        QCOMPARE(stripped, TemplateRenderer::render(doc).html);
    }

    void unsafeContentWarned()
    {
        const RenderedTemplate rendered = TemplateRenderer::render(
            document(u"{\"id\":\"t\",\"type\":\"text\",\"html\":\"<p onclick='x()'>a<script>alert(1)</script></p>\"},"
                     "{\"id\":\"r\",\"type\":\"html\",\"html\":\"<iframe src='https://e.jp'></iframe><p>k</p>\"},"
                     "{\"id\":\"b\",\"type\":\"button\",\"label\":\"x\",\"url\":\"javascript:alert(1)\"},"
                     "{\"id\":\"b2\",\"type\":\"button\",\"label\":\"y\",\"url\":\"/relative\"},"_s
                     + longText + u","_s + footer));
        QVERIFY(!rendered.html.contains(u"alert"_s));
        QVERIFY(!rendered.html.contains(u"iframe"_s));
        QVERIFY(!rendered.html.contains(u"/relative"_s));
        QStringList blocks;
        for (const PreflightIssue& issue : rendered.issues) {
            if (issue.code == u"removed-unsafe-content") {
                blocks.append(issue.blockId);
                QVERIFY(!issue.message.isEmpty());
            }
        }
        QCOMPARE(blocks, (QStringList {u"t"_s, u"r"_s, u"b"_s, u"b2"_s}));
        QVERIFY(!rendered.hasErrors());
    }

    void preflight_data()
    {
        QTest::addColumn<QString>("blocks");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<QString>("blockId");
        const QString ok = longText + u","_s + footer;
        QTest::newRow("no-unsubscribe: footer") << ok << u"no-unsubscribe"_s << false << QString();
        QTest::newRow("no-unsubscribe: none") << longText << u"no-unsubscribe"_s << true << QString();
        QTest::newRow("no-unsubscribe: own link")
            << u"{\"id\":\"t\",\"type\":\"text\",\"html\":\"<a href='{{ unsubscribe_url }}'>stop</a>\"}"_s
            << u"no-unsubscribe"_s << false << QString();
        QTest::newRow("no-sender-address: footer") << ok << u"no-sender-address"_s << false << QString();
        QTest::newRow("no-sender-address: no address")
            << longText + u",{\"id\":\"f\",\"type\":\"footer\",\"senderName\":\"たより\"}"_s << u"no-sender-address"_s
            << true << QString();
        QTest::newRow("image-without-alt")
            << ok + u",{\"id\":\"i\",\"type\":\"image\",\"src\":\"https://a.jp/x.png\"}"_s << u"image-without-alt"_s
            << true << u"i"_s;
        QTest::newRow("image-without-alt: alt")
            << ok + u",{\"id\":\"i\",\"type\":\"image\",\"src\":\"https://a.jp/x.png\",\"alt\":\"x\"}"_s
            << u"image-without-alt"_s << false << QString();
        QTest::newRow("image-only")
            << u"{\"id\":\"i\",\"type\":\"image\",\"src\":\"https://a.jp/x.png\",\"alt\":\"セール\"},"_s + footer
            << u"image-only"_s << true << QString();
        QTest::newRow("image-only: text")
            << ok + u",{\"id\":\"i\",\"type\":\"image\",\"src\":\"https://a.jp/x.png\",\"alt\":\"x\"}"_s
            << u"image-only"_s << false << QString();
        QTest::newRow("http-link")
            << ok + u",{\"id\":\"b\",\"type\":\"button\",\"label\":\"x\",\"url\":\"http://a.jp/\"}"_s << u"http-link"_s
            << true << u"b"_s;
        QTest::newRow("http-link: in text")
            << ok + u",{\"id\":\"t2\",\"type\":\"text\",\"html\":\"<a href='http://a.jp/'>a</a>\"}"_s << u"http-link"_s
            << true << u"t2"_s;
        QTest::newRow("http-link: https") << ok << u"http-link"_s << false << QString();
        QTest::newRow("unknown-merge-field")
            << ok + u",{\"id\":\"h\",\"type\":\"heading\",\"text\":\"{{nickname}}さん\"}"_s << u"unknown-merge-field"_s
            << true << u"h"_s;
        QTest::newRow("unknown-merge-field: known custom")
            << ok + u",{\"id\":\"h\",\"type\":\"heading\",\"text\":\"{{plan}}\"}"_s << u"unknown-merge-field"_s << false
            << QString();
        QTest::newRow("merge-syntax")
            << ok + u",{\"id\":\"h\",\"type\":\"heading\",\"text\":\"{{#if first_name}}やあ\"}"_s << u"merge-syntax"_s
            << true << u"h"_s;
        QTest::newRow("merge-syntax: fine") << ok << u"merge-syntax"_s << false << QString();
        QString big = ok;
        for (int i = 0; i < 600; ++i)
            big += u",{\"id\":\"x"_s + QString::number(i) + u"\",\"type\":\"divider\"}"_s;
        QTest::newRow("html-too-large") << big << u"html-too-large"_s << true << QString();
        QTest::newRow("html-too-large: small") << ok << u"html-too-large"_s << false << QString();
    }

    void preflight()
    {
        QFETCH(QString, blocks);
        QFETCH(QString, code);
        QFETCH(bool, expected);
        QFETCH(QString, blockId);
        RenderOptions options;
        options.knownCustomFields = QStringList {u"plan"_s};
        const RenderedTemplate rendered = TemplateRenderer::render(document(blocks), options);
        const PreflightIssue* found = findIssue(rendered, code);
        QVERIFY2(bool(found) == expected, qPrintable(codes(rendered).join(u' ')));
        if (found) {
            QVERIFY(!found->message.isEmpty());
            QCOMPARE(found->blockId, blockId);
            const bool error = code == u"no-unsubscribe" || code == u"no-sender-address"
                               || code == u"unknown-merge-field" || code == u"merge-syntax";
            QCOMPARE(found->severity == PreflightIssue::Severity::Error, error);
        }
    }

    void rawHtmlDocument()
    {
        TemplateDocument raw;
        raw.kind = TemplateDocument::Kind::Html;
        raw.html = u"<html><body><p onclick=\"x()\">Hi {{first_name}}</p><img src=\"asset:a.png\" alt=\"A\">"
                   "<p>〒100-0001 東京都</p><a href=\"{{unsubscribe_url}}\">stop</a></body></html>"_s;
        const RenderedTemplate rendered = TemplateRenderer::render(raw);
        QVERIFY(!rendered.html.contains(u"onclick"_s));
        QVERIFY(rendered.html.contains(u"<img src=\"cid:a.png\" alt=\"A\">"_s));
        QCOMPARE(rendered.assets, QStringList {u"a.png"_s});
        QVERIFY(codes(rendered).contains(u"removed-unsafe-content"_s));
        QVERIFY(!codes(rendered).contains(u"no-sender-address"_s));
        QVERIFY(!codes(rendered).contains(u"no-unsubscribe"_s));
        QVERIFY(rendered.text.contains(u"Hi {{first_name}}"_s));
        raw.html = u"<p>Hello</p>"_s;
        const RenderedTemplate bare = TemplateRenderer::render(raw);
        QVERIFY(codes(bare).contains(u"no-sender-address"_s));
        QVERIFY(codes(bare).contains(u"no-unsubscribe"_s));
        QVERIFY(bare.html.startsWith(u"<!DOCTYPE html>"_s));
    }

    void textPart()
    {
        const RenderedTemplate rendered = TemplateRenderer::render(document(everyBlock()));
        const QString& text = rendered.text;
        QVERIFY2(text.startsWith(u"{{first_name|お客様}}、<script>x</script>\n====="_s), qPrintable(text));
        QVERIFY(text.contains(u"本文 リンク [1]"_s));
        QVERIFY(text.contains(u"- 一"_s));
        QVERIFY(text.contains(u"[ロゴ] [2]"_s));
        QVERIFY(text.contains(u"申し込む: https://example.jp/apply"_s));
        QVERIFY(text.contains(u"X: https://x.com/tayori"_s));
        QVERIFY(text.contains(u"配信停止: {{unsubscribe_url}}"_s));
        QVERIFY(text.contains(u"配信設定の変更: {{preferences_url}}"_s));
        QVERIFY(text.contains(u"株式会社たより\n\n〒100-0001"_s));
        QVERIFY(text.contains(u"\n[1] https://example.jp/a\n[2] https://example.jp/\n"_s));
        // Reading order: the columns left to right, before the divider.
        QVERIFY(text.indexOf(u"左"_s) < text.indexOf(u"[写真]"_s));
        QVERIFY(text.indexOf(u"[写真]"_s) < text.indexOf(u"右: "_s));
        QVERIFY(text.indexOf(u"右: "_s) < text.indexOf(u"-----"_s));
    }

    void wrapping_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words") << u"aaa bbb ccc ddd"_s << 7 << u"aaa bbb\nccc ddd"_s;
        QTest::newRow("japanese by character") << u"あいうえおかきくけこ"_s << 8 << u"あいうえ\nおかきく\nけこ"_s;
        QTest::newRow("kinsoku: no 。 at a line start") << u"あいう。えお"_s << 6 << u"あい\nう。え\nお"_s;
        QTest::newRow("kinsoku: 「 stays with what follows") << u"あいう「え」"_s << 8 << u"あいう\n「え」"_s;
        QTest::newRow("merge tag whole") << u"あいう{{first_name|お客様}}様"_s << 8
                                         << u"あいう\n{{first_name|お客様}}様"_s;
        QTest::newRow("url whole") << u"詳細 https://example.jp/a/very/long/path です"_s << 10
                                   << u"詳細\nhttps://example.jp/a/very/long/path\nです"_s;
        QTest::newRow("hard breaks kept") << u"a\nb"_s << 72 << u"a\nb"_s;
    }

    void wrapping()
    {
        QFETCH(QString, input);
        QFETCH(int, width);
        QFETCH(QString, expected);
        QCOMPARE(PlainTextBuilder::wrap(input, width), expected);
    }

    void textLinesAreWrapped()
    {
        const RenderedTemplate rendered = TemplateRenderer::render(document(longText + u","_s + footer));
        for (const QString& line : rendered.text.split(u'\n'))
            QVERIFY2(PlainTextBuilder::displayWidth(line) <= PlainTextBuilder::LineWidth, qPrintable(line));
        QVERIFY(rendered.text.count(u'\n') > 5);
    }
};

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"
