// The merge-field engine: every syntax form, defaults, conditionals, Japanese names and keys, HTML escaping,
// injection attempts through values, and compile errors with their line and column.
#include <QTest>

#include "contacts/Contact.h"
#include "templates/MergeTemplate.h"
#include "templates/MergeValues.h"

using namespace Qt::StringLiterals;

namespace {

const QStringList customFields = {u"会員ランク"_s, u"plan"_s, u"お届け先 区"_s};

// Keys: the standard field names, and anything else as a custom field.
MergeValues valuesFrom(const QVariantMap& map)
{
    Contact contact;
    contact.email = map.value(u"email"_s).toString();
    contact.givenName = map.value(u"first_name"_s).toString();
    contact.familyName = map.value(u"last_name"_s).toString();
    contact.company = map.value(u"company"_s).toString();
    contact.phone = map.value(u"phone"_s).toString();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!MergeValues::standardField(it.key()))
            contact.customValues.insert(it.key(), it.value().toString());
    }
    MergeValues values = MergeValues::fromContact(contact);
    values.setUrls(map.value(u"unsubscribe_url"_s).toString(), map.value(u"preferences_url"_s).toString());
    return values;
}

} // namespace

class TestMergeTemplate : public QObject
{
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void compileErrors_data();
    void compileErrors();
    void fieldsInOrderOfFirstUse();
    void compiledOnceRenderedPerRecipient();
    void valuesByName_data();
    void valuesByName();
};

