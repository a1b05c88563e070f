// Step mail: due times (local calendar days across DST), a welcome sequence's timeline on a ManualClock, leaving,
// edits that must not resend, idempotent queueing from two connections, enrolment by import and by hand, refused
// sequences, and the queued mail actually sent through faultsmtp — on a real SQLite file.
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "CliProcess.h"
#include "FaultSmtpServer.h"
#include "automation/SequenceRunner.h"
#include "automation/SequenceStore.h"
#include "campaigns/CampaignStore.h"
#include "contacts/ContactRepository.h"
#include "delivery/DeliveryEngine.h"
#include "import/ContactImporter.h"
#include "senders/RelayStore.h"
#include "senders/SenderIdentityStore.h"
#include "templates/TemplateStore.h"

namespace {
const QString berlin = QStringLiteral("Europe/Berlin");

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

TemplateDocument document(const QString& name)
{
    auto parsed = TemplateDocument::fromJson(QStringLiteral(R"({
      "format": "tayori-template", "version": 1, "kind": "blocks", "name": "%1", "language": "en",
      "settings": {"contentWidth": 600},
      "blocks": [
        {"id": "h", "type": "heading", "text": "%1, {{first_name|friend}}", "level": 1},
        {"id": "f", "type": "footer", "senderName": "Example Ltd", "address": "1 Example Street, Tokyo"}
      ]})")
                                                 .arg(name)
                                                 .toUtf8());
    if (!parsed) {
        qFatal("template does not parse: %s", qPrintable(parsed.error()));
    }
    return parsed.value();
}
} // namespace

class TestSequences : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dueTimes_data();
    void dueTimes();
    void welcomeTimelineAcrossDst();
    void leavingTheSequence_data();
    void leavingTheSequence();
    void editingDoesNotResend();
    void queuesOnceFromTwoConnections();
    void importAndHandBothEnrol();
    void inactiveEnrolsNobody();
    void refusedSequences_data();
    void refusedSequences();
    void sendsStepOneThroughSmtp();
    void templateInUseIsNotDeleted();
    void brokenStepIsShownNotHidden();
    void cliListAndShow();

private:
    Sequence welcome() const;
    qint64 join(const QString& email, const QDateTime& at, ContactStatus status = ContactStatus::Subscribed);
    // Addresses queued for `stepId`, sorted, as their delivery rows say.
    QStringList queued(qint64 stepId) const;
    QList<qint64> run();
    // Runs until a pass queues nothing more (one step per contact per pass); returns the passes that queued.
    int runUntilQuiet();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    QList<qint64> m_templates;
    qint64 m_listId = 0;
};

void TestSequences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<Database> db = Database::open(m_dir->filePath(QStringLiteral("seq.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = *db;
    m_clock = std::make_unique<ManualClock>(utc("2027-03-25T12:00:00Z"));
    TemplateStore templates(*m_db);
    m_templates.clear();
    for (const QString& name : {QStringLiteral("Welcome"), QStringLiteral("Tips"), QStringLiteral("Offer")}) {
        const Result<qint64> id = templates.create(document(name));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        m_templates.append(*id);
    }
    SenderIdentity identity;
    identity.displayName = QStringLiteral("Example");
    identity.address = QStringLiteral("news@example.com");
    QVERIFY(SenderIdentityStore(*m_db).add(identity).ok());
    const Result<qint64> list = ContactRepository(*m_db).ensureList(QStringLiteral("welcome"));
    QVERIFY(list.ok());
    m_listId = *list;
}

void TestSequences::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

// Mail 1 on joining, mail 2 three days after mail 1, mail 3 a week after joining at 09:00 — Berlin time.
Sequence TestSequences::welcome() const
{
    Sequence sequence;
    sequence.name = QStringLiteral("Welcome");
    sequence.listId = m_listId;
    sequence.timeZone = berlin;
    sequence.baseUrl = QStringLiteral("https://news.example.com");
    sequence.active = true;
    SequenceStep one;
    one.anchor = StepAnchor::Trigger;
    one.templateId = m_templates.at(0);
    one.subject = QStringLiteral("Mail 1");
    SequenceStep two;
    two.delayAmount = 3;
    two.templateId = m_templates.at(1);
    two.subject = QStringLiteral("Mail 2");
    SequenceStep three;
    three.delayAmount = 7;
    three.anchor = StepAnchor::Trigger;
    three.sendTime = QTime(9, 0);
    three.templateId = m_templates.at(2);
    three.subject = QStringLiteral("Mail 3");
    sequence.steps = {one, two, three};
    return sequence;
}

// A contact who joined the list at `at` (the time written as the import or an edit would have written it then).
qint64 TestSequences::join(const QString& email, const QDateTime& at, ContactStatus status)
{
    Contact contact;
    contact.email = email;
    contact.status = status;
    contact.lists = {QStringLiteral("welcome")};
    const Result<qint64> id = ContactRepository(*m_db).add(contact);
    if (!id) {
        qWarning("%s", qPrintable(id.error()));
        return 0;
    }
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("UPDATE list_members SET added_at = ? WHERE contact_id = ?"));
    query.addBindValue(at.toUTC().toString(Qt::ISODate));
    query.addBindValue(*id);
    query.exec();
    return *id;
}

QStringList TestSequences::queued(qint64 stepId) const
{
    QStringList emails;
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT d.email FROM sequence_sends x JOIN deliveries d ON d.campaign_id = "
                                 "x.campaign_id AND d.contact_id = x.contact_id WHERE x.step_id = ? ORDER BY d.email"));
    query.addBindValue(stepId);
    query.exec();
    while (query.next()) {
        emails << query.value(0).toString();
    }
    return emails;
}

