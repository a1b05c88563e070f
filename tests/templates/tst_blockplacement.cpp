// Tests of BlockPlacement: where the designer puts a new block, a step up/down and a drop next to another block —
// each checked by doing the move on a real TemplateDocument and reading the resulting order.
#include <QtTest>

#include "templates/BlockPlacement.h"
#include "templates/TemplateDocument.h"

namespace {
// a, cols[ l1 l2 | r1 ], b
TemplateDocument sample()
{
    auto document = TemplateDocument::fromJson(QByteArrayLiteral(R"({
      "format": "tayori-template", "version": 1, "kind": "blocks", "name": "t", "language": "en",
      "blocks": [
        {"id": "a", "type": "heading", "text": "A"},
        {"id": "cols", "type": "columns", "columns": [
            [{"id": "l1", "type": "text", "html": "<p>1</p>"}, {"id": "l2", "type": "text", "html": "<p>2</p>"}],
            [{"id": "r1", "type": "text", "html": "<p>3</p>"}]]},
        {"id": "b", "type": "divider"}
      ]})"));
    if (!document)
        qFatal("sample does not parse: %s", qPrintable(document.error()));
    return document.value();
}

// The whole tree as one line: "a cols[l1 l2|r1] b".
QString order(const TemplateDocument& document)
{
    QStringList top;
    for (const TemplateBlock& block : document.blocks) {
        QString entry = block.id;
        if (!block.columns.isEmpty()) {
            QStringList columns;
            for (const auto& column : block.columns) {
                QStringList ids;
                for (const TemplateBlock& child : column)
                    ids << child.id;
                columns << ids.join(QLatin1Char(' '));
            }
            entry += QLatin1Char('[') + columns.join(QLatin1Char('|')) + QLatin1Char(']');
        }
        top << entry;
    }
    return top.join(QLatin1Char(' '));
}
} // namespace

class TestBlockPlacement : public QObject
{
    Q_OBJECT

private slots:
    void newBlock_data();
    void newBlock();
    void step_data();
    void step();
    void nextTo_data();
    void nextTo();
    void imageWidth();
};

void TestBlockPlacement::newBlock_data()
{
    QTest::addColumn<QString>("selected");
    QTest::addColumn<bool>("columns");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing selected: at the end") << QString() << false << "a cols[l1 l2|r1] b N";
    QTest::newRow("unknown id: at the end") << QStringLiteral("zz") << false << "a cols[l1 l2|r1] b N";
    QTest::newRow("after the first") << QStringLiteral("a") << false << "a N cols[l1 l2|r1] b";
    QTest::newRow("after the last") << QStringLiteral("b") << false << "a cols[l1 l2|r1] b N";
    QTest::newRow("inside a column") << QStringLiteral("l1") << false << "a cols[l1 N l2|r1] b";
    QTest::newRow("columns never nest") << QStringLiteral("l1") << true << "a cols[l1 l2|r1] N b";
    QTest::newRow("columns after columns") << QStringLiteral("cols") << true << "a cols[l1 l2|r1] N b";
}

void TestBlockPlacement::newBlock()
{
    QFETCH(QString, selected);
    QFETCH(bool, columns);
    QFETCH(QString, expected);
    TemplateDocument document = sample();
    const TemplateBlock::Type type = columns ? TemplateBlock::Type::Columns : TemplateBlock::Type::Spacer;
    TemplateBlock block {QStringLiteral("N"), type, {}, {}};
    if (columns)
        block.columns = {{}, {}};
    QVERIFY(document.insertBlock(BlockPlacement::forNewBlock(document, selected, type), block));
    // The new columns block's empty columns print as "N[|]": only the placement matters here.
    QCOMPARE(order(document).replace(QStringLiteral("N[|]"), QStringLiteral("N")), expected);
}

