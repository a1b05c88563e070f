// Tests for CampaignStore's campaign life cycle on a real SQLite file: drafts, schedules, checked state changes,
// duplicate, retry failed, send to the rest, the per-recipient log search, the report timeline, and the template
// deletion guard.
#include <memory>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "campaigns/CampaignStore.h"
#include "contacts/ContactRepository.h"
#include "storage/Timestamp.h"
#include "templates/TemplateStore.h"

using namespace Qt::StringLiterals;

namespace {
Campaign sampleCampaign(const QString& name = u"12月号"_s)
{
    Campaign c;
    c.name = name;
    c.subject = u"【お知らせ】{{last_name}}様へ"_s;
    c.preheader = u"今月の便り"_s;
    c.fromName = u"便り通信"_s;
    c.fromAddress = u"info@example.jp"_s;
    c.html = u"<p>{{first_name}}</p>"_s;
    c.text = u"{{first_name}}"_s;
    c.audience = u"list:news"_s;
    c.transportUrl = u"smtp://127.0.0.1:2525?tls=none"_s;
    c.baseUrl = u"https://mail.example.jp"_s;
    c.sendWindow = *SendWindow::parse(u"mon,tue,wed,thu,fri 09:00-18:00"_s);
    c.inlineImages = {{"logo.png", "image/png", u"logo.png"_s, QByteArray("\x89PNG fake", 9)}};
    return c;
}
} // namespace

class TestCampaignStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newColumnsRoundTrip();
    void transitions_data();
    void transitions();
    void scheduleInThePastIsRefused();
    void resolveAudienceSkipsAndRefusesTwice();
    void duplicate_data();
    void duplicate();
    void updateKeepsOrDropsTheTest_data();
    void updateKeepsOrDropsTheTest();
    void retryFailed_data();
    void retryFailed();
    void reopen_data();
    void reopen();
    void interrupted_data();
    void interrupted();
    void search_data();
    void search();
    void timeline();
    void listShowsCampaignsOnly();
    void usingTemplateAndTheDeletionGuard_data();
    void usingTemplateAndTheDeletionGuard();

private:
    QList<qint64> addContacts(int count);
    qint64 createWithRows(const QStringList& rowStates, CampaignState state);
    void exec(const QString& sql, const QVariantList& values = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TestCampaignStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"campaigns.sqlite"_s));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = *db;
}

QList<qint64> TestCampaignStore::addContacts(int count)
{
    QList<qint64> ids;
    ContactRepository contacts(*m_db);
    for (int i = 0; i < count; ++i) {
        Contact contact;
        contact.email = u"user%1@dest.example"_s.arg(contacts.count());
        contact.givenName = u"太郎%1"_s.arg(i);
        auto id = contacts.add(contact);
        if (!id) {
            qFatal("%s", qPrintable(id.error()));
        }
        ids << *id;
    }
    return ids;
}

void TestCampaignStore::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_db->connection());
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qFatal("%s", qPrintable(sql));
    }
}

// A campaign with one row per given state, then put in `state`.
qint64 TestCampaignStore::createWithRows(const QStringList& rowStates, CampaignState state)
{
    CampaignStore store(*m_db);
    const QList<qint64> contacts = addContacts(int(rowStates.size()));
    auto id = store.create(sampleCampaign(), contacts);
    if (!id) {
        qFatal("%s", qPrintable(id.error()));
    }
    const QList<DeliveryRecord> rows = store.deliveries(*id);
    for (int i = 0; i < rows.size(); ++i) {
        exec(u"UPDATE deliveries SET state = ? WHERE id = ?"_s, {rowStates.at(i), rows.at(i).id});
    }
    if (!store.setState(*id, state)) {
        qFatal("setState failed");
    }
    return *id;
}