QList<qint64> TestSequences::run()
{
    const Result<QList<qint64>> ready = SequenceRunner(*m_db, *m_clock).enqueueDue();
    if (!ready) {
        qWarning("%s", qPrintable(ready.error()));
        return {};
    }
    return *ready;
}

int TestSequences::runUntilQuiet()
{
    auto sends = [this] {
        QSqlQuery query(m_db->connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM sequence_sends"));
        return query.next() ? query.value(0).toInt() : -1;
    };
    int passes = 0;
    for (int before = sends(); passes < 10; ++passes) {
        run();
        const int after = sends();
        if (after == before) {
            break;
        }
        before = after;
    }
    return passes;
}

void TestSequences::dueTimes_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("amount");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QString>("sendTime");
    QTest::addColumn<QDateTime>("trigger");
    QTest::addColumn<QDateTime>("previous");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime none;
    // Berlin springs forward on 2027-03-28 (02:00 → 03:00) and falls back on 2027-10-31 (03:00 → 02:00).
    QTest::newRow("on joining") << berlin << 0 << "days"
                                << "trigger"
                                << "" << utc("2027-03-25T13:00:00Z") << none << utc("2027-03-25T13:00:00Z");
    QTest::newRow("3 days over spring forward keeps 14:00 local (71 h)")
        << berlin << 3 << "days"
        << "previous"
        << "" << utc("2027-03-20T00:00:00Z") << utc("2027-03-25T13:00:00Z") << utc("2027-03-28T12:00:00Z");
    QTest::newRow("3 days over fall back keeps 14:00 local (73 h)")
        << berlin << 3 << "days"
        << "previous"
        << "" << none << utc("2027-10-29T12:00:00Z") << utc("2027-11-01T13:00:00Z");
    QTest::newRow("72 hours are 72 hours over spring forward")
        << berlin << 72 << "hours"
        << "previous"
        << "" << none << utc("2027-03-25T13:00:00Z") << utc("2027-03-28T13:00:00Z");
    QTest::newRow("a week later at 09:00, summer time by then")
        << berlin << 7 << "days"
        << "trigger"
        << "09:00" << utc("2027-03-25T13:00:00Z") << utc("2027-03-28T12:00:00Z") << utc("2027-04-01T07:00:00Z");
    QTest::newRow("no previous step: counts from the trigger")
        << berlin << 1 << "days"
        << "previous"
        << "" << utc("2027-03-25T13:00:00Z") << none << utc("2027-03-26T13:00:00Z");
    QTest::newRow("same day 09:00 already past: next morning")
        << berlin << 0 << "days"
        << "trigger"
        << "09:00" << utc("2027-03-25T13:00:00Z") << none << utc("2027-03-26T08:00:00Z");
    QTest::newRow("same day 18:00 still ahead")
        << berlin << 0 << "days"
        << "trigger"
        << "18:00" << utc("2027-03-25T13:00:00Z") << none << utc("2027-03-25T17:00:00Z");
    QTest::newRow("2 hours then the first 09:00 after")
        << QStringLiteral("Asia/Tokyo") << 2 << "hours"
        << "trigger"
        << "09:00" << utc("2027-03-25T21:30:00Z") << none << utc("2027-03-26T00:00:00Z");
    QTest::newRow("02:30 does not exist on the spring-forward night: 03:30")
        << berlin << 1 << "days"
        << "trigger"
        << "02:30" << utc("2027-03-27T10:00:00Z") << none << utc("2027-03-28T01:30:00Z");
}

