// Tests of TemplateStore on a real SQLite file: the library's operations, images (checked, scaled, refused) and the
// .json export/import, which must store nothing when any part of a file is bad.
#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include "templates/TemplateStore.h"

namespace {
TemplateDocument sampleDocument(const QString& name)
{
    auto document = TemplateDocument::fromJson(QStringLiteral(R"({
      "format": "tayori-template", "version": 1, "kind": "blocks", "name": "%1", "language": "ja",
      "settings": {"contentWidth": 600, "preheader": "今月の便り"},
      "blocks": [
        {"id": "h", "type": "heading", "text": "{{first_name|お客様}}、こんにちは", "level": 1},
        {"id": "i", "type": "image", "src": "asset:logo.png", "alt": "ロゴ"},
        {"id": "f", "type": "footer", "senderName": "株式会社サンプル", "address": "東京都千代田区"}
      ]})")
                                                   .arg(name)
                                                   .toUtf8());
    if (!document) {
        qFatal("sample does not parse: %s", qPrintable(document.error()));
    }
    return document.value();
}

// A picture with detail in it (a gradient and a shape), so a wrong scale or a lost image shows.
QImage picture(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            image.setPixel(x, y, qRgb(255 * x / width, 255 * y / height, 128));
        }
    }
    QPainter painter(&image);
    painter.fillRect(width / 4, height / 4, width / 2, height / 2, Qt::black);
    return image;
}

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format)) {
        qFatal("cannot encode %s", format);
    }
    return bytes;
}

QSize sizeOf(const QByteArray& bytes)
{
    QImage image;
    image.loadFromData(bytes);
    return image.size();
}

QByteArray formatOf(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader::imageFormat(&buffer);
}

quint32 crc32(const QByteArray& bytes)
{
    quint32 crc = 0xffffffffU;
    for (const char c : bytes) {
        crc ^= static_cast<quint8>(c);
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xedb88320U & (0U - (crc & 1U)));
        }
    }
    return ~crc;
}

// A real 1×1 PNG whose header claims `width`×`height`: a few hundred bytes that would need gigabytes to decode.
QByteArray pngClaiming(int width, int height)
{
    QByteArray png = encoded(picture(1, 1), "png");
    // Signature (8), IHDR length (4), "IHDR" (4), then width and height, then the rest of the 13-byte IHDR data.
    qToBigEndian<quint32>(static_cast<quint32>(width), png.data() + 16);
    qToBigEndian<quint32>(static_cast<quint32>(height), png.data() + 20);
    qToBigEndian<quint32>(crc32(png.mid(12, 4 + 13)), png.data() + 12 + 4 + 13);
    return png;
}
} // namespace

class TestTemplateStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createLoadSave();
    void createRefusesTakenAndEmptyNames();
    void listIsByNameAndRenameChecksNames();
    void duplicateCopiesAssets();
    void removeTakesAssetsAlong();
    void thumbnail();

    void addAsset_data();
    void addAsset();
    void assetNamesAreUniqueAndFromContent();
    void refusesTextNamedPng();
    void refusesHugeFileWithoutDecoding();
    void refusesDecompressionBomb();

    void exportImportRoundTrip();
    void importRefusesAndStoresNothing_data();
    void importRefusesAndStoresNothing();

private:
    int rowCount(const QString& table) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TemplateStore> m_store;
    std::optional<Database> m_database;
};

void TestTemplateStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<Database> database = Database::open(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    m_database = database.value();
    m_store = std::make_unique<TemplateStore>(*m_database);
}

void TestTemplateStore::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

int TestTemplateStore::rowCount(const QString& table) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

