// The Scheduler with a ManualClock against a real SQLite file and the fault-injecting SMTP server: a campaign goes
// out at its time (Tokyo, Berlin across both DST changes) and not a second before; a missed schedule waits for the
// caller; waiting campaigns are retried when their time comes; two Schedulers and two `tayori-cli run-due` processes
// at once send every recipient once; pause, resume and cancel. And the end-to-end test of issue 5: a draft made
// through the core API with a segment audience, scheduled, sent by `tayori-cli run-due`, checked by python3-dkim.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "CliProcess.h"
#include "FaultSmtpServer.h"
#include "automation/Scheduler.h"
#include "automation/SequenceStore.h"
#include "campaigns/CampaignFactory.h"
#include "campaigns/CampaignStore.h"
#include "campaigns/ScheduleTime.h"
#include "common/Clock.h"
#include "contacts/ContactRepository.h"
#include "dkim/DkimKey.h"
#include "senders/DkimKeyStore.h"
#include "senders/RelayStore.h"
#include "senders/SenderIdentityStore.h"
#include "storage/Database.h"
#include "storage/Timestamp.h"
#include "templates/TemplateStore.h"

using namespace Qt::StringLiterals;

namespace {
const QString fromDomain = u"news.example.jp"_s;
const QString selector = u"sched1"_s;
constexpr int sendTimeoutMs = 60000;
} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dueAtItsTimeNotASecondBefore_data();
    void dueAtItsTimeNotASecondBefore();
    void missedScheduleWaitsForTheCaller();
    void waitingCampaignIsRetriedWhenItsTimeComes();
    void sendWindowOpeningWakesTheScheduler();
    void pauseResumeCancel();
    void draftAudienceIsResolvedWhenItStarts();
    void stepMailIsSentWhenDue();
    void overlappingRunnersSendEachRecipientOnce();
    void endToEndThroughRunDue();

private:
    QList<qint64> addContacts(int count, const QString& list = u"news"_s);
    Campaign campaign(const QString& name) const;
    qint64 createScheduled(const QString& name, const QDateTime& atUtc, const QList<qint64>& contacts);
    CampaignState stateOf(qint64 campaignId) const;
    // Message-IDs the server accepted, once per message.
    QStringList messageIds() const;
    QJsonObject checkDelivered() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FaultSmtpServer> m_server;
    std::optional<Database> m_database;
    QString m_rsaKey;
    QString m_rsaTxt;
};

void TestScheduler::initTestCase()
{
    static QTemporaryDir keys;
    auto rsa = DkimKey::generate(DkimKey::Algorithm::Rsa, 2048);
    QVERIFY(rsa);
    m_rsaKey = keys.filePath(u"rsa.pem"_s);
    QVERIFY(rsa->writePrivateKey(m_rsaKey));
    m_rsaTxt = QString::fromLatin1(rsa->dnsTxtRecord());
}

void TestScheduler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = Database::open(m_dir->filePath(u"tayori.sqlite"_s));
    QVERIFY2(database, qPrintable(database.error()));
    m_database = *database;
    m_server = std::make_unique<FaultSmtpServer>();
}

void TestScheduler::cleanup()
{
    m_server.reset();
    m_database.reset();
    m_dir.reset();
}

QList<qint64> TestScheduler::addContacts(int count, const QString& list)
{
    ContactRepository contacts(*m_database);
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        Contact contact;
        contact.email = u"%1%2@dest%3.example"_s.arg(list).arg(i).arg(i % 3);
        contact.familyName = u"山田"_s;
        contact.givenName = u"太郎%1"_s.arg(i);
        contact.lists = {list};
        auto id = contacts.add(contact);
        if (!id) {
            qWarning() << id.error();
            return {};
        }
        ids << *id;
    }
    return ids;
}

Campaign TestScheduler::campaign(const QString& name) const
{
    Campaign c;
    c.name = name;
    c.subject = u"{{first_name}}さん、%1"_s.arg(name);
    c.fromName = u"便り通信"_s;
    c.fromAddress = u"info@"_s + fromDomain;
    c.html = u"<p>{{last_name}} {{first_name}} 様</p><a href=\"{{unsubscribe_url}}\">配信停止</a>"_s;
    c.text = u"{{full_name}} 様\n配信停止: {{unsubscribe_url}}\n"_s;
    c.transportUrl = u"smtp://127.0.0.1:%1?tls=none"_s.arg(m_server->port());
    c.baseUrl = u"https://news.example.jp"_s;
    c.dkimKeyPath = m_rsaKey;
    c.dkimSelector = selector;
    c.connections = 2;
    return c;
}

qint64 TestScheduler::createScheduled(const QString& name, const QDateTime& atUtc, const QList<qint64>& contacts)
{
    Campaign c = campaign(name);
    c.state = CampaignState::Scheduled;
    c.scheduledAt = atUtc;
    const auto id = CampaignStore(*m_database).create(c, contacts);
    if (!id) {
        qWarning() << id.error();
        return 0;
    }
    return *id;
}