void TestMergeTemplate::render_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QString>("expected");

    const QVariantMap taro = {{u"email"_s, u"taro@example.jp"_s},
                              {u"first_name"_s, u"太郎"_s},
                              {u"last_name"_s, u"山田"_s},
                              {u"company"_s, u"山田商店"_s},
                              {u"phone"_s, u"03-1234-5678"_s},
                              {u"会員ランク"_s, u"ゴールド"_s},
                              {u"plan"_s, u"gold"_s},
                              {u"unsubscribe_url"_s, u"https://t.example/u/abc"_s},
                              {u"preferences_url"_s, u"https://t.example/p/abc"_s}};
    const QVariantMap john
        = {{u"email"_s, u"john@example.com"_s}, {u"first_name"_s, u"John"_s}, {u"last_name"_s, u"Smith"_s}};
    const QVariantMap nobody;

    QTest::newRow("no tags") << u"Hello, world"_s << false << taro << u"Hello, world"_s;
    QTest::newRow("empty template") << QString() << true << taro << QString();
    QTest::newRow("field") << u"Hello {{first_name}}!"_s << false << john << u"Hello John!"_s;
    QTest::newRow("whitespace inside braces") << u"{{  first_name\t}}"_s << false << john << u"John"_s;
    QTest::newRow("every standard field")
        << u"{{email}}|{{first_name}}|{{last_name}}|{{full_name}}|{{company}}|{{phone}}"_s << false << taro
        << u"taro@example.jp|太郎|山田|山田 太郎|山田商店|03-1234-5678"_s;
    QTest::newRow("urls from the sender") << u"{{unsubscribe_url}} {{ preferences_url }}"_s << true << taro
                                          << u"https://t.example/u/abc https://t.example/p/abc"_s;
    QTest::newRow("full_name Japanese: family first") << u"{{full_name}}様"_s << false << taro << u"山田 太郎様"_s;
    QTest::newRow("full_name Western: given first") << u"Dear {{full_name}}"_s << false << john << u"Dear John Smith"_s;
    QTest::newRow("full_name family only")
        << u"{{full_name}}"_s << false << QVariantMap {{u"last_name"_s, u"佐藤"_s}} << u"佐藤"_s;
    QTest::newRow("last_name is the family name") << u"{{last_name}}様"_s << false << taro << u"山田様"_s;
    QTest::newRow("Japanese custom key") << u"ランク: {{会員ランク}}"_s << false << taro << u"ランク: ゴールド"_s;
    QTest::newRow("custom key with a space")
        << u"{{ お届け先 区 }}"_s << false << QVariantMap {{u"お届け先 区"_s, u"渋谷区"_s}} << u"渋谷区"_s;
    QTest::newRow("custom field the contact lacks is empty") << u"[{{plan}}]"_s << false << john << u"[]"_s;
    QTest::newRow("multiline") << u"{{last_name}}様\nいつもありがとうございます。\n"_s << false << taro
                               << u"山田様\nいつもありがとうございます。\n"_s;

    QTest::newRow("default used when empty") << u"Hi {{first_name|there}}"_s << false << nobody << u"Hi there"_s;
    QTest::newRow("default unused when set") << u"Hi {{first_name|there}}"_s << false << john << u"Hi John"_s;
    QTest::newRow("default trimmed, Japanese") << u"{{ last_name | お客 様 }}"_s << false << nobody << u"お客 様"_s;
    QTest::newRow("default for a whitespace-only value")
        << u"{{company|個人}}"_s << false << QVariantMap {{u"company"_s, u" \u3000"_s}} << u"個人"_s;
    QTest::newRow("empty default") << u"[{{company|}}]"_s << false << nobody << u"[]"_s;
    QTest::newRow("default may contain | and }") << u"{{company|a|b}c}}"_s << false << nobody << u"a|b}c"_s;

    QTest::newRow("bare if true") << u"{{#if company}}at {{company}}{{/if}}"_s << false << taro << u"at 山田商店"_s;
    QTest::newRow("bare if false") << u"{{#if company}}at {{company}}{{/if}}."_s << false << john << u"."_s;
    QTest::newRow("bare if whitespace-only is false")
        << u"{{#if company}}yes{{else}}no{{/if}}"_s << false << QVariantMap {{u"company"_s, u"  "_s}} << u"no"_s;
    QTest::newRow("if/else true") << u"{{#if phone}}T{{else}}F{{/if}}"_s << false << taro << u"T"_s;
    QTest::newRow("if/else false") << u"{{#if phone}}T{{else}}F{{/if}}"_s << false << john << u"F"_s;
    QTest::newRow("== match") << u"{{#if plan == \"gold\"}}G{{else}}N{{/if}}"_s << false << taro << u"G"_s;
    QTest::newRow("== no match") << u"{{#if plan == \"silver\"}}S{{else}}N{{/if}}"_s << false << taro << u"N"_s;
    QTest::newRow("== is case-sensitive") << u"{{#if plan == \"Gold\"}}G{{else}}N{{/if}}"_s << false << taro << u"N"_s;
    QTest::newRow("!= true") << u"{{#if plan != \"gold\"}}X{{else}}Y{{/if}}"_s << false << john << u"X"_s;
    QTest::newRow("!= false") << u"{{#if plan != \"gold\"}}X{{else}}Y{{/if}}"_s << false << taro << u"Y"_s;
    QTest::newRow("== empty string") << u"{{#if plan == \"\"}}none{{/if}}"_s << false << john << u"none"_s;
    QTest::newRow("condition spacing") << u"{{ #if   plan==\"gold\" }}G{{ else }}N{{ /if }}"_s << false << taro
                                       << u"G"_s;
    QTest::newRow("Japanese key and operand")
        << u"{{#if 会員ランク == \"ゴールド\"}}特典{{/if}}"_s << false << taro << u"特典"_s;
    QTest::newRow("escaped quote in operand") << u"{{#if plan == \"say \\\"hi\\\"\"}}Q{{/if}}"_s << false
                                              << QVariantMap {{u"plan"_s, u"say \"hi\""_s}} << u"Q"_s;
    const QString nested
        = u"{{#if company}}{{#if plan == \"gold\"}}A{{else}}B{{/if}}{{else}}C{{#if phone}}!{{/if}}{{/if}}"_s;
    QTest::newRow("nested: outer and inner true") << nested << false << taro << u"A"_s;
    QTest::newRow("nested: outer true, inner false")
        << nested << false << QVariantMap {{u"company"_s, u"X"_s}, {u"plan"_s, u"free"_s}} << u"B"_s;
    QTest::newRow("nested: outer false, inner else-branch if")
        << nested << false << QVariantMap {{u"phone"_s, u"1"_s}} << u"C!"_s;
    QTest::newRow("nested three deep") << u"{{#if email}}1{{#if phone}}2{{#if company}}3{{/if}}{{/if}}{{/if}}"_s
                                       << false << taro << u"123"_s;

    const QVariantMap markup = {{u"company"_s, u"<b>Tom & Jerry's \"Co\"</b>"_s}};
    QTest::newRow("html: value escaped") << u"<p>{{company}}</p>"_s << true << markup
                                         << u"<p>&lt;b&gt;Tom &amp; Jerry&#39;s &quot;Co&quot;&lt;/b&gt;</p>"_s;
    QTest::newRow("text: value raw") << u"<p>{{company}}</p>"_s << false << markup
                                     << u"<p><b>Tom & Jerry's \"Co\"</b></p>"_s;
    QTest::newRow("html: default escaped")
        << u"{{company|A & B <Co>}}"_s << true << nobody << u"A &amp; B &lt;Co&gt;"_s;
    QTest::newRow("text: default raw") << u"{{company|A & B <Co>}}"_s << false << nobody << u"A & B <Co>"_s;
    QTest::newRow("html: template markup kept") << u"<a href=\"{{unsubscribe_url}}\">配信停止</a>"_s << true
                                                << QVariantMap {{u"unsubscribe_url"_s, u"https://x/u?a=1&b=2"_s}}
                                                << u"<a href=\"https://x/u?a=1&amp;b=2\">配信停止</a>"_s;
    QTest::newRow("html: condition compares the raw value")
        << u"{{#if company == \"A&B\"}}yes{{/if}}"_s << true << QVariantMap {{u"company"_s, u"A&B"_s}} << u"yes"_s;

    QTest::newRow("injection: field tag in a value")
        << u"Hi {{first_name}}"_s << false << QVariantMap {{u"first_name"_s, u"{{email}}"_s}, {u"email"_s, u"x@y"_s}}
        << u"Hi {{email}}"_s;
    QTest::newRow("injection: block tags in a value")
        << u"{{company}}"_s << true << QVariantMap {{u"company"_s, u"{{#if email}}<i>{{else}}{{/if}}"_s}}
        << u"{{#if email}}&lt;i&gt;{{else}}{{/if}}"_s;
    QTest::newRow("injection: closing braces in a value")
        << u"{{first_name}}{{last_name}}"_s << false
        << QVariantMap {{u"first_name"_s, u"}}{{unsubscribe_url"_s}, {u"last_name"_s, u"}}"_s}}
        << u"}}{{unsubscribe_url}}"_s;
    QTest::newRow("injection: script in html")
        << u"{{company}}"_s << true << QVariantMap {{u"company"_s, u"<script>alert(1)</script>"_s}}
        << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;
    QTest::newRow("injection: value that looks like a tag")
        << u"{{company|none}}"_s << false << QVariantMap {{u"company"_s, u"{{phone}}"_s}, {u"phone"_s, u"1"_s}}
        << u"{{phone}}"_s;

    QTest::newRow("stray closing braces are text") << u"a }} b } {c}"_s << false << nobody << u"a }} b } {c}"_s;
}