void TestTemplateStore::createLoadSave()
{
    TemplateDocument document = sampleDocument(QStringLiteral("ニュースレター"));
    const Result<qint64> id = m_store->create(document);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    Result<TemplateDocument> loaded = m_store->load(*id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->toJsonObject(), document.toJsonObject());

    document.settings.preheader = QStringLiteral("来月の便り");
    QVERIFY(document.takeBlock(QStringLiteral("i")).has_value());
    document.name = QStringLiteral("ignored by save");
    QVERIFY(m_store->save(*id, document).ok());
    loaded = m_store->load(*id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->settings.preheader, QStringLiteral("来月の便り"));
    QCOMPARE(loaded->blockIds(), (QStringList {QStringLiteral("h"), QStringLiteral("f")}));
    QCOMPARE(loaded->name, QStringLiteral("ニュースレター")); // renaming is rename()'s job

    const Status missing = m_store->save(*id + 100, document);
    QVERIFY(!missing.ok());
    QVERIFY(!m_store->load(*id + 100).ok());
    QCOMPARE(rowCount(QStringLiteral("templates")), 1);
}

void TestTemplateStore::createRefusesTakenAndEmptyNames()
{
    QVERIFY(m_store->create(sampleDocument(QStringLiteral("News"))).ok());
    const Result<qint64> taken = m_store->create(sampleDocument(QStringLiteral("news ")));
    QVERIFY(!taken.ok());
    QVERIFY2(taken.error().contains(QStringLiteral("\"news\"")), qPrintable(taken.error()));
    QVERIFY(!m_store->create(sampleDocument(QStringLiteral("  "))).ok());
    QCOMPARE(rowCount(QStringLiteral("templates")), 1);
}

void TestTemplateStore::listIsByNameAndRenameChecksNames()
{
    const qint64 b = m_store->create(sampleDocument(QStringLiteral("b"))).value();
    const qint64 a = m_store->create(sampleDocument(QStringLiteral("A"))).value();
    const qint64 c = m_store->create(sampleDocument(QStringLiteral("c"))).value();
    QList<TemplateSummary> all = m_store->list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).id, a);
    QCOMPARE(all.at(1).id, b);
    QCOMPARE(all.at(2).id, c);
    QCOMPARE(all.at(0).kind, TemplateDocument::Kind::Blocks);
    QVERIFY(qAbs(all.at(0).updatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(all.at(0).updatedAt.timeSpec(), Qt::UTC);

    QVERIFY(m_store->rename(c, QStringLiteral("0 first")).ok());
    QVERIFY(!m_store->rename(a, QStringLiteral("B")).ok()); // taken, whatever the case
    QVERIFY(!m_store->rename(a, QString()).ok());
    QVERIFY(m_store->rename(a, QStringLiteral("a")).ok()); // its own name in another case is fine
    all = m_store->list();
    QCOMPARE(all.at(0).name, QStringLiteral("0 first"));
    QCOMPARE(all.at(1).name, QStringLiteral("a"));
    QCOMPARE(m_store->load(c)->name, QStringLiteral("0 first"));
}

void TestTemplateStore::duplicateCopiesAssets()
{
    const qint64 id = m_store->create(sampleDocument(QStringLiteral("原本"))).value();
    const QByteArray png = encoded(picture(40, 20), "png");
    QVERIFY(m_store->addAsset(id, QStringLiteral("logo.png"), png, 600).ok());
    QVERIFY(m_store->setThumbnail(id, png).ok());

    QVERIFY(!m_store->duplicate(id, QStringLiteral("原本")).ok());
    const Result<qint64> copy = m_store->duplicate(id, QStringLiteral("複製"));
    QVERIFY2(copy.ok(), qPrintable(copy.error()));
    QCOMPARE(m_store->load(*copy)->name, QStringLiteral("複製"));
    QCOMPARE(m_store->load(*copy)->blocks.size(), m_store->load(id)->blocks.size());
    const QList<TemplateAsset> copied = m_store->assets(*copy);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.first().name, QStringLiteral("logo.png"));
    QCOMPARE(copied.first().data, png);

    // The copy's images are its own: removing the original leaves them.
    QVERIFY(m_store->remove(id).ok());
    QCOMPARE(m_store->assets(*copy).size(), 1);
    QCOMPARE(m_store->list().first().thumbnailPng, png);
}