CampaignState TestScheduler::stateOf(qint64 campaignId) const
{
    return CampaignStore(*m_database).find(campaignId).value().state;
}

QStringList TestScheduler::messageIds() const
{
    QStringList ids;
    for (const QJsonObject& message : m_server->messages()) {
        ids << message.value(u"message_id"_s).toString();
    }
    return ids;
}

QJsonObject TestScheduler::checkDelivered() const
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 {qEnvironmentVariable("TAYORI_SOURCE_DIR") + u"/tests/delivery/check_delivered.py"_s,
                  m_server->maildir() + u"/messages.jsonl"_s,
                  m_server->maildir(),
                  u"--dns"_s,
                  selector + u"._domainkey."_s + fromDomain + u"="_s + m_rsaTxt});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// Each row: a wall-clock time and the zone it is meant in, and the UTC instant worked out by hand. Berlin springs
// forward on 2027-03-28 (02:00 CET → 03:00 CEST) and falls back on 2026-10-25 (03:00 CEST → 02:00 CET). Rows with
// no zone are parsed as local time: this suite runs with TZ=Europe/Berlin (main below).
void TestScheduler::dueAtItsTimeNotASecondBefore_data()
{
    QTest::addColumn<QString>("wallClock");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("expectedUtc");
    const auto utc = [](const char* text) { return QDateTime::fromString(QLatin1String(text), Qt::ISODate); };
    QTest::newRow("Tokyo 09:00") << u"2026-12-24T09:00:00"_s << u"Asia/Tokyo"_s << utc("2026-12-24T00:00:00Z");
    QTest::newRow("Tokyo midnight") << u"2027-01-01T00:00:00"_s << u"Asia/Tokyo"_s << utc("2026-12-31T15:00:00Z");
    QTest::newRow("Berlin before spring forward")
        << u"2027-03-28T01:30:00"_s << u"Europe/Berlin"_s << utc("2027-03-28T00:30:00Z");
    QTest::newRow("Berlin after spring forward")
        << u"2027-03-28T03:30:00"_s << u"Europe/Berlin"_s << utc("2027-03-28T01:30:00Z");
    QTest::newRow("Berlin 09:00 the day before fall back")
        << u"2026-10-24T09:00:00"_s << u"Europe/Berlin"_s << utc("2026-10-24T07:00:00Z");
    QTest::newRow("Berlin 09:00 the day after fall back")
        << u"2026-10-26T09:00:00"_s << u"Europe/Berlin"_s << utc("2026-10-26T08:00:00Z");
    QTest::newRow("local (TZ) after spring forward")
        << u"2027-03-28T03:30:00"_s << QString() << utc("2027-03-28T01:30:00Z");
    QTest::newRow("local (TZ) 09:00 in winter") << u"2026-12-01T09:00:00"_s << QString() << utc("2026-12-01T08:00:00Z");
}

void TestScheduler::dueAtItsTimeNotASecondBefore()
{
    QFETCH(QString, wallClock);
    QFETCH(QString, zone);
    QFETCH(QDateTime, expectedUtc);
    QString text = wallClock;
    if (!zone.isEmpty()) {
        // The offset that zone has at that wall-clock time, written out as the wizard would for a chosen zone.
        const QTimeZone timeZone(zone.toLatin1());
        QVERIFY(timeZone.isValid());
        const QDateTime local(QDateTime::fromString(wallClock, Qt::ISODate).date(),
                              QDateTime::fromString(wallClock, Qt::ISODate).time(),
                              timeZone);
        const int offset = timeZone.offsetFromUtc(local);
        text += (offset < 0 ? u"-"_s : u"+"_s) + QTime(0, 0).addSecs(std::abs(offset)).toString(u"HH:mm"_s);
    }
    const auto parsed = ScheduleTime::parse(text, expectedUtc.addDays(-2));
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->toUTC(), expectedUtc);

    QVERIFY(m_server->start());
    const qint64 id = createScheduled(u"予約"_s, *parsed, addContacts(2));
    QVERIFY(id > 0);
    ManualClock clock(expectedUtc.addDays(-1));
    Scheduler scheduler(*m_database, clock);
    QSignalSpy started(&scheduler, &Scheduler::campaignStarted);
    QCOMPARE(scheduler.runDueOnce(), 0);
    QCOMPARE(scheduler.nextDue(), expectedUtc); // the timer's next wake-up
    QVERIFY(scheduler.missedCampaigns().isEmpty());

    clock.set(expectedUtc.addSecs(-1));
    QCOMPARE(scheduler.runDueOnce(), 0);
    QCOMPARE(stateOf(id), CampaignState::Scheduled);
    QCOMPARE(started.size(), 0);

    clock.set(expectedUtc);
    QCOMPARE(scheduler.runDueOnce(), 1);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toLongLong(), id);
    QVERIFY(scheduler.isSending(id));
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), sendTimeoutMs);
    QCOMPARE(stateOf(id), CampaignState::Done);
    QCOMPARE(messageIds().size(), 2);
    QVERIFY(!scheduler.nextDue().isValid());
    // Done is done: another pass sends nothing.
    QCOMPARE(scheduler.runDueOnce(), 0);
}

