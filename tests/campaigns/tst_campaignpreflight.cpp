// Tests for CampaignPreflight: each check's verdict on a good campaign and on one thing wrong at a time.
#include <memory>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "campaigns/CampaignPreflight.h"
#include "campaigns/CampaignStore.h"
#include "contacts/ContactRepository.h"
#include "dkim/DkimKey.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateStore.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PreflightCheck::Level)

namespace {
const char* const footer = R"({"id": "f", "type": "footer", "senderName": "株式会社サンプル",
    "address": "東京都千代田区1-1"})";
}

class TestCampaignPreflight : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void check_data();
    void check();
    void notScheduledHasNoScheduleCheck();

private:
    Campaign goodCampaign() const;
    qint64 storeTemplate(const QString& name, const QString& blocks);

    QTemporaryDir m_keys;
    QString m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TestCampaignPreflight::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto key = DkimKey::generate(DkimKey::Algorithm::Ed25519);
    QVERIFY(key);
    m_key = m_keys.filePath(u"ed.pem"_s);
    QVERIFY(key->writePrivateKey(m_key));
}

void TestCampaignPreflight::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"preflight.sqlite"_s));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = *db;
}

Campaign TestCampaignPreflight::goodCampaign() const
{
    Campaign c;
    c.name = u"12月号"_s;
    c.subject = u"【お知らせ】{{last_name}}様へ"_s;
    c.preheader = u"{{first_name|お客様}}へ今月の便り"_s;
    c.fromName = u"便り通信"_s;
    c.fromAddress = u"news@example.jp"_s;
    c.html = u"<p>{{first_name}} 様</p><a href=\"{{unsubscribe_url}}\">配信停止</a>"_s;
    c.text = u"{{full_name}} 様\n配信停止: {{unsubscribe_url}}\n"_s;
    c.audience = u"list:news"_s;
    c.transportUrl = u"smtp://127.0.0.1:2525?tls=none"_s;
    c.baseUrl = u"https://mail.example.jp"_s;
    c.dkimKeyPath = m_key;
    c.dkimSelector = u"s1"_s;
    return c;
}

qint64 TestCampaignPreflight::storeTemplate(const QString& name, const QString& blocks)
{
    auto document = TemplateDocument::fromJson(
        QStringLiteral(R"({"format": "tayori-template", "version": 1, "kind": "blocks", "name": "%1",
            "language": "ja", "settings": {"preheader": "テンプレートの前置き"}, "blocks": [%2]})")
            .arg(name, blocks)
            .toUtf8());
    if (!document) {
        qFatal("%s", qPrintable(document.error()));
    }
    auto id = TemplateStore(*m_db).create(*document);
    if (!id) {
        qFatal("%s", qPrintable(id.error()));
    }
    return *id;
}

void TestCampaignPreflight::check_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<PreflightCheck::Level>("level");
    QTest::addColumn<QString>("says"); // part of the message

    using L = PreflightCheck::Level;
    QTest::newRow("good: audience") << u"none"_s << u"audience"_s << L::Passed << u"5 recipient"_s;
    QTest::newRow("good: dkim-key") << u"none"_s << u"dkim-key"_s << L::Passed << u"“s1”"_s;
    QTest::newRow("good: dkim-aligned") << u"none"_s << u"dkim-aligned"_s << L::Passed << u"matches"_s;
    QTest::newRow("good: unsubscribe") << u"none"_s << u"unsubscribe"_s << L::Passed << u"List-Unsubscribe"_s;
    QTest::newRow("good: size") << u"none"_s << u"size"_s << L::Passed << u"KB"_s;
    QTest::newRow("good: unknown-fields") << u"none"_s << u"unknown-fields"_s << L::Passed << u"known"_s;
    QTest::newRow("good: test-mail") << u"none"_s << u"test-mail"_s << L::Passed << u"test"_s;

    QTest::newRow("nobody") << u"nobody"_s << u"audience"_s << L::Error << u"matches nobody"_s;
    QTest::newRow("no key") << u"no key"_s << u"dkim-key"_s << L::Error << u"no DKIM key for example.jp"_s;
    QTest::newRow("key file gone") << u"key gone"_s << u"dkim-key"_s << L::Error << u"cannot be used"_s;
    QTest::newRow("not a key") << u"not a key"_s << u"dkim-key"_s << L::Error << u"cannot be used"_s;
    QTest::newRow("key of another domain") << u"other domain"_s << u"dkim-aligned"_s << L::Error
                                           << u"is for other.example, but the mail is from example.jp"_s;
    QTest::newRow("another domain, allowed")
        << u"third party"_s << u"dkim-aligned"_s << L::Warning << u"does not count for DMARC"_s;
    QTest::newRow("parent domain aligns") << u"subdomain sender"_s << u"dkim-aligned"_s << L::Passed << u"matches"_s;
    QTest::newRow("no base URL") << u"no base url"_s << u"unsubscribe"_s << L::Error << u"List-Unsubscribe"_s;
    QTest::newRow("over 102 KB") << u"big"_s << u"size"_s << L::Warning << u"Gmail cuts off"_s;
    QTest::newRow("unknown field in the subject")
        << u"unknown field"_s << u"unknown-fields"_s << L::Error << u"Unknown merge fields: plan"_s;
    QTest::newRow("a custom field is known") << u"custom field"_s << u"unknown-fields"_s << L::Passed << u"known"_s;
    QTest::newRow("typo in the text and preheader")
        << u"typos"_s << u"unknown-fields"_s << L::Error << u"namae, frist_name"_s;
    QTest::newRow("unclosed if") << u"syntax"_s << u"unknown-fields"_s << L::Error << u"written wrongly"_s;
    QTest::newRow("no test sent") << u"no test"_s << u"test-mail"_s << L::Warning << u"since the last change"_s;
    QTest::newRow("edited after the test") << u"edited"_s << u"test-mail"_s << L::Warning << u"since the last change"_s;
    QTest::newRow("scheduled in the past") << u"past"_s << u"schedule"_s << L::Error << u"in the past"_s;
    QTest::newRow("scheduled ahead") << u"future"_s << u"schedule"_s << L::Passed << u"Sends at"_s;
    QTest::newRow("template gone") << u"template gone"_s << u"template"_s << L::Error << u"999"_s;
    QTest::newRow("template with an image without alt")
        << u"template warning"_s << u"template"_s << L::Warning << u"alt"_s;
    QTest::newRow("clean template") << u"template clean"_s << u"template"_s << L::Passed << u"passed"_s;
}