void TestTemplateStore::removeTakesAssetsAlong()
{
    const qint64 id = m_store->create(sampleDocument(QStringLiteral("消す"))).value();
    const qint64 other = m_store->create(sampleDocument(QStringLiteral("残す"))).value();
    const QByteArray png = encoded(picture(10, 10), "png");
    QVERIFY(m_store->addAsset(id, QStringLiteral("a.png"), png, 600).ok());
    QVERIFY(m_store->addAsset(id, QStringLiteral("b.png"), png, 600).ok());
    QVERIFY(m_store->addAsset(other, QStringLiteral("a.png"), png, 600).ok());
    QCOMPARE(rowCount(QStringLiteral("template_assets")), 3);

    QVERIFY(m_store->remove(id).ok());
    QCOMPARE(rowCount(QStringLiteral("template_assets")), 1);
    QCOMPARE(m_store->assets(id).size(), 0);
    QVERIFY(!m_store->load(id).ok());
    QVERIFY(!m_store->remove(id).ok()); // already gone: said, not silently ignored
    QCOMPARE(m_store->list().size(), 1);
}

void TestTemplateStore::thumbnail()
{
    const qint64 id = m_store->create(sampleDocument(QStringLiteral("t"))).value();
    QVERIFY(m_store->list().first().thumbnailPng.isEmpty());
    const QByteArray png = encoded(picture(8, 8), "png");
    QVERIFY(m_store->setThumbnail(id, png).ok());
    QCOMPARE(m_store->list().first().thumbnailPng, png);
    QVERIFY(!m_store->setThumbnail(id + 1, png).ok());
}

void TestTemplateStore::addAsset_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("contentWidth");
    QTest::addColumn<QSize>("expectedSize");
    QTest::addColumn<QByteArray>("expectedMime");
    QTest::addColumn<QString>("expectedName");
    QTest::addColumn<bool>("keepsBytes");

    QTest::newRow("small png kept") << QByteArray("png") << QSize(300, 100) << 600 << QSize(300, 100)
                                    << QByteArray("image/png") << QStringLiteral("pic.png") << true;
    QTest::newRow("png at 2x kept") << QByteArray("png") << QSize(1200, 300) << 600 << QSize(1200, 300)
                                    << QByteArray("image/png") << QStringLiteral("pic.png") << true;
    QTest::newRow("wide png scaled to 2x") << QByteArray("png") << QSize(2400, 600) << 600 << QSize(1200, 300)
                                           << QByteArray("image/png") << QStringLiteral("pic.png") << false;
    QTest::newRow("content width 480") << QByteArray("png") << QSize(2000, 1000) << 480 << QSize(960, 480)
                                       << QByteArray("image/png") << QStringLiteral("pic.png") << false;
    QTest::newRow("small jpeg kept") << QByteArray("jpeg") << QSize(640, 480) << 600 << QSize(640, 480)
                                     << QByteArray("image/jpeg") << QStringLiteral("pic.jpg") << true;
    QTest::newRow("wide jpeg stays jpeg") << QByteArray("jpeg") << QSize(3000, 2000) << 600 << QSize(1200, 800)
                                          << QByteArray("image/jpeg") << QStringLiteral("pic.jpg") << false;
    QTest::newRow("small webp kept") << QByteArray("webp") << QSize(320, 200) << 600 << QSize(320, 200)
                                     << QByteArray("image/webp") << QStringLiteral("pic.webp") << true;
    QTest::newRow("wide webp becomes png") << QByteArray("webp") << QSize(1600, 400) << 600 << QSize(1200, 300)
                                           << QByteArray("image/png") << QStringLiteral("pic.png") << false;
    QTest::newRow("small gif kept") << QByteArray("gif") << QSize(1, 1) << 600 << QSize(1, 1) << QByteArray("image/gif")
                                    << QStringLiteral("pic.gif") << true;
}