void TestBlockPlacement::step_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("delta");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("first up: refused") << QStringLiteral("a") << -1 << QString();
    QTest::newRow("first down") << QStringLiteral("a") << 1 << "cols[l1 l2|r1] a b";
    QTest::newRow("last down: refused") << QStringLiteral("b") << 1 << QString();
    QTest::newRow("last up") << QStringLiteral("b") << -1 << "a b cols[l1 l2|r1]";
    QTest::newRow("in a column down") << QStringLiteral("l1") << 1 << "a cols[l2 l1|r1] b";
    QTest::newRow("column's last down: refused") << QStringLiteral("l2") << 1 << QString();
    QTest::newRow("alone in a column: refused") << QStringLiteral("r1") << -1 << QString();
    QTest::newRow("unknown: refused") << QStringLiteral("zz") << 1 << QString();
}

void TestBlockPlacement::step()
{
    QFETCH(QString, id);
    QFETCH(int, delta);
    QFETCH(QString, expected);
    TemplateDocument document = sample();
    const std::optional<BlockPlace> to = BlockPlacement::forStep(document, id, delta);
    QCOMPARE(to.has_value(), !expected.isEmpty());
    if (to) {
        QVERIFY(document.moveBlock(id, *to));
        QCOMPARE(order(document), expected);
    }
}

void TestBlockPlacement::nextTo_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("after");
    QTest::addColumn<QString>("expected"); // empty: refused or no change
    QTest::newRow("down past the next") << QStringLiteral("a") << QStringLiteral("b") << false << "cols[l1 l2|r1] a b";
    QTest::newRow("to the end") << QStringLiteral("a") << QStringLiteral("b") << true << "cols[l1 l2|r1] b a";
    QTest::newRow("to the top") << QStringLiteral("b") << QStringLiteral("a") << false << "b a cols[l1 l2|r1]";
    QTest::newRow("before the next: no change") << QStringLiteral("a") << QStringLiteral("cols") << false << QString();
    QTest::newRow("after the previous: no change")
        << QStringLiteral("b") << QStringLiteral("cols") << true << QString();
    QTest::newRow("onto itself") << QStringLiteral("a") << QStringLiteral("a") << true << QString();
    QTest::newRow("into a column") << QStringLiteral("a") << QStringLiteral("r1") << true << "cols[l1 l2|r1 a] b";
    QTest::newRow("out of a column") << QStringLiteral("l2") << QStringLiteral("a") << false << "l2 a cols[l1|r1] b";
    QTest::newRow("across columns") << QStringLiteral("l1") << QStringLiteral("r1") << false << "a cols[l2|l1 r1] b";
    QTest::newRow("within a column") << QStringLiteral("l1") << QStringLiteral("l2") << true << "a cols[l2 l1|r1] b";
    QTest::newRow("columns onto a column's block: next to its columns")
        << QStringLiteral("cols") << QStringLiteral("l1") << true << QString();
    QTest::newRow("unknown target") << QStringLiteral("a") << QStringLiteral("zz") << true << QString();
}

void TestBlockPlacement::nextTo()
{
    QFETCH(QString, id);
    QFETCH(QString, target);
    QFETCH(bool, after);
    QFETCH(QString, expected);
    TemplateDocument document = sample();
    const std::optional<BlockPlace> to = BlockPlacement::nextTo(document, id, target, after);
    QCOMPARE(to.has_value(), !expected.isEmpty());
    if (to) {
        QVERIFY(document.moveBlock(id, *to));
        QCOMPARE(order(document), expected);
    }
}

void TestBlockPlacement::imageWidth()
{
    QCOMPARE(BlockPlacement::defaultImageWidth(1200, 600), 600);
    QCOMPARE(BlockPlacement::defaultImageWidth(320, 600), 320);
    QCOMPARE(BlockPlacement::defaultImageWidth(0, 640), 640);
}

QTEST_GUILESS_MAIN(TestBlockPlacement)
#include "tst_blockplacement.moc"
