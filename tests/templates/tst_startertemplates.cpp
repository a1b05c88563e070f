// Tests of the starter templates: every one compiled in loads, carries the sender block Japan's 特定電子メール法
// requires, gives every image alt text and an embedded picture, and renders without pre-flight errors.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "templates/StarterTemplates.h"
#include "templates/TemplateRenderer.h"

namespace {
// Blocks in document order, columns' children included.
QList<TemplateBlock> allBlocks(const TemplateDocument& document)
{
    QList<TemplateBlock> blocks;
    for (const TemplateBlock& block : document.blocks) {
        blocks.append(block);
        for (const auto& column : block.columns)
            blocks.append(column);
    }
    return blocks;
}

QList<TemplateBlock> blocksOfType(const TemplateDocument& document, TemplateBlock::Type type)
{
    QList<TemplateBlock> found;
    for (const TemplateBlock& block : allBlocks(document)) {
        if (block.type == type)
            found.append(block);
    }
    return found;
}

// Width and height from a PNG's IHDR chunk: checked without QtGui, which core tests do not link.
std::optional<QSize> pngSize(const QByteArray& data)
{
    if (!data.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")) || data.size() < 24 || data.mid(12, 4) != "IHDR")
        return std::nullopt;
    auto be32 = [&](int at) {
        return (static_cast<uchar>(data[at]) << 24) | (static_cast<uchar>(data[at + 1]) << 16)
               | (static_cast<uchar>(data[at + 2]) << 8) | static_cast<uchar>(data[at + 3]);
    };
    return QSize(be32(16), be32(20));
}
} // namespace

class TestStarterTemplates : public QObject
{
    Q_OBJECT

private slots:
    void listsFourKindsInTwoLanguages()
    {
        const QList<StarterTemplate> all = StarterTemplates::list();
        QCOMPARE(all.size(), 8);
        QCOMPARE(StarterTemplates::list(QStringLiteral("ja")).size(), 4);
        QCOMPARE(StarterTemplates::list(QStringLiteral("en")).size(), 4);
        QCOMPARE(StarterTemplates::ids(),
                 (QStringList {QStringLiteral("newsletter"),
                               QStringLiteral("announcement"),
                               QStringLiteral("event"),
                               QStringLiteral("letter")}));
        for (const StarterTemplate& starter : all) {
            QVERIFY(!starter.name.isEmpty());
            QVERIFY2(starter.name != starter.id, qPrintable(starter.id)); // a real display name
            QVERIFY2(QFile::exists(starter.resourcePath()), qPrintable(starter.resourcePath()));
        }
        QCOMPARE(StarterTemplates::displayName(QStringLiteral("event")), QStringLiteral("Event invitation"));
    }