void TestSequences::dueTimes()
{
    QFETCH(QString, zone);
    QFETCH(int, amount);
    QFETCH(QString, unit);
    QFETCH(QString, anchor);
    QFETCH(QString, sendTime);
    QFETCH(QDateTime, trigger);
    QFETCH(QDateTime, previous);
    QFETCH(QDateTime, expected);
    SequenceStep step;
    step.delayAmount = amount;
    step.delayUnit = *SequenceStep::parseUnit(unit);
    step.anchor = *SequenceStep::parseAnchor(anchor);
    if (!sendTime.isEmpty()) {
        step.sendTime = QTime::fromString(sendTime, QStringLiteral("HH:mm"));
    }
    const QTimeZone timeZone(zone.toUtf8());
    QVERIFY(timeZone.isValid());
    QCOMPARE(step.dueAt(trigger, previous, timeZone), expected);
}

// The clock moves an hour at a time from 25 March to 5 April 2027 (Berlin changes to summer time on the 28th) and
// the runner runs after each move, as the scheduler would: each mail is queued in the hour it is due, once.
void TestSequences::welcomeTimelineAcrossDst()
{
    const QDateTime activated = m_clock->nowUtc();
    const Result<qint64> id = SequenceStore(*m_db, *m_clock).create(welcome());
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const Sequence sequence = *SequenceStore(*m_db).find(*id);
    QCOMPARE(sequence.activeSince, activated);

    join(QStringLiteral("before@example.com"), utc("2027-03-24T10:00:00Z")); // joined before: not enrolled
    join(QStringLiteral("anna@example.com"), utc("2027-03-25T13:00:00Z"));   // Thursday 14:00 CET
    join(QStringLiteral("ben@example.com"), utc("2027-03-27T08:00:00Z"));    // Saturday 09:00 CET
    join(QStringLiteral("off@example.com"), utc("2027-03-25T13:00:00Z"), ContactStatus::Unsubscribed);

    QHash<QString, QDateTime> firstQueued; // "email/step" → clock time of the run that queued it
    QDateTime pendingBefore;
    while (m_clock->nowUtc() < utc("2027-04-05T00:00:00Z")) {
        run();
        for (int i = 0; i < 3; ++i) {
            for (const QString& email : queued(sequence.steps.at(i).id)) {
                const QString key = email + QLatin1Char('/') + QString::number(i + 1);
                if (!firstQueued.contains(key)) {
                    firstQueued.insert(key, m_clock->nowUtc());
                }
            }
        }
        if (m_clock->nowUtc() == utc("2027-03-29T00:00:00Z")) {
            pendingBefore = SequenceRunner(*m_db, *m_clock).nextDue();
        }
        m_clock->advanceSeconds(3600);
    }
    const QHash<QString, QDateTime> expected = {
        {QStringLiteral("anna@example.com/1"), utc("2027-03-25T13:00:00Z")},
        // 3 days after 14:00 CET is 14:00 CEST: 71 hours.
        {QStringLiteral("anna@example.com/2"), utc("2027-03-28T12:00:00Z")},
        // 25 March + 7 days, 09:00 CEST.
        {QStringLiteral("anna@example.com/3"), utc("2027-04-01T07:00:00Z")},
        {QStringLiteral("ben@example.com/1"), utc("2027-03-27T08:00:00Z")},
        {QStringLiteral("ben@example.com/2"), utc("2027-03-30T07:00:00Z")},
        {QStringLiteral("ben@example.com/3"), utc("2027-04-03T07:00:00Z")},
    };
    QCOMPARE(firstQueued, expected);
    // On the 29th the next thing due is Ben's mail 2 on the 30th.
    QCOMPARE(pendingBefore, utc("2027-03-30T07:00:00Z"));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(queued(sequence.steps.at(i).id),
                 QStringList({QStringLiteral("anna@example.com"), QStringLiteral("ben@example.com")}));
    }
    const SequenceCounts counts = SequenceStore(*m_db).counts(*id);
    QCOMPARE(counts.enrolled, 2);
    QCOMPARE(counts.finished, 2);
    QVERIFY(!SequenceRunner(*m_db, *m_clock).nextDue().isValid());
    // Every step went out through its own campaign, which a run can resume.
    const Sequence after = *SequenceStore(*m_db).find(*id);
    QSet<qint64> campaigns;
    for (const SequenceStep& step : after.steps) {
        QVERIFY(step.campaignId != 0);
        campaigns.insert(step.campaignId);
        const Campaign campaign = *CampaignStore(*m_db).find(step.campaignId);
        QCOMPARE(campaign.state, CampaignState::Paused);
        QCOMPARE(campaign.kind, QStringLiteral("step"));
        QCOMPARE(campaign.subject, step.subject);
        QCOMPARE(campaign.templateId, step.templateId);
    }
    QCOMPARE(campaigns.size(), 3);
    QVERIFY(CampaignStore(*m_db).list().isEmpty()); // step queues are not listed among campaigns
}