void TestTemplateStore::addAsset()
{
    QFETCH(QByteArray, format);
    QFETCH(QSize, size);
    QFETCH(int, contentWidth);
    QFETCH(QSize, expectedSize);
    QFETCH(QByteArray, expectedMime);
    QFETCH(QString, expectedName);
    QFETCH(bool, keepsBytes);
    // WebP comes from Qt's image-format plugins, a declared dependency: its absence is a failure, not a skip.
    QVERIFY2(QImageReader::supportedImageFormats().contains(format),
             qPrintable(QStringLiteral("no Qt image plugin for %1: install qt6-image-formats-plugins "
                                       "(scripts/bootstrap.sh does)")
                            .arg(QString::fromLatin1(format))));

    const qint64 id = m_store->create(sampleDocument(QStringLiteral("images"))).value();
    // Qt writes no GIF: that one is the classic 1×1 GIF, byte for byte.
    const QByteArray bytes = format == "gif" ? QByteArray("GIF89a\x01\0\x01\0\x80\0\0\xff\xff\xff\0\0\0!\xf9\x04\x01\0"
                                                          "\0\0\0,\0\0\0\0\x01\0\x01\0\0\x02\x02\x44\x01\0;",
                                                          43)
                                             : encoded(picture(size.width(), size.height()), format.constData());
    const Result<TemplateAsset> asset
        = m_store->addAsset(id, QStringLiteral("pic.") + QString::fromLatin1(format), bytes, contentWidth);
    QVERIFY2(asset.ok(), qPrintable(asset.error()));
    QCOMPARE(asset->name, expectedName);
    QCOMPARE(asset->mimeType, expectedMime);
    QCOMPARE(QSize(asset->width, asset->height), expectedSize);
    QCOMPARE(sizeOf(asset->data), expectedSize); // the bytes are what the record says
    QCOMPARE(asset->data == bytes, keepsBytes);
    QCOMPARE(formatOf(asset->data), expectedMime.mid(6)); // "image/png" → "png"

    const Result<TemplateAsset> stored = m_store->asset(id, expectedName);
    QVERIFY(stored.ok());
    QCOMPARE(stored->data, asset->data);
    QCOMPARE(stored->mimeType, expectedMime);
    QCOMPARE(stored->width, expectedSize.width());
}

void TestTemplateStore::assetNamesAreUniqueAndFromContent()
{
    const qint64 id = m_store->create(sampleDocument(QStringLiteral("names"))).value();
    const QByteArray png = encoded(picture(20, 20), "png");
    QCOMPARE(m_store->addAsset(id, QStringLiteral("/home/u/logo.png"), png, 600)->name, QStringLiteral("logo.png"));
    QCOMPARE(m_store->addAsset(id, QStringLiteral("logo.png"), png, 600)->name, QStringLiteral("logo-2.png"));
    QCOMPARE(m_store->addAsset(id, QStringLiteral("LOGO.png"), png, 600)->name, QStringLiteral("LOGO-3.png"));
    // The content decides the type, not the file name; names become Content-IDs, so ASCII only.
    QCOMPARE(m_store->addAsset(id, QStringLiteral("photo.jpeg"), png, 600)->name, QStringLiteral("photo.png"));
    QCOMPARE(m_store->addAsset(id, QStringLiteral("会社 ロゴ (最終).PNG"), png, 600)->name,
             QStringLiteral("image.png"));
    QCOMPARE(m_store->addAsset(id, QStringLiteral("My Logo (final).png"), png, 600)->name,
             QStringLiteral("My-Logo-final.png"));
    QCOMPARE(m_store->assets(id).size(), 6);
}

void TestTemplateStore::refusesTextNamedPng()
{
    const qint64 id = m_store->create(sampleDocument(QStringLiteral("text"))).value();
    const Result<TemplateAsset> asset
        = m_store->addAsset(id, QStringLiteral("/tmp/notes.png"), QByteArrayLiteral("これは画像ではありません\n"), 600);
    QVERIFY(!asset.ok());
    QVERIFY2(asset.error().contains(QStringLiteral("notes.png")), qPrintable(asset.error()));
    QVERIFY2(asset.error().contains(QStringLiteral("not a PNG, JPEG, GIF or WebP image")), qPrintable(asset.error()));
    // A real image, but not one every mail client shows.
    const Result<TemplateAsset> bmp
        = m_store->addAsset(id, QStringLiteral("scan.png"), encoded(picture(4, 4), "bmp"), 600);
    QVERIFY(!bmp.ok());
    QVERIFY2(bmp.error().contains(QStringLiteral("\"scan.png\" is not a PNG")), qPrintable(bmp.error()));
    QCOMPARE(rowCount(QStringLiteral("template_assets")), 0);
}

