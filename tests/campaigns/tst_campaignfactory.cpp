// Tests for CampaignFactory: a campaign's content from a stored template (HTML, text, inline images, preheader)
// and its sender, DKIM keys and relay from Settings.
#include <memory>

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "campaigns/CampaignFactory.h"
#include "senders/DkimKeyStore.h"
#include "senders/RelayStore.h"
#include "senders/SenderIdentityStore.h"
#include "templates/TemplateStore.h"
#include "web/PublicAddress.h"

using namespace Qt::StringLiterals;

class TestCampaignFactory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void applyTemplate_data();
    void applyTemplate();
    void missingTemplateIsNamed();
    void applySender_data();
    void applySender();

private:
    qint64 storeTemplate(bool hosted);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TestCampaignFactory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("HOME", m_dir->path().toUtf8()); // the outbox default stays inside the test
    auto db = Database::open(m_dir->filePath(u"factory.sqlite"_s));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = *db;
}

qint64 TestCampaignFactory::storeTemplate(bool hosted)
{
    auto document = TemplateDocument::fromJson(
        QStringLiteral(R"({"format": "tayori-template", "version": 1, "kind": "blocks", "name": "週報",
            "language": "ja", "settings": {"preheader": "テンプレートの前置き", "imageDelivery": "%1"},
            "blocks": [
              {"id": "h", "type": "heading", "text": "{{first_name|お客様}}、こんにちは", "level": 1},
              {"id": "i", "type": "image", "src": "asset:logo.png", "alt": "ロゴ"},
              {"id": "f", "type": "footer", "senderName": "株式会社サンプル", "address": "東京都千代田区1-1"}
            ]})")
            .arg(hosted ? u"hosted"_s : u"inline"_s)
            .toUtf8());
    if (!document) {
        qFatal("%s", qPrintable(document.error()));
    }
    TemplateStore templates(*m_db);
    auto id = templates.create(*document);
    if (!id) {
        qFatal("%s", qPrintable(id.error()));
    }
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto asset = templates.addAsset(*id, u"logo.png"_s, png, 600);
    if (!asset || asset->name != u"logo.png"_s) {
        qFatal("asset not stored");
    }
    return *id;
}

void TestCampaignFactory::applyTemplate_data()
{
    QTest::addColumn<bool>("hosted");
    QTest::addColumn<QString>("ownPreheader");
    QTest::newRow("inline images, the template's preheader") << false << QString();
    QTest::newRow("inline images, the campaign's preheader") << false << u"{{first_name}}様だけの前置き"_s;
    QTest::newRow("hosted images") << true << QString();
}

void TestCampaignFactory::applyTemplate()
{
    QFETCH(bool, hosted);
    QFETCH(QString, ownPreheader);
    const qint64 templateId = storeTemplate(hosted);
    Campaign campaign;
    campaign.baseUrl = u"https://mail.example.jp"_s;
    campaign.preheader = ownPreheader;
    QStringList warnings;
    const Status applied = CampaignFactory::applyTemplate(*m_db, templateId, campaign, &warnings);
    QVERIFY2(applied, qPrintable(applied.error()));
    QCOMPARE(campaign.templateId, templateId);
    QVERIFY(campaign.html.contains(u"{{first_name|お客様}}"_s)); // merge fields untouched
    QVERIFY(campaign.text.contains(u"{{first_name|お客様}}"_s));
    const QString preheader = ownPreheader.isEmpty() ? u"テンプレートの前置き"_s : ownPreheader;
    QCOMPARE(campaign.preheader, preheader);
    QVERIFY2(campaign.html.contains(preheader), "the preheader is rendered into the HTML");
    if (hosted) {
        QVERIFY(campaign.inlineImages.isEmpty());
        QVERIFY(campaign.html.contains(u"https://mail.example.jp/a/%1/logo.png"_s.arg(templateId)));
    } else {
        QCOMPARE(campaign.inlineImages.size(), 1);
        QCOMPARE(campaign.inlineImages.first().contentId, QByteArray("logo.png"));
        QCOMPARE(campaign.inlineImages.first().mimeType, QByteArray("image/png"));
        QVERIFY(campaign.html.contains(u"cid:logo.png"_s));
    }
}

void TestCampaignFactory::missingTemplateIsNamed()
{
    Campaign campaign;
    const Status applied = CampaignFactory::applyTemplate(*m_db, 4711, campaign);
    QVERIFY(!applied);
    QVERIFY2(applied.error().contains(u"4711"_s), qPrintable(applied.error()));
    QCOMPARE(campaign.templateId, 0LL);
}