// A schedule whose time passed while nothing ran: missedCampaigns() names it and a holding Scheduler leaves it
// alone (telling missed() once) until the caller decides — sendNow() sends it. One just due is sent as usual, and a
// Scheduler that does not hold (run-due) sends a missed one too.
void TestScheduler::missedScheduleWaitsForTheCaller()
{
    QVERIFY(m_server->start());
    const QDateTime now = QDateTime::fromString(u"2026-12-24T10:00:00Z"_s, Qt::ISODate);
    const QList<qint64> contacts = addContacts(3);
    const qint64 missed = createScheduled(u"missed"_s, now.addSecs(-3600), contacts);
    const qint64 justDue = createScheduled(u"just due"_s, now.addSecs(-60), contacts);
    const qint64 later = createScheduled(u"later"_s, now.addSecs(3600), contacts);
    ManualClock clock(now);
    Scheduler scheduler(*m_database, clock);
    QCOMPARE(scheduler.missedCampaigns(std::chrono::minutes(5)), QList<qint64> {missed});
    QCOMPARE(scheduler.missedCampaigns(std::chrono::seconds(30)), (QList<qint64> {missed, justDue}));
    QCOMPARE(scheduler.missedCampaigns(std::chrono::hours(2)), QList<qint64> {});

    scheduler.holdMissed(std::chrono::minutes(5));
    QSignalSpy missedSpy(&scheduler, &Scheduler::missed);
    QCOMPARE(scheduler.runDueOnce(), 1);
    QVERIFY(scheduler.isSending(justDue));
    QCOMPARE(missedSpy.size(), 1);
    QCOMPARE(missedSpy.first().first().value<QList<qint64>>(), QList<qint64> {missed});
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), sendTimeoutMs);
    QCOMPARE(scheduler.runDueOnce(), 0);
    QCOMPARE(missedSpy.size(), 1); // told once
    QCOMPARE(stateOf(missed), CampaignState::Scheduled);
    QCOMPARE(messageIds().size(), 3);
    QCOMPARE(scheduler.nextDue(), now.addSecs(3600));

    QVERIFY(scheduler.sendNow(missed));
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), sendTimeoutMs);
    QCOMPARE(stateOf(missed), CampaignState::Done);
    QCOMPARE(messageIds().size(), 6);
    QVERIFY(!scheduler.sendNow(missed)); // done: refused with a reason
    QCOMPARE(stateOf(later), CampaignState::Scheduled);

    // run-due's way: no hold, a missed one goes out.
    clock.set(now.addSecs(3 * 3600));
    Scheduler cron(*m_database, clock);
    QCOMPARE(cron.missedCampaigns(), QList<qint64> {later});
    QCOMPARE(cron.runDueOnce(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(cron.isIdle(), sendTimeoutMs);
    QCOMPARE(stateOf(later), CampaignState::Done);
    const QStringList ids = messageIds();
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 9);
}

// The relay greylists: the first run ends 'waiting' with every recipient deferred. Passes before the retry time
// leave it; the pass at that time sends the rest. (The engine keeps retry times by the real clock, so the retry is
// two seconds ahead and the test lets that much real time pass before the Scheduler's clock reaches it.)
void TestScheduler::waitingCampaignIsRetriedWhenItsTimeComes()
{
    QVERIFY(m_server->start({u"--greylist"_s, u"--greylist-delay"_s, u"0"_s}));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    const qint64 id = createScheduled(u"greylisted"_s, clock.nowUtc().addSecs(-1), addContacts(3));
    Scheduler scheduler(*m_database, clock);
    DeliveryEngine::Options options;
    options.retry.firstDelay = std::chrono::seconds(2);
    options.retry.jitter = 0;
    options.maxWait = std::chrono::milliseconds(0); // no waiting in the run: the Scheduler comes back
    scheduler.setEngineOptions(options);
    QSignalSpy finished(&scheduler, &Scheduler::campaignFinished);
    QCOMPARE(scheduler.runDueOnce(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), sendTimeoutMs);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).value<CampaignState>(), CampaignState::Waiting);
    QCOMPARE(stateOf(id), CampaignState::Waiting);
    QCOMPARE(CampaignStore(*m_database).counts(id).deferred, 3);
    QCOMPARE(messageIds().size(), 0);

    // The next wake-up is the first retry (about two seconds ahead, with jitter).
    const QDateTime retry = scheduler.nextDue();
    QVERIFY(retry.isValid());
    QVERIFY2(clock.nowUtc().secsTo(retry) >= 1 && clock.nowUtc().secsTo(retry) <= 4,
             qPrintable(retry.toString(Qt::ISODate)));
    QCOMPARE(retry, CampaignStore(*m_database).find(id)->resumeAt);
    QCOMPARE(scheduler.runDueOnce(), 0);
    // Each deferred row has its own retry time (they may straddle a second): one pass per distinct time, never
    // one before it.
    for (int round = 0; round < 3 && stateOf(id) == CampaignState::Waiting; ++round) {
        const QDateTime next = scheduler.nextDue();
        QVERIFY(next.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() >= next, 10000);
        clock.set(next.addSecs(-1));
        QCOMPARE(scheduler.runDueOnce(), 0);
        QCOMPARE(stateOf(id), CampaignState::Waiting);
        clock.set(next);
        QCOMPARE(scheduler.runDueOnce(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), sendTimeoutMs);
    }
    QCOMPARE(stateOf(id), CampaignState::Done);
    QCOMPARE(messageIds().size(), 3);
    QVERIFY(!scheduler.nextDue().isValid());
}

