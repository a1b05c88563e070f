// Tests of what the delivery engine must never do, against faultsmtp on loopback: mail a contact who may no longer be
// mailed (unsubscribed, complained, bounced or suppressed after the campaign was made), or start a message outside
// the campaign's send window.
#include <memory>

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "FaultSmtpServer.h"
#include "campaigns/CampaignStore.h"
#include "contacts/ContactRepository.h"
#include "delivery/DeliveryEngine.h"
#include "delivery/DeliveryQueue.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CampaignState)

class TestDeliveryCompliance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void noLongerMailableContactsAreSkippedAtSendTime_data();
    void noLongerMailableContactsAreSkippedAtSendTime();
    void closedWindowSendsNothingAndWaits();
    void openWindowSends();
    void deferredRetriesAreResumedAtTheFirstRetry_data();
    void deferredRetriesAreResumedAtTheFirstRetry();
    void queueStopsTakingAtTheClose();

private:
    QList<qint64> addContacts(int count);
    qint64 createCampaign(const FaultSmtpServer& server, const QList<qint64>& contacts, const SendWindow& window = {});
    // Runs the campaign to its end; the final state.
    CampaignState run(qint64 campaignId,
                      const QTimeZone& zone = QTimeZone::systemTimeZone(),
                      std::chrono::milliseconds maxWait = std::chrono::minutes(15),
                      std::chrono::seconds firstRetryDelay = std::chrono::seconds(60));
    QStringList receivedBy(const FaultSmtpServer& server) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TestDeliveryCompliance::initTestCase()
{
    qRegisterMetaType<CampaignState>();
    qRegisterMetaType<DeliveryCounts>();
}

void TestDeliveryCompliance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"compliance.sqlite"_s));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = *db;
}

QList<qint64> TestDeliveryCompliance::addContacts(int count)
{
    QList<qint64> ids;
    ContactRepository contacts(*m_db);
    for (int i = 0; i < count; ++i) {
        Contact contact;
        contact.email = u"user%1@dest.example"_s.arg(i);
        contact.givenName = u"太郎"_s;
        auto id = contacts.add(contact);
        if (!id) {
            qFatal("%s", qPrintable(id.error()));
        }
        ids << *id;
    }
    return ids;
}

qint64 TestDeliveryCompliance::createCampaign(const FaultSmtpServer& server,
                                              const QList<qint64>& contacts,
                                              const SendWindow& window)
{
    Campaign c;
    c.name = u"compliance"_s;
    c.subject = u"{{first_name}}様へ"_s;
    c.fromName = u"便り通信"_s;
    c.fromAddress = u"info@example.jp"_s;
    c.html = u"<p>{{first_name}}</p><a href=\"{{unsubscribe_url}}\">配信停止</a>"_s;
    c.text = u"{{first_name}}\n{{unsubscribe_url}}\n"_s;
    c.transportUrl = u"smtp://127.0.0.1:%1?tls=none"_s.arg(server.port());
    c.baseUrl = u"https://mail.example.jp"_s;
    c.connections = 2;
    c.sendWindow = window;
    auto id = CampaignStore(*m_db).create(c, contacts);
    if (!id) {
        qFatal("%s", qPrintable(id.error()));
    }
    return *id;
}

CampaignState TestDeliveryCompliance::run(qint64 campaignId,
                                          const QTimeZone& zone,
                                          std::chrono::milliseconds maxWait,
                                          std::chrono::seconds firstRetryDelay)
{
    DeliveryEngine engine(*m_db);
    QSignalSpy finished(&engine, &DeliveryEngine::finished);
    DeliveryEngine::Options options;
    options.timeZone = zone;
    options.maxWait = maxWait;
    options.retry.firstDelay = firstRetryDelay;
    const Status started = engine.start(campaignId, options);
    if (!started) {
        qWarning() << started.error();
        return CampaignState::Draft;
    }
    if (!finished.wait(30000)) {
        return CampaignState::Draft;
    }
    const CampaignState state = finished.first().first().value<CampaignState>();
    // The live counts agree with what was stored.
    if (engine.counts() != CampaignStore(*m_db).counts(campaignId)) {
        qWarning() << "live counts differ from the stored ones";
        return CampaignState::Draft;
    }
    return state;
}