    void defaultLanguageFollowsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan) << QStringLiteral("ja");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("en");
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("en");
        QTest::newRow("C") << QLocale::c() << QStringLiteral("en");
    }

    void defaultLanguageFollowsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, language);
        QCOMPARE(StarterTemplates::defaultLanguage(locale), language);
    }

    void unknownStarterIsRefused()
    {
        const auto unknown = StarterTemplates::load(QStringLiteral("flyer"), QStringLiteral("ja"));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().contains(QStringLiteral("flyer")));
        QVERIFY(!StarterTemplates::load(QStringLiteral("newsletter"), QStringLiteral("fr")));
    }

    void badAssetsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("assets");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << QByteArray(R"([{"mimeType": "image/png", "data": "iVBORw0KGgo="}])")
                                 << QStringLiteral("number 1");
        QTest::newRow("no type") << QByteArray(R"([{"name": "a.png", "data": "iVBORw0KGgo="}])")
                                 << QStringLiteral("a.png");
        QTest::newRow("bad base64") << QByteArray(R"([{"name": "b.png", "mimeType": "image/png", "data": "@@@"}])")
                                    << QStringLiteral("b.png");
        QTest::newRow("no data") << QByteArray(R"([{"name": "c.png", "mimeType": "image/png"}])")
                                 << QStringLiteral("c.png");
    }

    void badAssetsAreRefused()
    {
        QFETCH(QByteArray, assets);
        QFETCH(QString, mentions);
        const auto parsed = StarterTemplates::parseAssets(QJsonDocument::fromJson(assets).array());
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
    }

    void starter_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("language");
        for (const StarterTemplate& starter : StarterTemplates::list())
            QTest::newRow(qPrintable(starter.id + QLatin1Char('-') + starter.language))
                << starter.id << starter.language;
    }

    void starter()
    {
        QFETCH(QString, id);
        QFETCH(QString, language);
        const auto loaded = StarterTemplates::load(id, language);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        const TemplateDocument& document = loaded->document;
        QCOMPARE(document.kind, TemplateDocument::Kind::Blocks);
        QCOMPARE(document.language, language);
        QVERIFY(!document.name.isEmpty());
        QVERIFY(!document.settings.preheader.isEmpty());

        // The file is small enough to ship and to import (images included).
        QFile file(StarterTemplate {id, language, {}}.resourcePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.size() < 60 * 1024, qPrintable(QString::number(file.size())));

        // The sender block: name and postal address; the footer brings the unsubscribe link.
        const QList<TemplateBlock> footers = blocksOfType(document, TemplateBlock::Type::Footer);
        QCOMPARE(footers.size(), 1);
        QCOMPARE(document.blocks.constLast().type, TemplateBlock::Type::Footer);
        QVERIFY(!footers[0].text(QStringLiteral("senderName")).isEmpty());
        QVERIFY(!footers[0].text(QStringLiteral("address")).isEmpty());
        QVERIFY(!footers[0].text(QStringLiteral("contact")).isEmpty());

        // What the issue asks of a professional starter: a heading, text, a call to action, merge fields.
        QVERIFY(!blocksOfType(document, TemplateBlock::Type::Heading).isEmpty());
        QVERIFY(!blocksOfType(document, TemplateBlock::Type::Text).isEmpty());
        QVERIFY(!blocksOfType(document, TemplateBlock::Type::Button).isEmpty());
        QVERIFY(!blocksOfType(document, TemplateBlock::Type::Divider).isEmpty());
        QVERIFY(!blocksOfType(document, TemplateBlock::Type::Spacer).isEmpty());
        if (id == QLatin1String("newsletter") || id == QLatin1String("event"))
            QVERIFY(!blocksOfType(document, TemplateBlock::Type::Columns).isEmpty());
        const QString greeting = language == QLatin1String("ja") ? QStringLiteral("{{full_name|お客様}}様")
                                                                 : QStringLiteral("{{first_name|");
        QVERIFY(QString::fromUtf8(document.toJson()).contains(greeting));

        // Every image: alt text, an embedded picture it names, the block's size in the picture's proportions.
        QStringList used;
        for (const TemplateBlock& image : blocksOfType(document, TemplateBlock::Type::Image)) {
            QVERIFY2(!image.text(QStringLiteral("alt")).trimmed().isEmpty(), qPrintable(image.id));
            const QString src = image.text(QStringLiteral("src"));
            QVERIFY2(src.startsWith(QLatin1String("asset:")), qPrintable(src));
            const QString name = src.mid(6);
            used.append(name);
            const auto asset = std::find_if(
                loaded->assets.cbegin(), loaded->assets.cend(), [&](const TemplateAsset& a) { return a.name == name; });
            QVERIFY2(asset != loaded->assets.cend(), qPrintable(name));
            QCOMPARE(asset->mimeType, QByteArrayLiteral("image/png"));
            const auto size = pngSize(asset->data);
            QVERIFY2(size, qPrintable(name));
            QCOMPARE(size->width(), asset->width);
            QCOMPARE(size->height(), asset->height);
            // Drawn at twice the shown width: sharp on high-DPI screens.
            const int width = image.integer(QStringLiteral("width"), 0);
            QVERIFY(width > 0 && width <= document.settings.contentWidth);
            QVERIFY2(asset->width >= 2 * width, qPrintable(name));
            QVERIFY(qAbs(image.integer(QStringLiteral("height"), 0) - width * asset->height / asset->width) <= 1);
        }
        QVERIFY(!used.isEmpty());
        for (const TemplateAsset& asset : loaded->assets)
            QVERIFY2(used.contains(asset.name), qPrintable(asset.name + QStringLiteral(" is never shown")));

#ifdef TAYORI_HAVE_RENDERER
        // With no custom fields known: the starters use only the standard ones.
        const RenderedTemplate rendered = TemplateRenderer::render(document, {});
        for (const PreflightIssue& issue : rendered.issues) {
            QVERIFY2(issue.severity != PreflightIssue::Severity::Error,
                     qPrintable(issue.code + QStringLiteral(": ") + issue.message));
        }
        QVERIFY(rendered.html.toUtf8().size() < TemplateRenderer::GmailClipBytes);
        QVERIFY(rendered.html.contains(QStringLiteral("{{unsubscribe_url}}")));
        QVERIFY(rendered.html.contains(footers[0].text(QStringLiteral("address")).toHtmlEscaped()));
        for (const TemplateAsset& asset : loaded->assets)
            QVERIFY2(rendered.assets.contains(asset.name), qPrintable(asset.name));
#endif
    }
};

QTEST_GUILESS_MAIN(TestStarterTemplates)
#include "tst_startertemplates.moc"