// A campaign due while its send window is closed starts, sends nothing and waits; the Scheduler's next wake-up is
// the window's opening, and no pass before it starts the campaign again. (The engine checks the window by the real
// clock, so at the opening on the ManualClock it is still closed: it waits again and sends nothing.)
void TestScheduler::sendWindowOpeningWakesTheScheduler()
{
    QVERIFY(m_server->start());
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const QTimeZone berlin("Europe/Berlin");
    SendWindow window; // only on the weekday three days from now: closed all of today
    window.days = quint8(1 << (now.toTimeZone(berlin).date().addDays(3).dayOfWeek() - 1));
    window.startMinute = 9 * 60;
    window.endMinute = 18 * 60;
    Campaign c = campaign(u"window"_s);
    c.state = CampaignState::Scheduled;
    c.scheduledAt = now.addSecs(-1);
    c.sendWindow = window;
    const auto id = CampaignStore(*m_database).create(c, addContacts(2));
    QVERIFY2(id, qPrintable(id.error()));
    ManualClock clock(now);
    Scheduler scheduler(*m_database, clock);
    DeliveryEngine::Options options;
    options.timeZone = berlin;
    scheduler.setEngineOptions(options);
    QCOMPARE(scheduler.runDueOnce(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), sendTimeoutMs);
    QCOMPARE(stateOf(*id), CampaignState::Waiting);
    QCOMPARE(m_server->messages().size(), 0);
    const QDateTime opening = window.nextOpening(now, berlin);
    QVERIFY(opening > now.addDays(1));
    QCOMPARE(scheduler.nextDue(), opening);

    clock.set(opening.addSecs(-1));
    QCOMPARE(scheduler.runDueOnce(), 0);
    clock.set(opening);
    QCOMPARE(scheduler.runDueOnce(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), sendTimeoutMs);
    QCOMPARE(stateOf(*id), CampaignState::Waiting);
    QCOMPARE(m_server->messages().size(), 0);
}

// The sending view's buttons: pause stops after the messages in flight and resume sends the rest, each recipient
// once; cancel ends a running campaign and a scheduled one (which then never goes out).
void TestScheduler::pauseResumeCancel()
{
    QVERIFY(m_server->start({u"--delay-data-ms"_s, u"150"_s}));
    const QList<qint64> contacts = addContacts(12);
    Campaign c = campaign(u"pause me"_s);
    c.connections = 1;
    const auto id = CampaignStore(*m_database).create(c, contacts); // a draft with its recipients
    QVERIFY(id);
    Scheduler scheduler(*m_database);
    QSignalSpy finished(&scheduler, &Scheduler::campaignFinished);
    QSignalSpy progress(&scheduler, &Scheduler::campaignProgress);
    QVERIFY(scheduler.sendNow(*id));
    QVERIFY(scheduler.isSending(*id));
    QVERIFY(!scheduler.sendNow(*id)); // already sending
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.counts(*id).sent >= 1, sendTimeoutMs);
    scheduler.pause(*id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, sendTimeoutMs);
    QCOMPARE(finished.first().at(1).value<CampaignState>(), CampaignState::Paused);
    QVERIFY(!scheduler.isSending(*id));
    QCOMPARE(stateOf(*id), CampaignState::Paused);
    const qint64 sentBeforeResume = scheduler.counts(*id).sent;
    QVERIFY2(sentBeforeResume >= 1 && sentBeforeResume < 12, qPrintable(QString::number(sentBeforeResume)));
    QCOMPARE(scheduler.rate(*id), 0.0);
    QCOMPARE(scheduler.runDueOnce(), 0); // paused is not due: it waits for the user

    QVERIFY(scheduler.resume(*id));
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), sendTimeoutMs);
    QCOMPARE(stateOf(*id), CampaignState::Done);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(scheduler.counts(*id).sent, 12);
    QStringList ids = messageIds();
    QCOMPARE(ids.size(), 12);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 12);

    // Cancel while sending.
    const auto second = CampaignStore(*m_database).create(campaign(u"cancel me"_s), contacts);
    QVERIFY(second);
    QVERIFY(scheduler.sendNow(*second));
    scheduler.cancel(*second);
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), sendTimeoutMs);
    QCOMPARE(stateOf(*second), CampaignState::Cancelled);
    QVERIFY(CampaignStore(*m_database).counts(*second).sent < 12);
    QVERIFY(!scheduler.resume(*second));

    // Cancel a scheduled one: it never goes out.
    const qint64 scheduled = createScheduled(u"never"_s, QDateTime::currentDateTimeUtc().addSecs(-5), contacts);
    scheduler.cancel(scheduled);
    QCOMPARE(stateOf(scheduled), CampaignState::Cancelled);
    QCOMPARE(scheduler.runDueOnce(), 0);
    QCOMPARE(CampaignStore(*m_database).counts(scheduled).sent, 0);
}