QStringList TestDeliveryCompliance::receivedBy(const FaultSmtpServer& server) const
{
    QStringList recipients;
    for (const QJsonObject& message : server.messages()) {
        for (const QJsonValue& rcpt : message.value(u"rcpts"_s).toArray()) {
            recipients << rcpt.toString();
        }
    }
    recipients.sort();
    return recipients;
}

void TestDeliveryCompliance::noLongerMailableContactsAreSkippedAtSendTime_data()
{
    QTest::addColumn<QString>("change"); // what happens to user1 after the campaign was made
    QTest::addColumn<QString>("reason"); // part of its row's reply
    QTest::newRow("unsubscribed") << u"unsubscribed"_s << u"status became unsubscribed"_s;
    QTest::newRow("complained") << u"complained"_s << u"status became complained"_s;
    QTest::newRow("bounced elsewhere") << u"bounced"_s << u"status became bounced"_s;
    QTest::newRow("suppressed") << u"suppressed"_s << u"suppression list"_s;
    QTest::newRow("suppressed in another case") << u"suppressed upper"_s << u"suppression list"_s;
    QTest::newRow("deleted, then suppressed") << u"deleted suppressed"_s << u"suppression list"_s;
}

void TestDeliveryCompliance::noLongerMailableContactsAreSkippedAtSendTime()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QList<qint64> contacts = addContacts(3);
    const qint64 id = createCampaign(server, contacts);
    CampaignStore store(*m_db);
    QCOMPARE(store.counts(id).queued, 3LL); // everyone was mailable when it was made

    ContactRepository repository(*m_db);
    Contact user1 = *repository.find(contacts[1]);
    auto suppress = [&](const QString& key) {
        QSqlQuery insert(m_db->connection());
        insert.prepare(u"INSERT INTO suppressions (email_key, reason, created_at) VALUES (?, 'complaint', '')"_s);
        insert.addBindValue(key);
        QVERIFY(insert.exec());
    };
    if (change == u"suppressed"_s) {
        suppress(user1.email);
    } else if (change == u"suppressed upper"_s) {
        // The contact's address as written differs in case from the key the suppression list holds.
        user1.email = u"User1@Dest.example"_s;
        QVERIFY(repository.update(user1));
        suppress(u"user1@dest.example"_s);
    } else if (change == u"deleted suppressed"_s) {
        QVERIFY(repository.remove({user1.id}));
        suppress(user1.email);
    } else {
        user1.status = *ContactStatusText::parse(change);
        QVERIFY(repository.update(user1));
    }

    QCOMPARE(run(id), CampaignState::Done);
    QCOMPARE(receivedBy(server), (QStringList {u"user0@dest.example"_s, u"user2@dest.example"_s}));
    const DeliveryCounts counts = store.counts(id);
    QCOMPARE(counts.sent, 2LL);
    QCOMPARE(counts.skipped, 1LL);
    const QList<DeliveryRecord> skipped = store.deliveries(id, QString(), u"skipped"_s, 10);
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.first().email, u"user1@dest.example"_s);
    QVERIFY2(skipped.first().smtpReply.contains(reason), qPrintable(skipped.first().smtpReply));
    QCOMPARE(skipped.first().attempts, 0); // never attempted
}

void TestDeliveryCompliance::closedWindowSendsNothingAndWaits()
{
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    // Open only on the weekday three days from now in Tokyo: closed all of today there.
    const QTimeZone tokyo("Asia/Tokyo");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SendWindow window;
    window.days = quint8(1 << (now.toTimeZone(tokyo).date().addDays(3).dayOfWeek() - 1));
    window.startMinute = 9 * 60;
    window.endMinute = 18 * 60;
    const qint64 id = createCampaign(server, addContacts(4), window);

    QCOMPARE(run(id, tokyo), CampaignState::Waiting);
    QVERIFY(receivedBy(server).isEmpty());
    for (const QJsonObject& event : server.events()) {
        QVERIFY2(event.value(u"event"_s).toString() != u"connect"_s, "no connection is made outside the window");
    }
    CampaignStore store(*m_db);
    const Campaign campaign = *store.find(id);
    QCOMPARE(campaign.state, CampaignState::Waiting);
    QCOMPARE(store.counts(id).queued, 4LL);
    const QDateTime opening = window.nextOpening(QDateTime::currentDateTimeUtc(), tokyo);
    QVERIFY(opening > now);
    QCOMPARE(campaign.resumeAt, opening);   // whole seconds: the opening is on a minute
    QVERIFY(!campaign.startedAt.isValid()); // it has not started
    QVERIFY(CampaignStateText::isResumable(campaign.state));
    // The scheduler resumes it at the opening, not before.
    QVERIFY(!store.waitingDue(now).contains(id));
    QVERIFY(store.waitingDue(opening).contains(id));

    // Resumed again while still closed: still nothing.
    QCOMPARE(run(id, tokyo), CampaignState::Waiting);
    QVERIFY(receivedBy(server).isEmpty());
}

