// Tests of TemplateDocument: reading bad files, the JSON round trip, and the editing operations the designer's
// undo commands are made of.
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include "templates/TemplateDocument.h"

namespace {
QByteArray sampleJson()
{
    return QByteArrayLiteral(R"({
      "format": "tayori-template", "version": 1, "kind": "blocks", "name": "ニュース", "language": "ja",
      "settings": {"contentWidth": 640, "textColor": "#112233", "linkColor": "red", "preheader": "今月の便り",
                   "imageDelivery": "hosted", "darkMode": false},
      "blocks": [
        {"id": "h", "type": "heading", "text": "{{first_name|お客様}}、こんにちは", "level": 1, "futureKey": 7},
        {"id": "c", "type": "columns", "columns": [[{"id": "l", "type": "text", "html": "<p>左</p>"}],
                                                  [{"id": "r", "type": "image", "src": "asset:a.png", "alt": "A"}]]},
        {"id": "f", "type": "footer", "senderName": "株式会社サンプル", "address": "東京都"}
      ]})");
}

TemplateDocument sample()
{
    auto document = TemplateDocument::fromJson(sampleJson());
    if (!document)
        qFatal("sample does not parse: %s", qPrintable(document.error()));
    return document.value();
}
} // namespace

Q_DECLARE_METATYPE(BlockPlace)

class TestTemplateDocument : public QObject
{
    Q_OBJECT

private slots:
    void readsEverything()
    {
        const TemplateDocument document = sample();
        QCOMPARE(document.name, QStringLiteral("ニュース"));
        QCOMPARE(document.settings.contentWidth, 640);
        QCOMPARE(document.settings.textColor, QStringLiteral("#112233"));
        QCOMPARE(document.settings.linkColor, TemplateDocument::Settings {}.linkColor); // "red" is not #rrggbb
        QVERIFY(document.settings.hostedImages);
        QVERIFY(!document.settings.darkMode);
        QCOMPARE(document.blockIds(),
                 (QStringList {QStringLiteral("h"),
                               QStringLiteral("c"),
                               QStringLiteral("l"),
                               QStringLiteral("r"),
                               QStringLiteral("f")}));
        QCOMPARE(document.block(QStringLiteral("r"))->text(QStringLiteral("src")), QStringLiteral("asset:a.png"));
        QCOMPARE(document.block(QStringLiteral("h"))->integer(QStringLiteral("level"), 2), 1);
    }