void TestCampaignStore::newColumnsRoundTrip()
{
    CampaignStore store(*m_db);
    Campaign campaign = sampleCampaign();
    campaign.kind = u"step"_s;
    campaign.templateId = 42;
    campaign.testSentAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    auto id = store.createDraft(campaign);
    QVERIFY2(id, qPrintable(id.error()));
    const auto stored = store.find(*id);
    QVERIFY(stored);
    QCOMPARE(stored->state, CampaignState::Draft);
    QCOMPARE(stored->preheader, campaign.preheader);
    QCOMPARE(stored->kind, u"step"_s);
    QCOMPARE(stored->templateId, 42LL);
    QCOMPARE(stored->sendWindow, campaign.sendWindow);
    QCOMPARE(stored->testSentAt, campaign.testSentAt);
    QVERIFY(!stored->resumeAt.isValid());
    QCOMPARE(stored->inlineImages.size(), 1);
    QCOMPARE(stored->inlineImages.first().data, campaign.inlineImages.first().data);
    QCOMPARE(store.counts(*id).total(), 0LL); // a draft has no recipients yet
    QVERIFY(!stored->token.isEmpty());
}

void TestCampaignStore::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("to");   // the state after (unchanged when refused); "gone" when deleted
    QTest::addColumn<QString>("says"); // part of the refusal

    QTest::newRow("draft → scheduled") << u"draft"_s << u"schedule"_s << true << u"scheduled"_s << QString();
    QTest::newRow("re-schedule") << u"scheduled"_s << u"schedule"_s << true << u"scheduled"_s << QString();
    QTest::newRow("schedule while sending")
        << u"sending"_s << u"schedule"_s << false << u"sending"_s << u"is sending: it cannot be scheduled"_s;
    QTest::newRow("schedule a done one") << u"done"_s << u"schedule"_s << false << u"done"_s << u"is done"_s;
    QTest::newRow("unschedule") << u"scheduled"_s << u"unschedule"_s << true << u"draft"_s << QString();
    QTest::newRow("unschedule a draft") << u"draft"_s << u"unschedule"_s << false << u"draft"_s
                                        << u"it is not scheduled"_s;
    QTest::newRow("edit a draft") << u"draft"_s << u"update"_s << true << u"draft"_s << QString();
    QTest::newRow("edit a scheduled one") << u"scheduled"_s << u"update"_s << true << u"scheduled"_s << QString();
    QTest::newRow("edit while sending") << u"sending"_s << u"update"_s << false << u"sending"_s
                                        << u"cannot be edited any more"_s;
    QTest::newRow("edit a paused one") << u"paused"_s << u"update"_s << false << u"paused"_s << u"cannot be edited"_s;
    QTest::newRow("delete a draft") << u"draft"_s << u"remove"_s << true << u"gone"_s << QString();
    QTest::newRow("delete a scheduled one")
        << u"scheduled"_s << u"remove"_s << false << u"scheduled"_s << u"unschedule it first"_s;
    QTest::newRow("delete a sent one") << u"done"_s << u"remove"_s << false << u"done"_s << u"only drafts"_s;
    QTest::newRow("recipients of a scheduled one")
        << u"scheduled"_s << u"resolve"_s << true << u"scheduled"_s << QString();
    QTest::newRow("recipients while sending")
        << u"sending"_s << u"resolve"_s << false << u"sending"_s << u"has started already"_s;
    QTest::newRow("send the rest of a cancelled one")
        << u"cancelled"_s << u"reopen"_s << true << u"paused"_s << QString();
    QTest::newRow("send the rest of a paused one")
        << u"paused"_s << u"reopen"_s << false << u"paused"_s << u"only a cancelled campaign"_s;
    QTest::newRow("retry failed of a done one") << u"done"_s << u"retry"_s << true << u"paused"_s << QString();
    QTest::newRow("retry failed while sending")
        << u"sending"_s << u"retry"_s << false << u"sending"_s << u"pause it or let it finish first"_s;
    QTest::newRow("retry failed of a draft") << u"draft"_s << u"retry"_s << false << u"draft"_s << u"is draft"_s;
}