// A draft keeps only its audience (segment text); the recipients are resolved when it starts. One that matches
// nobody does not start: it is paused with a message saying so, and runFailed tells the app.
void TestScheduler::draftAudienceIsResolvedWhenItStarts()
{
    QVERIFY(m_server->start());
    addContacts(4, u"news"_s);
    addContacts(2, u"other"_s);
    CampaignStore store(*m_database);
    // A day ahead of the real clock: CampaignStore::schedule refuses a time in the past by it.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC).addDays(1);
    Campaign c = campaign(u"draft"_s);
    c.audience = u"list:news"_s;
    const auto draft = store.createDraft(c);
    QVERIFY2(draft, qPrintable(draft.error()));
    QCOMPARE(store.counts(*draft).total(), 0);
    QVERIFY(store.schedule(*draft, now.addSecs(60)));
    c.audience = u"list:news AND tag:nobody-has-this"_s;
    const auto nobody = store.createDraft(c);
    QVERIFY(nobody);
    QVERIFY(store.schedule(*nobody, now.addSecs(60)));

    ManualClock clock(now.addSecs(60));
    Scheduler scheduler(*m_database, clock);
    QSignalSpy failed(&scheduler, &Scheduler::runFailed);
    QCOMPARE(scheduler.runDueOnce(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), sendTimeoutMs);
    QCOMPARE(stateOf(*draft), CampaignState::Done);
    QCOMPARE(store.counts(*draft).sent, 4);
    QCOMPARE(messageIds().size(), 4);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toLongLong(), *nobody);
    QVERIFY2(failed.first().at(1).toString().contains(u"No contact matches"_s),
             qPrintable(failed.first().at(1).toString()));
    QCOMPARE(stateOf(*nobody), CampaignState::Paused);
    QCOMPARE(store.find(*nobody)->lastError, failed.first().at(1).toString());
    QCOMPARE(store.counts(*nobody).total(), 0);
}