void TestDeliveryCompliance::openWindowSends()
{
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const qint64 id
        = createCampaign(server, addContacts(4), *SendWindow::parse(u"mon,tue,wed,thu,fri,sat,sun 00:00-24:00"_s));
    QCOMPARE(run(id, QTimeZone("America/New_York")), CampaignState::Done);
    QCOMPARE(receivedBy(server).size(), 4);
    QVERIFY(!CampaignStore(*m_db).find(id)->resumeAt.isValid());
}

void TestDeliveryCompliance::deferredRetriesAreResumedAtTheFirstRetry_data()
{
    QTest::addColumn<bool>("window"); // a window open now that closes before the retry is due
    QTest::newRow("no window") << false;
    QTest::newRow("the retry falls outside the window") << true;
}

void TestDeliveryCompliance::deferredRetriesAreResumedAtTheFirstRetry()
{
    QFETCH(bool, window);
    FaultSmtpServer server;
    // Every first attempt is greylisted; no retry fits in this run (maxWait 0): the campaign waits.
    QVERIFY2(server.start({u"--greylist"_s}), qPrintable(server.error()));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    // A zone in which it is now about noon, so a window that opens now never runs over midnight, whenever the
    // test runs (UTC offsets span -12 to +14 hours).
    const QTimeZone zone((12 - before.time().hour()) * 3600);
    SendWindow sendWindow;
    if (window) {
        // Open from now for at least a minute (this run takes a second); the first retry, an hour later, is past
        // the close.
        const QDateTime local = before.toTimeZone(zone);
        const int minute = local.time().hour() * 60 + local.time().minute();
        sendWindow.days = quint8(1 << (local.date().dayOfWeek() - 1));
        sendWindow.startMinute = minute;
        sendWindow.endMinute = minute + 2;
    }
    const qint64 id = createCampaign(server, addContacts(2), sendWindow);
    QCOMPARE(run(id, zone, std::chrono::milliseconds(0), std::chrono::hours(1)), CampaignState::Waiting);
    CampaignStore store(*m_db);
    QCOMPARE(store.counts(id).deferred, 2LL);
    const QDateTime firstRetry = store.firstRetryAt(id);
    QVERIFY(firstRetry > before);
    const Campaign campaign = *store.find(id);
    if (window) {
        QCOMPARE(campaign.resumeAt, sendWindow.nextOpening(firstRetry, zone));
        QVERIFY(campaign.resumeAt > firstRetry);
    } else {
        QCOMPARE(campaign.resumeAt, firstRetry);
    }
    QVERIFY(!store.waitingDue(before).contains(id));
    QVERIFY(store.waitingDue(campaign.resumeAt).contains(id));
}

void TestDeliveryCompliance::queueStopsTakingAtTheClose()
{
    FaultSmtpServer server; // only for the campaign's transport URL; nothing is sent
    const qint64 id = createCampaign(server, addContacts(3));
    DeliveryQueue queue(*m_db, id, DeliveryThrottle(0), std::chrono::minutes(1));
    QVERIFY(queue.start());
    queue.setClosesAt(DeliveryQueue::Clock::now() + std::chrono::hours(1));
    DeliveryJob job;
    std::chrono::milliseconds wait {0};
    QCOMPARE(queue.take(job, wait), DeliveryQueue::Next::Job);
    queue.finished(job);
    QVERIFY(!queue.windowClosed());
    queue.setClosesAt(DeliveryQueue::Clock::now());
    QCOMPARE(queue.take(job, wait), DeliveryQueue::Next::Finished);
    QVERIFY(queue.windowClosed());
    QVERIFY(queue.stopped());
}

QTEST_GUILESS_MAIN(TestDeliveryCompliance)
#include "tst_deliverycompliance.moc"