void TestCampaignStore::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, operation);
    QFETCH(bool, allowed);
    QFETCH(QString, to);
    QFETCH(QString, says);
    CampaignStore store(*m_db);
    const CampaignState state = *CampaignStateText::parse(from);
    qint64 id = 0;
    if (operation == u"resolve"_s) {
        auto draft = store.createDraft(sampleCampaign());
        QVERIFY(draft);
        id = *draft;
        QVERIFY(store.setState(id, state));
    } else {
        // A failed and a queued recipient, so retry and reopen have something to act on.
        id = createWithRows({u"failed"_s, u"queued"_s, u"sent"_s}, state);
    }
    const DeliveryCounts before = store.counts(id);
    const Campaign original = *store.find(id);

    Status result = success();
    if (operation == u"schedule"_s) {
        result = store.schedule(id, QDateTime::currentDateTimeUtc().addDays(1));
    } else if (operation == u"unschedule"_s) {
        result = store.unschedule(id);
    } else if (operation == u"update"_s) {
        Campaign edited = original;
        edited.subject = u"新しい件名"_s;
        result = store.update(edited);
    } else if (operation == u"remove"_s) {
        result = store.remove(id);
    } else if (operation == u"resolve"_s) {
        result = store.resolveAudience(id, addContacts(2));
    } else if (operation == u"reopen"_s) {
        result = store.reopen(id);
    } else if (operation == u"retry"_s) {
        const Result<int> retried = store.retryFailed(id);
        result = retried ? success() : Status::failure(retried.error());
    }
    QCOMPARE(bool(result), allowed);
    if (!allowed) {
        QVERIFY2(result.error().contains(says), qPrintable(result.error()));
        // Nothing half-done: state, content and rows as before.
        const auto after = store.find(id);
        QVERIFY(after);
        QCOMPARE(CampaignStateText::key(after->state), to);
        QCOMPARE(after->subject, original.subject);
        QCOMPARE(after->scheduledAt, original.scheduledAt);
        QCOMPARE(store.counts(id), before);
        return;
    }
    if (to == u"gone"_s) {
        QVERIFY(!store.find(id));
        return;
    }
    QCOMPARE(CampaignStateText::key(store.find(id)->state), to);
}

void TestCampaignStore::scheduleInThePastIsRefused()
{
    CampaignStore store(*m_db);
    auto id = store.createDraft(sampleCampaign());
    QVERIFY(id);
    const Status past = store.schedule(*id, QDateTime::currentDateTimeUtc().addSecs(-60));
    QVERIFY(!past);
    QVERIFY2(past.error().contains(u"in the past"_s), qPrintable(past.error()));
    QCOMPARE(store.find(*id)->state, CampaignState::Draft);
    const QDateTime at = QDateTime::currentDateTimeUtc().addDays(2);
    QVERIFY(store.schedule(*id, at));
    QCOMPARE(store.find(*id)->scheduledAt.toSecsSinceEpoch(), at.toSecsSinceEpoch());
    QCOMPARE(store.due(at.addSecs(1)), QList<qint64> {*id});
    QVERIFY(store.unschedule(*id));
    QVERIFY(!store.find(*id)->scheduledAt.isValid());
    QVERIFY(store.due(at.addSecs(1)).isEmpty());
}

void TestCampaignStore::resolveAudienceSkipsAndRefusesTwice()
{
    CampaignStore store(*m_db);
    auto id = store.createDraft(sampleCampaign());
    QVERIFY(id);
    const QList<qint64> contacts = addContacts(4);
    ContactRepository repository(*m_db);
    Contact unsubscribed = *repository.find(contacts[1]);
    unsubscribed.status = ContactStatus::Unsubscribed;
    QVERIFY(repository.update(unsubscribed));
    exec(u"INSERT INTO suppressions (email_key, reason, created_at) VALUES (?, 'test', '')"_s,
         {repository.find(contacts[2])->email});
    QVERIFY(store.resolveAudience(*id, contacts));
    const DeliveryCounts counts = store.counts(*id);
    QCOMPARE(counts.queued, 2LL);
    QCOMPARE(counts.skipped, 2LL);
    const Status again = store.resolveAudience(*id, contacts);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"has its recipients already"_s), qPrintable(again.error()));
    QCOMPARE(store.counts(*id), counts);
}

void TestCampaignStore::duplicate_data()
{
    QTest::addColumn<QString>("state");
    QTest::newRow("a draft") << u"draft"_s;
    QTest::newRow("a sent campaign") << u"done"_s;
    QTest::newRow("a cancelled one") << u"cancelled"_s;
}