void TestSequences::leavingTheSequence_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("unsubscribes") << QStringLiteral("unsubscribe");
    QTest::newRow("bounces") << QStringLiteral("bounce");
    QTest::newRow("is suppressed") << QStringLiteral("suppress");
    QTest::newRow("leaves the trigger list") << QStringLiteral("leave list");
}

void TestSequences::leavingTheSequence()
{
    QFETCH(QString, how);
    const Result<qint64> id = SequenceStore(*m_db, *m_clock).create(welcome());
    QVERIFY(id.ok());
    const qint64 anna = join(QStringLiteral("anna@example.com"), utc("2027-03-25T13:00:00Z"));
    join(QStringLiteral("ben@example.com"), utc("2027-03-25T13:00:00Z"));
    m_clock->set(utc("2027-03-25T13:00:00Z"));
    run();
    const Sequence sequence = *SequenceStore(*m_db).find(*id);
    QCOMPARE(queued(sequence.steps.at(0).id).size(), 2);

    ContactRepository contacts(*m_db);
    Contact contact = *contacts.find(anna);
    if (how == QLatin1String("suppress")) {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO suppressions (email_key, reason, created_at) VALUES "
                                          "('anna@example.com', 'complaint', '2027-03-26T00:00:00Z')")));
    } else {
        if (how == QLatin1String("leave list")) {
            contact.lists.clear();
        } else {
            contact.status = how == QLatin1String("bounce") ? ContactStatus::Bounced : ContactStatus::Unsubscribed;
        }
        QVERIFY(contacts.update(contact).ok());
    }
    m_clock->set(utc("2027-04-10T00:00:00Z"));
    // Long overdue: one step per pass, mail 2 then mail 3.
    QCOMPARE(runUntilQuiet(), 2);
    QCOMPARE(queued(sequence.steps.at(1).id), QStringList {QStringLiteral("ben@example.com")});
    QCOMPARE(queued(sequence.steps.at(2).id), QStringList {QStringLiteral("ben@example.com")});
    const SequenceCounts counts = SequenceStore(*m_db).counts(*id);
    QCOMPARE(counts.left, 1);
    QCOMPARE(counts.finished, 1);
}