void TestCampaignPreflight::check()
{
    QFETCH(QString, change);
    QFETCH(QString, code);
    QFETCH(PreflightCheck::Level, level);
    QFETCH(QString, says);

    CampaignStore store(*m_db);
    Campaign campaign = goodCampaign();
    qint64 audience = 5;
    bool testSent = true;
    if (change == u"nobody"_s) {
        audience = 0;
    } else if (change == u"no key"_s) {
        campaign.dkimKeyPath.clear();
    } else if (change == u"key gone"_s) {
        campaign.dkimKeyPath = m_dir->filePath(u"missing.pem"_s);
    } else if (change == u"not a key"_s) {
        QFile junk(m_dir->filePath(u"junk.pem"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
        junk.close();
        campaign.dkimKeyPath = junk.fileName();
    } else if (change == u"other domain"_s) {
        campaign.dkimDomain = u"other.example"_s;
    } else if (change == u"third party"_s) {
        campaign.dkimDomain = u"other.example"_s;
        campaign.dkimThirdParty = true;
    } else if (change == u"subdomain sender"_s) {
        campaign.fromAddress = u"news@mail.example.jp"_s;
        campaign.dkimDomain = u"example.jp"_s;
    } else if (change == u"no base url"_s) {
        campaign.baseUrl.clear();
    } else if (change == u"big"_s) {
        campaign.html += QString(TemplateRenderer::GmailClipBytes, u'x');
    } else if (change == u"unknown field"_s || change == u"custom field"_s) {
        campaign.subject = u"{{plan}}プランのお知らせ"_s;
        if (change == u"custom field"_s) {
            QVERIFY(ContactRepository(*m_db).ensureCustomField(u"plan"_s, u"プラン"_s));
        }
    } else if (change == u"typos"_s) {
        campaign.text = u"{{frist_name}} 様"_s;
        campaign.preheader = u"{{namae}}"_s;
    } else if (change == u"syntax"_s) {
        campaign.html = u"{{#if first_name}}こんにちは"_s;
    } else if (change == u"no test"_s) {
        testSent = false;
    } else if (change == u"past"_s) {
        campaign.state = CampaignState::Scheduled;
        campaign.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    } else if (change == u"future"_s) {
        campaign.state = CampaignState::Scheduled;
        campaign.scheduledAt = QDateTime::currentDateTimeUtc().addDays(1);
    } else if (change == u"template gone"_s) {
        campaign.templateId = 999;
    } else if (change == u"template warning"_s) {
        campaign.templateId
            = storeTemplate(u"警告あり"_s,
                            u"{\"id\": \"i\", \"type\": \"image\", \"src\": \"https://example.jp/a.png\"}, "_s
                                + QString::fromUtf8(footer));
    } else if (change == u"template clean"_s) {
        campaign.templateId
            = storeTemplate(u"問題なし"_s,
                            u"{\"id\": \"h\", \"type\": \"heading\", \"text\": \"こんにちは\", \"level\": 1}, "_s
                                + QString::fromUtf8(footer));
    }
    // The wizard saves the campaign, a test is sent of it, then the review runs on what the wizard holds.
    auto id = store.createDraft(campaign);
    QVERIFY(id);
    campaign.id = *id;
    if (testSent) {
        QVERIFY(store.markTestSent(*id, QDateTime::currentDateTimeUtc()));
    }
    if (change == u"edited"_s) {
        campaign.subject = u"件名を直した"_s; // not saved yet: the test showed the old subject
    }

    const QList<PreflightCheck> checks = CampaignPreflight::run(*m_db, campaign, audience);
    const auto found
        = std::find_if(checks.begin(), checks.end(), [&](const PreflightCheck& c) { return c.code == code; });
    QVERIFY2(found != checks.end(), qPrintable(code));
    QVERIFY2(found->message.contains(says), qPrintable(found->message));
    QCOMPARE(found->level, level);
    QCOMPARE(CampaignPreflight::hasErrors(checks), level == PreflightCheck::Level::Error);
    // Every code at most once: the UI shows one line per check.
    for (const PreflightCheck& c : checks) {
        QCOMPARE(std::count_if(checks.begin(), checks.end(), [&](const PreflightCheck& o) { return o.code == c.code; }),
                 1);
        QVERIFY2(c.level == PreflightCheck::Level::Passed || !c.message.isEmpty(), qPrintable(c.code));
    }
}

void TestCampaignPreflight::notScheduledHasNoScheduleCheck()
{
    const QList<PreflightCheck> checks = CampaignPreflight::run(*m_db, goodCampaign(), 3);
    for (const PreflightCheck& c : checks) {
        QVERIFY(c.code != u"schedule"_s);
        QVERIFY(c.code != u"template"_s);
    }
    QVERIFY(!CampaignPreflight::hasErrors(checks));
}

QTEST_GUILESS_MAIN(TestCampaignPreflight)
#include "tst_campaignpreflight.moc"