// Step mail through the Scheduler: a welcome sequence (mail 1 on joining, mail 2 a day later) is queued and sent
// by passes at those times and not before; then `tayori-cli run-due` sends mail 1 to someone who has just joined
// (run-due includes step mail), and nothing else.
void TestScheduler::stepMailIsSentWhenDue()
{
    QVERIFY(m_server->start());
    const auto templateDocument = TemplateDocument::fromJson(QByteArrayLiteral(R"({
      "format": "tayori-template", "version": 1, "kind": "blocks", "name": "Welcome", "language": "en",
      "settings": {"contentWidth": 600},
      "blocks": [
        {"id": "h", "type": "heading", "text": "Welcome, {{first_name|friend}}", "level": 1},
        {"id": "f", "type": "footer", "senderName": "Example Ltd", "address": "1 Example Street, Tokyo"}
      ]})"));
    QVERIFY2(templateDocument, qPrintable(templateDocument.error()));
    const auto templateId = TemplateStore(*m_database).create(*templateDocument);
    QVERIFY2(templateId, qPrintable(templateId.error()));
    SenderIdentity identity;
    identity.displayName = u"Example"_s;
    identity.address = u"news@example.com"_s;
    QVERIFY(SenderIdentityStore(*m_database).add(identity));
    Relay relay;
    relay.name = u"faultsmtp"_s;
    relay.url = u"smtp://127.0.0.1:%1?tls=none"_s.arg(m_server->port());
    relay.isDefault = true;
    QVERIFY(RelayStore(*m_database).add(relay));
    const auto list = ContactRepository(*m_database).ensureList(u"welcome"_s);
    QVERIFY(list);

    const QDateTime start = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    ManualClock clock(start);
    Sequence sequence;
    sequence.name = u"Welcome"_s;
    sequence.listId = *list;
    sequence.timeZone = u"Asia/Tokyo"_s;
    sequence.baseUrl = u"https://news.example.com"_s;
    sequence.active = true;
    SequenceStep one;
    one.anchor = StepAnchor::Trigger;
    one.templateId = *templateId;
    one.subject = u"Mail 1"_s;
    SequenceStep two;
    two.delayAmount = 1;
    two.delayUnit = DelayUnit::Days;
    two.templateId = *templateId;
    two.subject = u"Mail 2"_s;
    sequence.steps = {one, two};
    const auto sequenceId = SequenceStore(*m_database, clock).create(sequence);
    QVERIFY2(sequenceId, qPrintable(sequenceId.error()));
    const auto join = [this](const QString& email, const QDateTime& at) {
        Contact contact;
        contact.email = email;
        contact.lists = {u"welcome"_s};
        const auto id = ContactRepository(*m_database).add(contact);
        QSqlQuery query(m_database->connection());
        query.prepare(u"UPDATE list_members SET added_at = ? WHERE contact_id = ?"_s);
        query.addBindValue(at.toUTC().toString(Qt::ISODate));
        query.addBindValue(id ? *id : 0);
        return id && query.exec();
    };
    QVERIFY(join(u"anna@example.com"_s, start));
    QVERIFY(join(u"ben@example.com"_s, start));

    Scheduler scheduler(*m_database, clock);
    QSignalSpy started(&scheduler, &Scheduler::campaignStarted);
    QCOMPARE(scheduler.runDueOnce(), 1); // mail 1 is due on joining
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), sendTimeoutMs);
    const qint64 stepOne = started.first().first().toLongLong();
    QCOMPARE(CampaignStore(*m_database).find(stepOne)->kind, u"step"_s);
    QCOMPARE(m_server->messages().size(), 2);
    QCOMPARE(scheduler.runDueOnce(), 0); // queued once
    const QDateTime mailTwo = scheduler.nextDue();
    QCOMPARE(mailTwo, start.addDays(1));

    clock.set(mailTwo.addSecs(-1));
    QCOMPARE(scheduler.runDueOnce(), 0);
    QCOMPARE(m_server->messages().size(), 2);
    clock.set(mailTwo);
    QCOMPARE(scheduler.runDueOnce(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), sendTimeoutMs);
    QCOMPARE(m_server->messages().size(), 4);
    QStringList subjects;
    for (const QJsonObject& message : m_server->messages()) {
        const QByteArray bytes = m_server->messageBytes(message);
        subjects << (bytes.contains("\r\nSubject: Mail 1\r\n") ? u"Mail 1"_s : u"Mail 2"_s) + u" "_s
                        + message.value(u"rcpts"_s).toArray().first().toString();
    }
    subjects.sort();
    QCOMPARE(subjects,
             QStringList({u"Mail 1 anna@example.com"_s,
                          u"Mail 1 ben@example.com"_s,
                          u"Mail 2 anna@example.com"_s,
                          u"Mail 2 ben@example.com"_s}));

    // run-due, by the real clock: Carl has just joined, so mail 1 goes to him; mail 2 is not due for him yet.
    QVERIFY(join(u"carl@example.com"_s, QDateTime::currentDateTimeUtc()));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_dir->path());
    const CliRun run
        = CliProcess::run(m_dir->filePath(u"tayori.sqlite"_s), {u"run-due"_s, u"--json"_s}, sendTimeoutMs, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray runs = run.json().value(u"campaigns"_s).toArray();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().toObject().value(u"campaign"_s).toInteger(), stepOne);
    QCOMPARE(runs.first().toObject().value(u"kind"_s).toString(), u"step"_s);
    QCOMPARE(runs.first().toObject().value(u"sent"_s).toInt(), 3);
    const QList<QJsonObject> messages = m_server->messages();
    QCOMPARE(messages.size(), 5);
    QCOMPARE(messages.last().value(u"rcpts"_s).toArray().first().toString(), u"carl@example.com"_s);
    QVERIFY(m_server->messageBytes(messages.last()).contains("\r\nSubject: Mail 1\r\n"));
}