// Anna has had mail 1 when the sequence is edited: mail 1's subject changes, a new first step is inserted before
// it, mail 2 is deleted and mail 3 moved. She never gets mail 1 again nor the step inserted before her place, and goes
// on to mail 3; Carl, who joins after the edit, gets the new order from its start.
void TestSequences::editingDoesNotResend()
{
    SequenceStore store(*m_db, *m_clock);
    const Result<qint64> id = store.create(welcome());
    QVERIFY(id.ok());
    join(QStringLiteral("anna@example.com"), utc("2027-03-25T13:00:00Z"));
    m_clock->set(utc("2027-03-25T14:00:00Z"));
    run();
    Sequence sequence = *store.find(*id);
    const SequenceStep one = sequence.steps.at(0);
    const SequenceStep three = sequence.steps.at(2);
    QCOMPARE(queued(one.id), QStringList {QStringLiteral("anna@example.com")});
    const qint64 firstCampaign = one.campaignId;
    QVERIFY(firstCampaign != 0);

    SequenceStep inserted;
    inserted.anchor = StepAnchor::Trigger;
    inserted.templateId = m_templates.at(2);
    inserted.subject = QStringLiteral("New first mail");
    SequenceStep oneEdited = one;
    oneEdited.subject = QStringLiteral("Mail 1, reworded");
    sequence.steps = {inserted, oneEdited, three};
    QVERIFY2(store.update(sequence).ok(), qPrintable(store.update(sequence).error()));
    const Sequence edited = *store.find(*id);
    QCOMPARE(edited.steps.size(), 3);
    QCOMPARE(edited.steps.at(1).id, one.id); // ids kept
    QCOMPARE(edited.steps.at(2).id, three.id);
    QCOMPARE(edited.steps.at(1).campaignId, 0); // new wording: a new delivery queue next time

    join(QStringLiteral("carl@example.com"), utc("2027-03-26T10:00:00Z"));
    m_clock->set(utc("2027-04-10T00:00:00Z"));
    runUntilQuiet();
    QCOMPARE(queued(edited.steps.at(0).id), QStringList {QStringLiteral("carl@example.com")});
    QCOMPARE(queued(one.id), QStringList({QStringLiteral("anna@example.com"), QStringLiteral("carl@example.com")}));
    QCOMPARE(queued(three.id), QStringList({QStringLiteral("anna@example.com"), QStringLiteral("carl@example.com")}));
    // Anna's mail 1 is the one row in the first queue: the reworded mail 1 went to Carl only, from a new queue.
    QCOMPARE(CampaignStore(*m_db).deliveries(firstCampaign).size(), 1);
    const qint64 secondCampaign = store.find(*id)->steps.at(1).campaignId;
    QVERIFY(secondCampaign != 0 && secondCampaign != firstCampaign);
    QCOMPARE(CampaignStore(*m_db).deliveries(secondCampaign).size(), 1);
    QCOMPARE(CampaignStore(*m_db).find(secondCampaign)->subject, QStringLiteral("Mail 1, reworded"));

    // Moving a step Anna already had after the rest does not send it to her again either.
    Sequence moved = *store.find(*id);
    moved.steps = {moved.steps.at(0), moved.steps.at(2), moved.steps.at(1)};
    SequenceStep fourth = moved.steps.at(1);
    fourth.id = 0;
    fourth.subject = QStringLiteral("Mail 4");
    moved.steps.append(fourth);
    QVERIFY(store.update(moved).ok());
    m_clock->set(utc("2027-05-10T00:00:00Z"));
    runUntilQuiet();
    QCOMPARE(queued(one.id), QStringList({QStringLiteral("anna@example.com"), QStringLiteral("carl@example.com")}));
    // Both had finished before mail 4 was added: a finished contact stays finished.
    QCOMPARE(queued(store.find(*id)->steps.at(3).id), QStringList());
}

// Two runners on two connections (the app and `tayori-cli run-due`) and a second pass: each mail queued once.
void TestSequences::queuesOnceFromTwoConnections()
{
    QVERIFY(SequenceStore(*m_db, *m_clock).create(welcome()).ok());
    for (int i = 0; i < 20; ++i) {
        join(QStringLiteral("c%1@example.com").arg(i), utc("2027-03-25T13:00:00Z"));
    }
    const Result<Database> other = Database::open(m_db->path());
    QVERIFY(other.ok());
    m_clock->set(utc("2027-03-25T14:00:00Z"));
    const QList<qint64> first = run();
    const Result<QList<qint64>> second = SequenceRunner(*other, *m_clock).enqueueDue();
    QVERIFY(second.ok());
    const QList<qint64> third = run();
    QCOMPARE(first.size(), 1);
    QCOMPARE(*second, first); // still queued, still ready to send: the same campaign, nothing added
    QCOMPARE(third, first);
    const DeliveryCounts counts = CampaignStore(*m_db).counts(first.first());
    QCOMPARE(counts.total(), 20);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT contact_id) FROM deliveries")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 20);
    QCOMPARE(query.value(1).toInt(), 20);
}