void TestCampaignFactory::applySender_data()
{
    QTest::addColumn<bool>("relay");
    QTest::addColumn<bool>("chooseSecond");  // the second identity by id, not the default
    QTest::addColumn<QString>("webAddress"); // Settings → General
    QTest::newRow("default identity, no relay: the outbox") << false << false << QString();
    QTest::newRow("outbox ignores the web address") << false << false << u"https://news.example.jp"_s;
    QTest::newRow("chosen identity, default relay") << true << true << QString();
    QTest::newRow("relay and web address") << true << false << u"https://news.example.jp/"_s;
}

void TestCampaignFactory::applySender()
{
    QFETCH(bool, relay);
    QFETCH(bool, chooseSecond);
    QFETCH(QString, webAddress);
    if (!webAddress.isEmpty()) {
        const Status saved = PublicAddress::save(*m_db, webAddress);
        QVERIFY2(saved, qPrintable(saved.error()));
    }
    SenderIdentityStore identities(*m_db);
    SenderIdentity first {
        0, u"便り通信"_s, u"news@example.jp"_s, u"support@example.jp"_s, u"bounce.example.jp"_s, true};
    SenderIdentity second {0, u"別ブランド"_s, u"info@other.example"_s, QString(), QString(), false};
    auto firstId = identities.add(first);
    auto secondId = identities.add(second);
    QVERIFY(firstId && secondId);
    DkimKeyStore keys(*m_db, m_dir->filePath(u"dkim"_s));
    QVERIFY(keys.generate(u"example.jp"_s, u"ed1"_s, DkimKey::Algorithm::Ed25519));
    QVERIFY(keys.generate(u"example.jp"_s, u"rsa1"_s, DkimKey::Algorithm::Rsa));
    QVERIFY(keys.generate(u"unrelated.example"_s, u"x"_s, DkimKey::Algorithm::Ed25519));
    if (relay) {
        Relay stored;
        stored.name = u"社内"_s;
        stored.url = u"smtp://mailer@smtp.example.jp:587"_s;
        stored.connections = 6;
        stored.rate = 12.5;
        QVERIFY(RelayStore(*m_db).add(stored));
    }

    Campaign campaign;
    campaign.dkimDomain = u"stale.example"_s; // from an earlier choice: replaced
    const Status applied = CampaignFactory::applySender(*m_db, chooseSecond ? *secondId : 0, campaign);
    QVERIFY2(applied, qPrintable(applied.error()));
    if (chooseSecond) {
        QCOMPARE(campaign.fromAddress, u"info@other.example"_s);
        QVERIFY2(campaign.dkimKeyPath.isEmpty(), "no key of other.example: unsigned (the pre-flight says so)");
    } else {
        QCOMPARE(campaign.fromName, u"便り通信"_s);
        QCOMPARE(campaign.fromAddress, u"news@example.jp"_s);
        QCOMPARE(campaign.replyTo, u"support@example.jp"_s);
        QCOMPARE(campaign.bounceDomain, u"bounce.example.jp"_s);
        // RSA first, then Ed25519: both signatures.
        QCOMPARE(campaign.dkimSelector, u"rsa1"_s);
        QCOMPARE(campaign.dkimSelector2, u"ed1"_s);
        QVERIFY(campaign.dkimKeyPath.startsWith(m_dir->filePath(u"dkim"_s)));
        QVERIFY(!campaign.dkimKeyPath2.isEmpty());
    }
    QVERIFY(campaign.dkimDomain.isEmpty());
    if (relay) {
        QCOMPARE(campaign.transportUrl, u"smtp://mailer@smtp.example.jp:587"_s);
        QCOMPARE(campaign.connections, 6);
        QCOMPARE(campaign.rate, 12.5);
        // A real relay links to the web address from Settings (stored without the trailing slash); none set: empty,
        // and the pre-flight stops the send.
        QCOMPARE(campaign.baseUrl, webAddress.isEmpty() ? QString() : u"https://news.example.jp"_s);
    } else {
        QVERIFY2(campaign.transportUrl.startsWith(u"file://"_s), qPrintable(campaign.transportUrl));
        QCOMPARE(campaign.baseUrl, u"http://127.0.0.1:8080"_s);
    }
}

QTEST_GUILESS_MAIN(TestCampaignFactory)
#include "tst_campaignfactory.moc"