// Two Schedulers (two connections in this process) and two `tayori-cli run-due` processes on the same file at once,
// with three due campaigns: each campaign is run by exactly one of them and every recipient gets each campaign once.
void TestScheduler::overlappingRunnersSendEachRecipientOnce()
{
    QVERIFY(m_server->start({u"--delay-ms"_s, u"5"_s}));
    const QList<qint64> contacts = addContacts(15);
    const QDateTime due = QDateTime::currentDateTimeUtc().addSecs(-2);
    QList<qint64> campaigns;
    for (int i = 0; i < 3; ++i) {
        campaigns << createScheduled(u"overlap %1"_s.arg(i), due, contacts);
    }
    const QString path = m_dir->filePath(u"tayori.sqlite"_s);
    QList<QProcess*> processes;
    for (int i = 0; i < 2; ++i) {
        auto* process = new QProcess(this);
        process->start(qEnvironmentVariable("TAYORI_CLI"), {u"--db"_s, path, u"--json"_s, u"run-due"_s});
        processes << process;
    }
    auto first = Database::open(path);
    auto second = Database::open(path);
    QVERIFY(first && second);
    Scheduler a(*first);
    Scheduler b(*second);
    QSignalSpy startedA(&a, &Scheduler::campaignStarted);
    QSignalSpy startedB(&b, &Scheduler::campaignStarted);
    QSignalSpy failedA(&a, &Scheduler::runFailed);
    QSignalSpy failedB(&b, &Scheduler::runFailed);
    // Passes over and over while the processes start up, as the app's timer would.
    for (int pass = 0; pass < 20; ++pass) {
        a.runDueOnce();
        b.runDueOnce();
        QTest::qWait(20);
    }
    QTRY_VERIFY_WITH_TIMEOUT(a.isIdle() && b.isIdle(), sendTimeoutMs);
    int runs = int(startedA.size() + startedB.size());
    for (QProcess* process : std::as_const(processes)) {
        QTRY_COMPARE_WITH_TIMEOUT(process->state(), QProcess::NotRunning, sendTimeoutMs);
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        const QJsonObject json = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        for (const QJsonValue& run : json.value(u"campaigns"_s).toArray()) {
            QVERIFY(!run.toObject().contains(u"error"_s));
            ++runs;
        }
        delete process;
    }
    QCOMPARE(failedA.size() + failedB.size(), 0);
    QCOMPARE(runs, 3);
    for (qint64 id : std::as_const(campaigns)) {
        QCOMPARE(stateOf(id), CampaignState::Done);
    }
    const QList<QJsonObject> messages = m_server->messages();
    QCOMPARE(messages.size(), 45);
    QSet<QString> ids;
    QHash<QString, int> perRecipient;
    for (const QJsonObject& message : messages) {
        ids.insert(message.value(u"message_id"_s).toString());
        for (const QJsonValue& rcpt : message.value(u"rcpts"_s).toArray()) {
            ++perRecipient[rcpt.toString()];
        }
    }
    QCOMPARE(ids.size(), 45);
    QCOMPARE(perRecipient.size(), 15);
    for (auto it = perRecipient.cbegin(); it != perRecipient.cend(); ++it) {
        QCOMPARE(it.value(), 3); // once per campaign
    }
}