// Joining by import, by adding a contact by hand and by editing a contact onto the list all enrol; editing a
// contact who was on the list before the sequence began does not.
void TestSequences::importAndHandBothEnrol()
{
    ContactRepository contacts(*m_db);
    Contact early;
    early.email = QStringLiteral("early@example.com");
    early.lists = {QStringLiteral("welcome")};
    const Result<qint64> earlyId = contacts.add(early);
    QVERIFY(earlyId.ok());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE list_members SET added_at = '2026-01-01T00:00:00Z'")));
    Contact later;
    later.email = QStringLiteral("edited@example.com");
    const Result<qint64> laterId = contacts.add(later);
    QVERIFY(laterId.ok());

    // The real clock: list_members.added_at is written with the time of the import or edit.
    m_clock->set(QDateTime::currentDateTimeUtc().addSecs(-1));
    const Result<qint64> id = SequenceStore(*m_db, *m_clock).create(welcome());
    QVERIFY(id.ok());

    const QString csv = m_dir->filePath(QStringLiteral("people.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("email,first_name\nimported1@example.com,Ann\nimported2@example.com,Bo\nearly@example.com,Early\n");
    file.close();
    ImportOptions options;
    options.filePath = csv;
    options.list = QStringLiteral("welcome");
    const Result<ImportReport> report = ContactImporter(*m_db).run(options);
    QVERIFY2(report.ok(), qPrintable(report.error()));

    Contact hand;
    hand.email = QStringLiteral("hand@example.com");
    hand.lists = {QStringLiteral("welcome")};
    QVERIFY(contacts.add(hand).ok());
    Contact edited = *contacts.find(*laterId);
    edited.lists = {QStringLiteral("welcome")};
    QVERIFY(contacts.update(edited).ok());
    Contact earlyEdited = *contacts.find(*earlyId);
    earlyEdited.company = QStringLiteral("Renamed Ltd");
    QVERIFY(contacts.update(earlyEdited).ok());

    m_clock->set(QDateTime::currentDateTimeUtc().addSecs(60));
    run();
    const Sequence sequence = *SequenceStore(*m_db).find(*id);
    QCOMPARE(queued(sequence.steps.at(0).id),
             QStringList({QStringLiteral("edited@example.com"),
                          QStringLiteral("hand@example.com"),
                          QStringLiteral("imported1@example.com"),
                          QStringLiteral("imported2@example.com")}));
}

void TestSequences::inactiveEnrolsNobody()
{
    Sequence sequence = welcome();
    sequence.active = false;
    SequenceStore store(*m_db, *m_clock);
    const Result<qint64> id = store.create(sequence);
    QVERIFY(id.ok());
    join(QStringLiteral("anna@example.com"), utc("2027-03-25T13:00:00Z"));
    m_clock->set(utc("2027-03-26T00:00:00Z"));
    QVERIFY(run().isEmpty());
    QCOMPARE(store.counts(*id).enrolled, 0);

    // Made active on the 26th: Anna joined while it was off and is not enrolled; Ben, joining after, is.
    sequence = *store.find(*id);
    sequence.active = true;
    QVERIFY(store.update(sequence).ok());
    QCOMPARE(store.find(*id)->activeSince, utc("2027-03-26T00:00:00Z"));
    join(QStringLiteral("ben@example.com"), utc("2027-03-26T01:00:00Z"));
    m_clock->set(utc("2027-03-26T02:00:00Z"));
    QCOMPARE(run().size(), 1);
    QCOMPARE(queued(sequence.steps.at(0).id), QStringList {QStringLiteral("ben@example.com")});
}

void TestSequences::refusedSequences_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("step without a template") << "no template"
                                             << "Step 2 has no template";
    QTest::newRow("template deleted") << "template gone"
                                      << "The template of step 3 no longer exists";
    QTest::newRow("step without a subject") << "no subject"
                                            << "Step 1 has no subject";
    QTest::newRow("no name") << "no name"
                             << "has no name";
    QTest::newRow("name taken") << "taken"
                                << "already called";
    QTest::newRow("no trigger list") << "no list"
                                     << "no trigger list";
    QTest::newRow("no steps") << "no steps"
                              << "no steps";
    QTest::newRow("unknown time zone") << "zone"
                                       << "Mars/Olympus";
    QTest::newRow("web address not http(s)") << "url"
                                             << "is not valid";
}

void TestSequences::refusedSequences()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    SequenceStore store(*m_db, *m_clock);
    Sequence sequence = welcome();
    if (what == QLatin1String("no template")) {
        sequence.steps[1].templateId = 0;
    } else if (what == QLatin1String("template gone")) {
        QVERIFY(TemplateStore(*m_db).remove(m_templates.at(2)).ok());
    } else if (what == QLatin1String("no subject")) {
        sequence.steps[0].subject = QStringLiteral("  ");
    } else if (what == QLatin1String("no name")) {
        sequence.name.clear();
    } else if (what == QLatin1String("taken")) {
        QVERIFY(store.create(welcome()).ok());
        sequence.name = QStringLiteral("welcome");
    } else if (what == QLatin1String("no list")) {
        sequence.listId = 0;
    } else if (what == QLatin1String("no steps")) {
        sequence.steps.clear();
    } else if (what == QLatin1String("url")) {
        sequence.baseUrl = QStringLiteral("ftp://news.example.com");
    } else if (what == QLatin1String("zone")) {
        sequence.timeZone = QStringLiteral("Mars/Olympus");
    }
    const int before = int(store.list().size());
    const Result<qint64> created = store.create(sequence);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(message), qPrintable(created.error()));
    QCOMPARE(store.list().size(), before); // nothing half-stored

    // The same refusal when an existing sequence is edited into that shape, and the stored one is unchanged.
    if (what != QLatin1String("taken") && what != QLatin1String("template gone")) {
        const Result<qint64> good = store.create(welcome());
        QVERIFY(good.ok());
        sequence.id = *good;
        const Sequence stored = *store.find(*good);
        for (qsizetype i = 0; i < sequence.steps.size() && i < stored.steps.size(); ++i) {
            sequence.steps[i].id = stored.steps.at(i).id;
        }
        const Status updated = store.update(sequence);
        QVERIFY(!updated.ok());
        QVERIFY2(updated.error().contains(message), qPrintable(updated.error()));
        QCOMPARE(store.find(*good)->steps.size(), 3);
        QCOMPARE(store.find(*good)->name, QStringLiteral("Welcome"));
    }
}