void TestCampaignStore::duplicate()
{
    QFETCH(QString, state);
    CampaignStore store(*m_db);
    Campaign campaign = sampleCampaign();
    campaign.templateId = 7;
    campaign.scheduledAt = QDateTime::currentDateTimeUtc().addDays(1);
    auto id = store.create(campaign, addContacts(3));
    QVERIFY(id);
    QVERIFY(store.markTestSent(*id, QDateTime::currentDateTimeUtc()));
    QVERIFY(store.setState(*id, *CampaignStateText::parse(state)));
    const Campaign original = *store.find(*id);

    const Result<qint64> copyId = store.duplicate(*id);
    QVERIFY2(copyId, qPrintable(copyId.error()));
    QVERIFY(*copyId != *id);
    const Campaign copy = *store.find(*copyId);
    QCOMPARE(copy.name, u"12月号 (copy)"_s);
    QCOMPARE(copy.state, CampaignState::Draft);
    QVERIFY(copy.token != original.token);
    QCOMPARE(store.counts(*copyId).total(), 0LL);
    QCOMPARE(store.counts(*id).total(), 3LL); // the original keeps its recipients
    QCOMPARE(copy.subject, original.subject);
    QCOMPARE(copy.preheader, original.preheader);
    QCOMPARE(copy.html, original.html);
    QCOMPARE(copy.audience, original.audience);
    QCOMPARE(copy.sendWindow, original.sendWindow);
    QCOMPARE(copy.templateId, 7LL);
    QCOMPARE(copy.fromAddress, original.fromAddress);
    QCOMPARE(copy.inlineImages.size(), 1);
    QCOMPARE(copy.inlineImages.first().data, original.inlineImages.first().data);
    QVERIFY(!copy.scheduledAt.isValid());
    QVERIFY(!copy.testSentAt.isValid()); // a new campaign gets its own test
}

void TestCampaignStore::updateKeepsOrDropsTheTest_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("testKept");
    QTest::newRow("name") << u"name"_s << true;
    QTest::newRow("audience") << u"audience"_s << true;
    QTest::newRow("subject") << u"subject"_s << false;
    QTest::newRow("preheader") << u"preheader"_s << false;
    QTest::newRow("html") << u"html"_s << false;
    QTest::newRow("from") << u"from"_s << false;
}

void TestCampaignStore::updateKeepsOrDropsTheTest()
{
    QFETCH(QString, field);
    QFETCH(bool, testKept);
    CampaignStore store(*m_db);
    auto id = store.createDraft(sampleCampaign());
    QVERIFY(id);
    QVERIFY(store.markTestSent(*id, QDateTime::currentDateTimeUtc()));
    Campaign edited = *store.find(*id);
    const QString changed = u"変更"_s;
    if (field == u"name"_s) {
        edited.name = changed;
    } else if (field == u"audience"_s) {
        edited.audience = u"tag:vip"_s;
    } else if (field == u"subject"_s) {
        edited.subject = changed;
    } else if (field == u"preheader"_s) {
        edited.preheader = changed;
    } else if (field == u"html"_s) {
        edited.html = changed;
    } else if (field == u"from"_s) {
        edited.fromAddress = u"news@example.jp"_s;
    }
    edited.inlineImages.clear();
    QVERIFY(store.update(edited));
    const Campaign stored = *store.find(*id);
    QCOMPARE(stored.testSentAt.isValid(), testKept);
    QCOMPARE(stored.name, edited.name);
    QCOMPARE(stored.audience, edited.audience);
    QCOMPARE(stored.subject, edited.subject);
    QVERIFY(stored.inlineImages.isEmpty()); // the images are replaced with the edited campaign's
}

void TestCampaignStore::retryFailed_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<int>("retried");
    QTest::addColumn<QString>("says");
    QTest::newRow("failed ones only, never bounced")
        << QStringList {u"failed"_s, u"bounced"_s, u"sent"_s, u"failed"_s, u"skipped"_s} << 2 << QString();
    QTest::newRow("nothing failed") << QStringList {u"sent"_s, u"bounced"_s} << 0 << u"no failed recipients"_s;
}