void TestTemplateStore::refusesHugeFileWithoutDecoding()
{
    const qint64 id = m_store->create(sampleDocument(QStringLiteral("huge"))).value();
    // A valid small PNG padded to 21 MB: a decoder would read it happily (bytes after IEND are ignored), so only
    // the size check can refuse it.
    QByteArray bytes = encoded(picture(10, 10), "png");
    QVERIFY(!QImage::fromData(bytes).isNull());
    bytes.append(QByteArray(21 * 1024 * 1024 - bytes.size(), '\0'));
    QVERIFY(!QImage::fromData(bytes).isNull());
    const Result<TemplateAsset> asset = m_store->addAsset(id, QStringLiteral("big.png"), bytes, 600);
    QVERIFY(!asset.ok());
    QVERIFY2(asset.error().contains(QStringLiteral("21.0 MB")) && asset.error().contains(QStringLiteral("big.png")),
             qPrintable(asset.error()));
    QCOMPARE(rowCount(QStringLiteral("template_assets")), 0);
}

void TestTemplateStore::refusesDecompressionBomb()
{
    const qint64 id = m_store->create(sampleDocument(QStringLiteral("bomb"))).value();
    const QByteArray bomb = pngClaiming(30000, 30000);
    QVERIFY(bomb.size() < 1024);
    {
        QByteArray bytes = bomb;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(QImageReader(&buffer).size(), QSize(30000, 30000)); // the header is valid: the test is real
    }
    QElapsedTimer timer;
    timer.start();
    const Result<TemplateAsset> asset = m_store->addAsset(id, QStringLiteral("bomb.png"), bomb, 600);
    QVERIFY(!asset.ok());
    QVERIFY2(asset.error().contains(QStringLiteral("30000×30000")), qPrintable(asset.error()));
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(rowCount(QStringLiteral("template_assets")), 0);
}

void TestTemplateStore::exportImportRoundTrip()
{
    const TemplateDocument document = sampleDocument(QStringLiteral("往復"));
    const qint64 id = m_store->create(document).value();
    const TemplateAsset logo
        = m_store->addAsset(id, QStringLiteral("logo.png"), encoded(picture(300, 80), "png"), 600).value();
    const TemplateAsset photo
        = m_store->addAsset(id, QStringLiteral("photo.jpg"), encoded(picture(200, 150), "jpeg"), 600).value();

    const Result<QByteArray> exported = m_store->exportJson(id);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    const QJsonObject object = QJsonDocument::fromJson(*exported).object();
    QCOMPARE(object.value(QStringLiteral("format")).toString(), QStringLiteral("tayori-template"));
    const QJsonArray assets = object.value(QStringLiteral("assets")).toArray();
    QCOMPARE(assets.size(), 2);
    QCOMPARE(assets.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("logo.png"));
    QCOMPARE(assets.at(0).toObject().value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/png"));
    QCOMPARE(assets.at(0).toObject().value(QStringLiteral("width")).toInt(), 300);
    QCOMPARE(QByteArray::fromBase64(assets.at(0).toObject().value(QStringLiteral("data")).toString().toLatin1()),
             logo.data);

    const Result<qint64> imported = m_store->importJson(*exported);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QVERIFY(*imported != id);
    TemplateDocument loaded = m_store->load(*imported).value();
    QCOMPARE(loaded.name, QStringLiteral("往復 (2)")); // the name was taken
    loaded.name = document.name;
    QCOMPARE(loaded.toJsonObject(), document.toJsonObject());
    const QList<TemplateAsset> importedAssets = m_store->assets(*imported);
    QCOMPARE(importedAssets.size(), 2);
    for (const TemplateAsset& original : {logo, photo}) {
        const TemplateAsset copy = m_store->asset(*imported, original.name).value();
        QCOMPARE(copy.data, original.data);
        QCOMPARE(copy.mimeType, original.mimeType);
        QCOMPARE(copy.width, original.width);
        QCOMPARE(copy.height, original.height);
    }
    QCOMPARE(m_store->load(m_store->importJson(*exported).value())->name, QStringLiteral("往復 (3)"));
}

void TestTemplateStore::importRefusesAndStoresNothing_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("corrupt json") << QStringLiteral("truncate") << QStringLiteral("JSON is invalid");
    QTest::newRow("newer version") << QStringLiteral("version") << QStringLiteral("newer Tayori");
    QTest::newRow("bad base64") << QStringLiteral("base64")
                                << QStringLiteral("\"photo.jpg\" in the template file is "
                                                  "not valid base64");
    QTest::newRow("asset not an image") << QStringLiteral("text") << QStringLiteral("\"photo.jpg\" is not a PNG");
    QTest::newRow("asset a bomb") << QStringLiteral("bomb") << QStringLiteral("30000×30000");
    QTest::newRow("asset name with a path") << QStringLiteral("path") << QStringLiteral("../x.png");
    QTest::newRow("two assets of one name") << QStringLiteral("twice") << QStringLiteral("two images named");
    QTest::newRow("assets not a list") << QStringLiteral("notlist") << QStringLiteral("not a list of images");
}