// The queued rows go out through the delivery engine to a real SMTP server: both contacts get mail 1, and only it.
void TestSequences::sendsStepOneThroughSmtp()
{
    FaultSmtpServer server;
    QVERIFY2(server.start({QStringLiteral("--no-starttls")}), qPrintable(server.error()));
    Relay relay;
    relay.name = QStringLiteral("faultsmtp");
    relay.url = QStringLiteral("smtp://127.0.0.1:%1?tls=none").arg(server.port());
    relay.isDefault = true;
    const Result<qint64> relayId = RelayStore(*m_db).add(relay);
    QVERIFY2(relayId.ok(), qPrintable(relayId.error()));

    QVERIFY(SequenceStore(*m_db, *m_clock).create(welcome()).ok());
    join(QStringLiteral("anna@example.com"), utc("2027-03-25T13:00:00Z"));
    join(QStringLiteral("ben@example.com"), utc("2027-03-25T13:30:00Z"));
    m_clock->set(utc("2027-03-26T00:00:00Z"));
    const QList<qint64> ready = run();
    QCOMPARE(ready.size(), 1);

    DeliveryEngine engine(*m_db);
    std::optional<CampaignState> finishedAs;
    connect(&engine, &DeliveryEngine::finished, this, [&finishedAs](CampaignState state, const QString& error) {
        finishedAs = state;
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
        }
    });
    const Status started = engine.start(ready.first(), {});
    QVERIFY2(started.ok(), qPrintable(started.error()));
    QTRY_VERIFY_WITH_TIMEOUT(finishedAs.has_value(), 15000);
    QCOMPARE(*finishedAs, CampaignState::Done);

    const QList<QJsonObject> messages = server.messages();
    QCOMPARE(messages.size(), 2);
    QStringList recipients;
    for (const QJsonObject& message : messages) {
        recipients << message.value(QStringLiteral("rcpts")).toArray().first().toString();
        const QByteArray bytes = server.messageBytes(message);
        QVERIFY2(bytes.contains("\r\nSubject: Mail 1\r\n"), bytes.left(600).constData());
    }
    recipients.sort();
    QCOMPARE(recipients, QStringList({QStringLiteral("anna@example.com"), QStringLiteral("ben@example.com")}));

    // A later pass with nothing newly due queues nothing more: the sent campaign stays done.
    m_clock->set(utc("2027-03-26T01:00:00Z"));
    QVERIFY(run().isEmpty());
    QCOMPARE(CampaignStore(*m_db).find(ready.first())->state, CampaignState::Done);
}