void TestCampaignStore::retryFailed()
{
    QFETCH(QStringList, rows);
    QFETCH(int, retried);
    QFETCH(QString, says);
    CampaignStore store(*m_db);
    const qint64 id = createWithRows(rows, CampaignState::Done);
    exec(u"UPDATE deliveries SET attempts = 5 WHERE campaign_id = ?"_s, {id});
    const Result<int> result = store.retryFailed(id);
    if (retried == 0) {
        QVERIFY(!result);
        QVERIFY2(result.error().contains(says), qPrintable(result.error()));
        QCOMPARE(store.find(id)->state, CampaignState::Done); // rolled back
        return;
    }
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(*result, retried);
    const Campaign campaign = *store.find(id);
    QCOMPARE(campaign.state, CampaignState::Paused);
    QVERIFY(CampaignStateText::isResumable(campaign.state));
    QVERIFY(store.resumable().contains(id));
    const DeliveryCounts counts = store.counts(id);
    QCOMPARE(counts.queued, qint64(retried));
    QCOMPARE(counts.bounced, 1LL);
    QCOMPARE(counts.failed, 0LL);
    for (const DeliveryRecord& record : store.deliveries(id, QString(), u"queued"_s, 100)) {
        QCOMPARE(record.attempts, 0); // a fresh series of attempts
    }
}

void TestCampaignStore::reopen_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("queued ones left") << QStringList {u"sent"_s, u"queued"_s, u"queued"_s} << true;
    QTest::newRow("deferred ones left") << QStringList {u"sent"_s, u"deferred"_s} << true;
    QTest::newRow("no one left") << QStringList {u"sent"_s, u"failed"_s, u"skipped"_s} << false;
}

void TestCampaignStore::reopen()
{
    QFETCH(QStringList, rows);
    QFETCH(bool, allowed);
    CampaignStore store(*m_db);
    const qint64 id = createWithRows(rows, CampaignState::Cancelled);
    const Status result = store.reopen(id);
    QCOMPARE(bool(result), allowed);
    if (allowed) {
        QCOMPARE(store.find(id)->state, CampaignState::Paused);
        QVERIFY(store.resumable().contains(id));
    } else {
        QVERIFY2(result.error().contains(u"no one left to send to"_s), qPrintable(result.error()));
        QCOMPARE(store.find(id)->state, CampaignState::Cancelled);
    }
}

void TestCampaignStore::interrupted_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("runner"); // "self": this process's claim; else the stored runner column
    QTest::addColumn<qint64>("silentFor");
    QTest::addColumn<bool>("expected");
    QTest::newRow("sending, nobody holds it") << u"sending"_s << QString() << qint64(0) << true;
    QTest::newRow("sending, holder silent for an hour") << u"sending"_s << u"elsewhere\t4242"_s << qint64(3600) << true;
    QTest::newRow("sending, holder on another host just now")
        << u"sending"_s << u"elsewhere\t4242"_s << qint64(0) << false;
    QTest::newRow("sending, this live process holds it") << u"sending"_s << u"self"_s << qint64(0) << false;
    QTest::newRow("paused by the user") << u"paused"_s << QString() << qint64(0) << false;
    QTest::newRow("done") << u"done"_s << QString() << qint64(0) << false;
}

// What the app asks about at launch: half-sent campaigns whose sender is gone, never one another process is sending.
void TestCampaignStore::interrupted()
{
    QFETCH(QString, state);
    QFETCH(QString, runner);
    QFETCH(qint64, silentFor);
    QFETCH(bool, expected);
    CampaignStore store(*m_db);
    const qint64 id = createWithRows({u"sent"_s, u"queued"_s}, *CampaignStateText::parse(state));
    if (runner == QLatin1String("self")) {
        QVERIFY(store.claimRunner(id));
    } else {
        exec(u"UPDATE campaigns SET runner = ?, runner_seen = ? WHERE id = ?"_s,
             {runner.isNull() ? u""_s : runner, Timestamp::nowSeconds() - silentFor, id});
    }
    QCOMPARE(store.interrupted().contains(id), expected);
}