void TestTemplateStore::importRefusesAndStoresNothing()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    const qint64 id = m_store->create(sampleDocument(QStringLiteral("元"))).value();
    QVERIFY(m_store->addAsset(id, QStringLiteral("logo.png"), encoded(picture(30, 30), "png"), 600).ok());
    QVERIFY(m_store->addAsset(id, QStringLiteral("photo.jpg"), encoded(picture(30, 30), "jpeg"), 600).ok());
    QByteArray json = m_store->exportJson(id).value();
    QVERIFY(m_store->importJson(json).ok()); // unchanged, the file is good
    const int templatesBefore = rowCount(QStringLiteral("templates"));
    const int assetsBefore = rowCount(QStringLiteral("template_assets"));

    QJsonObject object = QJsonDocument::fromJson(json).object();
    QJsonArray assets = object.value(QStringLiteral("assets")).toArray();
    // The second asset is the bad one: the first would have been stored already by a careless importer.
    QJsonObject second = assets.at(1).toObject();
    if (change == QLatin1String("truncate")) {
        json.chop(json.size() / 2);
    } else {
        if (change == QLatin1String("version")) {
            object.insert(QStringLiteral("version"), TemplateDocument::CurrentVersion + 1);
        } else if (change == QLatin1String("base64")) {
            second.insert(QStringLiteral("data"), QStringLiteral("!!not base64!!"));
        } else if (change == QLatin1String("text")) {
            second.insert(QStringLiteral("data"), QString::fromLatin1(QByteArrayLiteral("just text").toBase64()));
        } else if (change == QLatin1String("bomb")) {
            second.insert(QStringLiteral("data"), QString::fromLatin1(pngClaiming(30000, 30000).toBase64()));
        } else if (change == QLatin1String("path")) {
            second.insert(QStringLiteral("name"), QStringLiteral("../x.png"));
        } else if (change == QLatin1String("twice")) {
            second.insert(QStringLiteral("name"), QStringLiteral("logo.png"));
        }
        assets.replace(1, second);
        object.insert(QStringLiteral("assets"), assets);
        if (change == QLatin1String("notlist")) {
            object.insert(QStringLiteral("assets"), QStringLiteral("logo.png"));
        }
        json = QJsonDocument(object).toJson();
    }
    const Result<qint64> imported = m_store->importJson(json);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(expected), qPrintable(imported.error()));
    QCOMPARE(rowCount(QStringLiteral("templates")), templatesBefore);
    QCOMPARE(rowCount(QStringLiteral("template_assets")), assetsBefore);
}

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "tst_templatestore.moc"