// tayori-cli sequence list/show report what the store holds: counts per sequence and per step.
// A template a step sends is not deleted from the library under it: the message names the sequence and the step.
void TestSequences::templateInUseIsNotDeleted()
{
    TemplateStore templates(*m_db);
    const qint64 stepTwoTemplate = m_templates.at(1);
    QVERIFY(SequenceStore(*m_db, *m_clock).create(welcome()).ok());
    const Status removed = templates.remove(stepTwoTemplate);
    QVERIFY(!removed.ok());
    QVERIFY2(removed.error().contains(QStringLiteral("step 2 of the step mail “Welcome”")),
             qPrintable(removed.error()));
    QVERIFY(templates.load(stepTwoTemplate).ok());
}

// A due step that cannot be made (its sender was deleted) is not only logged: the sequences list says why, and the
// problem goes once it is fixed and the step is queued.
void TestSequences::brokenStepIsShownNotHidden()
{
    SenderIdentity other;
    other.displayName = QStringLiteral("Other");
    other.address = QStringLiteral("other@example.com");
    const Result<qint64> otherId = SenderIdentityStore(*m_db).add(other);
    QVERIFY(otherId.ok());
    SequenceStore store(*m_db, *m_clock);
    Sequence sequence = welcome();
    sequence.identityId = *otherId;
    const Result<qint64> id = store.create(sequence);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(SenderIdentityStore(*m_db).remove(*otherId).ok());
    join(QStringLiteral("anna@example.com"), utc("2027-03-25T13:00:00Z"));
    m_clock->set(utc("2027-03-26T00:00:00Z"));
    QVERIFY(run().isEmpty());
    const QString problem = store.problem(*id);
    QVERIFY2(problem.startsWith(QStringLiteral("Step 1 cannot be sent")) && problem.contains(QStringLiteral("sender")),
             qPrintable(problem));

    Sequence fixed = *store.find(*id);
    fixed.identityId = 0;
    QVERIFY(store.update(fixed).ok());
    const QList<qint64> queued = run();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(store.problem(*id), QString());
    // The step's delivery stopped by an error (as the Scheduler stores it) is the sequence's problem too.
    QVERIFY(CampaignStore(*m_db).setState(queued.first(), CampaignState::Paused, QStringLiteral("relay said no")));
    QCOMPARE(store.problem(*id), QStringLiteral("Step 1 stopped: relay said no"));
}

void TestSequences::cliListAndShow()
{
    const Result<qint64> id = SequenceStore(*m_db, *m_clock).create(welcome());
    QVERIFY(id.ok());
    join(QStringLiteral("anna@example.com"), utc("2027-03-25T13:00:00Z"));
    join(QStringLiteral("ben@example.com"), utc("2027-03-25T13:00:00Z"));
    m_clock->set(utc("2027-03-25T14:00:00Z"));
    run();
    ContactRepository contacts(*m_db);
    Contact ben = *contacts.findByEmail(QStringLiteral("ben@example.com"));
    ben.status = ContactStatus::Unsubscribed;
    QVERIFY(contacts.update(ben).ok());
    run();

    const CliRun listed
        = CliProcess::run(m_db->path(), {QStringLiteral("sequence"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray sequences = listed.json().value(QStringLiteral("sequences")).toArray();
    QCOMPARE(sequences.size(), 1);
    const QJsonObject summary = sequences.first().toObject();
    QCOMPARE(summary.value(QStringLiteral("name")).toString(), QStringLiteral("Welcome"));
    QCOMPARE(summary.value(QStringLiteral("list")).toString(), QStringLiteral("welcome"));
    QCOMPARE(summary.value(QStringLiteral("enrolled")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("active")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("left")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("steps")).toInt(), 3);

    const CliRun shown = CliProcess::run(
        m_db->path(),
        {QStringLiteral("sequence"), QStringLiteral("show"), QString::number(*id), QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonArray steps
        = shown.json().value(QStringLiteral("sequence")).toObject().value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("queued")).toInt(), 2);
    QCOMPARE(steps.at(1).toObject().value(QStringLiteral("waiting")).toInt(), 1);
    QCOMPARE(steps.at(2).toObject().value(QStringLiteral("send_time")).toString(), QStringLiteral("09:00"));
    QCOMPARE(steps.at(2).toObject().value(QStringLiteral("after")).toString(), QStringLiteral("trigger"));

    const CliRun missing
        = CliProcess::run(m_db->path(), {QStringLiteral("sequence"), QStringLiteral("show"), QStringLiteral("999")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("no sequence 999"));
    QCOMPARE(CliProcess::run(m_db->path(), {QStringLiteral("sequence"), QStringLiteral("show")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestSequences)
#include "tst_sequences.moc"