void TestCampaignStore::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QList<int>>("expected"); // row numbers, in id order

    QTest::newRow("all") << QString() << QString() << 100 << 0 << QList<int> {0, 1, 2, 3, 4, 5};
    QTest::newRow("by address, any case") << u"USER2@"_s << QString() << 100 << 0 << QList<int> {2};
    QTest::newRow("by reply") << u"mailbox full"_s << QString() << 100 << 0 << QList<int> {1, 3};
    QTest::newRow("a literal percent sign") << u"100%"_s << QString() << 100 << 0 << QList<int> {4};
    QTest::newRow("percent is not a wildcard") << u"1%0"_s << QString() << 100 << 0 << QList<int> {};
    QTest::newRow("underscore is not a wildcard") << u"a_b"_s << QString() << 100 << 0 << QList<int> {5};
    QTest::newRow("backslash taken literally") << u"c\\d"_s << QString() << 100 << 0 << QList<int> {5};
    QTest::newRow("a quote cannot break out") << u"' OR 1=1 --"_s << QString() << 100 << 0 << QList<int> {};
    QTest::newRow("by state") << QString() << u"failed"_s << 100 << 0 << QList<int> {1, 3};
    QTest::newRow("search and state") << u"mailbox"_s << u"deferred"_s << 100 << 0 << QList<int> {};
    QTest::newRow("a page") << QString() << QString() << 2 << 2 << QList<int> {2, 3};
    QTest::newRow("past the end") << QString() << QString() << 10 << 6 << QList<int> {};
}

void TestCampaignStore::search()
{
    QFETCH(QString, search);
    QFETCH(QString, state);
    QFETCH(int, limit);
    QFETCH(int, offset);
    QFETCH(QList<int>, expected);
    CampaignStore store(*m_db);
    const qint64 id = createWithRows({u"sent"_s, u"failed"_s, u"sent"_s, u"failed"_s, u"deferred"_s, u"sent"_s},
                                     CampaignState::Done);
    const QList<DeliveryRecord> all = store.deliveries(id);
    QCOMPARE(all.size(), 6);
    const QStringList replies {u"250 ok"_s,
                               u"552 5.2.2 Mailbox full"_s,
                               u"250 ok"_s,
                               u"452 4.2.2 mailbox full"_s,
                               u"421 load at 100% try later"_s,
                               u"250 queued as a_b c\\d"_s};
    for (int i = 0; i < all.size(); ++i) {
        exec(u"UPDATE deliveries SET smtp_reply = ? WHERE id = ?"_s, {replies.at(i), all.at(i).id});
    }
    QList<int> found;
    for (const DeliveryRecord& record : store.deliveries(id, search, state, limit, offset)) {
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).id == record.id) {
                found << i;
            }
        }
    }
    QCOMPARE(found, expected);
}

void TestCampaignStore::timeline()
{
    CampaignStore store(*m_db);
    const qint64 id = createWithRows(
        {u"sent"_s, u"sent"_s, u"bounced"_s, u"deferred"_s, u"sent"_s, u"failed"_s, u"queued"_s, u"skipped"_s},
        CampaignState::Waiting);
    const QList<DeliveryRecord> rows = store.deliveries(id);
    const qint64 base = 1'795'999'980; // a multiple of 60
    const QList<qint64> at {base + 5, base + 59, base + 30, base + 61, base + 185, base + 190, base + 1, base + 2};
    for (int i = 0; i < rows.size(); ++i) {
        exec(u"UPDATE deliveries SET updated_at = ? WHERE id = ?"_s, {at.at(i), rows.at(i).id});
    }
    const QList<CampaignStore::TimelinePoint> points = store.timeline(id, 60);
    // Minutes 0, 1, 2 (empty, filled in) and 3; queued and skipped rows are not deliveries.
    QCOMPARE(points.size(), 4);
    QCOMPARE(points[0].at, QDateTime::fromSecsSinceEpoch(base, Qt::UTC));
    QCOMPARE(points[0].sent, 2LL);
    QCOMPARE(points[0].failed, 1LL);
    QCOMPARE(points[0].deferred, 0LL);
    QCOMPARE(points[1].at, QDateTime::fromSecsSinceEpoch(base + 60, Qt::UTC));
    QCOMPARE(points[1].deferred, 1LL);
    QCOMPARE(points[2].sent + points[2].failed + points[2].deferred, 0LL);
    QCOMPARE(points[3].at, QDateTime::fromSecsSinceEpoch(base + 180, Qt::UTC));
    QCOMPARE(points[3].sent, 1LL);
    QCOMPARE(points[3].failed, 1LL);
    QVERIFY(store.timeline(id, 0).isEmpty());
    QCOMPARE(store.timeline(id, 3600).size(), 1);
}