void TestMergeTemplate::render()
{
    QFETCH(QString, source);
    QFETCH(bool, html);
    QFETCH(QVariantMap, values);
    QFETCH(QString, expected);

    const Result<MergeTemplate> compiled
        = MergeTemplate::compile(source, html ? MergeTemplate::Mode::Html : MergeTemplate::Mode::Text, customFields);
    QVERIFY2(compiled.ok(), qPrintable(compiled.error()));
    QCOMPARE(compiled->render(valuesFrom(values)), expected);
}

void TestMergeTemplate::compileErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("what");

    QTest::newRow("unclosed {{") << u"Hi {{first_name"_s << 1 << 4 << u"never closed"_s;
    QTest::newRow("unclosed {{ before another") << u"Hi {{first_name {{last_name}}"_s << 1 << 4 << u"never closed"_s;
    QTest::newRow("unclosed {{ on line 3") << u"a\nb\n  x{{email"_s << 3 << 4 << u"never closed"_s;
    QTest::newRow("/if without #if") << u"a\nbc {{/if}}"_s << 2 << 4 << u"without"_s;
    QTest::newRow("extra /if") << u"{{#if phone}}x{{/if}}{{/if}}"_s << 1 << 22 << u"without"_s;
    QTest::newRow("unclosed #if") << u"{{#if company}}x"_s << 1 << 1 << u"never closed; add “{{/if}}”"_s;
    QTest::newRow("unclosed outer #if is named")
        << u"line1\n  {{#if company}}\n{{#if phone}}{{/if}}"_s << 2 << 3 << u"never closed"_s;
    QTest::newRow("else outside #if") << u"x{{else}}"_s << 1 << 2 << u"outside"_s;
    QTest::newRow("second else") << u"{{#if phone}}a{{else}}b{{else}}c{{/if}}"_s << 1 << 24 << u"second"_s;
    QTest::newRow("unknown field") << u"Dear {{nickname}}"_s << 1 << 6 << u"unknown field “nickname”"_s;
    QTest::newRow("unknown field lists the known ones")
        << u"{{nickname}}"_s << 1 << 1
        << u"email, first_name, last_name, full_name, company, phone, unsubscribe_url, preferences_url, 会員ランク"_s;
    QTest::newRow("unknown field with a default") << u"{{nick|you}}"_s << 1 << 1 << u"“nick”"_s;
    QTest::newRow("unknown field in a condition")
        << u"\n\n{{#if rank == \"a\"}}x{{/if}}"_s << 3 << 1 << u"unknown field “rank”"_s;
    QTest::newRow("field names are case-sensitive") << u"{{Email}}"_s << 1 << 1 << u"“Email”"_s;
    QTest::newRow("Japanese column counts characters") << u"山田様、{{名前}}"_s << 1 << 5 << u"“名前”"_s;
    QTest::newRow("surrogate pair is one column") << u"𠮷野家 {{x}}"_s << 1 << 5 << u"“x”"_s;
    QTest::newRow("empty tag") << u"{{}}"_s << 1 << 1 << u"missing"_s;
    QTest::newRow("default without a field") << u"{{ |default}}"_s << 1 << 1 << u"missing"_s;
    QTest::newRow("#if without a field") << u"{{#if}}x{{/if}}"_s << 1 << 1 << u"missing"_s;
    QTest::newRow("unknown block") << u"{{#each x}}{{/each}}"_s << 1 << 1 << u"unknown block"_s;
    QTest::newRow("#iffy is not #if") << u"{{#iffy}}"_s << 1 << 1 << u"unknown block"_s;
    QTest::newRow("unknown block end") << u"{{#if email}}{{/each}}"_s << 1 << 14 << u"{{/if}}"_s;
    QTest::newRow("single = ") << u"{{#if plan = \"x\"}}{{/if}}"_s << 1 << 1 << u"== \"value\""_s;
    QTest::newRow("unquoted operand") << u"{{#if plan == gold}}{{/if}}"_s << 1 << 1 << u"== \"value\""_s;
    QTest::newRow("unclosed quote") << u"{{#if plan == \"gold}}{{/if}}"_s << 1 << 1 << u"== \"value\""_s;
    QTest::newRow("text after the quote") << u"{{#if plan == \"a\" b}}{{/if}}"_s << 1 << 1 << u"== \"value\""_s;
}