    void roundTripKeepsUnknownKeys()
    {
        const TemplateDocument document = sample();
        auto again = TemplateDocument::fromJson(document.toJson());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->toJson(), document.toJson());
        QCOMPARE(again->block(QStringLiteral("h"))->props.value(QStringLiteral("futureKey")).toInt(), 7);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << "invalid at character";
        QTest::newRow("array") << QByteArray("[]") << "no JSON object";
        QTest::newRow("other format") << QByteArray(R"({"format": "mjml", "version": 1})") << "not a Tayori template";
        QTest::newRow("no version") << QByteArray(R"({"format": "tayori-template"})") << "no valid version";
        QTest::newRow("newer") << QByteArray(R"({"format": "tayori-template", "version": 2})") << "newer Tayori";
        QTest::newRow("unknown kind") << QByteArray(R"({"format": "tayori-template", "version": 1, "kind": "mjml"})")
                                      << "unknown kind";
        QTest::newRow("blocks not a list")
            << QByteArray(R"({"format": "tayori-template", "version": 1, "blocks": 3})") << "not a list";
        QTest::newRow("no id") << QByteArray(R"({"format": "tayori-template", "version": 1,
                                                "blocks": [{"type": "text"}]})")
                               << "block 1 has no id";
        QTest::newRow("unknown type") << QByteArray(R"({"format": "tayori-template", "version": 1,
                                                       "blocks": [{"id": "x", "type": "video"}]})")
                                      << "unknown type “video”";
        QTest::newRow("nested columns") << QByteArray(R"({"format": "tayori-template", "version": 1, "blocks": [
            {"id": "a", "type": "columns", "columns": [[{"id": "b", "type": "columns", "columns": [[], []]}], []]}]})")
                                        << "columns inside columns";
        QTest::newRow("one column") << QByteArray(R"({"format": "tayori-template", "version": 1, "blocks": [
            {"id": "a", "type": "columns", "columns": [[]]}]})")
                                    << "2 or 3 columns";
        QTest::newRow("duplicate id") << QByteArray(R"({"format": "tayori-template", "version": 1, "blocks": [
            {"id": "a", "type": "text"}, {"id": "x", "type": "columns", "columns": [[{"id": "a", "type": "text"}], []]}]})")
                                      << "“a” is used twice";
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto document = TemplateDocument::fromJson(json);
        QVERIFY(!document.ok());
        QVERIFY2(document.error().contains(expected), qPrintable(document.error()));
    }

    void clampsSettings()
    {
        auto document = TemplateDocument::fromJson(
            R"({"format": "tayori-template", "version": 1, "settings": {"contentWidth": 5000, "fontSize": 1}})");
        QVERIFY(document.ok());
        QCOMPARE(document->settings.contentWidth, TemplateDocument::MaxContentWidth);
        QCOMPARE(document->settings.fontSize, 10);
    }

    void insertsAndTakes()
    {
        TemplateDocument document = sample();
        const TemplateBlock spacer = document.newBlock(TemplateBlock::Type::Spacer);
        QVERIFY(!document.blockIds().contains(spacer.id));
        QVERIFY(document.insertBlock({QStringLiteral("c"), 1, 0}, spacer));
        QCOMPARE(document.placeOf(spacer.id), (BlockPlace {QStringLiteral("c"), 1, 0}));
        QCOMPARE(document.placeOf(QStringLiteral("r")), (BlockPlace {QStringLiteral("c"), 1, 1}));
        QVERIFY(!document.insertBlock({}, spacer)); // the id is taken now
        const auto taken = document.takeBlock(spacer.id);
        QVERIFY(taken.has_value());
        QCOMPARE(taken->id, spacer.id);
        QCOMPARE(document.toJson(), sample().toJson());
        QVERIFY(!document.takeBlock(QStringLiteral("nope")).has_value());
    }

    void refusesBrokenTrees_data()
    {
        QTest::addColumn<BlockPlace>("place");
        QTest::addColumn<int>("type");
        QTest::newRow("columns into a column")
            << BlockPlace {QStringLiteral("c"), 0, 0} << int(TemplateBlock::Type::Columns);
        QTest::newRow("no such parent") << BlockPlace {QStringLiteral("zz"), 0, 0} << int(TemplateBlock::Type::Text);
        QTest::newRow("parent is not columns")
            << BlockPlace {QStringLiteral("h"), 0, 0} << int(TemplateBlock::Type::Text);
        QTest::newRow("no such column") << BlockPlace {QStringLiteral("c"), 2, 0} << int(TemplateBlock::Type::Text);
        QTest::newRow("index past the end") << BlockPlace {{}, 0, 4} << int(TemplateBlock::Type::Text);
        QTest::newRow("negative index") << BlockPlace {{}, 0, -1} << int(TemplateBlock::Type::Text);
    }

    void refusesBrokenTrees()
    {
        QFETCH(BlockPlace, place);
        QFETCH(int, type);
        TemplateDocument document = sample();
        QVERIFY(!document.insertBlock(place, document.newBlock(TemplateBlock::Type(type))));
        QCOMPARE(document.toJson(), sample().toJson());
    }

    void movesBlocks()
    {
        TemplateDocument document = sample();
        QVERIFY(document.moveBlock(QStringLiteral("f"), {{}, 0, 0}));
        QCOMPARE(document.blockIds(),
                 (QStringList {QStringLiteral("f"),
                               QStringLiteral("h"),
                               QStringLiteral("c"),
                               QStringLiteral("l"),
                               QStringLiteral("r")}));
        QVERIFY(document.moveBlock(QStringLiteral("l"), {QStringLiteral("c"), 1, 1})); // across columns
        QCOMPARE(document.placeOf(QStringLiteral("l")), (BlockPlace {QStringLiteral("c"), 1, 1}));
        QVERIFY(document.moveBlock(QStringLiteral("r"), {{}, 3, 3})); // out of the columns
        QCOMPARE(document.blockIds(),
                 (QStringList {QStringLiteral("f"),
                               QStringLiteral("h"),
                               QStringLiteral("c"),
                               QStringLiteral("l"),
                               QStringLiteral("r")}));
        QCOMPARE(document.placeOf(QStringLiteral("r"))->columnsId, QString());

        const QByteArray before = document.toJson();
        QVERIFY(!document.moveBlock(QStringLiteral("c"), {QStringLiteral("c"), 0, 0})); // into itself
        QVERIFY(!document.moveBlock(QStringLiteral("h"), {{}, 0, 9}));
        QCOMPARE(document.toJson(), before);
    }

    void duplicatesWithFreshIds()
    {
        TemplateDocument document = sample();
        const auto copy = document.duplicateBlock(QStringLiteral("c"));
        QVERIFY(copy.has_value());
        QCOMPARE(document.placeOf(*copy), (BlockPlace {{}, 0, 2}));
        const QStringList ids = document.blockIds();
        QCOMPARE(ids.size(), 8);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 8);
        const TemplateBlock* duplicate = document.block(*copy);
        QCOMPARE(duplicate->columns.at(1).at(0).text(QStringLiteral("src")), QStringLiteral("asset:a.png"));
        // The copy survives a round trip (ids unique).
        QVERIFY(TemplateDocument::fromJson(document.toJson()).ok());
    }

    void setsProperties()
    {
        TemplateDocument document = sample();
        QVERIFY(document.setBlockProperty(QStringLiteral("l"), QStringLiteral("html"), QStringLiteral("<p>x</p>")));
        QCOMPARE(document.block(QStringLiteral("l"))->text(QStringLiteral("html")), QStringLiteral("<p>x</p>"));
        QVERIFY(document.setBlockProperty(QStringLiteral("l"), QStringLiteral("html"), QJsonValue::Undefined));
        QVERIFY(!document.block(QStringLiteral("l"))->props.contains(QStringLiteral("html")));
        QVERIFY(!document.setBlockProperty(QStringLiteral("l"), QStringLiteral("id"), QStringLiteral("x")));
        QVERIFY(!document.setBlockProperty(QStringLiteral("zz"), QStringLiteral("html"), QStringLiteral("x")));
    }

    void newBlocksAreValid()
    {
        TemplateDocument document;
        for (const auto type : TemplateBlock::allTypes()) {
            const TemplateBlock block = document.newBlock(type);
            QVERIFY(document.insertBlock({{}, 0, int(document.blocks.size())}, block));
        }
        QCOMPARE(document.blocks.size(), TemplateBlock::allTypes().size());
        auto again = TemplateDocument::fromJson(document.toJson());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->blockIds(), document.blockIds());
        for (const auto type : TemplateBlock::allTypes())
            QCOMPARE(TemplateBlock::typeFromKey(TemplateBlock::typeKey(type)), type);
    }
};

QTEST_GUILESS_MAIN(TestTemplateDocument)
#include "tst_templatedocument.moc"