void TestCampaignStore::listShowsCampaignsOnly()
{
    CampaignStore store(*m_db);
    auto first = store.createDraft(sampleCampaign(u"one"_s));
    Campaign step = sampleCampaign(u"step queue"_s);
    step.kind = u"step"_s;
    auto stepId = store.createDraft(step);
    auto second = store.createDraft(sampleCampaign(u"two"_s));
    QVERIFY(first && stepId && second);
    const QList<Campaign> listed = store.list();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed[0].id, *second); // newest first
    QCOMPARE(listed[1].id, *first);
    QVERIFY(store.find(*stepId)); // still there, just not listed
}

void TestCampaignStore::usingTemplateAndTheDeletionGuard_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("guarded");
    QTest::addColumn<QString>("says");
    QTest::newRow("scheduled") << u"scheduled"_s << true << u"is used by scheduled campaign “12月号”"_s;
    QTest::newRow("draft") << u"draft"_s << true << u"is used by draft campaign “12月号”"_s;
    QTest::newRow("done: keeps its own copy") << u"done"_s << false << QString();
    QTest::newRow("cancelled") << u"cancelled"_s << false << QString();
}

void TestCampaignStore::usingTemplateAndTheDeletionGuard()
{
    QFETCH(QString, state);
    QFETCH(bool, guarded);
    QFETCH(QString, says);
    auto document = TemplateDocument::fromJson(R"({"format": "tayori-template", "version": 1, "kind": "blocks",
        "name": "週報", "language": "ja", "settings": {},
        "blocks": [{"id": "h", "type": "heading", "text": "本文", "level": 1}]})");
    QVERIFY2(document, qPrintable(document.error()));
    TemplateStore templates(*m_db);
    auto templateId = templates.create(*document);
    QVERIFY2(templateId, qPrintable(templateId.error()));
    auto otherTemplate = templates.create([&] {
        TemplateDocument other = *document;
        other.name = u"別"_s;
        return other;
    }());
    QVERIFY(otherTemplate);

    CampaignStore store(*m_db);
    Campaign campaign = sampleCampaign();
    campaign.templateId = *templateId;
    auto id = store.createDraft(campaign);
    QVERIFY(id);
    if (state == u"scheduled"_s) {
        QVERIFY(store.schedule(*id, QDateTime::currentDateTimeUtc().addDays(1)));
    } else if (state != u"draft"_s) {
        QVERIFY(store.setState(*id, *CampaignStateText::parse(state)));
    }
    QCOMPARE(store.usingTemplate(*templateId).size(), guarded ? 1 : 0);
    QVERIFY(store.usingTemplate(*otherTemplate).isEmpty());

    QCOMPARE(bool(templates.checkRemovable(*templateId)), !guarded);
    const Status removed = templates.remove(*templateId);
    QCOMPARE(bool(removed), !guarded);
    if (!guarded) {
        QVERIFY(!templates.load(*templateId));
        QCOMPARE(store.find(*id)->html, campaign.html); // the campaign keeps its content
        return;
    }
    QVERIFY2(removed.error().contains(u"Template “週報”"_s), qPrintable(removed.error()));
    QVERIFY2(removed.error().contains(says), qPrintable(removed.error()));
    QVERIFY(templates.load(*templateId)); // still there
    // Once the campaign no longer needs it, it can go.
    if (state == u"scheduled"_s) {
        QVERIFY(store.unschedule(*id));
    }
    QVERIFY(store.remove(*id));
    QVERIFY(templates.remove(*templateId));
}

QTEST_GUILESS_MAIN(TestCampaignStore)
#include "tst_campaignstore.moc"