// Issue 5, item 6: a campaign made through the core API — a draft with a segment audience, scheduled — is sent
// by `tayori-cli run-due` when due, and only the contacts the segment matches and that may be mailed get it, once,
// with the merged subject and a DKIM signature python3-dkim verifies.
void TestScheduler::endToEndThroughRunDue()
{
    QVERIFY(m_server->start());
    ContactRepository contacts(*m_database);
    QVERIFY(contacts.ensureCustomField(u"plan"_s, u"プラン"_s));
    struct Person
    {
        const char* email;
        const char* given;
        const char* plan;
        QStringList tags;
        ContactStatus status;
        bool expected;
    };
    const QList<Person> people = {
        {"gold1@dest.example", "一郎", "gold", {}, ContactStatus::Subscribed, true},
        {"gold2@dest.example", "二郎", "gold", {u"vip"_s}, ContactStatus::Subscribed, true},
        {"silver-vip@dest.example", "三郎", "silver", {u"vip"_s}, ContactStatus::Subscribed, true},
        {"silver@dest.example", "四郎", "silver", {}, ContactStatus::Subscribed, false},
        {"gold-test@dest.example", "五郎", "gold", {u"test"_s}, ContactStatus::Subscribed, false},
        {"gold-unsub@dest.example", "六郎", "gold", {}, ContactStatus::Unsubscribed, false},
        {"gold-suppressed@dest.example", "七郎", "gold", {}, ContactStatus::Subscribed, false},
    };
    for (const Person& person : people) {
        Contact contact;
        contact.email = QString::fromLatin1(person.email);
        contact.familyName = u"佐藤"_s;
        contact.givenName = QString::fromUtf8(person.given);
        contact.lists = {u"news"_s};
        contact.tags = person.tags;
        contact.status = person.status;
        contact.customValues.insert(u"plan"_s, QString::fromLatin1(person.plan));
        QVERIFY(contacts.add(contact));
    }
    {
        Contact outsider;
        outsider.email = u"gold-other-list@dest.example"_s;
        outsider.lists = {u"other"_s};
        outsider.customValues.insert(u"plan"_s, u"gold"_s);
        QVERIFY(contacts.add(outsider));
    }
    QSqlQuery suppress(m_database->connection());
    QVERIFY(suppress.exec(u"INSERT INTO suppressions (email_key, reason, created_at) VALUES "
                          "('gold-suppressed@dest.example', 'complaint', '2026-01-01T00:00:00Z')"_s));

    // What the wizard does: content from a library template, sender, key and relay from Settings.
    const auto document = TemplateDocument::fromJson(QByteArrayLiteral(R"({
      "format": "tayori-template", "version": 1, "kind": "blocks", "name": "Gold", "language": "ja",
      "settings": {"contentWidth": 600},
      "blocks": [
        {"id": "h", "type": "heading", "text": "{{last_name}} {{first_name}}様へ", "level": 1},
        {"id": "f", "type": "footer", "senderName": "便り通信", "address": "東京都千代田区1-1"}
      ]})"));
    QVERIFY2(document, qPrintable(document.error()));
    const auto templateId = TemplateStore(*m_database).create(*document);
    QVERIFY2(templateId, qPrintable(templateId.error()));
    SenderIdentity identity;
    identity.displayName = u"便り通信"_s;
    identity.address = u"info@"_s + fromDomain;
    QVERIFY(SenderIdentityStore(*m_database).add(identity));
    const auto key = DkimKey::fromFile(m_rsaKey);
    QVERIFY(key);
    const auto storedKey = DkimKeyStore(*m_database).save(fromDomain, selector, *key);
    QVERIFY2(storedKey, qPrintable(storedKey.error()));
    Relay relay;
    relay.name = u"faultsmtp"_s;
    relay.url = u"smtp://127.0.0.1:%1?tls=none"_s.arg(m_server->port());
    relay.isDefault = true;
    QVERIFY(RelayStore(*m_database).add(relay));

    CampaignStore store(*m_database);
    Campaign c;
    c.name = u"e2e"_s;
    c.subject = u"{{last_name}} {{first_name}}様 — {{plan}}会員のご案内"_s;
    c.audience = u"list:news AND (plan = gold OR tag:vip) AND NOT tag:test"_s;
    c.baseUrl = u"https://news.example.jp"_s;
    QVERIFY(CampaignFactory::applyTemplate(*m_database, *templateId, c));
    QVERIFY(CampaignFactory::applySender(*m_database, 0, c));
    QCOMPARE(c.dkimSelector, selector);
    const auto id = store.createDraft(c);
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(store.schedule(*id, QDateTime::currentDateTimeUtc().addSecs(3600)));
    QCOMPARE(stateOf(*id), CampaignState::Scheduled);

    const QString database = m_dir->filePath(u"tayori.sqlite"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_dir->path());
    const CliRun early = CliProcess::run(database, {u"run-due"_s, u"--json"_s}, sendTimeoutMs, environment);
    QCOMPARE(early.exitCode, 0);
    QCOMPARE(early.json().value(u"campaigns"_s).toArray().size(), 0);
    QCOMPARE(m_server->messages().size(), 0);

    // Its time comes (written straight to the file: the CLI process reads the real clock).
    QSqlQuery move(m_database->connection());
    move.prepare(u"UPDATE campaigns SET scheduled_at = ? WHERE id = ?"_s);
    move.addBindValue(Timestamp::toSeconds(QDateTime::currentDateTimeUtc().addSecs(-10)));
    move.addBindValue(*id);
    QVERIFY(move.exec());
    const CliRun run = CliProcess::run(database, {u"run-due"_s, u"--json"_s}, sendTimeoutMs, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray runs = run.json().value(u"campaigns"_s).toArray();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().toObject().value(u"campaign"_s).toInteger(), *id);
    QCOMPARE(runs.first().toObject().value(u"state"_s).toString(), u"done"_s);
    QCOMPARE(runs.first().toObject().value(u"sent"_s).toInt(), 3);
    QCOMPARE(runs.first().toObject().value(u"skipped"_s).toInt(), 2); // unsubscribed, suppressed

    const QJsonObject report = checkDelivered();
    QCOMPARE(report.value(u"messages"_s).toInt(), 3);
    QCOMPARE(report.value(u"problems"_s).toArray(), QJsonArray());
    const QJsonObject recipients = report.value(u"recipients"_s).toObject();
    QStringList expected;
    for (const Person& person : people) {
        if (!person.expected) {
            continue;
        }
        const QString email = QString::fromLatin1(person.email);
        expected << email;
        const QJsonObject info = recipients.value(email).toObject();
        QCOMPARE(info.value(u"count"_s).toInt(), 1);
        QCOMPARE(
            info.value(u"subject"_s).toString(),
            u"佐藤 %1様 — %2会員のご案内"_s.arg(QString::fromUtf8(person.given), QString::fromLatin1(person.plan)));
        QCOMPARE(info.value(u"dkim"_s).toArray(), QJsonArray {true});
        QCOMPARE(info.value(u"d"_s).toString(), fromDomain);
        QVERIFY(info.value(u"html"_s).toString().contains(u"佐藤 %1様へ"_s.arg(QString::fromUtf8(person.given))));
        QVERIFY(!info.value(u"list_unsubscribe"_s).toString().isEmpty());
    }
    QStringList received = recipients.keys();
    received.sort();
    expected.sort();
    QCOMPARE(received, expected);

    // Run again: nothing is due, nothing is sent twice.
    const CliRun again = CliProcess::run(database, {u"run-due"_s, u"--json"_s}, sendTimeoutMs, environment);
    QCOMPARE(again.json().value(u"campaigns"_s).toArray().size(), 0);
    QCOMPARE(m_server->messages().size(), 3);
}

int main(int argc, char** argv)
{
    // Rows without a zone are local wall-clock time: Berlin, for its DST changes. Set before Qt reads the zone.
    qputenv("TZ", "Europe/Berlin");
    // DkimKeyStore copies keys under the app's data folder: a temporary one, not the user's.
    QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome.path()));
    QCoreApplication app(argc, argv);
    TestScheduler test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_scheduler.moc"