void TestMergeTemplate::compileErrors()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, what);

    for (const MergeTemplate::Mode mode : {MergeTemplate::Mode::Html, MergeTemplate::Mode::Text}) {
        const Result<MergeTemplate> compiled = MergeTemplate::compile(source, mode, customFields);
        QVERIFY(!compiled.ok());
        const QString prefix = u"Template, line %1, column %2: "_s.arg(line).arg(column);
        QVERIFY2(compiled.error().startsWith(prefix), qPrintable(compiled.error()));
        QVERIFY2(compiled.error().contains(what), qPrintable(compiled.error()));
        QVERIFY(!compiled.error().contains(u'\n'));
    }
}

void TestMergeTemplate::fieldsInOrderOfFirstUse()
{
    const Result<MergeTemplate> compiled = MergeTemplate::compile(
        u"{{#if company}}{{first_name|you}}{{else}}{{会員ランク}}{{/if}}{{first_name}}{{company}}"_s,
        MergeTemplate::Mode::Text,
        customFields);
    QVERIFY2(compiled.ok(), qPrintable(compiled.error()));
    QCOMPARE(compiled->fields(), (QStringList {u"company"_s, u"first_name"_s, u"会員ランク"_s}));
    QCOMPARE(compiled->mode(), MergeTemplate::Mode::Text);

    const Result<MergeTemplate> plain = MergeTemplate::compile(u"no fields"_s, MergeTemplate::Mode::Html, {});
    QVERIFY(plain.ok());
    QVERIFY(plain->fields().isEmpty());
}

void TestMergeTemplate::compiledOnceRenderedPerRecipient()
{
    const Result<MergeTemplate> compiled = MergeTemplate::compile(
        u"{{full_name|お客様}}{{#if company}}（{{company}}）{{/if}}"_s, MergeTemplate::Mode::Html, {});
    QVERIFY(compiled.ok());
    const MergeTemplate copy = *compiled; // copies share the compiled form
    const QList<QPair<QVariantMap, QString>> recipients = {
        {{{u"last_name"_s, u"山田"_s}, {u"first_name"_s, u"太郎"_s}, {u"company"_s, u"A&B"_s}},
         u"山田 太郎（A&amp;B）"_s},
        {{{u"last_name"_s, u"Smith"_s}, {u"first_name"_s, u"John"_s}}, u"John Smith"_s},
        {{}, u"お客様"_s},
    };
    for (const auto& [values, expected] : recipients) {
        QCOMPARE(compiled->render(valuesFrom(values)), expected);
        QCOMPARE(copy.render(valuesFrom(values)), expected);
    }
}

void TestMergeTemplate::valuesByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("email") << u"email"_s << u"hanako@example.jp"_s;
    QTest::newRow("first_name") << u"first_name"_s << u"花子"_s;
    QTest::newRow("last_name") << u"last_name"_s << u"鈴木"_s;
    QTest::newRow("full_name") << u"full_name"_s << u"鈴木 花子"_s;
    QTest::newRow("company") << u"company"_s << u"鈴木工業"_s;
    QTest::newRow("phone") << u"phone"_s << u"090-0000-0000"_s;
    QTest::newRow("unsubscribe_url") << u"unsubscribe_url"_s << u"https://u"_s;
    QTest::newRow("preferences_url") << u"preferences_url"_s << u"https://p"_s;
    QTest::newRow("custom") << u"会員ランク"_s << u"シルバー"_s;
    QTest::newRow("missing custom") << u"plan"_s << QString();
}

void TestMergeTemplate::valuesByName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);

    Contact contact;
    contact.email = u"hanako@example.jp"_s;
    contact.familyName = u"鈴木"_s;
    contact.givenName = u"花子"_s;
    contact.company = u"鈴木工業"_s;
    contact.phone = u"090-0000-0000"_s;
    contact.customValues.insert(u"会員ランク"_s, u"シルバー"_s);
    MergeValues values = MergeValues::fromContact(contact);
    values.setUnsubscribeUrl(u"https://u"_s);
    values.setPreferencesUrl(u"https://p"_s);
    QCOMPARE(values.value(name), expected);
}

QTEST_GUILESS_MAIN(TestMergeTemplate)
#include "tst_mergetemplate.moc"
